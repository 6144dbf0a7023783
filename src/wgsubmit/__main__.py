from wgsubmit.cli import main

main()
