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


class ActorsError(ValueError):
    """An actors file that cannot be used, with the place and what was expected."""


ROLES = ("party", "mediator", "organisation")


@lru_cache(maxsize=4)
def load_actors(path: str | None = None) -> tuple[Actor, ...]:
    """The actors of `path` (default: the bundled actors.yaml): `- {name, role, aliases: [...]}` entries."""
    file = Path(path) if path else Path(__file__).with_name("actors.yaml")
    try:
        entries = yaml.safe_load(file.read_text(encoding="utf-8")) or []
    except OSError as err:
        raise ActorsError(f"{file}: cannot be read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise ActorsError(f"{file}: is not UTF-8 text") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise ActorsError(f"{file}{where}: invalid YAML: {getattr(err, 'problem', None) or err}") from None
    if not isinstance(entries, list):
        raise ActorsError(f"{file}: expected a list of actors, each {{name, role, aliases: [...]}}")
    out = []
    for number, entry in enumerate(entries, 1):
        ok = (isinstance(entry, dict) and isinstance(entry.get("name"), str) and entry.get("role", "party") in ROLES
              and isinstance(entry.get("aliases"), list) and entry["aliases"] and all(isinstance(a, str) and a for a in entry["aliases"]))
        if not ok:
            raise ActorsError(f"{file}: actor #{number} must be {{name: text, role: {' | '.join(ROLES)}, aliases: [text, ...]}}; got {entry!r:.120}")
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
