"""Writing a validated scenario back out: YAML, JSON Lines, or a Parquet table.

The three forms carry the same events. YAML and JSON Lines read back into the
same scenario (the same state at every date); Parquet is one row per event with
typed columns, for DuckDB, Spark or pandas, and is written only, never read.

Every event goes out as a *record*: the fields of the scenario format, with
defaults left out (`reported` only when it differs from the source's
`published`/`date` default), in the order the reducer applies the events.
A what-if is written as the plain scenario it amounts to, its hypothetical
events marked `hypothetical: true`. What the domain does not keep (comments,
a header `note`) is not written.

YAML is emitted by hand, one flow mapping per event line, because PyYAML's
dumper costs ~5 s per 100 k events; any string that is not plainly safe is
double-quoted, and any with characters YAML cannot hold quoted that way goes
through PyYAML itself, so what is written always reads back as written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from enum import Enum
from typing import Any

import attrs

from negotiation.domain.events import PROVENANCE_FIELDS, DealTerms, DatePrecision, Event, ExtensionTerm
from negotiation.domain.scenario import Scenario, Source

FORMATS = {".jsonl": "jsonl", ".yaml": "yaml", ".yml": "yaml", ".parquet": "parquet"}
PARQUET_INSTALL = "Parquet export needs pyarrow, an optional extra: pip install 'negotiation[parquet]' (or pip install pyarrow)"


class ExportError(Exception):
    """A scenario cannot be exported as asked (an unknown format, a missing optional library)."""


# ---------------------------------------------------------------- records


def _plain(value: Any) -> Any:
    """Domain values as scenario-format values: tuples as lists, terms as mappings, enums as text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (DealTerms, ExtensionTerm)):
        return {k: _plain(v) for k, v in attrs.asdict(value, recurse=False).items() if v is not None}
    return value


def _empty(value: Any) -> bool:
    return value is None or value is False or (isinstance(value, (tuple, list, dict, Mapping)) and not value)


_SPECIFIC: dict[type, tuple[str, ...]] = {}
_COMMON = frozenset(("id", "date", *PROVENANCE_FIELDS))


def _specific_fields(cls: type[Event]) -> tuple[str, ...]:
    found = _SPECIFIC.get(cls)
    if found is None:
        found = _SPECIFIC[cls] = tuple(a.name for a in attrs.fields(cls) if a.name not in _COMMON)
    return found


def default_reported(day: date, source: Source | None) -> date:
    """What the loader assumes when an event gives no `reported` (`Source.reported`; the day itself without a source)."""
    return source.reported(day) if source is not None else day


def event_record(event: Event, source: Source | None = None) -> dict[str, Any]:
    """One event as a scenario-format mapping (dates as `date`), defaults left out."""
    record: dict[str, Any] = {"id": event.id, "type": event.type, "date": event.date}
    if event.date_precision is not DatePrecision.DAY:
        record["date_precision"] = event.date_precision.value
    if event.date_text is not None:
        record["date_text"] = event.date_text
    if event.reported != default_reported(event.date, source):
        record["reported"] = event.reported
    record["source"] = event.source
    for name in _specific_fields(type(event)):
        value = getattr(event, name)
        if not _empty(value):
            record[name] = _plain(value)
    if event.quote is not None:
        record["quote"] = event.quote
    if event.note is not None:
        record["note"] = event.note
    if event.hypothetical:
        record["hypothetical"] = True
    return record


def source_record(source: Source) -> dict[str, Any]:
    fields = ("outlet", "published", "url", "file", "title", "note")
    return {f: getattr(source, f) for f in fields if getattr(source, f) is not None}


def all_sources(scenario: Scenario) -> dict[str, Source]:
    """The sources a scenario's events may cite: its own and, for a what-if, those of its base."""
    chain = []
    while scenario is not None:
        chain.append(scenario)
        scenario = scenario.base
    merged: dict[str, Source] = {}
    for link in reversed(chain):
        merged.update(link.sources)
    return merged


def header_record(scenario: Scenario) -> dict[str, Any]:
    """Everything but the events: the first line of a JSON Lines file, the top of a YAML one."""
    header: dict[str, Any] = {"scenario": scenario.name}
    if scenario.title is not None:
        header["title"] = scenario.title
    if scenario.parties:
        header["parties"] = list(scenario.parties)
    if scenario.mediators:
        header["mediators"] = list(scenario.mediators)
    header["sources"] = {key: source_record(s) for key, s in all_sources(scenario).items()}
    return header


def records(scenario: Scenario) -> Iterable[dict[str, Any]]:
    sources = all_sources(scenario)
    for event in scenario.events:
        yield event_record(event, sources.get(event.source))


# ---------------------------------------------------------------- JSON Lines


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def json_line(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=_json_default, separators=(", ", ": "))


def dump_jsonl(header: Mapping[str, Any], events: Iterable[Mapping[str, Any]]) -> str:
    """The header on the first line, then one event per line."""
    lines = [json_line(header)]
    lines.extend(json_line(r) for r in events)
    return "\n".join(lines) + "\n"


def to_jsonl(scenario: Scenario) -> str:
    return dump_jsonl(header_record(scenario), records(scenario))


# ---------------------------------------------------------------- YAML

_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_ .'/()+&-]*")
# Characters a double-quoted JSON string would leave raw but YAML refuses or reads as line breaks.
_NOT_YAML_RAW = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def _resolves_to_text(value: str) -> bool:
    import yaml

    return yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"


_text_cache: dict[str, str] = {}


def yaml_text(value: str) -> str:
    """A string as a YAML flow scalar that reads back as exactly this string."""
    found = _text_cache.get(value)
    if found is not None:
        return found
    if _PLAIN.fullmatch(value) and not value.endswith(" ") and _resolves_to_text(value):
        out = value
    elif not _NOT_YAML_RAW.search(value):
        out = json.dumps(value, ensure_ascii=False)
    else:
        import yaml

        out = yaml.dump(value, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), default_style='"', allow_unicode=False, width=1 << 30)
        out = out.rstrip("\n").removesuffix("\n...")
    if len(value) < 64 and len(_text_cache) < 10_000:  # names, types, ids of sources: they repeat
        _text_cache[value] = out
    return out


def yaml_flow(value: Any) -> str:
    """A value as YAML flow style on one line."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return yaml_text(value)
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{yaml_text(str(k))}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def dump_yaml(header: Mapping[str, Any], events: Iterable[Mapping[str, Any]]) -> str:
    """A scenario in the house style: the header in block style, one flow mapping per event line."""
    lines = []
    for key, value in header.items():
        if key == "sources" and isinstance(value, Mapping):
            lines.append("sources:" if value else "sources: {}")
            lines.extend(f"  {yaml_text(k)}: {yaml_flow(v)}" for k, v in value.items())
        else:
            lines.append(f"{key}: {yaml_flow(value)}")
    body = [f"  - {yaml_flow(r)}" for r in events]
    lines.append("events:" if body else "events: []")
    lines.extend(body)
    return "\n".join(lines) + "\n"


def to_yaml(scenario: Scenario) -> str:
    return dump_yaml(header_record(scenario), records(scenario))


# ---------------------------------------------------------------- Parquet

# Columns of the Parquet table, one row per event, named as the scenario format
# names its fields except `by` -> `by_parties` (always a list) and `to` ->
# `to_party`, because BY and TO are SQL keywords. Lists stay lists; maps of
# terms are JSON text (their keys vary); `event` is the full JSON Lines record.
_STR, _INT, _BOOL, _DATE, _LIST = "string", "int64", "bool", "date32", "list<string>"
PARQUET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("scenario", _STR), ("seq", _INT), ("id", _STR), ("type", _STR), ("date", _DATE), ("reported", _DATE),
    ("source", _STR), ("date_precision", _STR), ("date_text", _STR), ("hypothetical", _BOOL),
    ("by_parties", _LIST), ("to_party", _STR), ("via", _LIST), ("gives", _STR), ("wants", _STR), ("demand", _STR),
    ("precondition", _STR), ("offer", _STR), ("denies", _STR),
    ("terms_hostages", _INT), ("terms_prisoners", _INT), ("terms_truce_days", _INT),
    ("terms_extension_per_hostages", _INT), ("terms_extension_days", _INT),
    ("days", _INT), ("hostages", _INT), ("prisoners", _INT), ("outside_deal", _BOOL),
    ("reason", _STR), ("blamed", _LIST), ("according_to", _STR), ("held", _INT), ("holder", _STR),
    ("including", _STR), ("summary", _STR), ("quote", _STR), ("note", _STR), ("event", _STR),
)


def _row(scenario: Scenario, sources: Mapping[str, Source], seq: int, event: Event) -> dict[str, Any]:
    row: dict[str, Any] = {
        "scenario": scenario.name, "seq": seq, "id": event.id, "type": event.type, "date": event.date,
        "reported": event.reported, "source": event.source, "date_precision": event.date_precision.value,
        "date_text": event.date_text, "hypothetical": event.hypothetical, "quote": event.quote, "note": event.note,
    }
    for name in _specific_fields(type(event)):
        value = getattr(event, name)
        if name == "terms":
            t: DealTerms = value
            row.update(terms_hostages=t.hostages, terms_prisoners=t.prisoners, terms_truce_days=t.truce_days)
            if t.extension is not None:
                row.update(terms_extension_per_hostages=t.extension.per_hostages, terms_extension_days=t.extension.days)
        elif name in ("by", "via", "blamed"):
            column = "by_parties" if name == "by" else name
            row[column] = list(value) if isinstance(value, tuple) else ([value] if value is not None else [])
        elif name == "to":
            row["to_party"] = value
        elif name in ("gives", "wants", "including"):
            row[name] = json.dumps(dict(value), ensure_ascii=False)
        else:
            row[name] = value
    row["event"] = json_line(event_record(event, sources.get(event.source)))
    return row


def to_parquet(scenario: Scenario) -> bytes:
    """The events as a Parquet table (bytes), the header as JSON in the file's metadata."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError(PARQUET_INSTALL) from None
    import io

    types = {_STR: pa.string(), _INT: pa.int64(), _BOOL: pa.bool_(), _DATE: pa.date32(), _LIST: pa.list_(pa.string())}
    columns: dict[str, list[Any]] = {name: [] for name, _ in PARQUET_COLUMNS}
    sources = all_sources(scenario)
    for seq, event in enumerate(scenario.events):
        row = _row(scenario, sources, seq, event)
        for name, values in columns.items():
            values.append(row.get(name))
    schema = pa.schema([(name, types[kind]) for name, kind in PARQUET_COLUMNS])
    header = json.dumps(header_record(scenario), ensure_ascii=False, default=_json_default)
    schema = schema.with_metadata({b"negotiation.header": header.encode("utf-8")})
    table = pa.table({name: pa.array(values, type=types[kind]) for (name, kind), values in zip(PARQUET_COLUMNS, columns.values())}, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def export_format(path: str) -> str:
    """The format an output path asks for, from its suffix."""
    lower = path.lower()
    for suffix, kind in FORMATS.items():
        if lower.endswith(suffix):
            return kind
    raise ExportError(f"{path}: unknown output format; expected a name ending in .jsonl, .yaml, .yml or .parquet")


def export(scenario: Scenario, kind: str) -> str | bytes:
    if kind == "jsonl":
        return to_jsonl(scenario)
    if kind == "yaml":
        return to_yaml(scenario)
    if kind == "parquet":
        return to_parquet(scenario)
    raise ExportError(f"unknown export format {kind!r}; expected jsonl, yaml or parquet")
