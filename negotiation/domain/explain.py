"""Why the model says what it says: each field of a state traced to the events that set it.

`explain(scenario, state)` returns one `Reason` per field (phase, deal, truce,
the truce's end, released counts, each claim, offer and precondition,
mediators, breakdown, recall, anomalies), each naming the rule that applied and
the events behind it, so a reader can go from any answer to the sentences in
the sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

import attrs

from negotiation.domain.events import Event, Talks
from negotiation.domain.rules import counts_toward_term
from negotiation.domain.scenario import Scenario
from negotiation.domain.state import NegotiationState


@attrs.frozen(slots=True)
class Reason:
    field: str
    value: str
    rule: str
    events: tuple[Event, ...] = ()


def _phase(state: NegotiationState, known: Mapping[str, Event]) -> Reason:
    value = f"{state.phase.value}" + (f" since {state.phase_since}" if state.phase_since else "")
    if state.phase_event is not None:
        return Reason("phase", value, f"set by a {state.phase_event.type} event", (state.phase_event,))
    if state.phase_since is not None and state.truce is not None:
        t = state.truce
        started = tuple(e for e in (known.get(t.started_by),) if e is not None)
        return Reason("phase", value, f"time passed: the truce's last day was {t.end} and nothing extended it", started + t.extensions)
    return Reason("phase", value, "no event yet")


def explain(scenario: Scenario, state: NegotiationState) -> list[Reason]:
    """The reasons behind every field of `state` (a state of `scenario`)."""
    known = {e.id: e for e in scenario.events}
    seen = set(state.known.keys())
    reasons = [_phase(state, known)]

    talks = tuple(e for e in scenario.events if isinstance(e, Talks) and e.id in seen)
    if state.parties or state.mediators:
        reasons.append(Reason(
            "talks", f"{', '.join(state.parties) or 'parties not named'} via {', '.join(state.mediators) or 'no mediator named'}",
            "parties and mediators of every talks event so far", talks,
        ))
    if state.deal is not None:
        d = state.deal.event
        events: tuple[Event, ...] = (d,)
        if state.deal.denied_by and state.deal.denied_by in known:
            events += (known[state.deal.denied_by],)
        t = d.terms
        value = f"{d.id}: {t.hostages} hostages, {t.prisoners} prisoners, {t.truce_days} truce days"
        if t.extension:
            value += f", +{t.extension.days} day per {t.extension.per_hostages} hostages beyond {t.hostages or 0}"
        reasons.append(Reason("deal", value + (" (denied)" if state.deal.denied_by else ""), "the latest agreement", events))
    if state.truce is not None:
        t = state.truce
        start = known.get(t.started_by)
        deal = known.get(t.deal) if t.deal else None
        reasons.append(Reason(
            "truce", f"{t.start} → {t.end}, {'in effect' if t.active else 'over'}",
            f"a truce of {t.days} days from {t.start} covers {t.start} … {t.start + timedelta(days=t.days - 1)}",
            tuple(e for e in (deal, start) if e is not None),
        ))
        earners = tuple(r for r in state.release_list() if counts_toward_term(t, r)) if t.term is not None else ()
        if t.cut_end is not None:
            ender = known.get(t.ended_by or "")
            rule = f"ended the day before {t.ended_by} ({ender.type if ender else 'event'})"
            reasons.append(Reason("truce.end", str(t.end), rule, tuple(e for e in (ender,) if e is not None)))
        else:
            term = ""
            if t.term is not None:
                term = (f"; the deal's term earns {t.term.days} day per {t.term.per_hostages} hostages released under it "
                        f"beyond {t.agreed_hostages}: {t.hostages_under_deal} released → {t.earned_days} earned")
            rule = (f"{t.start} + {t.days} days + the longer of {t.recorded_days} recorded and {t.earned_days} earned "
                    f"extension days − 1{term}")
            reasons.append(Reason("truce.end", str(t.end), rule, t.extensions + earners))
    releases = tuple(state.release_list())
    reasons.append(Reason(
        "released", f"{state.released_hostages} hostages, {state.released_prisoners} prisoners",
        f"the sum of {len(releases)} release event{'s' if len(releases) != 1 else ''}", releases,
    ))
    for c in state.claim_list():
        e = c.event
        events = (e,) + ((known[c.denied_by],) if c.denied_by in known else ())
        reasons.append(Reason(f"held[{e.according_to}{'/' + e.holder if e.holder else ''}]", f"{e.held} (as of {e.date})",
                              f"the latest claim by {e.according_to}; never merged with other sources", events))
    for item in state.offer_list():
        events = (item.event,) + ((item.settled_by,) if item.settled_by else ())
        reasons.append(Reason(f"offer[{item.event.id}]", item.status, "tabled, then settled" if item.settled_by else "tabled, still open", events))
    for item in state.precondition_list():
        events = (item.event,) + ((item.settled_by,) if item.settled_by else ())
        reasons.append(Reason(f"precondition[{item.event.id}]", item.status, "set, then settled" if item.settled_by else "set, still open", events))
    if state.breakdown is not None:
        b = state.breakdown
        reasons.append(Reason("breakdown", f"{b.date}: {b.reason or 'no reason given'}", "the latest breakdown", (b,)))
    if state.recall is not None:
        reasons.append(Reason("recall", f"{state.recall.date}: {state.recall.by}", "negotiators recalled", (state.recall,)))
    for a in state.anomaly_list():
        reasons.append(Reason(f"anomaly[{a.event}]", a.message, a.rule, tuple(e for e in (known.get(a.event),) if e is not None)))
    return reasons
