"""The boundary schema: pydantic models for untrusted scenario data, and their conversion to domain events.

Only here does pydantic meet the data. Each event model mirrors one domain
event class; `to_event` turns a validated model into the frozen domain value.
"""

# no `from __future__ import annotations`: pydantic reads these annotations as objects, not strings to evaluate (start-up)

from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Literal, Union

import attrs
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, GetPydanticSchema, TypeAdapter
from pydantic_core import core_schema as cs

from negotiation.domain import events as ev
from negotiation.domain.values import maker

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


Day = Annotated[date, GetPydanticSchema(_day_schema)]
Count = Annotated[int, Field(strict=True, ge=0, le=MAX_COUNT)]
Days = Annotated[int, Field(strict=True, ge=1, le=MAX_DAYS)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Names = Annotated[list[Name], BeforeValidator(_names)]
Text = Annotated[str, Field(max_length=20_000)]
EventId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:-]+$", max_length=200)]
TermValue = Union[Annotated[int, Field(strict=True, ge=0, le=MAX_COUNT)], Text]

# defer_build: events are validated through EVENT_ADAPTER only, so building a
# validator per event model at import is wasted start-up time (~10 ms of `state`).
STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class SourceModel(BaseModel):
    model_config = STRICT
    outlet: Name | None = None
    published: Day | None = None
    url: Text | None = None
    file: Text | None = None
    title: Text | None = None
    note: Text | None = None


class _EventModel(BaseModel):
    model_config = STRICT
    domain: ClassVar[type[ev.Event]]
    fields: ClassVar[tuple[str, ...]] = ()

    id: EventId
    date: Day
    date_precision: ev.DatePrecision = ev.DatePrecision.DAY
    date_text: Text | None = None
    reported: Day | None = None
    source: Name
    quote: Text | None = None
    note: Text | None = None
    hypothetical: bool = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "specific" not in cls.__dict__ and "domain" in cls.__dict__:
            cls.to_event = _compiled_on_first_use  # type: ignore[method-assign]

    def specific(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.fields}

    def to_event(self, provenance: ev.Provenance) -> ev.Event:
        return self.domain(id=self.id, date=self.date, provenance=provenance, **self.specific())


def _compiled_on_first_use(self: "_EventModel", provenance: ev.Provenance) -> ev.Event:
    """`to_event` until a model's own is compiled, on its first event: a short scenario uses a few types of the sixteen."""
    cls = type(self)
    cls.to_event = _compile_to_event(cls.domain, cls.fields)  # type: ignore[method-assign]
    return self.to_event(provenance)


def _compile_to_event(domain: type[ev.Event], fields: tuple[str, ...]) -> Any:
    """`to_event` for a model whose fields pass to its domain class as they are, without building a dict per event.

    Loading a long log calls it once per event; the generic version's dict and
    `**` unpacking cost about as much as the domain object itself, and the
    class's own `__init__` twice what its maker does (`negotiation.domain.values`).
    """
    order = [a.name for a in attrs.fields(domain)]
    if sorted(order) != sorted(("id", "date", "provenance", *fields)):
        raise TypeError(f"{domain.__name__}: the model's `fields` must be every field of the domain class but id, date, provenance")
    args = ", ".join("provenance" if name == "provenance" else f"self.{name}" for name in order)
    source = f"def to_event(self, provenance):\n    return _make({args})\n"
    scope: dict[str, Any] = {"_make": maker(domain)}
    exec(source, scope)  # noqa: S102 - generated from the domain class's own field names
    return scope["to_event"]


class TalksModel(_EventModel):
    domain = ev.Talks
    type: Literal["talks"]
    by: Names = []
    via: Names = []

    def specific(self) -> dict[str, Any]:
        return {"by": tuple(self.by), "via": tuple(self.via)}


class OfferModel(_EventModel):
    domain = ev.Offer
    fields = ("by", "to", "gives", "wants")
    type: Literal["offer"]
    by: Name
    to: Name | None = None
    gives: dict[Name, TermValue] = {}
    wants: dict[Name, TermValue] = {}


class PreconditionModel(_EventModel):
    domain = ev.Precondition
    fields = ("by", "demand")
    type: Literal["precondition"]
    by: Name
    demand: Text


class PreconditionMetModel(_EventModel):
    domain = ev.PreconditionMet
    fields = ("precondition", "by")
    type: Literal["precondition_met"]
    precondition: EventId
    by: Name | None = None


class PreconditionDroppedModel(PreconditionMetModel):
    domain = ev.PreconditionDropped
    type: Literal["precondition_dropped"]  # type: ignore[assignment]


class RejectionModel(_EventModel):
    domain = ev.Rejection
    fields = ("offer", "by")
    type: Literal["rejection"]
    offer: EventId
    by: Name | None = None


class WithdrawalModel(RejectionModel):
    domain = ev.Withdrawal
    type: Literal["withdrawal"]  # type: ignore[assignment]


class ExtensionTermModel(BaseModel):
    model_config = STRICT
    per_hostages: Annotated[int, Field(strict=True, ge=1, le=MAX_COUNT)]
    days: Days


class TermsModel(BaseModel):
    model_config = STRICT
    hostages: Count | None = None
    prisoners: Count | None = None
    truce_days: Days | None = None
    extension: ExtensionTermModel | None = None


class AgreementModel(_EventModel):
    domain = ev.Agreement
    type: Literal["agreement"]
    # None rather than `TermsModel()`: an instance as the default would build that
    # model's own validator at import, a fifth of the command line's start-up.
    terms: TermsModel | None = None
    by: Names = []

    def specific(self) -> dict[str, Any]:
        t = self.terms
        if t is None:
            return {"terms": ev.DealTerms(), "by": tuple(self.by)}
        extension = ev.ExtensionTerm(t.extension.per_hostages, t.extension.days) if t.extension else None
        return {"terms": ev.DealTerms(t.hostages, t.prisoners, t.truce_days, extension), "by": tuple(self.by)}


class TruceStartModel(_EventModel):
    domain = ev.TruceStart
    fields = ("days",)
    type: Literal["truce_start"]
    days: Days | None = None


class ReleaseModel(_EventModel):
    domain = ev.Release
    fields = ("by", "hostages", "prisoners", "outside_deal")
    type: Literal["release"]
    by: Name | None = None
    hostages: Count = 0
    prisoners: Count = 0
    outside_deal: bool = False


class TruceExtensionModel(_EventModel):
    domain = ev.TruceExtension
    fields = ("days",)
    type: Literal["truce_extension"]
    days: Days


class BreakdownModel(_EventModel):
    domain = ev.Breakdown
    type: Literal["breakdown"]
    reason: Text | None = None
    blamed: Names = []

    def specific(self) -> dict[str, Any]:
        return {"reason": self.reason, "blamed": tuple(self.blamed)}


class RecallModel(_EventModel):
    domain = ev.Recall
    fields = ("by", "reason")
    type: Literal["recall"]
    by: Name
    reason: Text | None = None


class ClaimModel(_EventModel):
    domain = ev.Claim
    fields = ("according_to", "held", "holder", "including")
    type: Literal["claim"]
    according_to: Name
    held: Count
    holder: Name | None = None
    including: dict[Name, Count] = {}


class DenialModel(_EventModel):
    domain = ev.Denial
    fields = ("denies", "by")
    type: Literal["denial"]
    denies: EventId
    by: Name | None = None


class ConclusionModel(_EventModel):
    domain = ev.Conclusion
    fields = ("summary",)
    type: Literal["conclusion"]
    summary: Text | None = None


EVENT_MODELS: tuple[type[_EventModel], ...] = (
    TalksModel, OfferModel, PreconditionModel, PreconditionMetModel, PreconditionDroppedModel,
    RejectionModel, WithdrawalModel, AgreementModel, TruceStartModel, ReleaseModel,
    TruceExtensionModel, BreakdownModel, RecallModel, ClaimModel, DenialModel, ConclusionModel,
)
EVENT_TYPE_NAMES: tuple[str, ...] = tuple(m.domain.type for m in EVENT_MODELS)

EventModel = Annotated[Union[EVENT_MODELS], Field(discriminator="type")]  # type: ignore[valid-type]
EVENT_ADAPTER: TypeAdapter[_EventModel] = TypeAdapter(EventModel)

SCENARIO_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


class HeaderModel(BaseModel):
    """Everything in a scenario file but its events."""

    model_config = STRICT
    scenario: Annotated[str, Field(pattern=SCENARIO_NAME, max_length=200)]
    title: Text | None = None
    parties: Names = []
    mediators: Names = []
    sources: dict[Annotated[str, Field(min_length=1, max_length=200)], SourceModel] = {}
    note: Text | None = None


def assert_domain_fields() -> None:
    """Each model's specific fields exist on its domain class, all of them where `to_event` is compiled (a guard used by the tests)."""
    for model in EVENT_MODELS:
        names = {a.name for a in attrs.fields(model.domain)}
        missing = [f for f in model.fields if f not in names]
        if missing:
            raise AssertionError(f"{model.__name__}: {missing} not on {model.domain.__name__}")
        if "specific" not in model.__dict__:
            _compile_to_event(model.domain, model.fields)  # compiled on first use when loading: checked here too

