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
    """The console entry point: run the command, then leave without tearing the heap down.

    A command on a long log leaves a million small objects (events, states,
    checkpoints) that the interpreter would free one by one at exit, a tenth of
    the run, to no one's benefit. So the loaded scenarios are kept to the end
    and the process exits straight after flushing its output. Everything a
    command writes to a file is written and renamed before it returns
    (`negotiation.output.write_atomic`), so nothing is left unwritten.
    """
    import os
    import sys

    # (`negotiation.cli.app` the module is shadowed in this package by `app`, the typer object)
    from negotiation.cli.app import keep_loaded

    keep_loaded()
    try:
        app()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        if not isinstance(done.code, (int, type(None))):
            print(done.code, file=sys.stderr)
    except KeyboardInterrupt:  # interrupted: no traceback, the shell's usual status
        code = 130
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a closed pipe: nothing more to say
        code = code or 1
    os._exit(code)
