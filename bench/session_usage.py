"""Run a command and print the CPU seconds of all the processes it starts and the peak
memory (MB) of the largest, read from /proc while it runs (Linux).

A process's own usage (``RUSAGE_CHILDREN``) counts only the children it waited for: the
reading workers are forked by multiprocessing's forkserver, which the command never waits
for, so they are counted here by the session they all belong to.

    python bench/session_usage.py COMMAND ...
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _session_usage(session: int, cpu: dict[int, float], peak: dict[int, int]) -> None:
    """Each live process of the session: its CPU so far and its peak resident memory."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:  # fields[3]: the session id
                continue
            pid = int(entry.name)
            cpu[pid] = max(cpu.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / _TICK)
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak[pid] = max(peak.get(pid, 0), int(line.split()[1]))
        except (OSError, IndexError, ValueError):
            continue  # it ended while being read


def main() -> None:
    child = subprocess.Popen(sys.argv[1:], start_new_session=True, stdout=subprocess.DEVNULL)
    cpu: dict[int, float] = {}
    peak: dict[int, int] = {}
    while child.poll() is None:
        _session_usage(child.pid, cpu, peak)
        time.sleep(0.02)
    _session_usage(child.pid, cpu, peak)  # a forkserver may outlive the command a moment
    if child.returncode:
        sys.exit(child.returncode)
    print(f"{sum(cpu.values()):.2f} {max(peak.values(), default=0)}")


if __name__ == "__main__":
    main()
