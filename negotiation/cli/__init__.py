"""The `negotiation` command line: one module per command, all registered on one typer app."""

from __future__ import annotations

from negotiation.cli.app import app

# Importing a command module registers its commands on `app`; heavy imports wait inside each command.
from negotiation.cli import (  # noqa: E402,F401
    scenario_commands,
    explain_command,
    whatif_command,
    timeline_command,
    plot_command,
    export_command,
    map_command,
)


def main() -> None:
    app()
