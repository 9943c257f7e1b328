"""Property tests of the transition rules (Hypothesis), including a stateful machine.

The invariants are the ones the rules state beside them in
negotiation/domain/rules.py; each is checked on random sequences of valid and
invalid events.
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from negotiation.domain import events as ev
from negotiation.domain.query import EMPTY, replay, state_at
from negotiation.domain.rules import apply, apply_all, pass_time
from negotiation.domain.state import NegotiationState, Phase
from strategies import KINDS, START, WINDOW, event_args, events_lists, scenario_of

query_days = st.integers(-2, WINDOW + 10).map(lambda n: START + timedelta(days=n))


@given(events_lists())
def test_released_counts_never_decrease(events):
    state = EMPTY
    for event in events:
        after = apply(state, event)
        assert after.released_hostages >= state.released_hostages
        assert after.released_prisoners >= state.released_prisoners
        state = after


@given(events_lists(), st.data())
def test_replaying_a_prefix_then_the_rest_equals_replaying_all(events, data):
    cut = data.draw(st.integers(0, len(events)))
    assert replay(events[cut:], replay(events[:cut])) == replay(events)


@given(events_lists(), st.data())
def test_one_fold_equals_one_step_at_a_time_and_leaves_the_state_it_starts_from_as_it_was(events, data):
    """`apply_all` updates a private draft in place: no state given to it or made by it before changes afterwards."""
    cut = data.draw(st.integers(0, len(events)))
    start = apply_all(EMPTY, events[:cut])
    kept = dict(start.__dict__)
    stepped = start
    for event in events[cut:]:
        stepped = apply(stepped, event)
    folded = apply_all(start, events[cut:])
    assert folded == stepped
    assert start.__dict__ == kept and EMPTY == NegotiationState()
    assert (folded is start) == (cut == len(events))  # no events: the same value back


@given(events_lists(), events_lists(), query_days, query_days)
def test_state_at_is_monotone_in_knowledge(events, later, at, known_on):
    """Adding events reported after K never changes the state known on K."""
    unseen = [attrs.evolve(e, id=f"late-{e.id}", reported=max(e.date, known_on) + timedelta(days=1)) for e in later]
    base = scenario_of(events)
    more = scenario_of(events + unseen)
    assert state_at(more, at, known_on) == state_at(base, at, known_on)


@given(events_lists(), query_days)
def test_a_truce_never_ends_before_it_starts_and_is_active_only_in_its_window(events, at):
    s = state_at(scenario_of(events), at)
    if s.truce is not None:
        assert s.truce.end >= s.truce.start
        if s.truce.active:
            assert s.truce.start <= at <= s.truce.end
            assert s.phase is Phase.TRUCE
    if s.phase is Phase.TRUCE:
        assert s.truce is not None and s.truce.active


@given(events_lists(), query_days)
def test_every_anomaly_names_a_real_event_and_its_place(events, at):
    by_id = {e.id: e for e in events}
    for a in state_at(scenario_of(events), at).anomaly_list():
        assert a.event in by_id
        assert a.where == by_id[a.event].provenance.where
        assert by_id[a.event].date <= at


@given(events_lists(max_size=40), st.lists(query_days, max_size=8), st.none() | query_days)
def test_checkpointed_queries_equal_a_full_replay(events, days, known_on):
    scenario = scenario_of(events)
    for day in days:
        known = [e for e in scenario.events if e.date <= day and (known_on is None or e.provenance.reported <= known_on)]
        assert state_at(scenario, day, known_on) == pass_time(replay(known), day)


@given(events_lists(), query_days)
def test_phase_since_is_never_after_the_query_day(events, at):
    s = state_at(scenario_of(events), at)
    assert s.phase_since is None or s.phase_since <= at
    assert (s.phase is Phase.PRE_TALKS) == (s.phase_since is None)


class NegotiationMachine(RuleBasedStateMachine):
    """Drive the reducer one event at a time, valid and invalid, and check its invariants after every step."""

    @initialize()
    def start(self) -> None:
        self.state: NegotiationState = EMPTY
        self.day = START
        self.ids: list[str] = []
        self.previous = EMPTY

    def _apply(self, kind: str, data: st.DataObject, wait: int) -> None:
        self.day += timedelta(days=wait)
        args = data.draw(event_args(kind, self.ids))
        eid = f"e{len(self.ids)}"
        event = ev.EVENT_TYPES[kind](id=eid, date=self.day, source="s", reported=self.day, **args)
        self.previous = self.state
        self.state = apply(self.state, event)
        self.ids.append(eid)

    @rule(kind=st.sampled_from(KINDS), data=st.data(), wait=st.integers(0, 3))
    def any_event(self, kind: str, data: st.DataObject, wait: int) -> None:
        self._apply(kind, data, wait)

    @precondition(lambda self: self.state.phase is Phase.TRUCE)
    @rule(data=st.data())
    def extend_the_truce_in_effect(self, data: st.DataObject) -> None:
        before = self.state.truce
        self._apply("truce_extension", data, 0)
        after = self.state.truce
        # Recorded extensions announce days the deal's term may already have earned:
        # the end never moves back, and moves forward when nothing was earned.
        assert after.end >= before.end
        if after.earned_days == 0:
            assert after.end == before.end + timedelta(days=self.state.last_event.days)

    @precondition(lambda self: self.state.phase is Phase.DEAL)
    @rule(data=st.data())
    def start_a_truce_under_the_deal(self, data: st.DataObject) -> None:
        self._apply("truce_start", data, 0)
        assert self.state.phase is Phase.TRUCE or self.state.anomaly_list()[-1].event == self.ids[-1]

    @rule(days=st.integers(1, 10))
    def time_passes(self, days: int) -> None:
        self.day += timedelta(days=days)
        self.previous = self.state
        self.state = pass_time(self.state, self.day)

    @invariant()
    def counts_never_decrease(self) -> None:
        assert self.state.released_hostages >= self.previous.released_hostages
        assert self.state.released_prisoners >= self.previous.released_prisoners

    @invariant()
    def truce_and_phase_agree(self) -> None:
        t = self.state.truce
        if t is not None:
            assert t.end >= t.start
            assert t.active == (self.state.phase is Phase.TRUCE)
            if t.active:
                assert t.start <= self.day <= t.end

    @invariant()
    def open_offers_are_exactly_the_open_ones(self) -> None:
        assert set(self.state.open_offers.keys()) == {k for k, v in self.state.offers.items() if v.status == "open"}

    @invariant()
    def anomalies_name_applied_events(self) -> None:
        assert all(a.event in self.ids for a in self.state.anomaly_list())


NegotiationMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=30)
test_negotiation_machine = NegotiationMachine.TestCase
