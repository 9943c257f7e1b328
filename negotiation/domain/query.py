"""Replay and queries: the state of a negotiation at any date, as it was or as it could be known.

`state_at(scenario, at, known_on)` folds the events dated up to `at` (and, with
`known_on`, only those reported by then) and lets time pass to `at`.

Repeated queries on one scenario do not replay from the start: a `History`
keeps a checkpoint state every `CHECKPOINT_EVERY` events (states are immutable
and share structure, so holding them is cheap and safe). A query finds the last
event on or before its date by bisection, starts from the checkpoint before it
and folds at most `CHECKPOINT_EVERY` events: O(log n + k).
"""

from __future__ import annotations

import gc
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta

from negotiation.domain.events import Event
from negotiation.domain.rules import apply, apply_all, pass_time
from negotiation.domain.scenario import Scenario
from negotiation.domain.state import NegotiationState

# 16: a query folds 8 events on average (1 000 queries on 100 k events: ~0.2 s, against
# ~0.75 s at 64) for no measurable memory, since checkpoints share their maps' structure.
CHECKPOINT_EVERY = 16

EMPTY = NegotiationState()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector over a bulk load or replay, then freeze what it built.

    Both allocate hundreds of thousands of small objects that live on (events,
    states, map nodes) and form no cycles. With the collector on, its passes
    walk all of them again and again, during the build and after it (while the
    state is rendered), and take about half the time while freeing nothing.
    So the build runs with the collector off, and on success the objects alive
    are frozen (`gc.freeze`): later passes skip them. Reference counting still
    frees each of them when it is dropped; only a reference cycle among frozen
    objects would outlive its last use, and the domain's values hold none.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    except BaseException:
        gc.enable()
        raise
    gc.freeze()
    gc.enable()


def replay(events: Iterable[Event], state: NegotiationState = EMPTY) -> NegotiationState:
    """Fold events (already in date order) into a state."""
    return apply_all(state, events)


class History:
    """The events of a scenario (optionally as known on a day) with checkpoints for fast queries."""

    __slots__ = ("events", "days", "every", "_checkpoints", "__weakref__")

    def __init__(self, events: Sequence[Event], every: int = CHECKPOINT_EVERY) -> None:
        self.events = events
        self.days = [e.date for e in events]
        self.every = every  # events between checkpoints
        self._checkpoints: list[NegotiationState] | None = None

    def _build(self) -> list[NegotiationState]:
        # one fold per stretch between checkpoints: the states inside a stretch are never kept (see `apply_all`)
        checkpoints = [EMPTY]
        state = EMPTY
        events, every = self.events, self.every
        with gc_paused():
            for start in range(0, len(events) - every + 1, every):
                state = apply_all(state, events[start:start + every])
                checkpoints.append(state)
        self._checkpoints = checkpoints
        return checkpoints

    def final(self) -> NegotiationState:
        checkpoints = self._checkpoints or self._build()
        start = (len(checkpoints) - 1) * self.every
        return replay(self.events[start:], checkpoints[-1])

    def at(self, day: date) -> NegotiationState:
        """The state on `day`: events dated up to it, then time passed to it."""
        checkpoints = self._checkpoints or self._build()
        upto = bisect_right(self.days, day)
        k = upto // self.every
        state = replay(self.events[k * self.every: upto], checkpoints[k])
        return pass_time(state, day)


_histories: "weakref.WeakKeyDictionary[Scenario, dict[date | None, History]]" = weakref.WeakKeyDictionary()


def known_events(scenario: Scenario, known_on: date | None) -> tuple[Event, ...]:
    """The events one could have known of on `known_on` (all of them when None)."""
    if known_on is None:
        return scenario.events
    return tuple(e for e in scenario.events if e.reported <= known_on)


def history(scenario: Scenario, known_on: date | None = None) -> History:
    """The (cached) history of a scenario as known on a day."""
    per_scenario = _histories.setdefault(scenario, {})
    found = per_scenario.get(known_on)
    if found is None:
        if len(per_scenario) > 32:  # bound the cache for callers sweeping many knowledge dates
            per_scenario.clear()
        found = per_scenario[known_on] = History(known_events(scenario, known_on))
    return found


def _as_day(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def state_at(scenario: Scenario, at: date | str, known_on: date | str | None = None) -> NegotiationState:
    """The state of the negotiation on `at`, from what was reported by `known_on` (everything when None)."""
    day = _as_day(at)
    known = _as_day(known_on) if known_on is not None else None
    return history(scenario, known).at(day)


def daily_states(
    scenario: Scenario, start: date, end: date, known_on: date | None = None
) -> Iterator[tuple[date, NegotiationState, tuple[Event, ...]]]:
    """Each day from `start` to `end` with its state and that day's events, walking the events once."""
    events = known_events(scenario, known_on)
    hist = history(scenario, known_on)
    state = hist.at(start - timedelta(days=1))
    i = bisect_right(hist.days, start - timedelta(days=1))
    day = start
    while day <= end:
        todays: list[Event] = []
        while i < len(events) and events[i].date <= day:
            state = apply(state, events[i])
            todays.append(events[i])
            i += 1
        state = pass_time(state, day)
        yield day, state, tuple(e for e in todays if e.date == day)
        day += timedelta(days=1)
