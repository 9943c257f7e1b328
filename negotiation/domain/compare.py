"""Comparing two negotiations day by day: where a what-if parts from its base, and how.

Two states are compared on what the negotiation *is* — phase and since when,
truce, deal, counts and releases, offers, preconditions, claims, breakdown,
recall, parties, mediators, anomalies — and not on the scenario's name, the
query dates, the clock, or the marks that say an event is hypothetical. A
what-if that re-adds an event it removed is therefore the same negotiation.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import attrs

from negotiation.domain.events import Event
from negotiation.domain.query import daily_states, history
from negotiation.domain.scenario import Scenario
from negotiation.domain.state import NegotiationState


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _ref(event: Event | None) -> str | None:
    return event.id if event is not None else None


def facts(state: NegotiationState) -> dict[str, Any]:
    """What the negotiation is in `state`, as plain comparable values (no provenance, no clock)."""
    t = state.truce
    deal = state.deal
    return {
        "phase": state.phase.value,
        "phase_since": _day(state.phase_since),
        "phase_event": _ref(state.phase_event),
        "truce": None if t is None else {
            "start": _day(t.start), "end": _day(t.end), "active": t.active, "days": t.days,
            "recorded_days": t.recorded_days, "earned_days": t.earned_days, "hostages_under_deal": t.hostages_under_deal,
            "extensions": [x.id for x in t.extensions], "started_by": t.started_by, "ended_by": t.ended_by,
        },
        "deal": None if deal is None else {"event": deal.event.id, "denied_by": deal.denied_by},
        "released": {"hostages": state.released_hostages, "prisoners": state.released_prisoners},
        "releases": [r.id for r in state.release_list()],
        "offers": {o.event.id: {"status": o.status, "settled_by": _ref(o.settled_by)} for o in state.offer_list()},
        "preconditions": {p.event.id: {"status": p.status, "settled_by": _ref(p.settled_by)} for p in state.precondition_list()},
        # A claim is what its source said; releases since it already show under `released`.
        "held": [
            {"according_to": c.event.according_to, "holder": c.event.holder, "count": c.event.held, "denied_by": c.denied_by}
            for c in state.claim_list()
        ],
        "breakdown": _ref(state.breakdown),
        "recall": _ref(state.recall),
        "parties": list(state.parties),
        "mediators": list(state.mediators),
        "anomalies": [{"event": a.event, "rule": a.rule, "message": a.message, "applied": a.applied} for a in state.anomaly_list()],
    }


def same_negotiation(a: NegotiationState, b: NegotiationState) -> bool:
    return facts(a) == facts(b)


@attrs.frozen
class Difference:
    """One field whose value differs between the base and the what-if."""

    field: str
    base: Any
    whatif: Any


def diff(base: NegotiationState, whatif: NegotiationState) -> list[Difference]:
    """The fields that differ, in the order of `facts`; nested records are split one level (e.g. `truce.end`)."""
    a, b = facts(base), facts(whatif)
    out: list[Difference] = []
    for key in a:
        x, y = a[key], b[key]
        if x == y:
            continue
        if isinstance(x, dict) and isinstance(y, dict):
            for sub in dict.fromkeys([*x, *y]):
                if x.get(sub) != y.get(sub):
                    out.append(Difference(f"{key}.{sub}", x.get(sub), y.get(sub)))
        else:
            out.append(Difference(key, x, y))
    return out


def span(*scenarios: Scenario) -> tuple[date, date] | None:
    """The days worth walking: from the first event to the day after the last event or the last truce day."""
    days = [e.date for s in scenarios for e in s.events]
    if not days:
        return None
    end = max(days)
    for s in scenarios:
        final = history(s).final()
        if final.truce is not None and final.truce.active:
            end = max(end, final.truce.end)
    return min(days), end + timedelta(days=1)


def walk_both(base: Scenario, whatif: Scenario, known_on: date | None = None) -> Iterator[tuple[date, NegotiationState, NegotiationState]]:
    """Each day of `span` with the base's state and the what-if's."""
    bounds = span(base, whatif)
    if bounds is None:
        return
    start, end = bounds
    for (day, a, _), (_, b, _) in zip(daily_states(base, start, end, known_on), daily_states(whatif, start, end, known_on)):
        yield day, a, b


def first_divergence(base: Scenario, whatif: Scenario, known_on: date | None = None) -> date | None:
    """The first day on which the two negotiations differ; None if they never do."""
    bounds = span(base, whatif)
    if bounds is None:
        return None
    start, end = bounds
    shared = True  # so far both sides applied the very same event objects, in the same order
    settled: tuple[object, ...] | None = None
    for (day, a, here), (_, b, there) in zip(daily_states(base, start, end, known_on), daily_states(whatif, start, end, known_on)):
        # The reducer is a pure function: the same events in the same order give the same state,
        # so days before the first changed event need no comparison (a what-if reuses its base's events).
        if shared and len(here) == len(there) and all(x is y for x, y in zip(here, there)):
            continue
        shared = False
        # Between events only time passing moves a state (a truce runs out, the phase follows),
        # so a day whose counts and phases match the day before, found the same, is the same again.
        key = (a.count, b.count, a.phase, a.phase_since, b.phase, b.phase_since, a.truce_active, b.truce_active)
        if key == settled:
            continue
        if not same_negotiation(a, b):
            return day
        settled = key
    return None


@attrs.frozen
class PhaseStep:
    """The phase a negotiation is in from `since`, and the event that moved it there (None: time passing)."""

    phase: str
    since: date | None
    event: str | None


def phase_timeline(scenario: Scenario, start: date, end: date, known_on: date | None = None) -> list[PhaseStep]:
    """The phase day by day from `start` to `end`, one step each time it changes."""
    steps: list[PhaseStep] = []
    for _, state, _ in daily_states(scenario, start, end, known_on):
        step = PhaseStep(state.phase.value, state.phase_since, _ref(state.phase_event))
        if not steps or (steps[-1].phase, steps[-1].since) != (step.phase, step.since):
            steps.append(step)
    return steps
