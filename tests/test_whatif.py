"""What-if files (issue #7): the extension term on its own, the Gaza what-ifs, the command, and bad what-ifs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from negotiation import load_scenario, state_at
from negotiation.domain.compare import diff, first_divergence, same_negotiation
from negotiation.domain.state import Phase
from negotiation.scenario.errors import ScenarioError

ROOT = Path(__file__).resolve().parent.parent
SCEN = ROOT / "scenarios"
DEMO = SCEN / "demo-swap.yaml"
GAZA = SCEN / "gaza-hostages-2023.yaml"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- the extension term, on the demo


def test_fifty_more_hostages_earn_one_day_and_not_one_more():
    """Issue #7's example: without x1 and b1, 50 more hostages on 2024-01-10 keep the truce to 2024-01-11."""
    w = load_scenario(SCEN / "whatif-demo-more-releases.yaml")
    assert [e.id for e in w.events if e.id in ("x1", "b1")] == []
    last = state_at(w, "2024-01-11")
    assert last.phase is Phase.TRUCE and last.truce.active
    assert last.truce.end == date(2024, 1, 11)
    assert (last.truce.hostages_under_deal, last.truce.earned_days, last.truce.recorded_days) == (63, 1, 0)
    after = state_at(w, "2024-01-12")
    assert after.phase is Phase.TALKS and after.phase_since == date(2024, 1, 12)
    assert not after.truce.active and after.truce.end == date(2024, 1, 11)


def test_without_the_release_the_truce_ends_on_its_fourth_day(tmp_path):
    w = load_scenario(write(tmp_path, "w.yaml", f"whatif: w\nbase: {DEMO}\nchanges:\n  - remove: x1\n  - remove: b1\n"))
    assert state_at(w, "2024-01-10").truce.end == date(2024, 1, 10)
    assert state_at(w, "2024-01-11").phase is Phase.TALKS


def test_a_release_outside_the_deal_earns_nothing(tmp_path):
    w = load_scenario(write(tmp_path, "w.yaml", (
        f"whatif: w\nbase: {DEMO}\nchanges:\n  - remove: x1\n  - remove: b1\n"
        "  - add: {id: r2, type: release, date: 2024-01-10, hostages: 50, outside_deal: true, source: art1}\n"
    )))
    assert state_at(w, "2024-01-10").truce.end == date(2024, 1, 10)


def test_recorded_extensions_and_earned_days_take_the_longer(tmp_path):
    """The demo records 2 days (x1); 50 more hostages earn 1: the truce still ends on 2024-01-12."""
    w = load_scenario(write(tmp_path, "w.yaml", (
        f"whatif: w\nbase: {DEMO}\nchanges:\n  - remove: b1\n"
        "  - add: {id: r2, type: release, date: 2024-01-10, hostages: 50, source: art1}\n"
    )))
    t = state_at(w, "2024-01-12").truce
    assert (t.recorded_days, t.earned_days, t.end) == (2, 1, date(2024, 1, 12))


# ---------------------------------------------------------------- the Gaza what-ifs


@pytest.fixture(scope="module")
def gaza():
    return load_scenario(GAZA)


def test_the_record_still_ends_its_truce_on_30_november(gaza):
    t = state_at(gaza, "2023-11-30").truce
    assert (t.end, t.recorded_days, t.earned_days, t.hostages_under_deal) == (date(2023, 11, 30), 3, 2, 78)


def test_fuel_in_october_keeps_the_talks_going(gaza):
    w = load_scenario(SCEN / "whatif-fuel-in-october.yaml")
    assert first_divergence(gaza, w) == date(2023, 10, 27)
    base, alt = state_at(gaza, "2023-10-27"), state_at(w, "2023-10-27")
    assert (base.phase, alt.phase) == (Phase.BREAKDOWN, Phase.TALKS)
    assert alt.phase_since == date(2023, 10, 7)
    assert alt.preconditions["pre-fuel"].status == "met" and alt.preconditions["pre-fuel"].settled_by.id == "fuel-let-in"
    # the talks never broke down, so their resumption on 9 November changes nothing
    nov = state_at(w, "2023-11-15")
    assert nov.phase is Phase.TALKS and nov.phase_since == date(2023, 10, 7)
    # the deal and truce follow as on the record: the same days, the same end
    for day in ("2023-11-22", "2023-11-28", "2023-12-02"):
        b, a = state_at(gaza, day), state_at(w, day)
        assert (a.phase, a.phase_since) == (b.phase, b.phase_since)
    assert {d.field for d in diff(state_at(gaza, "2023-12-02"), state_at(w, "2023-12-02"))} == {"preconditions.pre-fuel"}
    assert state_at(w, "2023-12-02").anomalies == state_at(gaza, "2023-12-02").anomalies


def test_ten_more_hostages_on_the_last_day_earn_no_longer_truce(gaza):
    """88 hostages under the deal earn 3 days, the 3 the record's extensions already gave: the end stays 30 November."""
    w = load_scenario(SCEN / "whatif-ten-more-hostages.yaml")
    assert first_divergence(gaza, w) == date(2023, 11, 30)
    b, a = state_at(gaza, "2023-11-30"), state_at(w, "2023-11-30")
    assert (a.truce.hostages_under_deal, a.truce.earned_days) == (88, 3)
    assert (b.truce.hostages_under_deal, b.truce.earned_days) == (78, 2)
    assert a.truce.end == b.truce.end == date(2023, 11, 30)
    assert a.released_hostages == b.released_hostages + 10
    assert {d.field for d in diff(b, a)} == {"truce.earned_days", "truce.hostages_under_deal", "released.hostages", "releases"}
    dec = state_at(w, "2023-12-01")
    assert dec.phase is Phase.BREAKDOWN and dec.truce.end == date(2023, 11, 30)


def test_ten_more_with_the_russian_israelis_counted_as_israel_counted_them(tmp_path):
    """Sources disagree on whether the two Russian-Israeli women of 29 November were under the deal; counted so, 90 earn a 4th day."""
    israel_count = (
        f"whatif: russians-counted\nbase: {SCEN / 'whatif-ten-more-hostages.yaml'}\nchanges:\n"
        "  - replace: rel-1129-russians\n    with: {type: release, date: 2023-11-29, by: Hamas, hostages: 2, source: ap-1130}\n"
    )
    w = load_scenario(write(tmp_path, "w.yaml", israel_count))
    t = state_at(w, "2023-11-30").truce
    assert (t.hostages_under_deal, t.earned_days, t.end) == (90, 4, date(2023, 12, 1))
    dec = state_at(w, "2023-12-01")
    assert dec.phase is Phase.BREAKDOWN and (dec.truce.end, dec.truce.ended_by) == (date(2023, 11, 30), "truce-collapse")
    assert state_at(w.base, "2023-11-30").truce.earned_days == 3


def test_no_collapse_leaves_talks_until_the_recall(gaza):
    w = load_scenario(SCEN / "whatif-no-collapse.yaml")
    assert first_divergence(gaza, w) == date(2023, 12, 1)
    dec1 = state_at(w, "2023-12-01")
    assert dec1.phase is Phase.TALKS and dec1.phase_since == date(2023, 12, 1) and dec1.phase_event is None
    assert dec1.truce.end == date(2023, 11, 30) and not dec1.truce.active  # nothing extended it: it ran out
    dec2 = state_at(w, "2023-12-02")
    assert dec2.phase is Phase.BREAKDOWN and dec2.phase_since == date(2023, 12, 2) and dec2.phase_event.id == "recall"
    assert state_at(gaza, "2023-12-02").phase_since == date(2023, 12, 1)


def test_every_bundled_whatif_is_marked_and_clean():
    for path in sorted(SCEN.glob("whatif-*.yaml")):
        w = load_scenario(path)
        assert w.kind == "whatif" and w.base is not None and w.title and w.title.endswith("?"), path
        final = state_at(w, "2030-01-01")
        assert final.anomaly_list() == [], path
        hypothetical = {e.id for e in w.events if e.provenance.hypothetical}
        base_ids = {e.id: e for e in w.base.events}
        for e in w.events:
            if e.id not in hypothetical:
                assert base_ids.get(e.id) is e, (path, e.id)  # unchanged events are the base's own
        for known_on in sorted({e.provenance.reported for e in w.events}):  # and as known on any day of the record
            assert state_at(w, "2030-01-01", known_on).anomaly_list() == [], (path, known_on)


# ---------------------------------------------------------------- the command


def test_whatif_json(cli):
    r = cli("whatif", SCEN / "whatif-ten-more-hostages.yaml", "--json")
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert got["first_divergence"] == "2023-11-30" and got["at"] == "2023-11-30"
    state = cli("state", GAZA, "--at", "2023-11-30", "--json")
    assert got["base_state"] == json.loads(state.stdout)
    alt = cli("state", SCEN / "whatif-ten-more-hostages.yaml", "--at", "2023-11-30", "--json")
    assert got["whatif_state"] == json.loads(alt.stdout)
    assert {"field": "released.hostages", "base": 109, "whatif": 119} in got["diff"]
    assert got["timelines"]["base"] == got["timelines"]["whatif"]
    assert got["whatif_state"]["releases"][-1]["event"] == "rel-1130-ten-more"


def test_whatif_text_at_a_day_with_no_difference(cli):
    r = cli("whatif", SCEN / "whatif-no-collapse.yaml", "--at", "2023-11-01")
    assert r.exit_code == 0, r.output
    assert "first divergence: 2023-12-01" in r.stdout
    assert "on 2023-11-01: the two states are the same" in r.stdout


def test_empty_whatif_never_diverges(cli, tmp_path):
    path = write(tmp_path, "w.yaml", f"whatif: same\nbase: {DEMO}\nchanges: []\n")
    got = json.loads(cli("whatif", path, "--json").stdout)
    assert got["first_divergence"] is None and got["diff"] == []


def test_whatif_on_a_plain_scenario_is_refused(cli):
    r = cli("whatif", DEMO)
    assert r.exit_code == 1 and "is a scenario, not a what-if" in r.stderr


def test_other_commands_take_whatif_files(cli):
    path = SCEN / "whatif-demo-more-releases.yaml"
    assert cli("check", path).exit_code == 0
    r = cli("replay", path)
    assert r.exit_code == 0 and "*r2" in r.stdout and "hypothetical event (what-if)" in r.stdout
    s = json.loads(cli("state", path, "--at", "2024-01-10", "--json").stdout)
    assert s["last_event"] == {"id": "r2", "type": "release", "date": "2024-01-10", "hypothetical": True}


def test_a_whatif_may_build_on_a_whatif(tmp_path):
    path = write(tmp_path, "w.yaml", f"whatif: w2\nbase: {SCEN / 'whatif-demo-more-releases.yaml'}\nchanges:\n  - remove: r2\n")
    w = load_scenario(path)
    plain = load_scenario(write(tmp_path, "p.yaml", f"whatif: p\nbase: {DEMO}\nchanges:\n  - remove: x1\n  - remove: b1\n"))
    assert w.base.base is not None
    for day in range(1, 16):
        assert same_negotiation(state_at(w, date(2024, 1, day)), state_at(plain, date(2024, 1, day)))


def test_the_base_is_found_relative_to_the_whatif(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "base.yaml", DEMO.read_text(encoding="utf-8"))
    w = load_scenario(write(tmp_path / "sub", "w.yaml", "whatif: w\nbase: ../base.yaml\nchanges: []\n"))
    assert w.base.path == str(tmp_path / "sub" / "../base.yaml")


# ---------------------------------------------------------------- bad what-ifs: file:line:col, exit 1


def problems(path: Path) -> list[str]:
    with pytest.raises(ScenarioError) as err:
        load_scenario(path)
    return [str(p) for p in err.value.problems]


def test_unknown_event_id_points_at_the_change(tmp_path):
    path = write(tmp_path, "w.yaml", f"whatif: w\nbase: {DEMO}\nchanges:\n  - remove: x1\n  - remove: nope\n")
    assert problems(path) == [f"{path}:5:5: `remove` names 'nope', which is not an event of the base {DEMO}"]


def test_unknown_keys_and_shapes(tmp_path):
    path = write(tmp_path, "w.yaml", f"whatif: w\nbase: {DEMO}\nchanges:\n  - remov: x1\n  - replace: x1\n  - remove: b1\n    because: why\n")
    got = problems(path)
    assert got[0].startswith(f"{path}:4:5: change #1 must be a mapping with one of `remove: ID`")
    assert got[1] == f"{path}:5:5: `with` is required"
    assert got[2] == f"{path}:6:5: unknown field `because`"
    top = write(tmp_path, "t.yaml", f"whatif: w\nbase: {DEMO}\nevents: []\n")
    assert problems(top) == [f"{top}:1:1: unknown field `events`"]


def test_missing_base_points_at_the_base_line(tmp_path, cli):
    path = write(tmp_path, "w.yaml", "# a what-if\nwhatif: w\nbase: nowhere.yaml\nchanges: []\n")
    r = cli("check", path)
    assert r.exit_code == 1
    assert r.stderr.strip() == f"{path}:3:1: `base`: no scenario file {str(tmp_path / 'nowhere.yaml')!r}; expected a path relative to this file"


def test_cycles_are_refused(tmp_path):
    a = write(tmp_path, "a.yaml", "whatif: a\nbase: b.yaml\n")
    write(tmp_path, "b.yaml", "whatif: b\nbase: a.yaml\n")
    (msg,) = problems(a)
    assert "in a cycle (a.yaml -> b.yaml -> a.yaml)" in msg
    me = write(tmp_path, "me.yaml", "whatif: me\nbase: me.yaml\n")
    assert "cycle" in problems(me)[0]


def test_added_events_are_validated_as_scenario_events(tmp_path):
    path = write(tmp_path, "w.yaml", (
        f"whatif: w\nbase: {DEMO}\nchanges:\n"
        "  - add: {id: r2, type: release, date: 2024-01-10, hostages: -5, source: art1}\n"
        "  - add: {id: r3, type: release, date: 2024-01-10, hostages: 5, source: nowhere}\n"
        "  - add: {id: r1, type: release, date: 2024-01-10, hostages: 5, source: art1}\n"
        "  - add: {id: m, type: precondition_met, date: 2024-01-10, precondition: ghost, source: art1}\n"
        "  - replace: x1\n    with: {type: truce_extension, date: 2024-01-10, source: art1}\n"
    ))
    got = problems(path)
    assert got == [
        f"{path}:4:10: event r2: `hostages`: Input should be greater than or equal to 0, got -5",
        f"{path}:5:10: event r3: unknown source 'nowhere'; expected a key of `sources` (art0, art1)",
        f"{path}:6:10: event r1: duplicate id 'r1': the scenario already has an event with it",
        f"{path}:7:10: event m: `precondition` names 'ghost', which is not an event of this what-if",
        f"{path}:9:11: event x1: `days` is required of a truce_extension event",
    ]


def test_removing_an_event_others_point_at_is_refused(tmp_path):
    path = write(tmp_path, "w.yaml", f"whatif: w\nbase: {GAZA}\nchanges:\n  - remove: pre-fuel\n")
    (msg,) = problems(path)
    assert msg.startswith(f"{path}:4:5: removing 'pre-fuel' leaves event 'pre-fuel-met' of the base")


def test_replacing_keeps_the_base_id_and_place(tmp_path):
    path = write(tmp_path, "w.yaml", f"whatif: w\nbase: {DEMO}\nchanges:\n  - replace: x1\n    with: {{type: truce_extension, date: 2024-01-10, days: 5, source: art1}}\n")
    w = load_scenario(path)
    x = w.event("x1")
    assert x.days == 5 and x.provenance.hypothetical and x.provenance.where.line == 5
    assert [e.id for e in w.events] == [e.id for e in w.base.events]
    assert state_at(w, "2024-01-12").truce.end == date(2024, 1, 15)


def test_twelve_more_earn_a_day_that_only_a_truce_without_collapse_keeps(tmp_path):
    """90 under the deal earn 4 days (to 1 December); the collapse of 1 December still cuts the truce to 30 November."""
    more = "changes:\n  - add: {id: twelve, type: release, date: 2023-11-30, by: Hamas, hostages: 12, source: seed-1202}\n"
    with_collapse = load_scenario(write(tmp_path, "a.yaml", f"whatif: a\nbase: {GAZA}\n{more}"))
    t = state_at(with_collapse, "2023-12-01").truce
    assert (t.earned_days, t.end, t.ended_by) == (4, date(2023, 11, 30), "truce-collapse")
    without = load_scenario(write(tmp_path, "b.yaml", f"whatif: b\nbase: {SCEN / 'whatif-no-collapse.yaml'}\n{more}"))
    dec1 = state_at(without, "2023-12-01")
    assert dec1.phase is Phase.TRUCE and dec1.truce.end == date(2023, 12, 1)
    dec2 = state_at(without, "2023-12-02")
    assert dec2.phase is Phase.BREAKDOWN and dec2.phase_event.id == "recall" and dec2.truce.end == date(2023, 12, 1)
    assert first_divergence(without.base, without) == date(2023, 11, 30)


def test_whatif_text_names_what_differs(cli):
    r = cli("whatif", SCEN / "whatif-demo-more-releases.yaml")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert "hypothetical events: r2" in lines and "first divergence: 2024-01-10" in lines
    at = lines.index("on 2024-01-10, what differs:")
    assert lines[at + 1].split() == ["truce.end", "base:", "2024-01-12"]
    assert lines[at + 2].split() == ["what-if:", "2024-01-11"]
    assert "2024-01-13   breakdown (b1) *                       talks (truce ran out)" in lines


def test_whatif_bad_day_is_a_usage_error(cli):
    r = cli("whatif", SCEN / "whatif-no-collapse.yaml", "--at", "1 December")
    assert r.exit_code == 2


def test_state_text_marks_what_rests_on_hypothetical_events(cli, root):
    r = cli("state", root / "scenarios/whatif-ten-more-hostages.yaml", "--at", "2023-11-30")
    assert r.exit_code == 0
    [released] = [line for line in r.stdout.splitlines() if line.startswith("Released")]
    assert released.endswith("[includes hypothetical releases]")
    base = cli("state", root / "scenarios/gaza-hostages-2023.yaml", "--at", "2023-11-30")
    assert "hypothetical" not in base.stdout
