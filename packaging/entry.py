"""Entry point of the frozen app (PyInstaller's script): freeze_support first, then the CLI.

``multiprocessing.freeze_support()`` must run before anything else in a frozen executable:
the issuing pipeline's worker processes (forkserver on Linux/macOS, spawn on Windows) re-run
this very executable with multiprocessing's own arguments, and freeze_support hands control
to multiprocessing instead of parsing them as Badgesmith's command line.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from badgesmith.cli import main

    sys.exit(main())
