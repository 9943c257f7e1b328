"""Actors from the editable dictionary `actors.yaml`: who is named in a sentence, and where."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import attrs
import yaml


@attrs.frozen
class Actor:
    name: str
    role: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=4)
def load_actors(path: str | None = None) -> tuple[Actor, ...]:
    file = Path(path) if path else Path(__file__).with_name("actors.yaml")
    entries = yaml.safe_load(file.read_text(encoding="utf-8")) or []
    out = []
    for entry in entries:
        aliases = sorted(entry["aliases"], key=len, reverse=True)
        alternatives = "|".join(re.escape(a) for a in aliases)
        # Short all-capital aliases (US, UN) must match case-sensitively, the rest in any case.
        out.append(Actor(entry["name"], entry.get("role", "party"), re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")))
    return tuple(out)


def mentions(sentence: str, actors: tuple[Actor, ...] | None = None) -> list[tuple[int, Actor]]:
    """Actors named in a sentence, by position of first mention."""
    found = []
    for actor in actors or load_actors():
        m = actor.pattern.search(sentence)
        if m:
            found.append((m.start(), actor))
    return sorted(found, key=lambda pair: pair[0])
