"""What-if files: a base scenario forked by a list of changes (remove, add, replace an event).

A what-if is YAML with `whatif:` (its name), `title` (the question), `base`
(a scenario or another what-if, relative to this file), `changes` and its own
`sources`. The changes are validated here, at the boundary, with the same
schema as scenario events; every problem points at the what-if file's line.
`fork` is the pure part: it takes a base `Scenario` and the changes as domain
values and returns the what-if's `Scenario`, leaving the base untouched.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Annotated, Any

import attrs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from negotiation.domain.events import REFERENCES, Event, Location
from negotiation.domain.scenario import Scenario, Source, in_date_order
from negotiation.scenario.errors import ScenarioError
from negotiation.scenario.loader import _Builder, _source, _validation_problems
from negotiation.scenario.schema import EVENT_ADAPTER, SCENARIO_NAME, EventId, Name, SourceModel, Text

_STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class WhatIfHeaderModel(BaseModel):
    """Everything in a what-if file but its changes."""

    model_config = _STRICT
    whatif: Annotated[str, Field(pattern=SCENARIO_NAME, max_length=200)]
    title: Text | None = None
    base: Annotated[str, Field(min_length=1, max_length=4096)]
    sources: dict[Name, SourceModel] = {}
    note: Text | None = None


class RemoveModel(BaseModel):
    model_config = _STRICT
    remove: EventId
    note: Text | None = None


class AddModel(BaseModel):
    model_config = _STRICT
    add: dict[str, Any]  # the event itself is validated by EVENT_ADAPTER, as in a scenario
    note: Text | None = None


class ReplaceModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, populate_by_name=True)
    replace: EventId
    with_: Annotated[dict[str, Any], Field(alias="with")]
    note: Text | None = None


CHANGE_KINDS = {"remove": RemoveModel, "add": AddModel, "replace": ReplaceModel}

# The what-if files being loaded, outermost first: a base that is already among them is a cycle.
_loading: contextvars.ContextVar[tuple[Path, ...]] = contextvars.ContextVar("whatif_loading", default=())


def mark_hypothetical(event: Event) -> Event:
    """The event marked as hypothetical, so every output can say it is not on the record."""
    if event.hypothetical:
        return event
    return attrs.evolve(event, hypothetical=True)


def fork(
    base: Scenario,
    *,
    name: str,
    remove: Iterable[str] = (),
    replace: Mapping[str, Event] | None = None,
    add: Iterable[Event] = (),
    title: str | None = None,
    sources: Mapping[str, Source] | None = None,
    path: str | None = None,
) -> Scenario:
    """The base with events removed, replaced (in place, then re-sorted by date) and added (after the base's events of their day).

    Invariant: `base` is not changed; an empty fork has the base's events in the base's order.
    Ids are assumed checked by the caller (`whatif_from_data` reports unknown ones).
    """
    removed = set(remove)
    replace = replace or {}
    events: list[Event] = []
    for event in base.events:
        if event.id in removed:
            continue
        events.append(mark_hypothetical(replace[event.id]) if event.id in replace else event)
    events.extend(mark_hypothetical(e) for e in add)
    merged_sources = dict(base.sources)
    merged_sources.update(sources or {})
    return Scenario(
        name=name, events=in_date_order(events), title=title, parties=base.parties, mediators=base.mediators,
        sources=merged_sources, path=path, kind="whatif", base=base,
    )


def _key_place(name: str, key: str, default: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """The line of a top-level `key:` in the file (marks are kept per mapping, not per key)."""
    try:
        lines = Path(name).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return default
    for number, line in enumerate(lines, 1):
        if line.startswith(f"{key}:"):
            return number, 1
    return default


def _load_base(name: str, header: WhatIfHeaderModel, place: tuple[int | None, int | None]) -> Scenario:
    from negotiation.scenario.loader import load_scenario

    path = (Path(name).parent / header.base)
    resolved = path.resolve()
    if not path.is_file():
        raise ScenarioError.one(name, f"`base`: no scenario file {str(path)!r}; expected a path relative to this file", *place)
    chain = _loading.get()
    if resolved in chain:
        cycle = " -> ".join(p.name for p in (*chain, resolved))
        raise ScenarioError.one(name, f"`base`: what-ifs build on each other in a cycle ({cycle}); a base must end in a scenario", *place)
    token = _loading.set((*chain, resolved))
    try:
        return load_scenario(path)
    finally:
        _loading.reset(token)


def whatif_from_data(name: str, data: dict[str, Any], marks: Mapping[int, tuple[int, int]] | None = None) -> Scenario:
    """Validate a parsed what-if file, load its base, and fork it. Problems point at this file's lines."""
    marks = marks or {}
    top = marks.get(id(data), (1, 1))
    b = _Builder(name)
    header_data = {k: v for k, v in data.items() if k != "changes"}
    try:
        header = WhatIfHeaderModel.model_validate(header_data)
    except ValidationError as err:
        raise ScenarioError(_validation_problems(name, err, data, marks, top, None)) from None
    # The outermost file joins the chain too, so a base naming it is a cycle.
    token = _loading.set(_loading.get() or (Path(name).resolve(),))
    try:
        base = _load_base(name, header, _key_place(name, "base", top))
    finally:
        _loading.reset(token)
    raw_changes = data.get("changes")
    if raw_changes is None:  # `changes:` with nothing under it: a what-if that changes nothing
        raw_changes = []
    if not isinstance(raw_changes, list):
        raise ScenarioError.one(name, f"`changes` must be a list of `remove`, `add` or `replace` changes; got {type(raw_changes).__name__}", *_key_place(name, "changes", top))

    base_ids = {e.id for e in base.events}
    own_sources = {key: _source(key, model) for key, model in header.sources.items()}
    sources = dict(base.sources)
    sources.update(own_sources)
    removed: dict[str, tuple[int | None, int | None]] = {}
    replaced: dict[str, Event] = {}
    added: list[Event] = []

    def event_from(raw: Any, place: tuple[int | None, int | None], default_id: str | None) -> Event | None:
        if not isinstance(raw, dict):
            b.problem(f"an event must be a mapping with `type`, `date`, `source`; got {type(raw).__name__}", *place)
            return None
        if default_id is not None and "id" not in raw:
            raw = {"id": default_id, **raw}  # nested mappings keep their marks
        event_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        try:
            event: Event = EVENT_ADAPTER.validator.validate_python(raw)
        except ValidationError as err:
            b.problems.extend(_validation_problems(name, err, raw, marks, place, event_id, skip=1))
            return None
        return b.finish(event, Location(name, place[0], place[1]), sources)

    for index, raw in enumerate(raw_changes):
        place = marks.get(id(raw), top)
        kinds = [k for k in CHANGE_KINDS if isinstance(raw, dict) and k in raw]
        if len(kinds) != 1:
            b.problem(f"change #{index + 1} must be a mapping with one of `remove: ID`, `add: EVENT`, `replace: ID` with `with: EVENT`", *place)
            continue
        kind = kinds[0]
        try:
            change = CHANGE_KINDS[kind].model_validate(raw)
        except ValidationError as err:
            b.problems.extend(_validation_problems(name, err, raw, marks, place, None))
            continue
        if kind == "add":
            event = event_from(raw["add"], marks.get(id(raw["add"]), place), None)
            if event is not None:
                added.append(event)
            continue
        target = change.remove if kind == "remove" else change.replace  # type: ignore[union-attr]
        if target not in base_ids:
            b.problem(f"`{kind}` names {target!r}, which is not an event of the base {header.base}", *place)
            continue
        if target in removed or target in replaced:
            b.problem(f"`{kind}`: {target!r} is already removed or replaced by an earlier change", *place)
            continue
        if kind == "remove":
            removed[target] = place
        else:
            event = event_from(raw["with"], marks.get(id(raw["with"]), place), target)
            if event is not None:
                replaced[target] = event

    # Ids and references are checked on the merged scenario, each problem at the change that made it.
    ids = {e for e in base_ids if e not in removed and e not in replaced}
    for event in [*replaced.values(), *added]:
        where = event.where
        if event.id in ids:
            b.problem(f"duplicate id {event.id!r}: the scenario already has an event with it", where.line, where.col, event.id)
        ids.add(event.id)
    result = fork(
        base, name=header.whatif, remove=removed, replace=replaced, add=added, title=header.title,
        sources=own_sources, path=name,
    )
    for event in result.events:
        field = REFERENCES.get(event.type)
        if field is not None and getattr(event, field) not in ids:
            where = event.where
            if where.file == name:
                b.problem(f"`{field}` names {getattr(event, field)!r}, which is not an event of this what-if", where.line, where.col, event.id)
            else:  # a base event that points at one the changes removed
                line, col = removed.get(getattr(event, field), top)
                b.problem(f"removing {getattr(event, field)!r} leaves event {event.id!r} of the base ({where.file}:{where.line}) pointing at nothing; remove or replace it too", line, col)
    if b.problems:
        raise ScenarioError(b.problems)
    return result

