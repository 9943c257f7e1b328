"""The state as a short, aligned block of text for the terminal."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from negotiation.domain.events import Event
from negotiation.domain.scenario import Scenario
from negotiation.domain.state import NegotiationState


def terms_text(terms: Mapping[str, object]) -> str:
    return ", ".join([f"{v} {k.replace('_', ' ')}" for k, v in terms.items()]) or "nothing stated"


def _hyp(*events: object) -> str:
    """A visible mark on any row that rests on a hypothetical (what-if) event."""
    return " [hypothetical]" if any(getattr(e, "hypothetical", False) for e in events) else ""


def _hyp_item(event: Event, settled_by: Event | None) -> str:
    """`_hyp` for an offer or precondition and what settled it: one per row of a long table, so spelled out."""
    return " [hypothetical]" if event.hypothetical or (settled_by is not None and settled_by.hypothetical) else ""


def _rows(scenario: Scenario, state: NegotiationState, at: date, known_on: date | None) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    since = f" since {state.phase_since}" if state.phase_since else ""
    why = ""
    if state.phase_event is not None:
        why = f" ({state.phase_event.id}: {state.phase_event.type})"
    elif state.phase_since is not None:
        why = " (the truce ran out)"
    rows.append(("Phase", f"{state.phase.value}{since}{why}{_hyp(state.phase_event)}"))
    if state.parties or state.mediators:
        via = f" via {', '.join(state.mediators)}" if state.mediators else ""
        rows.append(("Talks", f"{', '.join(state.parties) or 'parties not named'}{via}"))
    if state.deal is not None:
        d = state.deal.event
        t = d.terms
        bits = [f"{t.hostages} hostages" if t.hostages is not None else None,
                f"{t.prisoners} prisoners" if t.prisoners is not None else None,
                f"{t.truce_days} days of truce" if t.truce_days is not None else None]
        if t.extension:
            bits.append(f"+{t.extension.days} day per {t.extension.per_hostages} hostages beyond {t.hostages or 0}")
        denied = f" — denied ({state.deal.denied_by})" if state.deal.denied_by else ""
        rows.append(("Deal", f"{d.id} ({d.date}): {', '.join(b for b in bits if b)}{denied}{_hyp(d)}"))
    if state.truce is not None:
        tr = state.truce
        status = "in effect" if tr.active else f"over (ended by {tr.ended_by})" if tr.ended_by else "over (ran out)"
        ext = ", ".join(f"+{x.days} ({x.id}, {x.date})" for x in tr.extensions) or "none recorded"
        earned = f"; {tr.earned_days} earned by releases" if tr.term is not None else ""
        rows.append(("Truce", f"{tr.start} → {tr.end}, {status}; {tr.days} days, extensions: {ext}{earned}{_hyp(*tr.extensions)}"))
    n = len(state.releases)
    rows.append(("Released", f"{state.released_hostages} hostages, {state.released_prisoners} prisoners ({n} release{'s' if n != 1 else ''}){' [includes hypothetical releases]' if any(r.hypothetical for r in state.releases.values()) else ''}"))
    for claim in state.claim_list():
        e = claim.event
        holder = f" by {e.holder}" if e.holder else ""
        incl = "".join(f", including {v} {k.replace('_', ' ')}" for k, v in e.including.items())
        denied = f" — denied ({claim.denied_by})" if claim.denied_by else ""
        since = state.released_hostages - claim.released_before
        freed = f"; since then {since} hostages freed by all holders" if since else ""
        rows.append(("Held", f"{e.held}{holder}{incl}, according to {e.according_to} (as of {e.date}, {e.id}){freed}{denied}{_hyp(e)}"))
    for item in state.offer_list():
        o = item.event
        to = f" → {o.to}" if o.to else ""  # type: ignore[union-attr]
        settled = f" by {item.settled_by.id}" if item.settled_by else ""
        rows.append(("Offer", f"{o.id}: {o.by}{to} gives {terms_text(o.gives)}; wants {terms_text(o.wants)} [{item.status}{settled}]{_hyp_item(o, item.settled_by)}"))  # type: ignore[union-attr]
    for item in state.precondition_list():
        p = item.event
        settled = f" by {item.settled_by.id}" if item.settled_by else ""
        rows.append(("Precondition", f"{p.id}: {p.by} demands {p.demand} [{item.status}{settled}]{_hyp_item(p, item.settled_by)}"))  # type: ignore[union-attr]
    if state.breakdown is not None:
        b = state.breakdown
        blamed = f"; blamed: {', '.join(b.blamed)}" if b.blamed else ""
        rows.append(("Breakdown", f"{b.id} ({b.date}): {b.reason or 'no reason given'}{blamed}{_hyp(b)}"))
    if state.recall is not None:
        r = state.recall
        rows.append(("Recall", f"{r.id} ({r.date}): {r.by} recalled its negotiators{': ' + r.reason if r.reason else ''}"))
    anomalies = state.anomaly_list()
    rows.append(("Anomalies", "none" if not anomalies else f"{len(anomalies)}"))
    for a in anomalies:
        rows.append(("", f"{a.event}: {a.rule}: {a.message}"))
    last = state.last_event
    rows.append(("Last event", f"{last.id} ({last.type}, {last.date})" if last else "none yet"))
    return rows


def state_text(scenario: Scenario, state: NegotiationState, at: date, known_on: date | None) -> str:
    title = f"{scenario.name} — {scenario.title}" if scenario.title else scenario.name
    knowing = f"as known on {known_on}" if known_on else "from everything reported"
    rows = _rows(scenario, state, at, known_on)
    width = max(len(label) for label, _ in rows)
    lines = [title, f"State on {at}, {knowing}", ""]
    lines += [f"{label:<{width}}  {value}" for label, value in rows]
    return "\n".join(lines)
