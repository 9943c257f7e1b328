"""The typer application object and the conventions every command shares.

Exit codes: 0 ok, 1 bad input or anomalies, 2 usage. Errors go to stderr as
`FILE:LINE:COL: message`, never as a traceback.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import NoReturn

import typer

app = typer.Typer(
    name="negotiation",
    help=(
        "Replay hostage and prisoner negotiations from dated, sourced events.\n\n"
        "A scenario file (YAML or JSON Lines) lists events such as offers, preconditions, "
        "releases, truce extensions and breakdowns. The commands check it, replay it, and "
        "tell the state of the negotiation at any date, as it was or as it could be known then."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_INPUT) -> NoReturn:
    """Print one clear line to stderr and exit with `code`."""
    typer.echo(message, err=True)
    raise typer.Exit(code)


def parse_day(value: str | None) -> date | None:
    """Parse an ISO day given on the command line; a bad one is a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD, e.g. 2023-11-28") from None


def stdout_json(data: object) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# Set by the console entry point (`negotiation.cli.main`), which exits without
# freeing the heap: scenarios loaded are then kept, so that they are not freed,
# object by object, when a command returns.
KEEP_LOADED = False
_loaded: list[object] = []


def keep_loaded() -> None:
    """Keep every scenario loaded until the process exits (the console entry point's choice)."""
    global KEEP_LOADED
    KEEP_LOADED = True


def load_or_fail(path: str):  # -> Scenario, typed loosely to keep this module's imports light
    """Load a scenario or what-if file; on bad input print every problem and exit 1."""
    from negotiation.scenario.errors import ScenarioError
    from negotiation.scenario.loader import load_scenario

    try:
        scenario = load_scenario(path)
    except ScenarioError as err:
        for problem in err.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(EXIT_INPUT) from None
    if KEEP_LOADED:
        _loaded.append(scenario)
    return scenario


DAY_HELP = "A day as YYYY-MM-DD."
