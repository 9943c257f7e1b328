"""negotiation: hostage and prisoner negotiations as events, replayed into a state at any date.

The public API is small:

    >>> from negotiation import load_scenario, state_at
    >>> s = load_scenario("scenarios/demo-swap.yaml")
    >>> state_at(s, "2024-01-08").phase
    <Phase.TRUCE: 'truce'>

Names are imported lazily so that `import negotiation` (and the command line)
stays quick: the YAML and pydantic edge is loaded only when a file is read.
"""

from __future__ import annotations

from typing import Any

__all__ = ["load_scenario", "state_at", "replay", "Phase", "NegotiationState", "Scenario", "ScenarioError"]

_WHERE = {
    "load_scenario": "negotiation.scenario.loader",
    "ScenarioError": "negotiation.scenario.errors",
    "state_at": "negotiation.domain.query",
    "replay": "negotiation.domain.query",
    "Phase": "negotiation.domain.state",
    "NegotiationState": "negotiation.domain.state",
    "Scenario": "negotiation.domain.scenario",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'negotiation' has no attribute {name!r}")
