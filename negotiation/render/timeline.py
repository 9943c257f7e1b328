"""Per-day rows of a scenario (the `timeline` command and the plots), from one walk over the events."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Any

from negotiation.domain.query import daily_states
from negotiation.domain.scenario import Scenario

COLUMNS = (
    "date", "phase", "phase_since", "truce_active", "truce_end",
    "released_hostages", "released_prisoners", "events", "hypothetical_events",
)


def default_span(scenario: Scenario) -> tuple[date, date] | None:
    """From the first event to the last one, or to the end of a truce that outlasts it."""
    if not scenario.events:
        return None
    start, end = scenario.events[0].date, scenario.events[-1].date
    from negotiation.domain.query import state_at

    truce = state_at(scenario, end).truce
    if truce is not None and truce.end > end:
        end = truce.end
    return start, end


def timeline_rows(scenario: Scenario, start: date, end: date, known_on: date | None = None) -> Iterator[dict[str, Any]]:
    """One row per day; counts are cumulative; `events` are that day's event ids."""
    for day, state, todays in daily_states(scenario, start, end, known_on):
        truce = state.truce
        yield {
            "date": day.isoformat(),
            "phase": state.phase.value,
            "phase_since": state.phase_since.isoformat() if state.phase_since else None,
            "truce_active": bool(truce is not None and truce.active),
            "truce_end": truce.end.isoformat() if truce is not None else None,
            "released_hostages": state.released_hostages,
            "released_prisoners": state.released_prisoners,
            "events": [e.id for e in todays],
            "hypothetical_events": [e.id for e in todays if e.hypothetical],
        }


def rows_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = dict(row)
        flat["events"] = ";".join(row["events"])
        flat["hypothetical_events"] = ";".join(row["hypothetical_events"])
        flat["truce_active"] = "true" if row["truce_active"] else "false"
        writer.writerow({k: ("" if v is None else v) for k, v in flat.items()})
    return out.getvalue()
