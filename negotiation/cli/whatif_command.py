"""The `whatif` command: a what-if and its base side by side, where they part and what differs."""

from __future__ import annotations

from typing import Annotated, Any, Optional

import typer

from negotiation.cli.app import EXIT_INPUT, app, fail, load_or_fail, parse_day, stdout_json

WhatIfArg = Annotated[str, typer.Argument(help="A what-if file (YAML with `whatif:` and `base:`).", show_default=False, metavar="FILE")]
AtOption = Annotated[
    Optional[str],
    typer.Option("--at", help="The day to compare the two states on, YYYY-MM-DD (default: the first divergence, else the last day)."),
]
KnownOnOption = Annotated[Optional[str], typer.Option("--known-on", help="Only use events reported by this day (YYYY-MM-DD), on both sides.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _step(step: Any) -> dict[str, Any]:
    return {"phase": step.phase, "since": step.since.isoformat() if step.since else None, "event": step.event}


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "none"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_show(v)}" for k, v in value.items()) or "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@app.command("whatif")
def whatif(file: WhatIfArg, at: AtOption = None, known_on: KnownOnOption = None, json: JsonOption = False) -> None:
    """Compare a what-if with its base: the first day their states differ, each one's phases, and the two states on a day.

    States are compared on what the negotiation is (phase, truce, counts, offers,
    preconditions, claims, anomalies), not on names, dates asked or hypothetical marks.

    Examples:
      negotiation whatif scenarios/whatif-no-collapse.yaml
      negotiation whatif scenarios/whatif-ten-more-hostages.yaml --at 2023-12-01 --json
    """
    from negotiation.domain.compare import diff, first_divergence, phase_timeline, span
    from negotiation.domain.query import state_at
    from negotiation.render.state_json import state_view

    day = parse_day(at)
    known = parse_day(known_on)
    scenario = load_or_fail(file)
    base = scenario.base
    if scenario.kind != "whatif" or base is None:
        fail(f"{file}: is a scenario, not a what-if; expected a file with `whatif:` and `base:` (see docs/whatif.md)", EXIT_INPUT)
    diverges = first_divergence(base, scenario, known)
    bounds = span(base, scenario)
    if day is None:
        day = diverges or (bounds[1] if bounds else None)
    if day is None:
        fail(f"{file}: neither the what-if nor its base has any event; give --at", EXIT_INPUT)
    a = state_at(base, day, known)
    b = state_at(scenario, day, known)
    changes = diff(a, b)
    start, end = bounds if bounds else (day, day)
    timelines = {"base": phase_timeline(base, start, max(end, day), known), "whatif": phase_timeline(scenario, start, max(end, day), known)}
    if json:
        stdout_json({
            "whatif": scenario.name, "title": scenario.title, "file": file,
            "base": base.name, "base_file": base.path,
            "at": day.isoformat(), "known_on": known.isoformat() if known else None,
            "first_divergence": diverges.isoformat() if diverges else None,
            "base_state": state_view(base.name, a, day, known),
            "whatif_state": state_view(scenario.name, b, day, known),
            "diff": [{"field": d.field, "base": d.base, "whatif": d.whatif} for d in changes],
            "timelines": {side: [_step(s) for s in steps] for side, steps in timelines.items()},
            "hypothetical_events": [e.id for e in scenario.events if e.hypothetical],
        })
        return
    out = [f"{scenario.name} — {scenario.title}" if scenario.title else scenario.name]
    out.append(f"base: {base.name} ({base.path})")
    hypo = [e.id for e in scenario.events if e.hypothetical]
    if hypo:
        out.append(f"hypothetical events: {', '.join(hypo)}")
    out.append(f"first divergence: {diverges.isoformat() if diverges else 'never (the what-if tells the same negotiation as its base)'}")
    out.append("")
    out.append(f"{'phases from':<12} {'base':<38} what-if")
    days = sorted({s.since for steps in timelines.values() for s in steps if s.since is not None})
    for when in days:
        cells = []
        for side in ("base", "whatif"):
            current = [s for s in timelines[side] if s.since is not None and s.since <= when]
            step = current[-1] if current else None
            text = f"{step.phase} ({step.event or 'truce ran out'})" if step else "pre_talks"
            cells.append(text + (" *" if step and step.since == when else ""))
        out.append(f"{when.isoformat():<12} {cells[0]:<38} {cells[1]}")
    out.append("(* the phase changes that day)")
    out.append("")
    label = f"on {day.isoformat()}" + (f", as known on {known.isoformat()}" if known else "")
    if not changes:
        out.append(f"{label}: the two states are the same")
    else:
        out.append(f"{label}, what differs:")
        width = max(len(d.field) for d in changes)
        for d in changes:
            if isinstance(d.base, list) and isinstance(d.whatif, list) and len(d.base) + len(d.whatif) > 6:
                # long lists (releases, claims): only what one side has and the other lacks
                only_base = [v for v in d.base if v not in d.whatif]
                only_whatif = [v for v in d.whatif if v not in d.base]
                out.append(f"  {d.field:<{width}}  base only: {_show(only_base)}")
                out.append(f"  {'':<{width}}  what-if only: {_show(only_whatif)}")
                continue
            out.append(f"  {d.field:<{width}}  base: {_show(d.base)}")
            out.append(f"  {'':<{width}}  what-if: {_show(d.whatif)}")
    typer.echo("\n".join(out))
