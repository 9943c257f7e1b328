"""The typed events a negotiation is told in: one small frozen class per type.

Every event carries where it came from (the source key, the supporting
sentence, how precise its date is, when it became known, and its place in
the scenario file) so that any answer can be traced to a sentence. Those
fields sit on the event itself, flat as a scenario file gives them, so that
the boundary schema can make each event in one step; `event.provenance`
gives them as one `Provenance` value.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import ClassVar, Union

import attrs


class DatePrecision(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    APPROXIMATE = "approximate"


@attrs.frozen(slots=True)
class Location:
    """Where an event stands in its file (1-based line and column)."""

    file: str | None = None
    line: int | None = None
    col: int | None = None


NOWHERE = Location()


@attrs.frozen(slots=True)
class Provenance:
    """Which source reports the event, in which words, and when it became known."""

    source: str
    reported: date
    quote: str | None = None
    note: str | None = None
    date_precision: DatePrecision = DatePrecision.DAY
    date_text: str | None = None
    hypothetical: bool = False
    where: Location = NOWHERE


Terms = Mapping[str, "int | str"]


@attrs.frozen(slots=True, kw_only=True)
class Event:
    """What every event has: an id, the day it happened, and where it came from.

    `source` is a key of the scenario's sources; `reported` the day the event
    became known (not before `date`); `where` its place in the file. Why flat:
    a long log is validated straight into these slots by pydantic-core, and a
    nested provenance would need a Python step per event to assemble.
    """

    type: ClassVar[str] = "event"
    id: str
    date: date
    source: str
    reported: date
    quote: str | None = None
    note: str | None = None
    date_precision: DatePrecision = DatePrecision.DAY
    date_text: str | None = None
    hypothetical: bool = False
    where: Location = NOWHERE

    @property
    def provenance(self) -> Provenance:
        """Where the event came from, as one value."""
        return Provenance(
            self.source, self.reported, self.quote, self.note, self.date_precision, self.date_text, self.hypothetical, self.where
        )


# The fields every event has beyond `id` and `date`: those of `Provenance`, in its order.
PROVENANCE_FIELDS: tuple[str, ...] = ("source", "reported", "quote", "note", "date_precision", "date_text", "hypothetical", "where")


@attrs.frozen(slots=True, kw_only=True)
class Talks(Event):
    """Talks open or resume between `by`, through the mediators `via`."""

    type: ClassVar[str] = "talks"
    by: tuple[str, ...] = ()
    via: tuple[str, ...] = ()


@attrs.frozen(slots=True, kw_only=True)
class Offer(Event):
    """`by` offers `to` what it `gives` in exchange for what it `wants`."""

    type: ClassVar[str] = "offer"
    by: str
    to: str | None = None
    gives: Terms = attrs.field(factory=dict)
    wants: Terms = attrs.field(factory=dict)


@attrs.frozen(slots=True, kw_only=True)
class Precondition(Event):
    """`by` demands something before talks go on."""

    type: ClassVar[str] = "precondition"
    by: str
    demand: str


@attrs.frozen(slots=True, kw_only=True)
class PreconditionMet(Event):
    type: ClassVar[str] = "precondition_met"
    precondition: str
    by: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class PreconditionDropped(Event):
    type: ClassVar[str] = "precondition_dropped"
    precondition: str
    by: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Rejection(Event):
    type: ClassVar[str] = "rejection"
    offer: str
    by: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Withdrawal(Event):
    type: ClassVar[str] = "withdrawal"
    offer: str
    by: str | None = None


@attrs.frozen(slots=True)
class ExtensionTerm:
    """One more `days` of truce for every `per_hostages` hostages released beyond the deal's count."""

    per_hostages: int
    days: int


@attrs.frozen(slots=True)
class DealTerms:
    hostages: int | None = None
    prisoners: int | None = None
    truce_days: int | None = None
    extension: ExtensionTerm | None = None


@attrs.frozen(slots=True, kw_only=True)
class Agreement(Event):
    type: ClassVar[str] = "agreement"
    terms: DealTerms = DealTerms()
    by: tuple[str, ...] = ()


@attrs.frozen(slots=True, kw_only=True)
class TruceStart(Event):
    """A pause begins on `date` and covers `days` days (None: the deal's `truce_days`)."""

    type: ClassVar[str] = "truce_start"
    days: int | None = None


@attrs.frozen(slots=True, kw_only=True)
class Release(Event):
    type: ClassVar[str] = "release"
    by: str | None = None
    hostages: int = 0
    prisoners: int = 0
    outside_deal: bool = False


@attrs.frozen(slots=True, kw_only=True)
class TruceExtension(Event):
    type: ClassVar[str] = "truce_extension"
    days: int


@attrs.frozen(slots=True, kw_only=True)
class Breakdown(Event):
    type: ClassVar[str] = "breakdown"
    reason: str | None = None
    blamed: tuple[str, ...] = ()


@attrs.frozen(slots=True, kw_only=True)
class Recall(Event):
    """A party recalls its negotiators."""

    type: ClassVar[str] = "recall"
    by: str
    reason: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Claim(Event):
    """One party's count of hostages held (by `holder`, when the claim names who)."""

    type: ClassVar[str] = "claim"
    according_to: str
    held: int
    holder: str | None = None
    including: Mapping[str, int] = attrs.field(factory=dict)


@attrs.frozen(slots=True, kw_only=True)
class Denial(Event):
    type: ClassVar[str] = "denial"
    denies: str
    by: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Conclusion(Event):
    type: ClassVar[str] = "conclusion"
    summary: str | None = None


EVENT_TYPES: dict[str, type[Event]] = {
    cls.type: cls
    for cls in (
        Talks, Offer, Precondition, PreconditionMet, PreconditionDropped, Rejection, Withdrawal,
        Agreement, TruceStart, Release, TruceExtension, Breakdown, Recall, Claim, Denial, Conclusion,
    )
}

AnyEvent = Union[
    Talks, Offer, Precondition, PreconditionMet, PreconditionDropped, Rejection, Withdrawal,
    Agreement, TruceStart, Release, TruceExtension, Breakdown, Recall, Claim, Denial, Conclusion,
]

# The fields of an event that point at another event, by type: checked when a scenario is built.
REFERENCES: dict[str, str] = {
    "precondition_met": "precondition",
    "precondition_dropped": "precondition",
    "rejection": "offer",
    "withdrawal": "offer",
    "denial": "denies",
}
