"""The core commands: `check`, `replay` and `state`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from negotiation.cli.app import EXIT_INPUT, app, load_or_fail, parse_day, stdout_json

FileArg = Annotated[str, typer.Argument(help="A scenario or what-if file (.yaml, .yml or .jsonl).", show_default=False, metavar="FILE")]
AtOption = Annotated[str, typer.Option("--at", help="The day to ask about, YYYY-MM-DD.", show_default=False)]
KnownOnOption = Annotated[
    Optional[str],
    typer.Option("--known-on", help="Only use events reported by this day (YYYY-MM-DD): what one could have known then."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


@app.command()
def check(files: Annotated[list[str], typer.Argument(help="Scenario or what-if files to check.", show_default=False)]) -> None:
    """Validate scenario files and replay them; report every problem and anomaly.

    Prints `FILE:LINE:COL: event ID: rule: message` for each anomaly (an event the
    rules could not apply, such as extending a truce that is not in effect).
    Exit status 0 when every file is clean, 1 otherwise.

    Example: negotiation check scenarios/*.yaml
    """
    from negotiation.domain.query import history

    bad = False
    for path in files:
        scenario = None
        try:
            scenario = load_or_fail(path)
        except typer.Exit:
            bad = True
            continue
        final = history(scenario).final()
        anomalies = final.anomaly_list()
        for a in anomalies:
            where = a.where
            place = f"{where.file or path}:{where.line or 1}:{where.col or 1}"
            typer.echo(f"{place}: event {a.event}: {a.rule}: {a.message}", err=True)
        if anomalies:
            bad = True
        else:
            typer.echo(f"{path}: ok ({len(scenario.events)} events, {len(scenario.sources)} sources)")
    if bad:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def replay(file: FileArg, json: JsonOption = False) -> None:
    """Replay a scenario event by event: the phase each event leads to, anomalies inline.

    A line marked `(time)` shows the phase changing with no event: a truce that ran out.

    Example: negotiation replay scenarios/demo-swap.yaml
    """
    from negotiation.domain.rules import apply, pass_time
    from negotiation.domain.query import EMPTY
    from negotiation.render.state_json import anomaly_view

    scenario = load_or_fail(file)
    state = EMPTY
    rows: list[dict] = []
    for event in scenario.events:
        waited = pass_time(state, event.date)
        if waited.phase is not state.phase:
            rows.append({"date": str(waited.phase_since), "event": None, "type": "time", "phase": waited.phase.value, "since": str(waited.phase_since), "anomalies": []})
        seen = len(waited.anomalies)
        state = apply(waited, event)
        # the anomalies are keyed by their order: this event's are the keys from `seen` on (no sort of all of them per event)
        new = [state.anomalies[k] for k in range(seen, len(state.anomalies))]
        rows.append({
            "date": event.date.isoformat(), "event": event.id, "type": event.type, "phase": state.phase.value,
            "since": str(state.phase_since) if state.phase_since else None,
            "hypothetical": event.hypothetical,
            "anomalies": [anomaly_view(a) for a in new],
        })
    if json:
        stdout_json({"scenario": scenario.name, "events": rows})
        return
    title = f"{scenario.name} — {scenario.title}" if scenario.title else scenario.name
    typer.echo(title)
    width = max([len(r["event"] or "") for r in rows] + [5])
    for r in rows:
        mark = "*" if r.get("hypothetical") else " "
        name = r["event"] or "(time)"
        typer.echo(f"{r['date']} {mark}{name:<{width}}  {r['type']:<20} → {r['phase']}")
        for a in r["anomalies"]:
            typer.echo(f"{'':11}  ! {a['rule']}: {a['message']}")
    if any(r.get("hypothetical") for r in rows):
        typer.echo("* hypothetical event (what-if)")


@app.command()
def state(file: FileArg, at: AtOption, known_on: KnownOnOption = None, json: JsonOption = False) -> None:
    """The state of the negotiation on a day: phase, truce, releases, claims, offers, preconditions.

    With --known-on, only events reported by that day count: "what could one
    have known on K about the state on D".

    Examples:
      negotiation state scenarios/demo-swap.yaml --at 2024-01-08
      negotiation state scenarios/demo-swap.yaml --at 2024-01-08 --known-on 2024-01-03 --json
    """
    from negotiation.domain.query import state_at

    day = parse_day(at)
    known = parse_day(known_on)
    scenario = load_or_fail(file)
    result = state_at(scenario, day, known)
    if json:
        from negotiation.render.state_json import state_view

        stdout_json(state_view(scenario.name, result, day, known))
    else:
        from negotiation.render.state_text import state_text

        typer.echo(state_text(scenario, result, day, known))
