"""The compiled constructors and evolves of `negotiation.domain.values` make what attrs makes."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import events_lists

from negotiation.domain import events as ev
from negotiation.domain.state import Deal, NegotiationState, Phase, StandingClaim, TableItem, Truce, revised, with_changes
from negotiation.domain.values import dict_evolver, maker, slot_evolver
from negotiation.scenario.export import event_record
from negotiation.scenario.schema import EVENT_ADAPTER, EVENT_FIELDS, _record

SLOTTED = [ev.Location, ev.Provenance, ev.ExtensionTerm, ev.DealTerms, *ev.EVENT_TYPES.values(), TableItem, StandingClaim, Deal]

# maker sets what it is given, as attrs' __init__ does with no validators: any values will do
anything = st.one_of(st.none(), st.integers(), st.text(max_size=5), st.dates(), st.booleans(), st.tuples(st.text(max_size=3)))


@pytest.mark.parametrize("cls", SLOTTED, ids=lambda c: c.__name__)
@given(data=st.data())
def test_maker_makes_what_init_makes(cls: type, data: st.DataObject) -> None:
    names = [a.name for a in attrs.fields(cls)]
    values = data.draw(st.tuples(*[anything] * len(names)))
    made = maker(cls)(*values)
    expected = cls(**dict(zip(names, values)))
    assert type(made) is cls
    assert made == expected
    assert [getattr(made, n) for n in names] == list(values)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(made, names[0], None)


def test_maker_is_compiled_once_per_class() -> None:
    assert maker(ev.Location) is maker(ev.Location)


@attrs.frozen(slots=True)
class _Checked:
    n: int = attrs.field(validator=attrs.validators.instance_of(int))


@attrs.frozen(slots=True)
class _Derived:
    n: int
    twice: int = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "twice", 2 * self.n)


@pytest.mark.parametrize("cls, why", [
    (_Checked, "no validators"),  # skipping __init__ would skip the check
    (_Derived, "derives nothing"),
    (NegotiationState, "slotted"),
])
def test_maker_refuses_what_skipping_init_would_change(cls: type, why: str) -> None:
    with pytest.raises(TypeError, match=why):
        maker(cls)


def test_dict_evolver_refuses_a_slotted_class() -> None:
    with pytest.raises(TypeError, match="__dict__"):
        dict_evolver(ev.Location)


item = TableItem(ev.Precondition(id="p", date=date(2024, 1, 1), source="s", reported=date(2024, 1, 1), by="A", demand="x"), 3, "open")


@given(status=st.sampled_from(["open", "met", "dropped"]), seq=st.integers(0, 10))
def test_slot_evolver_is_attrs_evolve(status: str, seq: int) -> None:
    assert slot_evolver(TableItem)(item, {"status": status, "seq": seq}) == attrs.evolve(item, status=status, seq=seq)
    assert revised(item, status=status) == attrs.evolve(item, status=status)


def test_evolvers_refuse_a_name_that_is_not_a_field() -> None:
    with pytest.raises(TypeError, match="not fields of TableItem"):
        revised(item, state="met")
    with pytest.raises(TypeError, match="not fields of NegotiationState"):
        with_changes(NegotiationState(), phases=Phase.TALKS)
    with pytest.raises(TypeError, match="does not revise"):
        revised(ev.Location(), line=2)


@given(days=st.integers(1, 30), recorded=st.integers(0, 30), under=st.integers(0, 50))
def test_dict_evolver_derives_the_truce_end_as_init_does(days: int, recorded: int, under: int) -> None:
    truce = Truce(start=date(2024, 1, 1), days=2, started_by="t", term=ev.ExtensionTerm(10, 1), agreed_hostages=5)
    changed = revised(truce, days=days, recorded_days=recorded, hostages_under_deal=under)
    expected = attrs.evolve(truce, days=days, recorded_days=recorded, hostages_under_deal=under)
    assert changed == expected
    assert changed.end == expected.end


def test_every_event_type_has_a_schema_that_gives_every_field() -> None:
    assert set(EVENT_FIELDS) == set(ev.EVENT_TYPES.values())
    with pytest.raises(TypeError, match="missing \\['demand'\\]"):  # a field the schema forgot is refused, not left at a default
        _record(ev.Precondition, {k: v for k, v in {**EVENT_FIELDS[ev.Precondition]}.items() if k != "demand"}, later=tuple(ev.PROVENANCE_FIELDS) + ("id", "date"))


@given(events_lists(max_size=12))
def test_the_schema_makes_the_domain_event_a_file_describes(events: list[ev.Event]) -> None:
    """Each event written as a file gives it, validated: the same value, but for what the loader sets.

    The loader sets `where`, and `reported` where the file leaves it to the source's day (left out of the record).
    """
    for event in events:
        record = event_record(event)
        made = EVENT_ADAPTER.validate_python(record)
        assert type(made) is type(event)
        assert made == attrs.evolve(event, where=ev.NOWHERE, reported=record.get("reported"))


def test_an_event_carries_every_provenance_field_with_its_default() -> None:
    """The provenance fields sit flat on each event; `event.provenance` gives them as one `Provenance` value."""
    theirs = {a.name: a.default for a in attrs.fields(ev.Provenance)}
    ours = {a.name: a.default for a in attrs.fields(ev.Event) if a.name in ev.PROVENANCE_FIELDS}
    assert tuple(theirs) == ev.PROVENANCE_FIELDS and ours == theirs
    event = ev.Release(id="r", date=date(2024, 1, 2), source="s", reported=date(2024, 1, 3), quote="q", hypothetical=True)
    assert event.provenance == ev.Provenance("s", date(2024, 1, 3), quote="q", hypothetical=True)
