"""Reading scenario files (YAML or JSON Lines) into validated `Scenario` values.

Untrusted input stops here: the bytes are checked (size, encoding, NUL bytes),
parsed safely (libyaml's safe loader: no tag can construct an object or run
code), validated by the pydantic schema, and cross-checked (unique ids, known
sources, references to real events, `reported` not before `date`). Every
problem is reported with its file, line and column, all at once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from negotiation.domain.events import REFERENCES, Event, Location
from negotiation.domain.scenario import Scenario, Source, in_date_order
from negotiation.domain.values import maker
from negotiation.scenario.errors import Problem, ScenarioError
from negotiation.scenario.schema import DAY_PROBLEM, EVENT_ADAPTER, EVENT_TYPE_NAMES, HeaderModel, SourceModel, day_problem

MAX_FILE_BYTES = 256 * 1024 * 1024  # about two million events; more should be split or streamed
MAX_EVENTS = 2_000_000
MAX_VALUES = 20_000_000  # after YAML aliases are expanded: stops "billion laughs" documents
MAX_PROBLEMS = 50  # report this many, then say how many more

SUFFIXES = (".yaml", ".yml", ".jsonl")

# Made once per event of a long log: every field, positionally, without `__init__`'s per-field lookups.
_make_location = maker(Location)
# What the schema cannot know is set on the event it made, before anyone else sees it: the slots' own setters
# (the class is frozen to everyone after).
_set_reported = Event.reported.__set__  # type: ignore[attr-defined]
_set_where = Event.where.__set__  # type: ignore[attr-defined]


# ---------------------------------------------------------------- reading bytes


def read_text(path: str | os.PathLike[str], *, what: str = "scenario file", max_bytes: int | None = None) -> str:
    """The text of a file, or a ScenarioError that says plainly what is wrong with it."""
    name = str(path)
    max_bytes = max_bytes or MAX_FILE_BYTES
    p = Path(path)
    if not p.exists():
        raise ScenarioError.one(name, f"no such file; expected a {what}")
    if p.is_dir():
        raise ScenarioError.one(name, f"is a directory; expected a {what}")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ScenarioError.one(name, f"file is {size:,} bytes, over the limit of {max_bytes:,}; split it into smaller files")
        data = p.read_bytes()
    except OSError as err:
        raise ScenarioError.one(name, f"cannot read: {err.strerror or err}") from None
    return decode(name, data)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def decode(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _line_col(data[: err.start].decode("utf-8", "replace"), err.start)
        raise ScenarioError.one(name, f"byte 0x{data[err.start]:02x} is not UTF-8; save the file as UTF-8 text", line, col) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise ScenarioError.one(name, "contains a NUL byte; expected a text file", *_line_col(text, nul))
    return text


# ---------------------------------------------------------------- YAML with marks


class _MarkedLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """A safe loader that remembers where each mapping starts and refuses duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.marks: dict[int, tuple[int, int]] = {}


def _construct_map(loader: _MarkedLoader, node: yaml.MappingNode) -> Iterator[dict[Any, Any]]:
    data: dict[Any, Any] = {}
    yield data
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key_node.value!r} in one mapping", key_node.start_mark)
            seen.add(key_node.value)
    data.update(loader.construct_mapping(node))
    loader.marks[id(data)] = (node.start_mark.line + 1, node.start_mark.column + 1)


def _construct_day(loader: _MarkedLoader, node: yaml.ScalarNode) -> Any:
    """A date-looking scalar; an impossible one (2024-02-31) stays text so the schema reports it in place."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return node.value


_MarkedLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_MarkedLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_day)


def _count_values(data: Any, budget: int) -> int:
    """How many values a validator would see once aliases are expanded, stopping past `budget`.

    Aliased nodes are one shared object, so sizes are memoised by identity: a
    "billion laughs" document is measured in time linear in its text.
    """
    sizes: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        item, children_done = stack.pop()
        key = id(item)
        if key in sizes:
            continue
        children = list(item.values()) if isinstance(item, dict) else item if isinstance(item, list) else []
        if not children:
            sizes[key] = 1
        elif children_done:
            sizes[key] = min(budget + 1, 1 + sum(sizes[id(c)] for c in children))
        else:
            stack.append((item, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(data)]


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a 0-based line and column of `text` ('' past the end)."""
    lines = text.split("\n", line + 1)
    return lines[line][column:column + 1] if line < len(lines) else ""


def parse_yaml(name: str, text: str) -> tuple[Any, dict[int, tuple[int, int]]]:
    loader = _MarkedLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = " ".join(str(part) for part in (err.context, err.problem) if part)
        if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            what += " (a tab: YAML indents with spaces only)"
        raise ScenarioError.one(name, f"invalid YAML: {what}", mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as err:
        raise ScenarioError.one(name, f"invalid YAML: {err}") from None
    except RecursionError:
        raise ScenarioError.one(name, "invalid YAML: nested too deeply; a scenario is a mapping of flat lists") from None
    finally:
        loader.dispose()
    if "&" in text and _count_values(data, MAX_VALUES) > MAX_VALUES:
        raise ScenarioError.one(name, f"YAML aliases expand to more than {MAX_VALUES:,} values; write the scenario without anchors")
    return data, loader.marks


# ---------------------------------------------------------------- validation messages


def _describe(err: Mapping[str, Any], kind: str | None) -> str:
    loc = [str(part) for part in err["loc"]]
    if err["type"] == "union_tag_not_found":
        return f"missing `type`; expected one of: {', '.join(EVENT_TYPE_NAMES)}"
    if err["type"] == "union_tag_invalid":
        return f"unknown event type {err['ctx'].get('tag')!r}; expected one of: {', '.join(EVENT_TYPE_NAMES)}"
    if kind and loc and loc[0] == kind:
        loc = loc[1:]
    field = ".".join(loc)
    of = f" of a {kind} event" if kind else ""
    if err["type"] == "missing":
        return f"`{field}` is required{of}"
    if err["type"] in ("extra_forbidden", "unexpected_keyword_argument"):  # a model's word and a value's
        return f"unknown field `{field}`{of}"
    if err["type"] == DAY_PROBLEM:
        msg = day_problem(err.get("input"))
    else:
        msg = str(err["ctx"]["error"]) if err["type"] == "value_error" and "error" in err.get("ctx", {}) else err["msg"]
    if err["type"] == "string_type" and isinstance(err.get("input"), bool):
        msg += " (YAML reads unquoted yes/no/on/off/true/false as booleans: put the value in quotes)"
    if err["type"].startswith("int") or err["type"] in ("greater_than_equal", "less_than_equal"):
        msg += f", got {err.get('input')!r}"
    return f"`{field}`: {msg}" if field else msg


def _mark_of(data: Any, loc: tuple[Any, ...], marks: Mapping[int, tuple[int, int]], default: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """The deepest mapping along `loc` whose place we know."""
    best = marks.get(id(data), default)
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            break
        best = marks.get(id(data), best)
    return best


def _validation_problems(name: str, err: ValidationError, raw: Any, marks: Mapping[int, tuple[int, int]], where: tuple[int | None, int | None], event: str | None, skip: int = 0) -> list[Problem]:
    kind = raw.get("type") if isinstance(raw, dict) and isinstance(raw.get("type"), str) else None
    out = []
    for e in err.errors(include_url=False):
        loc = tuple(e["loc"])
        path = loc[skip:] if kind and loc and loc[0] == kind else loc
        line, col = _mark_of(raw, path[:-1] if path else path, marks, where)
        out.append(Problem(name, _describe(e, kind), line, col, event))
    return out


# ---------------------------------------------------------------- building the scenario


class _Builder:
    """Collects problems and validated events, each finished as it comes, then builds the scenario.

    A long log is read in one pass: each event the schema made is checked
    and finished at once (id unique, source known, `reported` filled in or
    not before `date`, its place), so nothing waits for a second loop. Problems keep the order
    they always had: reading and validation first (`problems`), then these
    checks (`_checks`), then references, each group in file order.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.header: HeaderModel | None = None
        self.sources: dict[str, Source] | None = None  # with the header: no events are checked before it
        self._checks: list[Problem] = []
        self._built: list[Event] = []
        self._first_at: dict[str, Location] = {}
        self._pointing: list[Event] = []  # events that name another, checked once all are known

    def problem(self, message: str, line: int | None = None, col: int | None = None, event: str | None = None) -> None:
        self.problems.append(Problem(self.name, message, line, col, event))

    def take_header(self, header: HeaderModel) -> None:
        self.header = header
        self.sources = {key: _source(key, model) for key, model in header.sources.items()}

    def finish(self, event: Event, where: Location, sources: Mapping[str, Source]) -> Event | None:
        """A validated event finished (its place, its `reported` day) and checked against the sources (None, with a problem, if not)."""
        return self._finish(event, where, sources, self.problems)

    def _finish(self, event: Event, where: Location, sources: Mapping[str, Source], problems: list[Problem]) -> Event | None:
        source = sources.get(event.source)
        if source is None:
            known = ", ".join(sources) or "none defined"
            problems.append(Problem(self.name, f"unknown source {event.source!r}; expected a key of `sources` ({known})", where.line, where.col, event.id))
            return None
        reported = event.reported
        if reported is None:  # left to the source: the day it published, or the event's own if later
            _set_reported(event, source.reported(event.date))
        elif reported < event.date:
            problems.append(Problem(self.name, f"`reported` {reported} is before `date` {event.date}; an event cannot be known before it happens", where.line, where.col, event.id))
            return None
        _set_where(event, where)
        return event

    def add(self, event: Event, where: Location) -> None:
        """One validated event, in file order: finished now, its problems kept for after validation's."""
        sources = self.sources
        if sources is None:  # no valid header: its problems and validation's are all there is to say
            return
        first_at = self._first_at
        if event.id in first_at:
            self._checks.append(Problem(self.name, f"duplicate id {event.id!r} (first used at line {first_at[event.id].line})", where.line, where.col, event.id))
            return
        first_at[event.id] = where
        if self._finish(event, where, sources, self._checks) is not None:
            self._built.append(event)
            if event.type in REFERENCES:
                self._pointing.append(event)

    def build(self, *, header_place: tuple[int | None, int | None] = (1, 1)) -> Scenario:
        if self.header is None or self.sources is None:
            raise ScenarioError(self.problems or [Problem(self.name, "no header", *header_place)])
        problems = self.problems + self._checks
        for event in self._pointing:
            field = REFERENCES[event.type]
            target = getattr(event, field)
            if target not in self._first_at:
                where = event.where
                problems.append(Problem(self.name, f"`{field}` names {target!r}, which is not an event of this scenario", where.line, where.col, event.id))
        if problems:
            extra = len(problems) - MAX_PROBLEMS
            shown = problems[:MAX_PROBLEMS]
            if extra > 0:
                shown.append(Problem(self.name, f"... and {extra} more problems"))
            raise ScenarioError(shown)
        h = self.header
        return Scenario(
            name=h.scenario, title=h.title, parties=tuple(h.parties), mediators=tuple(h.mediators),
            sources=self.sources, events=in_date_order(self._built), path=self.name,
        )


def _source(key: str, model: SourceModel) -> Source:
    return Source(key=key, outlet=model.outlet, published=model.published, url=model.url, file=model.file, title=model.title, note=model.note)


def scenario_from_data(name: str, data: Any, marks: Mapping[int, tuple[int, int]] | None = None) -> Scenario:
    """Validate parsed YAML-like data (a mapping with a header and `events`) into a Scenario."""
    marks = marks or {}
    if not isinstance(data, dict):
        got = "an empty file" if data is None else f"a {type(data).__name__}"
        raise ScenarioError.one(name, f"expected a mapping with `scenario`, `sources` and `events`; got {got}", 1, 1)
    b = _Builder(name)
    header = {k: v for k, v in data.items() if k != "events"}
    try:
        b.take_header(HeaderModel.model_validate(header))
    except ValidationError as err:
        b.problems.extend(_validation_problems(name, err, data, marks, marks.get(id(data), (1, 1)), None))
    items = data.get("events")
    if not isinstance(items, list):
        got = "nothing" if items is None else f"a {type(items).__name__}"
        b.problem(f"`events` must be a list of events; got {got}", *marks.get(id(data), (1, 1)))
        items = []
    if len(items) > MAX_EVENTS:
        raise ScenarioError.one(name, f"{len(items):,} events, over the limit of {MAX_EVENTS:,}; split the scenario")
    default_place = marks.get(id(data), (None, None))
    for index, raw in enumerate(items):
        place = marks.get(id(raw), default_place)
        if not isinstance(raw, dict):
            b.problem(f"event #{index + 1} must be a mapping with `id`, `type`, `date`, `source`; got {type(raw).__name__}", *place)
            continue
        event_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        try:
            event = EVENT_ADAPTER.validator.validate_python(raw)  # the adapter's own validator: its wrapper costs ~2 µs a call
        except ValidationError as err:
            b.problems.extend(_validation_problems(name, err, raw, marks, place, event_id, skip=1))
            continue
        b.add(event, _make_location(name, place[0], place[1]))
    return b.build()


def load_yaml(name: str, text: str) -> Any:
    data, marks = parse_yaml(name, text)
    if isinstance(data, dict) and "whatif" in data:
        from negotiation.scenario.whatif import whatif_from_data

        return whatif_from_data(name, data, marks)
    return scenario_from_data(name, data, marks)


def _json_error(name: str, line: int, message: str, col: int = 1) -> Problem:
    return Problem(name, message, line, col)


def load_jsonl(name: str, text: str) -> Scenario:
    """A `.jsonl` scenario: the first line is the header, each further line one event."""
    b = _Builder(name)
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line and not line.isspace()), None)
    if first is None:
        raise ScenarioError.one(name, "empty file; expected a header line and one event per line", 1, 1)
    _read_header(b, name, lines[first], first + 1)
    # The loop below runs once per event of a log of millions: nothing in it that a line does not need.
    validate = EVENT_ADAPTER.validator.validate_json  # as above: every line still validated by pydantic
    add = b.add
    make_location = _make_location
    count = 0
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if not line or line.isspace():
            continue
        try:
            event = validate(line)
        except ValidationError as err:
            _event_line_problems(b, name, err, line, index + 1)
            continue
        add(event, make_location(name, index + 1, 1))
        count += 1
        if count > MAX_EVENTS:
            raise ScenarioError.one(name, f"over the limit of {MAX_EVENTS:,} events; split the scenario", index + 1, 1)
    return b.build()


def _read_header(b: _Builder, name: str, line: str, number: int) -> None:
    try:
        header = json.loads(line)
    except json.JSONDecodeError as err:
        raise ScenarioError.one(name, f"invalid JSON in the header line: {err.msg}", number, err.colno) from None
    if not isinstance(header, dict):
        raise ScenarioError.one(name, "the first line must be the header object (`scenario`, `sources`, ...)", number, 1)
    header.pop("events", None)
    try:
        b.take_header(HeaderModel.model_validate(header))
    except ValidationError as err:
        b.problems.extend(_validation_problems(name, err, header, {}, (number, 1), None))


def _event_line_problems(b: _Builder, name: str, err: ValidationError, line: str, number: int) -> None:
    """What is wrong with one event line: its JSON, its shape, or its fields."""
    for e in err.errors(include_url=False):
        if e["type"] == "json_invalid":
            detail = str(e.get("ctx", {}).get("error", e["msg"]))
            b.problem(f"invalid JSON: {detail}", number, _column_in(detail))
            return
    try:
        raw = json.loads(line)
    except ValueError:
        raw = None
    if not isinstance(raw, dict):
        b.problem("each line after the header must be one event object", number, 1)
        return
    event_id = raw.get("id") if isinstance(raw.get("id"), str) else None
    b.problems.extend(_validation_problems(name, err, raw, {}, (number, 1), event_id, skip=1))


def _column_in(detail: str) -> int:
    marker = " column "
    at = detail.rfind(marker)
    if at >= 0:
        digits = "".join(ch for ch in detail[at + len(marker):] if ch.isdigit())
        if digits:
            return int(digits)
    return 1


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read a scenario (or what-if) file, YAML or JSON Lines, into a validated Scenario.

    Raises ScenarioError, whose message lists every problem as `FILE:LINE:COL: ...`.
    """
    from negotiation.domain.query import gc_paused

    name = str(path)
    text = read_text(path)
    with gc_paused():  # a load allocates many long-lived objects and no cycles
        if name.endswith(".jsonl"):
            return load_jsonl(name, text)
        return load_yaml(name, text)
