"""The events a state has applied, by id: a persistent view over a shared, append-only ledger.

A state answers "which events are known by now, and of what type" (a denial
names the report it denies). Every event adds one id, so this is the one
collection that grows on every step of a replay. As a persistent hash map
(`immutables.Map`) each insert copies a path of nodes and touches dozens of
their children: about a tenth of a long `state` run. But a replay only ever
adds ids in order, one after the other, so the ids can be kept once, in the
order they came, and a state can hold a view: *the first `count` ids of this
ledger*.

- `KnownEvents.add` on the newest view of a ledger (its tip) appends to the
  ledger in place and returns a longer view; every older view still sees
  exactly its own prefix, since an entry records its position.
- `add` on an older view (a query replaying from a checkpoint, a what-if
  forking a base) starts a small child ledger for the new ids that reads its
  parent's entries below the fork point. Nothing any view can see changes.
- A lookup reads the newest ledger first and each parent below its base:
  one dict lookup per ledger, and the chain is as long as forks of forks.

The appends are made under a lock, so two threads adding to one tip cannot
both take the same position. To a caller a `KnownEvents` is a value: equal
when it shows the same ids with the same types.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

# An id's entries in one ledger, newest first: (position, event type, the entry before it for the same id or None).
_Entry = tuple[int, str, "_Entry | None"]

_LOCK = threading.Lock()


class _Ledger:
    """Ids from position `base` on, in the order they were added; below `base`, its `parent`'s."""

    __slots__ = ("parent", "base", "size", "entries")

    def __init__(self, parent: _Ledger | None, base: int) -> None:
        self.parent = parent
        self.base = base
        self.size = base  # the next position to take
        self.entries: dict[str, _Entry] = {}


class KnownEvents:
    """The ids of the first `count` events applied along one ledger, with their types (immutable to callers)."""

    __slots__ = ("_ledger", "_count")

    def __init__(self, ledger: _Ledger | None = None, count: int = 0) -> None:
        self._ledger = ledger
        self._count = count

    def add(self, event_id: str, kind: str) -> KnownEvents:
        """A view with one more event; this one is unchanged."""
        ledger, count = self._ledger, self._count
        with _LOCK:
            if ledger is None or ledger.size != count:  # no ledger yet, or a fork below its tip
                ledger = _Ledger(ledger, count)
            entries = ledger.entries
            entries[event_id] = (count, kind, entries.get(event_id))
            ledger.size = count + 1
        return _view(ledger, count + 1)

    def get(self, event_id: str) -> str | None:
        """The type of the latest event applied with this id, or None if none is known."""
        ledger, limit = self._ledger, self._count
        while ledger is not None:
            if limit > ledger.base:
                entry = ledger.entries.get(event_id)
                while entry is not None:
                    if entry[0] < limit:
                        return entry[1]
                    entry = entry[2]
            limit = min(limit, ledger.base)
            ledger = ledger.parent
        return None

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self.get(event_id) is not None

    def as_dict(self) -> dict[str, str]:
        """Every id this view knows, with the type of its latest event, in the order of those events."""
        chain: list[tuple[_Ledger, int]] = []
        ledger, limit = self._ledger, self._count
        while ledger is not None:
            chain.append((ledger, limit))
            limit = min(limit, ledger.base)
            ledger = ledger.parent
        seen: dict[str, tuple[int, str]] = {}
        for ledger, limit in reversed(chain):  # oldest first: a later ledger's entry is the later event
            for event_id, newest in ledger.entries.items():
                entry: _Entry | None = newest
                while entry is not None and entry[0] >= limit:
                    entry = entry[2]
                if entry is not None:
                    seen[event_id] = (entry[0], entry[1])
        return {event_id: kind for event_id, (_, kind) in sorted(seen.items(), key=lambda item: item[1][0])}

    def keys(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __iter__(self) -> Iterator[str]:
        return self.keys()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnownEvents):
            return NotImplemented
        if self._ledger is other._ledger and self._count == other._count:
            return True
        return self.as_dict() == other.as_dict()

    def __hash__(self) -> int:
        return hash(frozenset(self.as_dict().items()))

    def __repr__(self) -> str:
        return f"KnownEvents({self.as_dict()!r})"


_new = object.__new__
_set_ledger = KnownEvents._ledger.__set__  # type: ignore[attr-defined]
_set_count = KnownEvents._count.__set__  # type: ignore[attr-defined]


def _view(ledger: _Ledger, count: int) -> KnownEvents:
    """`KnownEvents(ledger, count)` without the `__init__` call: one is made per event of a replay."""
    view = _new(KnownEvents)
    _set_ledger(view, ledger)
    _set_count(view, count)
    return view


NONE_KNOWN = KnownEvents()
