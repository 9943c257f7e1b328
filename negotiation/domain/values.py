"""Making frozen attrs values by the hundred thousand: constructors and `evolve`s compiled once per class.

A long log makes values per event (its place in the file; an offer on the
table, a standing claim, a revised truce), and the cost of making them is a
large part of a load and a replay (events themselves are made by
pydantic-core, `negotiation.scenario.schema`). attrs' own `__init__` for a
frozen slotted class looks up a setter and makes one Python-level call per
field; `attrs.evolve` looks the fields up on every call. The functions here
are what those do once the checks are taken out of the per-value path:

- `maker(cls)`: a function taking every field, in order, positionally, that
  fills a new instance's slots through their descriptors. Only for a slotted
  class without validators, converters or init hooks (checked here), so that
  skipping `__init__` skips nothing; the values are then equal, field for
  field, to what `cls(...)` makes (tested in `tests/test_values.py`).
- `slot_evolver(cls)` and `dict_evolver(cls)`: `attrs.evolve` for a slotted
  class (through its maker) and for a class whose fields live in its
  instances' `__dict__` (a copy of that dict with the changes).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import attrs


def _plain_fields(cls: type, *, what: str) -> tuple[attrs.Attribute, ...]:  # type: ignore[type-arg]
    fields = attrs.fields(cls)
    if any(a.validator is not None or a.converter is not None for a in fields):
        raise TypeError(f"{cls.__name__}: {what} has no validators or converters")
    if hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(f"{cls.__name__}: {what} has no __attrs_pre_init__")
    return fields


@cache  # one per class: compiling it costs about what a thousand calls save, so it is done once, when first asked
def maker(cls: type) -> Any:
    """A constructor of `cls` from all its fields, in the order of `attrs.fields`, positionally.

    `maker(Location)("f.yaml", 3, 1) == Location("f.yaml", 3, 1)`, in about
    half the time: the generated function makes the instance without
    `__init__` and sets each slot with its descriptor's `__set__`.
    """
    fields = _plain_fields(cls, what="a class made by `maker`")
    if "__slots__" not in cls.__dict__ or any(not a.init for a in fields) or hasattr(cls, "__attrs_post_init__"):
        raise TypeError(f"{cls.__name__}: a class made by `maker` is slotted and derives nothing")
    # parameters are the field names prefixed, so no field can shadow the generated locals
    params = [f"v_{a.name}" for a in fields]
    source = (
        f"def make({', '.join(params)}):\n"
        "    value = _new(_cls)\n"
        + "".join(f"    _set_{a.name}(value, v_{a.name})\n" for a in fields)
        + "    return value\n"
    )
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    scope.update({f"_set_{a.name}": getattr(cls, a.name).__set__ for a in fields})
    exec(source, scope)  # noqa: S102 - generated from the class's own field names
    make = scope["make"]
    make.__qualname__ = f"maker({cls.__name__})"
    return make


def slot_evolver(cls: type) -> Any:
    """`attrs.evolve` for a slotted class: `evolve(value, {"status": ...})`, through `maker(cls)`.

    Refuses a name that is not a field, as `attrs.evolve` does.
    """
    make = maker(cls)
    fields = attrs.fields(cls)
    source = (
        "def evolve(value, changes):\n"
        "    if not changes.keys() <= _NAMES:\n"
        "        raise TypeError(f'not fields of {_cls.__name__}: {sorted(changes.keys() - _NAMES)}')\n"
        "    get = changes.get\n"
        f"    return _make({', '.join(f'get({a.name!r}, value.{a.name})' for a in fields)})\n"
    )
    scope: dict[str, Any] = {"_make": make, "_cls": cls, "_NAMES": frozenset(a.name for a in fields)}
    exec(source, scope)  # noqa: S102 - generated from the class's own field names
    return scope["evolve"]


def dict_evolver(cls: type) -> Any:
    """`attrs.evolve` for a class whose fields live in its instances' `__dict__`.

    The new value's dict is the old one updated with the changes, set on an
    instance made without `__init__`, then its post-init (if any) derives what
    it derives: what `__init__` would build, at the cost of a dict copy.
    """
    fields = _plain_fields(cls, what="a dict-evolved class")
    derive = getattr(cls, "__attrs_post_init__", None)
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: a dict-evolved class keeps its fields in a __dict__")
    if any(not a.init for a in fields) and derive is None:
        raise TypeError(f"{cls.__name__}: a dict-evolved class derives its non-init fields in post-init")
    names = frozenset(a.name for a in fields if a.init)
    new = object.__new__
    set_dict = object.__setattr__  # the class is frozen: its own __setattr__ refuses

    def evolve(value: Any, changes: dict[str, Any]) -> Any:
        if not changes.keys() <= names:
            raise TypeError(f"not fields of {cls.__name__}: {sorted(changes.keys() - names)}")
        made = new(cls)
        set_dict(made, "__dict__", {**value.__dict__, **changes})
        if derive is not None:
            derive(made)  # the derived fields, from the new values
        return made

    return evolve
