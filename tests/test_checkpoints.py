"""Checkpoints never change an answer: a query started from a checkpoint equals a full replay.

The default spacing (`CHECKPOINT_EVERY` events) is longer than most drawn scenarios, so the
properties also build histories with a checkpoint every 1 to 7 events, where
every query starts from one; and a long drawn log checks the default spacing.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from negotiation.domain.query import CHECKPOINT_EVERY, History, known_events, replay, state_at
from negotiation.domain.rules import pass_time
from strategies import START, WINDOW, events_lists, scenario_of

query_days = st.integers(-2, WINDOW + 10).map(lambda n: START + timedelta(days=n))


def full_replay(events, day):
    """The reference answer: every event dated up to `day`, folded from the empty state, then time to `day`."""
    return pass_time(replay(e for e in events if e.date <= day), day)


@settings(max_examples=60, deadline=None)
@given(events_lists(max_size=60), st.integers(1, 7), st.lists(query_days, min_size=1, max_size=10))
def test_a_query_from_any_checkpoint_equals_a_full_replay(events, every, days):
    scenario = scenario_of(events)
    history = History(scenario.events, every=every)
    for day in days:
        assert history.at(day) == full_replay(scenario.events, day)
    assert history.final() == replay(scenario.events)


@settings(max_examples=60, deadline=None)
@given(events_lists(max_size=60), st.integers(1, 7), query_days, query_days)
def test_a_query_as_known_on_a_day_equals_a_full_replay_of_what_was_known(events, every, day, known_on):
    scenario = scenario_of(events)
    known = known_events(scenario, known_on)
    assert History(known, every=every).at(day) == full_replay(known, day)


@settings(max_examples=15, deadline=None)
@given(events_lists(max_size=3 * CHECKPOINT_EVERY), st.lists(query_days, min_size=1, max_size=10))
def test_state_at_on_a_long_log_uses_the_default_checkpoints_and_agrees(events, days):
    scenario = scenario_of(events)
    for day in days:
        assert state_at(scenario, day) == full_replay(scenario.events, day)


@settings(max_examples=30, deadline=None)
@given(events_lists(max_size=40), st.lists(query_days, min_size=2, max_size=12))
def test_answers_do_not_depend_on_the_order_of_queries(events, days):
    """Checkpoints are shared between queries: asking in any order gives the same states."""
    scenario = scenario_of(events)
    forward = {day: state_at(scenario, day) for day in days}
    again = scenario_of(events)
    backward = {day: state_at(again, day) for day in reversed(days)}
    assert forward == backward
