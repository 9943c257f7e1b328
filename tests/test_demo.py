"""The core's contract, pinned on the demo scenario of issue #4."""

from __future__ import annotations

import json
from datetime import date

import pytest

from negotiation import load_scenario, state_at
from negotiation.domain.state import Phase

DEMO = "scenarios/demo-swap.yaml"


@pytest.fixture(scope="module")
def demo(request):
    return load_scenario(request.config.rootpath / DEMO)


def test_deal_before_the_truce(demo):
    s = state_at(demo, "2024-01-06")
    assert s.phase is Phase.DEAL
    assert s.phase_since == date(2024, 1, 5)
    assert s.truce is None


def test_truce_on_the_8th_matches_the_json_contract(cli, root):
    result = cli("state", root / DEMO, "--at", "2024-01-08", "--json")
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    expected = {
        "scenario": "demo-swap", "at": "2024-01-08", "known_on": None, "phase": "truce", "phase_since": "2024-01-07",
        "truce": {"start": "2024-01-07", "end": "2024-01-10", "active": True, "extensions": []},
        "released": {"hostages": 13, "prisoners": 39},
        "held": [{"according_to": "Hamas", "count": 200, "as_of": "2024-01-02", "event": "c1"}],
        "offers": [{"event": "o1", "by": "Hamas", "to": "Israel", "gives": {"hostages": 50}, "wants": {"prisoners": 150, "truce_days": 5}, "status": "superseded"}],
        "preconditions": [{"event": "p1", "by": "Hamas", "demand": "fuel allowed into the territory", "status": "open"}],
        "mediators": ["Qatar"], "anomalies": [], "last_event": {"id": "r1", "type": "release", "date": "2024-01-07"},
    }
    for key, value in expected.items():
        if isinstance(value, dict) and value:
            assert {k: got[key][k] for k in value} == value, key
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            assert [{k: item[k] for k in value[0]} for item in got[key]] == value, key
        else:
            assert got[key] == value, key


def test_extension_moves_the_end(demo):
    s = state_at(demo, "2024-01-10")
    assert s.phase is Phase.TRUCE
    assert s.truce.end == date(2024, 1, 12)
    assert [x.id for x in s.truce.extensions] == ["x1"]


def test_breakdown_after_the_truce_ran_out(demo):
    assert state_at(demo, "2024-01-12").phase is Phase.TRUCE
    s = state_at(demo, "2024-01-13")
    assert s.phase is Phase.BREAKDOWN
    assert s.phase_since == date(2024, 1, 13)
    assert s.truce.active is False and s.truce.end == date(2024, 1, 12)


def test_truce_runs_out_with_nothing_said(root, tmp_path):
    text = (root / DEMO).read_text()
    text = "\n".join(line for line in text.splitlines() if "id: x1," not in line and "id: b1," not in line)
    path = tmp_path / "quiet.yaml"
    path.write_text(text)
    quiet = load_scenario(path)
    assert state_at(quiet, "2024-01-10").truce.active is True
    s = state_at(quiet, "2024-01-11")
    assert s.phase is Phase.TALKS
    assert s.phase_since == date(2024, 1, 11)
    assert s.phase_event is None
    assert s.truce.active is False and s.truce.end == date(2024, 1, 10)


def test_known_on_sees_only_what_was_reported(demo):
    s = state_at(demo, "2024-01-08", known_on="2024-01-03")
    assert s.phase is Phase.TALKS
    assert (s.released_hostages, s.released_prisoners) == (0, 0)
    assert s.truce is None


def test_replay_shows_each_event_and_the_phase_it_leads_to(cli, root):
    result = cli("replay", root / DEMO)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any("t1" in line and "truce_start" in line and line.endswith("truce") for line in lines)
    assert any("b1" in line and line.endswith("breakdown") for line in lines)


def test_check_passes_on_every_bundled_scenario(cli, root):
    files = sorted(str(p) for p in (root / "scenarios").glob("*.y*ml"))
    result = cli("check", *files)
    assert result.exit_code == 0, result.output
    assert result.stdout.count(": ok (") == len(files)
