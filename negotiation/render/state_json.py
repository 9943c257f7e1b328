"""The state as JSON-ready data: the contract of `negotiation state --json`.

Keys named in the contract (scenario, at, known_on, phase, phase_since, truce,
released, held, offers, preconditions, mediators, anomalies, last_event) are
never renamed or removed; others may be added.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from negotiation.domain.events import Event
from negotiation.domain.state import Anomaly, NegotiationState, StandingClaim, TableItem


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def event_ref(event: Event | None) -> dict[str, Any] | None:
    if event is None:
        return None
    ref: dict[str, Any] = {"id": event.id, "type": event.type, "date": event.date.isoformat()}
    if event.hypothetical:
        ref["hypothetical"] = True
    return ref


def _settled(item: TableItem) -> str | None:
    return item.settled_by.id if item.settled_by is not None else None


def offer_view(item: TableItem) -> dict[str, Any]:
    e = item.event
    return {
        "event": e.id, "by": e.by, "to": e.to, "gives": dict(e.gives), "wants": dict(e.wants),  # type: ignore[union-attr]
        "status": item.status, "date": e.date.isoformat(), "settled_by": _settled(item),
    }


def precondition_view(item: TableItem) -> dict[str, Any]:
    e = item.event
    return {"event": e.id, "by": e.by, "demand": e.demand, "status": item.status, "date": e.date.isoformat(), "settled_by": _settled(item)}  # type: ignore[union-attr]


def claim_view(claim: StandingClaim, released_hostages: int) -> dict[str, Any]:
    """A claim as its source made it; `released_since` says how many hostages were freed after it, never merged into it."""
    e = claim.event
    return {
        "according_to": e.according_to, "count": e.held, "as_of": e.date.isoformat(), "event": e.id,
        "holder": e.holder, "including": dict(e.including), "denied_by": claim.denied_by,
        "released_since": released_hostages - claim.released_before,
    }


def anomaly_view(a: Anomaly) -> dict[str, Any]:
    return {"event": a.event, "rule": a.rule, "message": a.message, "file": a.where.file, "line": a.where.line, "col": a.where.col, "applied": a.applied}


def truce_view(state: NegotiationState) -> dict[str, Any] | None:
    t = state.truce
    if t is None:
        return None
    return {
        "start": day(t.start), "end": day(t.end), "active": t.active,
        "extensions": [{"event": x.id, "date": x.date.isoformat(), "days": x.days} for x in t.extensions],
        "days": t.days, "recorded_days": t.recorded_days, "earned_days": t.earned_days,
        "hostages_under_deal": t.hostages_under_deal, "started_by": t.started_by, "deal": t.deal, "ended_by": t.ended_by,
    }


def deal_view(state: NegotiationState) -> dict[str, Any] | None:
    if state.deal is None:
        return None
    e = state.deal.event
    terms = e.terms
    return {
        "event": e.id, "date": e.date.isoformat(), "denied_by": state.deal.denied_by,
        "terms": {
            "hostages": terms.hostages, "prisoners": terms.prisoners, "truce_days": terms.truce_days,
            "extension": {"per_hostages": terms.extension.per_hostages, "days": terms.extension.days} if terms.extension else None,
        },
    }


def state_view(scenario_name: str, state: NegotiationState, at: date, known_on: date | None) -> dict[str, Any]:
    breakdown = state.breakdown
    recall = state.recall
    return {
        "scenario": scenario_name,
        "at": day(at),
        "known_on": day(known_on),
        "phase": state.phase.value,
        "phase_since": day(state.phase_since),
        "phase_event": event_ref(state.phase_event),
        "truce": truce_view(state),
        "released": {"hostages": state.released_hostages, "prisoners": state.released_prisoners},
        "releases": [
            {"event": r.id, "date": r.date.isoformat(), "by": r.by, "hostages": r.hostages, "prisoners": r.prisoners, "outside_deal": r.outside_deal}
            for r in state.release_list()
        ],
        "held": [claim_view(c, state.released_hostages) for c in state.claim_list()],
        "offers": [offer_view(o) for o in state.offer_list()],
        "preconditions": [precondition_view(p) for p in state.precondition_list()],
        "deal": deal_view(state),
        "parties": list(state.parties),
        "mediators": list(state.mediators),
        "breakdown": {"event": breakdown.id, "date": breakdown.date.isoformat(), "reason": breakdown.reason, "blamed": list(breakdown.blamed)} if breakdown else None,
        "recall": {"event": recall.id, "date": recall.date.isoformat(), "by": recall.by, "reason": recall.reason} if recall else None,
        "anomalies": [anomaly_view(a) for a in state.anomaly_list()],
        "last_event": event_ref(state.last_event),
    }
