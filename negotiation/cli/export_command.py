"""The `export` command: a scenario as YAML, JSON Lines or Parquet, written atomically."""

from __future__ import annotations

from typing import Annotated

import typer

from negotiation.cli.app import app, fail, load_or_fail
from negotiation.cli.scenario_commands import FileArg

OutputOption = Annotated[
    str,
    typer.Option(
        "-o", "--output", show_default=False, metavar="OUT",
        help="The file to write; its suffix picks the format: .jsonl, .yaml/.yml, or .parquet (needs the parquet extra).",
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace OUT if it exists (never an input file).")]


@app.command()
def export(file: FileArg, output: OutputOption, force: ForceOption = False) -> None:
    """Write a scenario in another form: YAML and JSON Lines both ways, or a Parquet table.

    The scenario is validated first; the events are written in the order the
    reducer applies them, so both text forms give the same state at every date.
    Parquet has one row per event with typed columns (date, type, hostages, ...)
    for DuckDB or Spark. OUT is written atomically, never over the input, and
    an existing OUT only with --force.

    Examples:
      negotiation export scenarios/demo-swap.yaml -o demo-swap.jsonl
      negotiation export demo-swap.jsonl -o demo-swap.yaml --force
      negotiation export scenarios/demo-swap.yaml -o demo-swap.parquet
    """
    from negotiation.output import OutputError, check_target, write_atomic
    from negotiation.scenario.export import ExportError, export as render, export_format

    try:
        kind = export_format(output)
    except ExportError as err:
        raise typer.BadParameter(str(err), param_hint="'-o' / '--output'") from None
    try:  # before the (possibly long) load: a refused target should fail at once
        check_target(output, force=force, inputs=[file])
    except OutputError as err:
        fail(str(err))
    scenario = load_or_fail(file)
    inputs = [file]  # and, for a what-if, the files it builds on: never written over either
    base = scenario.base
    while base is not None:
        if base.path:
            inputs.append(base.path)
        base = base.base
    try:
        data = render(scenario, kind)
        path = write_atomic(output, data, force=force, inputs=inputs)
    except (ExportError, OutputError) as err:
        fail(str(err))
    typer.echo(f"{path}: {len(scenario.events)} events ({kind})", err=True)
