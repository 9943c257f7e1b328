"""The boundary schema: what a scenario file may say, checked by pydantic.

Only here does pydantic meet the data. The header and its sources are
pydantic models; each event is validated straight into its frozen domain
class (`EVENT_ADAPTER`), every field checked as the header's are.
"""

# no `from __future__ import annotations`: pydantic reads these annotations as objects, not strings to evaluate (start-up)

from datetime import date, datetime
from typing import Annotated, Any

import attrs
from pydantic import BaseModel, ConfigDict, Field, GetPydanticSchema, TypeAdapter
from pydantic_core import core_schema as cs

from negotiation.domain import events as ev

MAX_COUNT = 100_000_000  # more people than any negotiation has held; larger is a typo or an attack
MAX_DAYS = 3_650


def _iso_day(value: Any) -> Any:
    """A day as YAML or JSON gives it: a date (not a datetime) or an ISO `YYYY-MM-DD` string."""
    if type(value) is str and len(value) == 10:  # the common case, first: JSON Lines give every day as text
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, datetime):
        raise ValueError("expected a day (YYYY-MM-DD), not a date and time")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a real day; expected YYYY-MM-DD") from None
    raise ValueError(f"expected a day (YYYY-MM-DD), got {type(value).__name__}")


def _names(value: Any) -> Any:
    """`by: Hamas` and `by: [Israel, Hamas]` both mean a list of names."""
    return [value] if isinstance(value, str) else value


DAY_PROBLEM = "day"  # the error type of a day that JSON gives in any form but YYYY-MM-DD: see `day_problem`


def day_problem(value: Any) -> str:
    """What is wrong with a value given as a day (the message `_iso_day` raises)."""
    try:
        _iso_day(value)
    except ValueError as err:
        return str(err)
    return f"{value!r} is not a day; expected YYYY-MM-DD"


def _day_schema(source: Any, handler: Any) -> cs.CoreSchema:
    """A day: from JSON, pydantic-core reads `YYYY-MM-DD` itself; anything else, and YAML's values, go through `_iso_day`.

    A JSON Lines log gives every day as text, several per event: read in
    pydantic-core, a day costs no Python call. A value it does not take as
    a day is tried by `_iso_day`, which reads what it can and says what is wrong.
    """
    by_rule = cs.no_info_before_validator_function(_iso_day, cs.date_schema())
    from_json = cs.union_schema([cs.date_schema(strict=True), by_rule], mode="left_to_right", custom_error_type=DAY_PROBLEM, custom_error_message="not a day")
    return cs.json_or_python_schema(json_schema=from_json, python_schema=by_rule)


def _text(**constraints: Any) -> cs.CoreSchema:
    return cs.str_schema(strip_whitespace=True, **constraints)


def _optional(schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.with_default_schema(cs.nullable_schema(schema), default=None)


def _or(schema: cs.CoreSchema, default: Any = None, factory: Any = None) -> cs.CoreSchema:
    if factory is not None:
        return cs.with_default_schema(schema, default_factory=factory)
    return cs.with_default_schema(schema, default=default)


# What each kind of value may be, stated once: events use these schemas directly, the header's models through the
# annotated types below.
NAME = _text(min_length=1, max_length=200)
TEXT = _text(max_length=20_000)
EVENT_ID = _text(pattern=r"^[A-Za-z0-9_.:-]+$", max_length=200)
COUNT = cs.int_schema(strict=True, ge=0, le=MAX_COUNT)
DAYS = cs.int_schema(strict=True, ge=1, le=MAX_DAYS)
DAY = _day_schema(None, None)
NAMES = cs.no_info_before_validator_function(_names, cs.tuple_schema([NAME], variadic_item_index=0))  # one name or a list: a tuple
TERMS = cs.dict_schema(NAME, cs.union_schema([COUNT, TEXT]))
PRECISION = cs.enum_schema(ev.DatePrecision, list(ev.DatePrecision), sub_type="str")


def _as(schema: cs.CoreSchema) -> GetPydanticSchema:
    return GetPydanticSchema(lambda _source, _handler: schema)


Day = Annotated[date, GetPydanticSchema(_day_schema)]
Name = Annotated[str, _as(NAME)]
Names = Annotated[tuple[str, ...], _as(NAMES)]
Text = Annotated[str, _as(TEXT)]
EventId = Annotated[str, _as(EVENT_ID)]

# defer_build: a model's validator is built when first used, not at import (start-up of every command)
STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class SourceModel(BaseModel):
    model_config = STRICT
    outlet: Name | None = None
    published: Day | None = None
    url: Text | None = None
    file: Text | None = None
    title: Text | None = None
    note: Text | None = None


# ---------------------------------------------------------------- events, validated straight into domain values
#
# An event is made by pydantic-core itself: each type's schema fills the slots
# of its frozen domain class (as pydantic does for a slotted dataclass), so a
# long log costs no Python per field. What the file cannot say is finished by
# the loader: `reported` when the file leaves it to the source, and `where`.


def _record(cls: type, fields: dict[str, cs.CoreSchema], *, only: dict[str, cs.CoreSchema] | None = None, later: tuple[str, ...] = ()) -> cs.CoreSchema:
    """A frozen attrs value made by pydantic-core: each field of `cls` from the key of its name, and no other key.

    `only` are keys the input must give that are not fields of the value (an
    event's `type`); `later` are fields no input gives, left at their default
    for the loader to set. Any other field of `cls` without a schema is a
    mistake here, refused at import.
    """
    names = [a.name for a in attrs.fields(cls)]
    missing = [n for n in names if n not in fields and n not in later]
    if missing or not fields.keys() <= set(names):
        raise TypeError(f"{cls.__name__}: the schema must give every field but {list(later)}; missing {missing}, unknown {sorted(fields.keys() - set(names))}")
    defaults = attrs.fields_dict(cls)
    args = [
        cs.dataclass_field(n, fields[n]) if n in fields
        else cs.dataclass_field(n, cs.with_default_schema(cs.any_schema(), default=defaults[n].default), init=False)
        for n in names
    ]
    args += [cs.dataclass_field(name, schema, init_only=True) for name, schema in (only or {}).items()]
    return cs.dataclass_schema(
        cls, cs.dataclass_args_schema(cls.__name__, args, extra_behavior="forbid", collect_init_only=False),
        names, slots=True, frozen=True,
    )


DEAL_TERMS = _record(ev.DealTerms, {
    "hostages": _optional(COUNT),
    "prisoners": _optional(COUNT),
    "truce_days": _optional(DAYS),
    "extension": _optional(_record(ev.ExtensionTerm, {"per_hostages": cs.int_schema(strict=True, ge=1, le=MAX_COUNT), "days": DAYS})),
})

# What every event's file entry gives: `reported` may be left to the source's publication day (the loader fills it in).
COMMON_FIELDS: dict[str, cs.CoreSchema] = {
    "id": EVENT_ID,
    "date": DAY,
    "source": NAME,
    "reported": _optional(DAY),
    "quote": _optional(TEXT),
    "note": _optional(TEXT),
    "date_precision": _or(PRECISION, ev.DatePrecision.DAY),
    "date_text": _optional(TEXT),
    "hypothetical": _or(cs.bool_schema(), False),
}

# Each type's own fields, as a scenario file gives them.
EVENT_FIELDS: dict[type[ev.Event], dict[str, cs.CoreSchema]] = {
    ev.Talks: {"by": _or(NAMES, ()), "via": _or(NAMES, ())},
    ev.Offer: {"by": NAME, "to": _optional(NAME), "gives": _or(TERMS, factory=dict), "wants": _or(TERMS, factory=dict)},
    ev.Precondition: {"by": NAME, "demand": TEXT},
    ev.PreconditionMet: {"precondition": EVENT_ID, "by": _optional(NAME)},
    ev.PreconditionDropped: {"precondition": EVENT_ID, "by": _optional(NAME)},
    ev.Rejection: {"offer": EVENT_ID, "by": _optional(NAME)},
    ev.Withdrawal: {"offer": EVENT_ID, "by": _optional(NAME)},
    ev.Agreement: {"terms": _or(DEAL_TERMS, ev.DealTerms()), "by": _or(NAMES, ())},
    ev.TruceStart: {"days": _optional(DAYS)},
    ev.Release: {"by": _optional(NAME), "hostages": _or(COUNT, 0), "prisoners": _or(COUNT, 0), "outside_deal": _or(cs.bool_schema(), False)},
    ev.TruceExtension: {"days": DAYS},
    ev.Breakdown: {"reason": _optional(TEXT), "blamed": _or(NAMES, ())},
    ev.Recall: {"by": NAME, "reason": _optional(TEXT)},
    ev.Claim: {"according_to": NAME, "held": COUNT, "holder": _optional(NAME), "including": _or(cs.dict_schema(NAME, COUNT), factory=dict)},
    ev.Denial: {"denies": EVENT_ID, "by": _optional(NAME)},
    ev.Conclusion: {"summary": _optional(TEXT)},
}
EVENT_TYPE_NAMES: tuple[str, ...] = tuple(cls.type for cls in EVENT_FIELDS)


def _event_schema(cls: type[ev.Event]) -> cs.CoreSchema:
    return _record(cls, {**COMMON_FIELDS, **EVENT_FIELDS[cls]}, only={"type": cs.literal_schema([cls.type])}, later=("where",))


def _events_schema(source: Any, handler: Any) -> cs.CoreSchema:
    return cs.tagged_union_schema({cls.type: _event_schema(cls) for cls in EVENT_FIELDS}, discriminator="type")


# One adapter over the union of event types, told apart by `type`; it returns domain events.
EVENT_ADAPTER: TypeAdapter[ev.Event] = TypeAdapter(Annotated[ev.Event, GetPydanticSchema(_events_schema)])


SCENARIO_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


class HeaderModel(BaseModel):
    """Everything in a scenario file but its events."""

    model_config = STRICT
    scenario: Annotated[str, Field(pattern=SCENARIO_NAME, max_length=200)]
    title: Text | None = None
    parties: Names = ()
    mediators: Names = ()
    sources: dict[Name, SourceModel] = {}
    note: Text | None = None
