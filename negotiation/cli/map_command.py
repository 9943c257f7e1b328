"""The `map` command: a news article in, candidate events out (table, JSON, or a scenario fragment)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from negotiation.cli.app import app, fail, parse_day, stdout_json

MAX_ARTICLE_BYTES = 2 * 1024 * 1024  # news articles are tens of kilobytes; see docs/limits.md


def _fragment(article: str, published: str, events: list[Any]) -> tuple[str, int, int]:
    """A scenario YAML that `negotiation check` accepts: core fields only, mapper details in `note`."""
    import yaml

    name = re.sub(r"[^a-z0-9]+", "-", Path(article).stem.lower()).strip("-") or "article"
    out_events = []
    seen: dict[str, int] = {}
    for e in events:
        seen[e.type] = seen.get(e.type, 0) + 1
        fields = {k: v for k, v in e.fields.items()}
        if e.type == "truce_extension" and "days" not in fields:
            continue  # the core needs a number of days; the note in the table keeps the mention
        if e.type == "offer" and not fields.get("by"):
            fields["by"] = "unnamed"
        if e.type in ("precondition", "recall") and not fields.get("by"):
            fields["by"] = "unnamed"
        if e.type == "claim" and not fields.get("according_to"):
            fields["according_to"] = "unnamed"
        if e.type == "denial":
            continue  # a denial must name the event it denies, which a single article rarely lets the rules know
        note = f"mapped by rule {e.rule}, confidence {e.confidence:.2f}"
        day = e.date
        precision = e.date_precision
        if day is None:
            day = published
            precision = "approximate"
            note += "; the text gives no date: publication day used"
        out_events.append({
            "id": f"{e.type.replace('_', '-')}-{seen[e.type]}", "type": e.type, "date": day,
            "date_precision": precision, **({"date_text": e.date_text} if e.date_text else {}),
            "source": "article", "quote": e.quote, "note": note, **fields,
        })
    doc = {
        "scenario": name, "title": f"Events mapped from {Path(article).name}",
        "sources": {"article": {"file": article, "published": published}},
        "events": out_events,
    }
    doc["events"], set_aside = _replayable(doc)
    text = "# Written by `negotiation map`: candidate events for a person to review.\n" + _dump(doc)
    if set_aside:
        text += ("\n# Mapped but set aside: alone, this article lacks what these events need (the rules' words\n"
                 "# follow each). Merge them into a scenario that has it, or correct and uncomment them.\n")
        for event, why in set_aside:
            text += f"#\n# {why}\n" + "".join(f"# {line}\n" for line in _dump({"events": [event]}).splitlines()[1:])
    return text, len(doc["events"]), len(set_aside)


def _dump(data: Any) -> str:
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def _replayable(doc: dict[str, Any]) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str]]]:
    """The events that replay cleanly together, and those the rules refuse (with why), so `check` accepts the file."""
    from negotiation.domain.query import history
    from negotiation.scenario.loader import scenario_from_data

    kept = list(doc["events"])
    set_aside: list[tuple[dict[str, Any], str]] = []
    while kept:
        anomalies = history(scenario_from_data("fragment", {**doc, "events": kept})).final().anomaly_list()
        if not anomalies:
            break
        first = anomalies[0]  # one at a time: setting one event aside can cure the anomalies after it
        set_aside += [(e, f"{first.rule}: {first.message}") for e in kept if e["id"] == first.event]
        kept = [e for e in kept if e["id"] != first.event]
    return kept, set_aside


@app.command("map")
def map_(
    article: Annotated[str, typer.Argument(help="A news article as a UTF-8 text file.", metavar="ARTICLE", show_default=False)],
    published: Annotated[str, typer.Option("--published", help="The article's publication day, YYYY-MM-DD: relative dates are resolved against it.", show_default=False)],
    json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    out: Annotated[Optional[str], typer.Option("-o", "--out", help="Write a scenario fragment (YAML) that `negotiation check` accepts.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")] = False,
    actors: Annotated[Optional[str], typer.Option("--actors", help="Your own actors file (YAML list of {name, role, aliases}); default: the bundled negotiation/mapper/actors.yaml.", show_default=False)] = None,
) -> None:
    """Turn a news article into candidate events, each with its sentence, date, confidence and rule.

    Dates such as "on Friday", "yesterday" or "late October" are resolved
    against --published; numbers written as words are read; actors come from
    the editable dictionary negotiation/mapper/actors.yaml.

    Examples:
      negotiation map seeds/000_f78f8f02b75fab51.txt --published 2023-10-21
      negotiation map article.txt --published 2023-11-25 -o article-events.yaml
      negotiation map article.txt --published 2024-01-04 --actors my-actors.yaml
    """
    day = parse_day(published)
    path = Path(article)
    if not path.exists():
        fail(f"{article}: no such file; expected a news article as text")
    if path.is_dir():
        fail(f"{article}: is a directory; expected a news article as text")
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            fail(f"{article}: over the limit of {MAX_ARTICLE_BYTES:,} bytes; an article is text, not a collection")
        data = path.read_bytes()
    except OSError as err:
        fail(f"{article}: cannot be read ({err.strerror or err}); expected a readable text file")
    if b"\x00" in data:
        fail(f"{article}: contains NUL bytes; expected a text file, not binary data")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        col = err.start - data.rfind(b"\n", 0, err.start)
        fail(f"{article}:{line}:{col}: byte 0x{data[err.start]:02x} is not UTF-8; save the article as UTF-8 text")
    from negotiation.mapper import map_article
    from negotiation.mapper.actors import ActorsError, load_actors

    try:
        known = load_actors(actors)
    except ActorsError as err:
        fail(str(err))
    events = map_article(text, day, known)
    if out is not None:
        from negotiation.output import OutputError, write_atomic

        try:
            text, kept, set_aside = _fragment(article, day.isoformat(), events)
            write_atomic(out, text, force=force, inputs=[article])
        except OutputError as err:
            fail(str(err))
        aside = f", {set_aside} set aside in comments: they need events this article does not report" if set_aside else ""
        typer.echo(f"wrote {out}: {kept} candidate events{aside}", err=True)
        return
    if json:
        stdout_json({"article": article, "published": day.isoformat(), "events": [e.as_dict() for e in events]})
        return
    if not events:
        typer.echo(f"{article}: no events found")
        return
    for e in events:
        fields = ", ".join(f"{k}={v}" for k, v in e.fields.items() if k not in ("demand", "reason"))
        when = f"{e.date} ({e.date_text})" if e.date else "no date"
        sys.stdout.write(f"{e.type:<16} {when:<28} {e.confidence:.2f}  {fields}\n    “{e.quote[:150]}{'…' if len(e.quote) > 150 else ''}”\n")
