"""The `timeline` (one row per day) and `diagram` (the phase graph) commands."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from negotiation.cli.app import app, load_or_fail, parse_day, stdout_json
from negotiation.cli.scenario_commands import FileArg, KnownOnOption

FromOption = Annotated[Optional[str], typer.Option("--from", help="First day (YYYY-MM-DD); default: the first event.")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Last day (YYYY-MM-DD); default: the last event, or the truce's end if later.")]


class TableFormat(str, Enum):
    csv = "csv"
    json = "json"


class DiagramFormat(str, Enum):
    mermaid = "mermaid"


def span_or_fail(scenario, start: Optional[str], end: Optional[str]):
    """The days to cover: the options, or the scenario's own span."""
    from negotiation.render.timeline import default_span

    span = default_span(scenario)
    first = parse_day(start) or (span[0] if span else None)
    last = parse_day(end) or (span[1] if span else None)
    if first is None or last is None:
        raise typer.BadParameter("the scenario has no events: give --from and --to")
    if last < first:
        raise typer.BadParameter(f"--to {last} is before --from {first}")
    return first, last


@app.command()
def timeline(
    file: FileArg,
    start: FromOption = None,
    end: ToOption = None,
    known_on: KnownOnOption = None,
    format: Annotated[TableFormat, typer.Option("--format", help="csv or json.")] = TableFormat.csv,
) -> None:
    """One row per day: phase, truce, cumulative releases, and that day's events.

    Columns: date, phase, phase_since, truce_active, truce_end, released_hostages,
    released_prisoners, events, hypothetical_events. Each row agrees with
    `negotiation state --at` that day; the days are computed in one walk over the events.

    Example: negotiation timeline scenarios/gaza-hostages-2023.yaml --from 2023-11-20 --to 2023-12-02 --format csv
    """
    from negotiation.render.timeline import rows_csv, timeline_rows

    known = parse_day(known_on)
    scenario = load_or_fail(file)
    first, last = span_or_fail(scenario, start, end)
    rows = list(timeline_rows(scenario, first, last, known))
    if format is TableFormat.json:
        stdout_json({"scenario": scenario.name, "known_on": known.isoformat() if known else None, "days": rows})
    else:
        sys.stdout.write(rows_csv(rows))


@app.command()
def diagram(format: Annotated[DiagramFormat, typer.Option("--format", help="mermaid (a stateDiagram-v2).")] = DiagramFormat.mermaid) -> None:
    """The phases and the event types that move between them, drawn from the rules' own table.

    Example: negotiation diagram > phases.mmd
    """
    from negotiation.render.diagram import mermaid

    sys.stdout.write(mermaid())
