"""Properties of what-ifs (issue #7), on generated negotiations, valid and invalid alike."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiation.domain.compare import facts, first_divergence, walk_both
from negotiation.domain.query import daily_states
from negotiation.scenario.loader import load_scenario
from negotiation.scenario.whatif import fork
from strategies import START, days, events_lists, scenario_of

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "scenarios" / "demo-swap.yaml"


@settings(max_examples=60)
@given(events_lists())
def test_an_empty_whatif_equals_its_base_at_every_date(events):
    base = scenario_of(events)
    w = fork(base, name="empty")
    assert w.events == base.events
    for day, a, b in walk_both(base, w):
        assert a == b, day
    assert first_divergence(base, w) is None


@st.composite
def changes(draw, events):
    """Some base events removed, some replaced by others, some new ones added (ids kept apart)."""
    ids = [e.id for e in events]
    removed = draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)) if ids else []
    left = [i for i in ids if i not in removed]
    replaced_ids = draw(st.lists(st.sampled_from(left), unique=True, max_size=2)) if left else []
    others = draw(events_lists(max_size=6))
    replacements = {}
    for target, new in zip(replaced_ids, others):
        replacements[target] = attrs.evolve(new, id=target)
    added = [attrs.evolve(e, id=f"w-{e.id}") for e in others[len(replacements):]]
    return removed, replacements, added


@settings(max_examples=60)
@given(events_lists(), st.data())
def test_nothing_differs_before_the_earliest_changed_date(events, data):
    base = scenario_of(events)
    removed, replaced, added = data.draw(changes(events))
    w = fork(base, name="w", remove=removed, replace=replaced, add=added)
    touched = [base.event(i).date for i in [*removed, *replaced]] + [e.date for e in [*replaced.values(), *added]]
    if not touched:
        assert first_divergence(base, w) is None
        return
    earliest = min(touched)
    start = min([e.date for e in base.events] + touched) - timedelta(days=1)
    for (day, a, _), (_, b, _) in zip(daily_states(base, start, earliest - timedelta(days=1)), daily_states(w, start, earliest - timedelta(days=1))):
        assert facts(a) == facts(b), day
    found = first_divergence(base, w)
    assert found is None or found >= earliest


@settings(max_examples=60)
@given(events_lists(), st.data())
def test_removing_then_re_adding_an_event_gives_the_base_back(events, data):
    """Re-added events go after the base's events of their day, so the event and those after it that day are re-added in order."""
    if not events:
        return
    base = scenario_of(events)
    i = data.draw(st.integers(0, len(base.events) - 1))
    day = base.events[i].date
    again = [e for e in base.events[i:] if e.date == day]
    w = fork(base, name="w", remove=[e.id for e in again], add=again)
    assert [e.id for e in w.events] == [e.id for e in base.events]
    assert all(e.provenance.hypothetical for e in w.events[i:i + len(again)])
    for d, a, b in walk_both(base, w):
        assert facts(a) == facts(b), d
    assert first_divergence(base, w) is None


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.sampled_from(["open", "o1", "p1", "c1", "deal", "t1", "r1", "x1", "b1"]), unique=True, max_size=4),
    st.lists(st.tuples(days(0, 20), st.integers(0, 80), st.booleans()), max_size=3),
)
def test_applying_a_whatif_never_changes_the_base_file_or_its_state(removed, releases):
    text = DEMO.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        base_path = Path(folder) / "base.yaml"
        base_path.write_text(text, encoding="utf-8")
        before = load_scenario(base_path)
        states = [s for _, s, _ in daily_states(before, START, START + timedelta(days=25))]
        lines = ["whatif: w", "base: base.yaml", "changes:"]
        lines += [f"  - remove: {r}" for r in removed]
        lines += [
            f"  - add: {{id: h{n}, type: release, date: {d.isoformat()}, hostages: {h}, outside_deal: {str(o).lower()}, source: art1}}"
            for n, (d, h, o) in enumerate(releases)
        ]
        w_path = Path(folder) / "w.yaml"
        w_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        w = load_scenario(w_path)
        assert base_path.read_text(encoding="utf-8") == text
        assert w.base.events == before.events
        after = load_scenario(base_path)
        assert after.events == before.events
        assert [s for _, s, _ in daily_states(before, START, START + timedelta(days=25))] == states
        assert [s for _, s, _ in daily_states(after, START, START + timedelta(days=25))] == states
