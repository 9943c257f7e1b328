"""Scoring mapped events against gold events: one-to-one matching, precision, recall, F1, date accuracy.

A mapped event matches a gold event when their types are equal and the mapped
quote (a whole sentence) contains the gold `quote_contains`. Matching is one to
one and greedy in article order, which is exact here: a gold quote lies inside
one sentence, so the candidates for a gold event are the mapped events of that
sentence and type, and the mapper emits at most one per sentence and type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import attrs


@attrs.frozen
class GoldEvent:
    type: str
    quote_contains: str
    date: date | None
    fields: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.define
class Tally:
    """Counts for one type (or all): gold, mapped, matched; dates judged and right."""

    gold: int = 0
    mapped: int = 0
    matched: int = 0
    dated: int = 0
    dates_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.mapped if self.mapped else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float | None:
        return self.dates_right / self.dated if self.dated else None

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.mapped += other.mapped
        self.matched += other.matched
        self.dated += other.dated
        self.dates_right += other.dates_right


@attrs.frozen
class Match:
    gold: GoldEvent
    mapped: Any  # a MappedEvent, or anything with .type, .quote and .date


def match(gold: Sequence[GoldEvent], mapped: Sequence[Any]) -> tuple[list[Match], list[GoldEvent], list[Any]]:
    """(matches, gold events not found, mapped events that match no gold event)."""
    free = list(range(len(mapped)))
    matches: list[Match] = []
    missed: list[GoldEvent] = []
    for g in gold:
        for position, i in enumerate(free):
            m = mapped[i]
            if m.type == g.type and g.quote_contains in m.quote:
                matches.append(Match(g, m))
                del free[position]
                break
        else:
            missed.append(g)
    return matches, missed, [mapped[i] for i in free]


def tally(gold: Sequence[GoldEvent], mapped: Sequence[Any], date_of: Any = None) -> dict[str, Tally]:
    """Per-type tallies; `date_of(mapped_event)` gives the date to judge (default: its own)."""
    by_type: dict[str, Tally] = {}
    for g in gold:
        by_type.setdefault(g.type, Tally()).gold += 1
    for m in mapped:
        by_type.setdefault(m.type, Tally()).mapped += 1
    matches, _, _ = match(gold, mapped)
    for pair in matches:
        t = by_type[pair.gold.type]
        t.matched += 1
        if pair.gold.date is not None:
            t.dated += 1
            predicted = date_of(pair.mapped) if date_of else pair.mapped.date
            t.dates_right += predicted == pair.gold.date
    return by_type


def overall(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        total.add(t)
    return total
