"""The `negotiation` command line: one module per command, all registered on one typer app."""

from __future__ import annotations

from negotiation.cli.app import app

# Importing a command module registers its commands on `app`.
from negotiation.cli import scenario_commands  # noqa: E402,F401

for _optional in ("map_command", "whatif_command", "timeline_command", "plot_command", "export_command", "explain_command"):
    try:
        __import__(f"negotiation.cli.{_optional}")
    except ModuleNotFoundError as _missing:
        if _missing.name != f"negotiation.cli.{_optional}":
            raise


def main() -> None:
    app()
