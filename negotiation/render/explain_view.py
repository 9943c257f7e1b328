"""`explain` as data and as text: each field, its value, the rule, and the sourced events behind it."""

from __future__ import annotations

import textwrap
from datetime import date
from typing import Any

from negotiation.domain.events import Event
from negotiation.domain.explain import Reason
from negotiation.domain.scenario import Scenario
from negotiation.render.state_json import day


def evidence(scenario: Scenario, event: Event) -> dict[str, Any]:
    p = event.provenance
    source = scenario.sources.get(p.source)
    return {
        "id": event.id, "type": event.type, "date": event.date.isoformat(),
        "date_precision": p.date_precision.value, "date_text": p.date_text, "reported": p.reported.isoformat(),
        "source": {
            "key": p.source,
            "outlet": source.outlet if source else None,
            "published": day(source.published) if source else None,
            "url": source.url if source else None,
            "file": source.file if source else None,
        },
        "quote": p.quote, "note": p.note, "hypothetical": p.hypothetical,
        "file": p.where.file, "line": p.where.line,
    }


def explain_json(scenario: Scenario, reasons: list[Reason], at: date, known_on: date | None) -> dict[str, Any]:
    return {
        "scenario": scenario.name, "at": at.isoformat(), "known_on": day(known_on),
        "fields": [
            {"field": r.field, "value": r.value, "rule": r.rule, "events": [evidence(scenario, e) for e in r.events]}
            for r in reasons
        ],
    }


def explain_text(scenario: Scenario, reasons: list[Reason], at: date, known_on: date | None, width: int = 100) -> str:
    knowing = f"as known on {known_on}" if known_on else "from everything reported"
    lines = [f"{scenario.name}: why the state on {at} is what it is ({knowing})", ""]
    noted: dict[str, str] = {}  # event id -> the field under which its note was printed, so each note is read once
    for r in reasons:
        lines.append(f"{r.field}: {r.value}")
        lines += textwrap.wrap(f"because {r.rule}", width, initial_indent="  ", subsequent_indent="    ")
        for e in r.events:
            ev = evidence(scenario, e)
            src = ev["source"]
            cite = ", ".join(x for x in (src["outlet"], src["published"], src["url"] or src["file"]) if x) or src["key"]
            when = f"{ev['date']}" + (f" ({ev['date_text']})" if ev["date_text"] else "")
            if src["published"] and ev["reported"] != src["published"]:
                when += f", reported {ev['reported']}"  # known on another day than its source was published (see its note)
            mark = " [hypothetical]" if ev["hypothetical"] else ""
            lines.append(f"  - {e.id} ({e.type}, {when}){mark} — {cite}")
            if ev["quote"]:
                lines += textwrap.wrap(f"“{ev['quote']}”", width, initial_indent="      ", subsequent_indent="      ")
            if ev["note"] and e.id in noted:
                lines.append(f"      note: see {noted[e.id]}, above")
            elif ev["note"]:
                noted[e.id] = r.field
                lines += textwrap.wrap(f"note: {ev['note']}", width, initial_indent="      ", subsequent_indent="      ")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
