"""`python -m negotiation` runs the command line."""

import sys

try:
    from negotiation.cli import main
except ModuleNotFoundError as missing:  # run from a checkout by an interpreter without the project's dependencies
    if missing.name is None or missing.name.split(".")[0] == "negotiation":
        raise
    sys.exit(f"negotiation: the Python at {sys.executable} lacks {missing.name!r}, one of negotiation's dependencies; "
             "install the project first (python3 -m venv .venv && .venv/bin/pip install -e .) and run .venv/bin/negotiation")

main()
