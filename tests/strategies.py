"""Hypothesis strategies for event sequences and scenarios, shared by the property tests.

`events_lists()` draws sequences of every event type on dates in a small
window, valid and invalid alike (extensions with no truce, truce starts with
no deal, releases beyond any claim, references to offers that do not exist
yet), so the properties are checked on the messy logs real analysts build.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from negotiation.domain import events as ev
from negotiation.domain.events import Location
from negotiation.domain.scenario import Scenario, Source, in_date_order

START = date(2024, 1, 1)
WINDOW = 40
PARTIES = ("Israel", "Hamas", "Qatar", "Egypt")


def days(lo: int = 0, hi: int = WINDOW) -> st.SearchStrategy[date]:
    return st.integers(lo, hi).map(lambda n: START + timedelta(days=n))


@st.composite
def event_args(draw: st.DrawFn, kind: str, ids: list[str]) -> dict:
    party = st.sampled_from(PARTIES)
    ref = st.sampled_from(ids) if ids else st.just("nothing")
    if kind == "talks":
        return {"by": tuple(draw(st.lists(party, max_size=2))), "via": tuple(draw(st.lists(party, max_size=2)))}
    if kind == "offer":
        return {"by": draw(party), "to": draw(party), "gives": {"hostages": draw(st.integers(0, 60))}, "wants": {"prisoners": draw(st.integers(0, 200))}}
    if kind == "precondition":
        return {"by": draw(party), "demand": draw(st.sampled_from(["fuel", "water", "a ceasefire"]))}
    if kind in ("precondition_met", "precondition_dropped"):
        return {"precondition": draw(ref)}
    if kind in ("rejection", "withdrawal"):
        return {"offer": draw(ref)}
    if kind == "agreement":
        ext = draw(st.none() | st.builds(ev.ExtensionTerm, st.integers(1, 12), st.integers(1, 2)))
        return {"terms": ev.DealTerms(draw(st.integers(0, 60)), draw(st.integers(0, 200)), draw(st.integers(1, 6)), ext)}
    if kind == "truce_start":
        return {"days": draw(st.none() | st.integers(1, 6))}
    if kind == "release":
        return {"by": draw(party), "hostages": draw(st.integers(0, 40)), "prisoners": draw(st.integers(0, 90)), "outside_deal": draw(st.booleans())}
    if kind == "truce_extension":
        return {"days": draw(st.integers(1, 3))}
    if kind == "breakdown":
        return {"reason": "rockets", "blamed": (draw(party),)}
    if kind == "recall":
        return {"by": draw(party)}
    if kind == "claim":
        return {"according_to": draw(party), "held": draw(st.integers(0, 250)), "holder": draw(st.none() | party)}
    if kind == "denial":
        return {"denies": draw(ref)}
    if kind == "conclusion":
        return {}
    raise AssertionError(kind)


# Weighted toward the events that move a negotiation, so deals and truces are common.
KINDS = (
    ["talks"] * 3 + ["offer"] * 3 + ["precondition"] * 2 + ["agreement"] * 3 + ["truce_start"] * 4
    + ["release"] * 5 + ["truce_extension"] * 3 + ["breakdown"] * 2 + ["claim"] * 2
    + ["precondition_met", "precondition_dropped", "rejection", "withdrawal", "recall", "denial", "conclusion"]
)


@st.composite
def events_lists(draw: st.DrawFn, max_size: int = 25, reported_lag: bool = True) -> list[ev.Event]:
    """A list of events in date order (ties in drawn order), with unique ids and valid references."""
    n = draw(st.integers(0, max_size))
    dates = sorted(draw(st.lists(days(), min_size=n, max_size=n)))
    out: list[ev.Event] = []
    ids: list[str] = []
    for i, day in enumerate(dates):
        kind = draw(st.sampled_from(KINDS))
        args = draw(event_args(kind, ids))
        lag = draw(st.integers(0, 6)) if reported_lag else 0
        eid = f"e{i}"
        where = Location("gen.yaml", i + 1, 3)
        out.append(ev.EVENT_TYPES[kind](id=eid, date=day, source="s", reported=day + timedelta(days=lag), where=where, **args))
        ids.append(eid)
    return out


def scenario_of(events: list[ev.Event], name: str = "generated") -> Scenario:
    return Scenario(name=name, events=in_date_order(events), sources={"s": Source(key="s")}, path="gen.yaml")


scenarios = events_lists().map(scenario_of)
