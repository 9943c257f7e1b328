"""The ids a state knows: views over a shared ledger behave as immutable maps, whatever order they are extended in."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from negotiation.domain.known import NONE_KNOWN, KnownEvents

# (which earlier view to extend, the id, its type): ids from a small pool, so some repeat
steps = st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from("abcdefg"), st.sampled_from(["offer", "claim", "talks"])), max_size=40)


@given(steps)
def test_every_view_answers_as_a_dict_built_along_its_own_path(plan):
    """Extending the newest view appends in place, an older one forks: no view ever sees another's ids."""
    views: list[tuple[KnownEvents, dict[str, str]]] = [(NONE_KNOWN, {})]
    for pick, event_id, kind in plan:
        view, expected = views[pick % len(views)]
        views.append((view.add(event_id, kind), {**expected, event_id: kind}))
    for view, expected in views:
        assert view.as_dict() == expected
        for event_id in "abcdefgh":
            assert view.get(event_id) == expected.get(event_id)
            assert (event_id in view) == (event_id in expected)
    assert NONE_KNOWN.as_dict() == {}


@given(steps, steps)
def test_views_are_equal_when_they_know_the_same_ids_with_the_same_types(first, second):
    def build(plan):
        view = NONE_KNOWN
        for _, event_id, kind in plan:
            view = view.add(event_id, kind)
        return view

    a, b = build(first), build(second)
    assert (a == b) == (a.as_dict() == b.as_dict())
    if a == b:
        assert hash(a) == hash(b)


def test_threads_adding_to_one_view_each_get_their_own():
    base = NONE_KNOWN.add("x", "talks")
    results: list[KnownEvents] = []

    def extend(n: int) -> None:
        view = base
        for i in range(200):
            view = view.add(f"t{n}-{i}", "offer")
        results.append(view)

    threads = [threading.Thread(target=extend, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for view in results:
        d = view.as_dict()
        assert len(d) == 201 and d["x"] == "talks"
        assert len({k.split("-")[0] for k in d if k != "x"}) == 1  # only its own thread's ids
    assert base.as_dict() == {"x": "talks"}
