"""A scenario: one negotiation's parties, sources and events, in the order the reducer applies them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from operator import attrgetter

import attrs

from negotiation.domain.events import Event


@attrs.frozen(slots=True)
class Source:
    """Where events come from: an article file, a public reference, or a hypothesis."""

    key: str
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    file: str | None = None
    title: str | None = None
    note: str | None = None

    def reported(self, day: date) -> date:
        """When an event of `day` from this source became known, if the event does not say: the later of the two days."""
        return max(day, self.published) if self.published is not None else day

    def cite(self) -> str:
        parts = [p for p in (self.outlet, self.published.isoformat() if self.published else None, self.url or self.file) if p]
        return ", ".join(parts) or self.key


def in_date_order(events: tuple[Event, ...] | list[Event]) -> tuple[Event, ...]:
    """Events ordered by the day they happened, ties in the order given (a stable sort)."""
    return tuple(sorted(events, key=_DATE))


_DATE = attrgetter("date")


@attrs.frozen(slots=True, eq=False)
class Scenario:
    """A negotiation as told by its events. `events` are in application order.

    Compared by identity: a scenario is an aggregate, and replay caches hang off it.
    """

    name: str
    events: tuple[Event, ...]
    title: str | None = None
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    sources: Mapping[str, Source] = attrs.field(factory=dict)
    path: str | None = None
    kind: str = "scenario"  # or "whatif"
    base: "Scenario | None" = None
    # id -> event, built on the first lookup (ids are unique in a loaded scenario; the first wins otherwise)
    _by_id: "dict[str, Event] | None" = attrs.field(default=None, init=False, eq=False, repr=False)

    def event(self, event_id: str) -> Event | None:
        by_id = self._by_id
        if by_id is None:
            by_id = {}
            for e in self.events:
                by_id.setdefault(e.id, e)
            object.__setattr__(self, "_by_id", by_id)
        return by_id.get(event_id)
