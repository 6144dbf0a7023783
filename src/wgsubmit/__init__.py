"""wgsubmit: collect, read and publish the submissions to a call for inputs."""

__version__ = "0.1.0"
