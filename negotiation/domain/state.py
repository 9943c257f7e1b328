"""The negotiation state: one frozen value the reducer folds events into.

Growth is part of the design. A long log (tens of thousands of offers, claims
and anomalies) must replay in linear time, so nothing that grows with the log
is copied per event: keyed collections are `immutables.Map` (a persistent
hash-array-mapped trie, O(log n) per update with structure shared between
versions), and ordered ones are maps keyed by the order of arrival, sorted
only when a view is asked for. The one that grows on every event, the ids
known, is a view over an append-only ledger (`negotiation.domain.known`):
O(1) per event, where a map insert cost a tenth of a long replay. Everything else is a handful of scalars, so
a new state per event costs one small object, and any two states
(checkpoints, a base and its what-if) can share their structure safely.

Two costs are kept off the per-event path. A new state (or truce, or offer
on the table) is made by `with_changes` / `revised`, `attrs.evolve` compiled
once per class (`negotiation.domain.values`: evolve looks the fields up on
every call, which cost more than the rule itself), and a replay makes one
new state, not one per event: each rule returns its changes, and the
reducer (`rules.apply_all`) writes them into a private draft of the state
it started from, which no one else sees until it is returned. And a release
checks the hostages still held against per-source totals of the standing
claims (`claim_totals`), kept as claims arrive or are denied, so the check
costs one step per source making claims rather than one per claim on record.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from typing import Any

import attrs
from immutables import Map

from negotiation.domain.events import (
    Agreement,
    Claim,
    Event,
    ExtensionTerm,
    Location,
    Offer,
    Precondition,
    Recall,
    Release,
    Breakdown,
    TruceExtension,
)
from negotiation.domain.known import NONE_KNOWN, KnownEvents
from negotiation.domain.values import dict_evolver, maker, slot_evolver

ONE_DAY = timedelta(days=1)


class Phase(str, Enum):
    """Where the negotiation stands."""

    PRE_TALKS = "pre_talks"
    TALKS = "talks"
    DEAL = "deal"
    TRUCE = "truce"
    BREAKDOWN = "breakdown"
    CONCLUDED = "concluded"

    def __str__(self) -> str:
        return self.value


class OfferStatus(str, Enum):
    OPEN = "open"
    SUPERSEDED = "superseded"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    DENIED = "denied"


class PreconditionStatus(str, Enum):
    OPEN = "open"
    MET = "met"
    DROPPED = "dropped"


@attrs.frozen(slots=True)
class TableItem:
    """An offer or a precondition as it stands: the event that tabled it and the one that settled it."""

    event: Offer | Precondition
    seq: int
    status: str
    settled_by: Event | None = None


@attrs.frozen(slots=True)
class StandingClaim:
    """The latest count of hostages held that one source gives (for one holder)."""

    event: Claim
    released_before: int  # hostages released when the claim was made: what it already accounts for
    denied_by: str | None = None


@attrs.frozen(slots=True)
class Deal:
    event: Agreement
    denied_by: str | None = None


@attrs.frozen(slots=False)
class Truce:
    """A pause in the fighting.

    It covers `start` … `end` inclusive. `end` grows by the longer of the days
    recorded in extension events and the days earned under the deal's
    extension term; a breakdown cuts it to the day before.

    Not slotted, as `NegotiationState`: every release during a truce revises
    it (`hostages_under_deal`), by a copy of its `__dict__`.
    """

    start: date
    days: int
    started_by: str
    deal: str | None = None
    term: ExtensionTerm | None = None
    agreed_hostages: int = 0
    hostages_under_deal: int = 0
    recorded_days: int = 0
    extensions: tuple[TruceExtension, ...] = ()
    active: bool = True
    cut_end: date | None = None
    ended_by: str | None = None

    # The last covered day, derived from the fields above when the truce is made:
    # the reducer asks it before every event of a truce, to see whether it ran out.
    end: date = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # the extension term lives in `earned_days` alone; a few property calls per revision cost next to nothing
        object.__setattr__(self, "end", self.cut_end if self.cut_end is not None else self.scheduled_end)

    @property
    def earned_days(self) -> int:
        """Days earned by the extension term: whole steps of `per_hostages` beyond the agreed count."""
        if self.term is None or self.term.per_hostages <= 0:
            return 0
        beyond = max(0, self.hostages_under_deal - self.agreed_hostages)
        return (beyond // self.term.per_hostages) * self.term.days

    @property
    def extended_days(self) -> int:
        """Recorded extensions announce the earned days, so the truce lasts the longer of the two."""
        return max(self.recorded_days, self.earned_days)

    @property
    def scheduled_end(self) -> date:
        return self.start + timedelta(days=self.days - 1 + self.extended_days)


@attrs.frozen(slots=True)
class Anomaly:
    """An event the rules could not apply as written (`applied` False) or applied with a doubt."""

    event: str
    rule: str
    message: str
    where: Location
    applied: bool = False
    seq: int = 0


@attrs.frozen(slots=False)
class NegotiationState:
    """The state of one negotiation on `clock`, after `count` events.

    Not slotted, unlike the other values: the reducer makes one per event, and
    a state whose fields live in its `__dict__` is made by copying that dict
    with the changes (`with_changes`), a few C calls, where a slotted one of
    two dozen fields costs two dozen Python-level sets in its `__init__`.
    """

    phase: Phase = Phase.PRE_TALKS
    phase_since: date | None = None
    phase_event: Event | None = None
    clock: date | None = None
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    deal: Deal | None = None
    truce: Truce | None = None
    released_hostages: int = 0
    released_prisoners: int = 0
    releases: Map[int, Release] = Map()
    offers: Map[str, TableItem] = Map()
    open_offers: Map[str, bool] = Map()
    preconditions: Map[str, TableItem] = Map()
    claims: Map[tuple[str, str | None], StandingClaim] = Map()
    # per source, over its standing undenied claims: (sum of held + released_before, how many); derived from `claims`
    claim_totals: Map[str, tuple[int, int]] = Map()
    # the largest `held + released_before` of `claim_totals` (None when empty): a release
    # asks it, so it is kept with them rather than found again over every source
    claim_ceiling: int | None = None
    breakdown: Breakdown | None = None
    recall: Recall | None = None
    known: KnownEvents = NONE_KNOWN  # event id -> type, for references (see `negotiation.domain.known`)
    anomalies: Map[int, Anomaly] = Map()
    last_event: Event | None = None
    count: int = 0

    # Ordered views: the maps are keyed for cheap updates, sorted only here.
    def offer_list(self) -> list[TableItem]:
        return sorted(self.offers.values(), key=lambda item: item.seq)

    def precondition_list(self) -> list[TableItem]:
        return sorted(self.preconditions.values(), key=lambda item: item.seq)

    def anomaly_list(self) -> list[Anomaly]:
        return [self.anomalies[k] for k in sorted(self.anomalies.keys())]

    def release_list(self) -> list[Release]:
        return [self.releases[k] for k in sorted(self.releases.keys())]

    def claim_list(self) -> list[StandingClaim]:
        return sorted(self.claims.values(), key=lambda c: (c.event.date, c.event.id))

    @property
    def truce_active(self) -> bool:
        return self.truce is not None and self.truce.active


def day_after(day: date) -> date:
    return day + ONE_DAY


evolve_state = dict_evolver(NegotiationState)
_EVOLVERS: dict[type, Any] = {NegotiationState: evolve_state, Truce: dict_evolver(Truce)}

# Made on every offer, precondition and claim: every field, positionally (see `negotiation.domain.values`).
make_table_item = maker(TableItem)
make_standing_claim = maker(StandingClaim)


def with_changes(state: NegotiationState, **changes: Any) -> NegotiationState:
    """The state with some fields changed (as `attrs.evolve`, without its per-call field lookup)."""
    return evolve_state(state, changes)


def revised(value: Any, **changes: Any) -> Any:
    """A part of the state (a truce, an offer on the table, a deal, a claim) with some fields changed, as `with_changes`."""
    kind = type(value)
    evolve = _EVOLVERS.get(kind)
    if evolve is None:  # compiled when first needed: a short command revises few kinds of value
        if kind not in (TableItem, Deal, StandingClaim):
            raise TypeError(f"`revised` does not revise a {kind.__name__}")
        evolve = _EVOLVERS[kind] = slot_evolver(kind)
    return evolve(value, changes)
