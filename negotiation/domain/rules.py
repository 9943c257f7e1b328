"""The transition rules: one small pure function per event type, and the passing of time.

Each rule takes the state and an event and returns the `Changes` the event
makes: the fields of the state it sets, by name. `apply_all`, the reducer's
one loop, adds each step's own bookkeeping (the clock, the last event, the
count) and writes the changes into a private draft of the state, so a replay
of any length makes one new state, and `apply` is that loop on one event.
A rule never raises on an event it cannot apply: it records an `Anomaly`
naming the event, the rule and what was wrong, and the state otherwise
stays as it was. The invariant each rule keeps is stated in its
docstring and tested by properties in `tests/test_properties.py`.

The phase graph lives in one table, `PHASE_MOVES`: rules consult it both to
move the phase and to decide whether an event is allowed in the current phase,
so the drawn diagram (`negotiation diagram`) cannot drift from the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from immutables import Map

from negotiation.domain import events as ev
from negotiation.domain.state import (
    Anomaly,
    Deal,
    NegotiationState,
    OfferStatus,
    Phase,
    PreconditionStatus,
    StandingClaim,
    Truce,
    evolve_state,
    day_after,
    make_standing_claim,
    make_table_item,
    revised,
    with_changes,
)

TIME = "time"  # the pseudo-event of days passing

Changes = dict[str, Any]
"""What one event changes in the state: field name -> new value (see `apply`)."""

# The statuses as the plain strings the table holds: an enum's `.value` is a
# property lookup, and these are read on every offer and precondition.
OFFER_OPEN, OFFER_SUPERSEDED, OFFER_REJECTED, OFFER_WITHDRAWN, OFFER_DENIED = (
    OfferStatus.OPEN.value, OfferStatus.SUPERSEDED.value, OfferStatus.REJECTED.value,
    OfferStatus.WITHDRAWN.value, OfferStatus.DENIED.value,
)
PRECONDITION_OPEN, PRECONDITION_MET, PRECONDITION_DROPPED = (
    PreconditionStatus.OPEN.value, PreconditionStatus.MET.value, PreconditionStatus.DROPPED.value,
)

P = Phase
PHASE_MOVES: Mapping[tuple[Phase, str], Phase] = {
    # talks open or resume
    (P.PRE_TALKS, "talks"): P.TALKS,
    (P.BREAKDOWN, "talks"): P.TALKS,
    (P.CONCLUDED, "talks"): P.TALKS,
    # someone tables something: there are talks, whether or not an article said so
    (P.PRE_TALKS, "offer"): P.TALKS,
    (P.PRE_TALKS, "precondition"): P.TALKS,
    # a deal
    (P.PRE_TALKS, "agreement"): P.DEAL,
    (P.TALKS, "agreement"): P.DEAL,
    (P.BREAKDOWN, "agreement"): P.DEAL,
    (P.DEAL, "agreement"): P.DEAL,
    (P.TRUCE, "agreement"): P.TRUCE,
    (P.DEAL, "denial"): P.TALKS,  # only when the denial voids the deal itself
    # the pause
    (P.DEAL, "truce_start"): P.TRUCE,
    (P.TRUCE, "truce_extension"): P.TRUCE,
    (P.TRUCE, TIME): P.TALKS,  # it ran out with no extension
    # collapse
    (P.PRE_TALKS, "breakdown"): P.BREAKDOWN,
    (P.TALKS, "breakdown"): P.BREAKDOWN,
    (P.DEAL, "breakdown"): P.BREAKDOWN,
    (P.TRUCE, "breakdown"): P.BREAKDOWN,
    (P.TALKS, "recall"): P.BREAKDOWN,
    (P.DEAL, "recall"): P.BREAKDOWN,
    (P.TRUCE, "recall"): P.BREAKDOWN,
    (P.BREAKDOWN, "recall"): P.BREAKDOWN,
    # the end
    (P.PRE_TALKS, "conclusion"): P.CONCLUDED,
    (P.TALKS, "conclusion"): P.CONCLUDED,
    (P.DEAL, "conclusion"): P.CONCLUDED,
    (P.TRUCE, "conclusion"): P.CONCLUDED,
    (P.BREAKDOWN, "conclusion"): P.CONCLUDED,
}


# ---------------------------------------------------------------- helpers


def _move(state: NegotiationState, changes: Changes, event: ev.Event | None, trigger: str, on: date) -> Changes:
    """Add the phase move along `PHASE_MOVES` to `changes`; `phase_since` changes only when the phase does.

    Only this function changes the phase, so `state.phase` is still the phase the event found.
    """
    to = PHASE_MOVES.get((state.phase, trigger))
    if to is not None and to is not state.phase:
        changes["phase"] = to
        changes["phase_since"] = on
        changes["phase_event"] = event
    return changes


def _flag(state: NegotiationState, event: ev.Event, rule: str, message: str, *, applied: bool, changes: Changes | None = None) -> Changes:
    seq = len(state.anomalies)
    anomaly = Anomaly(event=event.id, rule=rule, message=message, where=event.where, applied=applied, seq=seq)
    changes = {} if changes is None else changes
    changes["anomalies"] = state.anomalies.set(seq, anomaly)
    return changes


def reject(state: NegotiationState, event: ev.Event, rule: str, message: str) -> Changes:
    """The event cannot apply: nothing changes but the anomaly."""
    return _flag(state, event, rule, message + "; event ignored", applied=False)


def _ordered_union(have: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    new = tuple(name for name in dict.fromkeys(more) if name not in have)
    return have + new if new else have


# ---------------------------------------------------------------- time


def pass_time(state: NegotiationState, day: date) -> NegotiationState:
    """Let days pass up to `day`.

    Invariant: afterwards no active truce has its last day before `day`; a truce
    that ran out ends with `active` False, and if it held the phase the phase is
    back to talks since the day after its last day.
    """
    changes = _run_out_truce(state, day)
    if state.clock != day:
        changes["clock"] = day
    return with_changes(state, **changes) if changes else state


def _run_out_truce(state: NegotiationState, day: date) -> Changes:
    """The part of `pass_time` that is more than moving the clock: a truce whose last day is before `day` ends."""
    truce = state.truce
    if truce is not None and truce.active and truce.end < day:
        return _move(state, {"truce": revised(truce, active=False)}, None, TIME, day_after(truce.end))
    return {}


# ---------------------------------------------------------------- rules


def open_talks(state: NegotiationState, event: ev.Talks) -> Changes:
    """Talks open or resume. Invariant: parties and mediators only accumulate."""
    changes: Changes = {
        "parties": _ordered_union(state.parties, event.by),
        "mediators": _ordered_union(state.mediators, event.via),
    }
    return _move(state, changes, event, "talks", event.date)


def table_offer(state: NegotiationState, event: ev.Offer) -> Changes:
    """An offer is tabled, `open`. Invariant: an offer's status is set once here and then only settled."""
    item = make_table_item(event, state.count, OFFER_OPEN, None)
    changes: Changes = {
        "offers": state.offers.set(event.id, item),
        "open_offers": state.open_offers.set(event.id, True),
    }
    return _move(state, changes, event, "offer", event.date)


def set_precondition(state: NegotiationState, event: ev.Precondition) -> Changes:
    """A precondition is set, `open` until met or dropped."""
    item = make_table_item(event, state.count, PRECONDITION_OPEN, None)
    return _move(state, {"preconditions": state.preconditions.set(event.id, item)}, event, "precondition", event.date)


def _settle_precondition(state: NegotiationState, event: ev.PreconditionMet | ev.PreconditionDropped, status: str, rule: str) -> Changes:
    item = state.preconditions.get(event.precondition)
    if item is None:
        return reject(state, event, rule, f"no precondition {event.precondition!r} is known by {event.date}")
    if item.status != PRECONDITION_OPEN:
        return reject(state, event, rule, f"precondition {event.precondition!r} is already {item.status}")
    settled = revised(item, status=status, settled_by=event)
    return {"preconditions": state.preconditions.set(event.precondition, settled)}


def meet_precondition(state: NegotiationState, event: ev.PreconditionMet) -> Changes:
    """An open precondition is met. Invariant: only an open precondition changes status."""
    return _settle_precondition(state, event, PRECONDITION_MET, "meet_precondition")


def drop_precondition(state: NegotiationState, event: ev.PreconditionDropped) -> Changes:
    """An open precondition is dropped."""
    return _settle_precondition(state, event, PRECONDITION_DROPPED, "drop_precondition")


def _settle_offer(state: NegotiationState, offer_id: str, event: ev.Event, status: str, rule: str) -> Changes:
    item = state.offers.get(offer_id)
    if item is None:
        return reject(state, event, rule, f"no offer {offer_id!r} is known by {event.date}")
    if item.status != OFFER_OPEN:
        return reject(state, event, rule, f"offer {offer_id!r} is already {item.status}")
    return {
        "offers": state.offers.set(offer_id, revised(item, status=status, settled_by=event)),
        "open_offers": state.open_offers.delete(offer_id),
    }


def reject_offer(state: NegotiationState, event: ev.Rejection) -> Changes:
    """An open offer is rejected. Invariant: a settled offer is never reopened."""
    return _settle_offer(state, event.offer, event, OFFER_REJECTED, "reject_offer")


def withdraw_offer(state: NegotiationState, event: ev.Withdrawal) -> Changes:
    """An open offer is withdrawn."""
    return _settle_offer(state, event.offer, event, OFFER_WITHDRAWN, "withdraw_offer")


def conclude_agreement(state: NegotiationState, event: ev.Agreement) -> Changes:
    """A deal is agreed; every open offer is superseded by it.

    Invariant: after an agreement no offer tabled before it is open. Each offer
    is closed once, so the cost over a whole log stays linear.
    """
    if state.phase is Phase.CONCLUDED:
        return reject(state, event, "conclude_agreement", "the negotiation is concluded; a new deal needs talks first")
    offers = state.offers.mutate()
    for offer_id in state.open_offers.keys():
        offers[offer_id] = revised(offers[offer_id], status=OFFER_SUPERSEDED, settled_by=event)
    changes: Changes = {"deal": Deal(event=event), "offers": offers.finish(), "open_offers": type(state.open_offers)()}
    return _move(state, changes, event, "agreement", event.date)


def start_truce(state: NegotiationState, event: ev.TruceStart) -> Changes:
    """A truce begins under the current deal.

    Invariants: a truce needs a deal not yet in effect; its end never precedes its start.
    """
    if (state.phase, "truce_start") not in PHASE_MOVES or state.deal is None:
        why = "a truce is already in effect" if state.phase is Phase.TRUCE else f"no deal is agreed (phase is {state.phase.value})"
        return reject(state, event, "start_truce", f"cannot start a truce: {why}")
    terms = state.deal.event.terms
    days = event.days if event.days is not None else terms.truce_days
    if days is None or days < 1:
        return reject(state, event, "start_truce", "the truce has no length: give `days` or the deal's `truce_days`")
    truce = Truce(
        start=event.date,
        days=days,
        started_by=event.id,
        deal=state.deal.event.id,
        term=terms.extension,
        agreed_hostages=terms.hostages or 0,
    )
    return _move(state, {"truce": truce}, event, "truce_start", event.date)


def _capacity(state: NegotiationState) -> int | None:
    """The most hostages any source says are still held, after releases since its claims; None if no claim.

    A source may give several counts at once (200 held by Hamas, 50 by other
    groups): they add up, and the releases since the source's latest claim are
    taken off once. `claim_totals` keeps (sum held, released at the latest
    claim) per source. What a source leaves held is `total - (released -
    released_before)`, so the most is the largest `total + released_before`,
    kept as `claim_ceiling` whenever the totals change, less the releases.
    """
    ceiling = state.claim_ceiling
    return None if ceiling is None else ceiling - state.released_hostages


def _ceiling(totals: Map[str, tuple[int, int]]) -> int | None:
    """The largest `total + released_before` over the sources (None when none): `claim_ceiling`."""
    return max(map(sum, totals.values())) if totals else None


def _source_totals(totals: Map[str, tuple[int, int]], claims: Map[tuple[str, str | None], StandingClaim], source: str) -> Map[str, tuple[int, int]]:
    """Recount one source's undenied standing claims into `claim_totals` (no entry when it has none); used after a denial, which is rare."""
    standing = [c for (who, _), c in claims.items() if who == source and c.denied_by is None]
    if not standing:
        return totals.delete(source) if source in totals else totals
    return totals.set(source, (sum(c.event.held for c in standing), max(c.released_before for c in standing)))


def counts_toward_term(truce: Truce, release: ev.Release) -> bool:
    """A release earns extension days when it frees hostages under the deal on a day the truce covers."""
    return bool(release.hostages) and not release.outside_deal and truce.start <= release.date <= truce.end


def apply_release(state: NegotiationState, event: ev.Release) -> Changes:
    """People are freed.

    Invariants: released counts never decrease; hostages freed under the deal
    during a truce count toward the deal's extension term. A release of more
    hostages than any claim leaves held is applied (it happened; the claim is
    what is in doubt) and flagged.
    """
    if event.hostages < 0 or event.prisoners < 0:
        return reject(state, event, "apply_release", "a release cannot free a negative number of people")
    capacity = _capacity(state) if event.hostages else None
    truce = state.truce
    if truce is not None and truce.active and counts_toward_term(truce, event):
        truce = revised(truce, hostages_under_deal=truce.hostages_under_deal + event.hostages)
    changes: Changes = {
        "released_hostages": state.released_hostages + event.hostages,
        "released_prisoners": state.released_prisoners + event.prisoners,
        "releases": state.releases.set(state.count, event),
        "truce": truce,
    }
    if capacity is not None and event.hostages > capacity:
        _flag(
            state, event, "apply_release",
            f"releases {event.hostages} hostages but the claims on record leave at most {max(capacity, 0)} held; applied",
            applied=True, changes=changes,
        )
    return changes


def extend_truce(state: NegotiationState, event: ev.TruceExtension) -> Changes:
    """The truce in effect is extended at its end.

    Invariant: only a truce in effect on the event's date is extended, and its end moves forward only.
    """
    truce = state.truce
    if state.phase is not Phase.TRUCE or truce is None or not truce.active:
        if truce is not None and not truce.active:
            why = f"the last truce ended on {truce.end}"
        else:
            why = "no truce is in effect"
        return reject(state, event, "extend_truce", f"cannot extend: {why}")
    if event.days < 1:
        return reject(state, event, "extend_truce", "an extension must add at least one day")
    return {"truce": revised(truce, recorded_days=truce.recorded_days + event.days, extensions=truce.extensions + (event,))}


def _end_truce_early(state: NegotiationState, event: ev.Event, changes: Changes) -> Changes:
    truce = state.truce
    if truce is not None and truce.active:
        cut = max(truce.start, event.date - timedelta(days=1))
        changes["truce"] = revised(truce, active=False, cut_end=min(cut, truce.end), ended_by=event.id)
    return changes


def record_breakdown(state: NegotiationState, event: ev.Breakdown) -> Changes:
    """Talks or a truce collapse.

    Invariant: a truce in effect ends on the day before (never before its start);
    a breakdown while already broken down keeps the original `phase_since`.
    """
    if state.phase is Phase.CONCLUDED:
        return reject(state, event, "record_breakdown", "the negotiation is concluded")
    return _move(state, _end_truce_early(state, event, {"breakdown": event}), event, "breakdown", event.date)


def recall_negotiators(state: NegotiationState, event: ev.Recall) -> Changes:
    """A party recalls its negotiators: talks are broken down, and a truce in effect ends."""
    if (state.phase, "recall") not in PHASE_MOVES:
        return reject(state, event, "recall_negotiators", f"no talks to recall negotiators from (phase is {state.phase.value})")
    return _move(state, _end_truce_early(state, event, {"recall": event}), event, "recall", event.date)


def record_claim(state: NegotiationState, event: ev.Claim) -> Changes:
    """A source says how many are held. Invariant: claims of different sources are never merged."""
    if event.held < 0:
        return reject(state, event, "record_claim", "a count of people held cannot be negative")
    key = (event.according_to, event.holder)
    standing = make_standing_claim(event, state.released_hostages, None)
    # The new claim is the source's latest, so it sets the releases already
    # accounted for; its count replaces the one it supersedes for that holder.
    before = state.claim_totals.get(event.according_to)
    held = 0 if before is None else before[0]
    replaced = state.claims.get(key)
    if replaced is not None and replaced.denied_by is None:
        held -= replaced.event.held
    pair = (held + event.held, standing.released_before)
    totals = state.claim_totals.set(event.according_to, pair)
    # the ceiling moves up with this source, or is found again when this source held it and went down
    ceiling = state.claim_ceiling
    value = pair[0] + pair[1]
    if ceiling is None or value >= ceiling:
        ceiling = value
    elif before is not None and before[0] + before[1] == ceiling:
        ceiling = _ceiling(totals)
    return {"claims": state.claims.set(key, standing), "claim_totals": totals, "claim_ceiling": ceiling}


def record_denial(state: NegotiationState, event: ev.Denial) -> Changes:
    """An earlier report is denied: an open offer becomes `denied`; a deal is void and the phase back to talks."""
    target = event.denies
    kind = state.known.get(target)
    if kind is None:
        return reject(state, event, "record_denial", f"denies {target!r}, which is not known by {event.date}")
    if kind == "offer":
        return _settle_offer(state, target, event, OFFER_DENIED, "record_denial")
    if kind == "agreement":
        if state.deal is None or state.deal.event.id != target:
            return reject(state, event, "record_denial", f"denies the deal {target!r}, which is no longer the deal in force")
        return _move(state, {"deal": revised(state.deal, denied_by=event.id)}, event, "denial", event.date)
    if kind == "claim":
        claims = {key: c for key, c in state.claims.items() if c.event.id == target}
        if not claims:
            return reject(state, event, "record_denial", f"the claim {target!r} has since been replaced")
        updated = state.claims
        for key, claim in claims.items():
            updated = updated.set(key, revised(claim, denied_by=event.id))
        totals = state.claim_totals
        for source in {claim.event.according_to for claim in claims.values()}:
            totals = _source_totals(totals, updated, source)
        return {"claims": updated, "claim_totals": totals, "claim_ceiling": _ceiling(totals)}
    return _flag(state, event, "record_denial", f"denies a {kind} event; recorded, but the model does not undo it", applied=True)


def conclude(state: NegotiationState, event: ev.Conclusion) -> Changes:
    """The negotiation is over. Invariant: no truce stays in effect once it is concluded."""
    if state.phase is Phase.CONCLUDED:
        return reject(state, event, "conclude", "the negotiation is already concluded")
    return _move(state, _end_truce_early(state, event, {}), event, "conclusion", event.date)


Rule = Callable[[NegotiationState, ev.Event], Changes]

RULES: Mapping[type[ev.Event], Rule] = {
    ev.Talks: open_talks,
    ev.Offer: table_offer,
    ev.Precondition: set_precondition,
    ev.PreconditionMet: meet_precondition,
    ev.PreconditionDropped: drop_precondition,
    ev.Rejection: reject_offer,
    ev.Withdrawal: withdraw_offer,
    ev.Agreement: conclude_agreement,
    ev.TruceStart: start_truce,
    ev.Release: apply_release,
    ev.TruceExtension: extend_truce,
    ev.Breakdown: record_breakdown,
    ev.Recall: recall_negotiators,
    ev.Claim: record_claim,
    ev.Denial: record_denial,
    ev.Conclusion: conclude,
}  # type: ignore[dict-item]


def apply(state: NegotiationState, event: ev.Event) -> NegotiationState:
    """One step of the reducer: let time pass to the event's day, then apply its rule (`apply_all` of one event)."""
    return apply_all(state, (event,))


def apply_all(state: NegotiationState, events: Iterable[ev.Event]) -> NegotiationState:
    """The state after `events`, applied in turn as `apply` applies each: the reducer's one loop.

    Each event lets time pass to its day (a truce that ran out ends first: the
    rule must see it ended), then its rule's changes and the step's bookkeeping
    (the clock, the event ids known, the last event, the count) are made.

    Only the state after the last event is a value anyone sees. The states in
    between exist for the rules to read, so they are one private draft, a copy
    of `state` made on the first event and updated in place step after step,
    and returned at the end as the new frozen value: a replay makes one new
    state per call rather than one per event. `state` itself is never changed,
    and no rule keeps the state it reads (rules are pure: they return changes).
    """
    draft: NegotiationState | None = None
    fields: dict[str, Any] = {}
    rules = RULES
    for event in events:
        if draft is None:
            draft = evolve_state(state, {})  # the private copy
            fields = draft.__dict__
        clock = fields["clock"]
        if clock is not None and event.date < clock:
            fields.update(reject(draft, event, "apply", f"dated {event.date}, before the state's day {clock}: events must come in date order"))
            continue
        ran_out = _run_out_truce(draft, event.date)
        if ran_out:
            fields.update(ran_out)
        # No rule reads the clock, so it moves with the bookkeeping.
        fields.update(rules[type(event)](draft, event))
        fields["clock"] = event.date
        fields["known"] = fields["known"].add(event.id, event.type)
        fields["last_event"] = event
        fields["count"] += 1
    return state if draft is None else draft
