"""Launcher: `python main.py [FILE]` opens the window; `python main.py extract|ics|print ...` runs headless."""

import sys

from viewer.launch import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
