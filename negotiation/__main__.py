"""`python -m negotiation` runs the command line."""

from negotiation.cli import main

main()
