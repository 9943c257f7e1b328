"""The negotiation state: one frozen value the reducer folds events into.

Growth is part of the design. A long log (tens of thousands of offers, claims
and anomalies) must replay in linear time, so nothing that grows with the log
is copied per event: keyed collections are `immutables.Map` (a persistent
hash-array-mapped trie, O(log n) per update with structure shared between
versions), and ordered ones are maps keyed by the order of arrival, sorted
only when a view is asked for. Everything else is a handful of scalars, so
a new state per event costs one small object, and any two states
(checkpoints, a base and its what-if) can share their structure safely.

Two costs are kept off the per-event path. A new state (or truce, or offer
on the table) is made by `with_changes` / `revised`, `attrs.evolve` compiled
once per class (evolve looks the fields up on every call, which cost more
than the rule itself), and each event makes one new state: its rule returns
the changes, and the reducer applies them together with its bookkeeping. And a release
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
    known: Map[str, str] = Map()  # event id -> type, for references
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


def _compile_evolve(cls: type) -> Any:
    """`attrs.evolve` for one class, its fields looked up once, here, rather than on every call.

    The generated function calls `cls(get("phase", state.phase), ...)` with
    every field in order, positionally (keywords cost a third more), and
    refuses a name that is not a field, as evolve does.
    """
    fields = [a for a in attrs.fields(cls) if a.init]  # the others are derived in __attrs_post_init__
    if any(a.kw_only for a in fields):
        raise TypeError(f"{cls.__name__}: every field must be a positional init argument")
    source = (
        "def evolve(state, changes):\n"
        "    if not changes.keys() <= _NAMES:\n"
        "        raise TypeError(f'not fields of {_cls.__name__}: {sorted(changes.keys() - _NAMES)}')\n"
        "    get = changes.get\n"
        f"    return _cls({', '.join(f'get({a.name!r}, state.{a.name})' for a in fields)})\n"
    )
    scope: dict[str, Any] = {"_cls": cls, "_NAMES": frozenset(a.name for a in fields)}
    exec(source, scope)  # noqa: S102 - generated from the class's own field names
    return scope["evolve"]


def _dict_evolve(cls: type) -> Any:
    """`attrs.evolve` for a class whose fields live in its instances' `__dict__` and that derives nothing.

    The new value's dict is the old one updated with the changes, set on an
    instance made without `__init__`, then its post-init (if any) derives what
    it derives: what `__init__` would build, at the cost of a dict copy. Only
    for a class with no validators or converters (checked here), so skipping
    `__init__` skips nothing.
    """
    fields = attrs.fields(cls)
    derive = getattr(cls, "__attrs_post_init__", None)
    if "__slots__" in cls.__dict__ or hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(f"{cls.__name__}: a dict-evolved class keeps its fields in a __dict__")
    if any(a.validator is not None or a.converter is not None or (not a.init and derive is None) for a in fields):
        raise TypeError(f"{cls.__name__}: a dict-evolved class has no validators or converters, and derives in post-init only")
    names = frozenset(a.name for a in fields if a.init)
    new = object.__new__
    set_dict = object.__setattr__  # the class is frozen: its own __setattr__ refuses

    def evolve(state: Any, changes: dict[str, Any]) -> Any:
        if not changes.keys() <= names:
            raise TypeError(f"not fields of {cls.__name__}: {sorted(changes.keys() - names)}")
        value = new(cls)
        set_dict(value, "__dict__", {**state.__dict__, **changes})
        if derive is not None:
            derive(value)  # the derived fields, from the new values
        return value

    return evolve


evolve_state = _dict_evolve(NegotiationState)
_EVOLVERS: dict[type, Any] = {
    NegotiationState: evolve_state,
    Truce: _dict_evolve(Truce),
    **{cls: _compile_evolve(cls) for cls in (TableItem, Deal, StandingClaim)},
}


def with_changes(state: NegotiationState, **changes: Any) -> NegotiationState:
    """The state with some fields changed (as `attrs.evolve`, without its per-call field lookup)."""
    return evolve_state(state, changes)


def revised(value: Any, **changes: Any) -> Any:
    """A part of the state (a truce, an offer on the table, a deal, a claim) with some fields changed, as `with_changes`."""
    return _EVOLVERS[type(value)](value, changes)
