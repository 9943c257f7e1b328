"""The phase diagram, drawn from the transition table itself so it cannot drift from the rules."""

from __future__ import annotations

from collections.abc import Mapping

from negotiation.domain.rules import PHASE_MOVES, TIME
from negotiation.domain.state import Phase


def edges(moves: Mapping[tuple[Phase, str], Phase] = PHASE_MOVES) -> dict[tuple[Phase, Phase], list[str]]:
    """Each (from, to) pair with the triggers that move along it, in table order."""
    out: dict[tuple[Phase, Phase], list[str]] = {}
    for (source, trigger), target in moves.items():
        out.setdefault((source, target), []).append("time runs out" if trigger == TIME else trigger)
    return out


def mermaid(moves: Mapping[tuple[Phase, str], Phase] = PHASE_MOVES) -> str:
    lines = ["stateDiagram-v2", f"    [*] --> {Phase.PRE_TALKS.value}"]
    for (source, target), triggers in edges(moves).items():
        lines.append(f"    {source.value} --> {target.value}: {', '.join(triggers)}")
    return "\n".join(lines) + "\n"
