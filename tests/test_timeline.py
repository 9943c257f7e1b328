"""`timeline`, `diagram` and `plot`: what they contain, and that they agree with `state`."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings

from negotiation import load_scenario
from negotiation.domain.query import state_at
from negotiation.domain.rules import PHASE_MOVES, TIME
from negotiation.render.diagram import mermaid
from negotiation.render.timeline import COLUMNS, timeline_rows
from strategies import START, scenarios

ROOT = Path(__file__).resolve().parent.parent
ALL = sorted((ROOT / "scenarios").glob("*.yaml"))


@settings(max_examples=120, deadline=None)
@given(scenarios)
def test_every_timeline_row_agrees_with_state_at(scenario):
    start, end = START - timedelta(days=2), START + timedelta(days=50)
    for row in timeline_rows(scenario, start, end):
        s = state_at(scenario, row["date"])
        assert row["phase"] == s.phase.value
        assert row["released_hostages"] == s.released_hostages and row["released_prisoners"] == s.released_prisoners
        assert row["truce_active"] == (s.truce is not None and s.truce.active)
        assert row["truce_end"] == (s.truce.end.isoformat() if s.truce else None)
        assert row["phase_since"] == (s.phase_since.isoformat() if s.phase_since else None)


def test_gaza_timeline_csv_around_the_truce(cli):
    r = cli("timeline", ROOT / "scenarios/gaza-hostages-2023.yaml", "--from", "2023-11-23", "--to", "2023-12-02")
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert tuple(rows[0].keys()) == COLUMNS and len(rows) == 10
    by_day = {row["date"]: row for row in rows}
    assert by_day["2023-11-23"]["phase"] == "deal"
    assert by_day["2023-11-28"]["truce_active"] == "true" and by_day["2023-11-28"]["truce_end"] == "2023-11-29"
    assert by_day["2023-11-29"]["truce_end"] == "2023-11-30" and "ext-1day" in by_day["2023-11-29"]["events"].split(";")
    assert by_day["2023-12-01"]["phase"] == "breakdown" and by_day["2023-12-01"]["truce_active"] == "false"
    assert by_day["2023-12-02"]["released_hostages"] == "109"


def test_timeline_json_marks_hypothetical_events(cli):
    r = cli("timeline", ROOT / "scenarios/whatif-ten-more-hostages.yaml", "--from", "2023-11-30", "--to", "2023-11-30", "--format", "json")
    assert r.exit_code == 0
    [day] = json.loads(r.stdout)["days"]
    assert day["hypothetical_events"] == ["rel-1130-ten-more"] and "rel-1130-ten-more" in day["events"]


def test_timeline_refuses_a_backwards_range(cli):
    r = cli("timeline", ROOT / "scenarios/demo-swap.yaml", "--from", "2024-01-05", "--to", "2024-01-01")
    assert r.exit_code == 2


def test_the_diagram_has_every_edge_of_the_table_and_nothing_else():
    lines = mermaid().splitlines()
    assert lines[0] == "stateDiagram-v2"
    drawn = set()
    for line in lines[2:]:
        pair, triggers = line.strip().split(": ")
        source, target = pair.split(" --> ")
        drawn |= {(source, t, target) for t in triggers.split(", ")}
    expected = {(s.value, "time runs out" if t == TIME else t, to.value) for (s, t), to in PHASE_MOVES.items()}
    assert drawn == expected


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_plot_draws_every_bundled_scenario(cli, tmp_path, path):
    out = tmp_path / "p.svg"
    r = cli("plot", path, "-o", out)
    assert r.exit_code == 0, r.output
    svg = out.read_text()
    assert 'id="phase-' in svg  # the phase bands
    assert "released that day" in svg
    if path.name.startswith("whatif-"):
        assert "what-if:" in svg and "base:" in svg
        if "add:" in path.read_text() or "with:" in path.read_text():
            assert "✱" in svg  # hypothetical events are marked


def test_plot_labels_key_events_and_the_truce(cli, tmp_path):
    out = tmp_path / "g.svg"
    assert cli("plot", ROOT / "scenarios/gaza-hostages-2023.yaml", "-o", out).exit_code == 0
    svg = out.read_text()
    for text in ("truce-collapse", "ext-2days", "truce 24 Nov – 30 Nov", 'id="phase-truce', 'id="truce-window'):
        assert text in svg, text
    # the days first agreed and the days added by extensions are told apart
    assert "truce 24 Nov – 30 Nov: 4 days + 3 extended" in svg and 'id="truce-extension' in svg
    # talks are labelled when they resume after a breakdown, not only when they open
    assert "talks open (talks-open)" in svg and "talks resume (talks-resume)" in svg
    # hostages freed outside the deal are drawn apart from those freed under it; claims name holder and source
    assert "hostages, outside any deal" in svg and "held by Hamas, per Hamas" in svg and "(Hamas)" not in svg


def test_plot_panel_splits_each_days_hostages_as_the_record_does():
    from negotiation.render.plot import panel

    s = load_scenario(ROOT / "scenarios/gaza-hostages-2023.yaml")
    p = panel(s, date(2023, 10, 20), date(2023, 11, 30))
    per_day = {d: (h, o, pr) for d, h, o, pr in zip(p.days, p.hostages, p.hostages_outside_deal, p.prisoners, strict=True)}
    assert per_day[date(2023, 10, 20)] == (2, 2, 0)  # the Raanans, freed outside any deal
    assert per_day[date(2023, 11, 24)] == (24, 11, 39)  # 13 Israelis under the deal, 10 Thais and a Filipino outside it
    assert per_day[date(2023, 11, 27)] == (11, 0, 33)
    assert per_day[date(2023, 11, 29)] == (16, 6, 30)  # 4 Thais and 2 Russian-Israelis outside the deal
    assert p.truces == [(date(2023, 11, 24), date(2023, 11, 30), date(2023, 11, 27))]
    assert not any(p.hypothetical_hostages)


def test_plot_panel_marks_hypothetical_releases():
    from negotiation.render.plot import panels_for

    s = load_scenario(ROOT / "scenarios/whatif-ten-more-hostages.yaml")
    whatif, base = panels_for(s, date(2023, 11, 29), date(2023, 11, 30))
    assert whatif.hypothetical_hostages == [0, 10] and base.hypothetical_hostages == [0, 0]
    assert whatif.hostages[-1] - base.hostages[-1] == 10
    assert any(hyp and "release: 10 hostages" in text for _, text, hyp in whatif.labels)


def test_plot_html_and_output_rules(cli, tmp_path):
    src = ROOT / "scenarios/demo-swap.yaml"
    html = tmp_path / "d.html"
    assert cli("plot", src, "-o", html).exit_code == 0
    assert "plotly" in html.read_text()[:5000].lower()
    again = cli("plot", src, "-o", html)
    assert again.exit_code == 1 and "--force" in again.stderr
    assert cli("plot", src, "-o", tmp_path / "d.pdf").exit_code == 2


def test_plot_without_the_extra_says_how_to_install_it(cli, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    r = cli("plot", ROOT / "scenarios/demo-swap.yaml", "-o", tmp_path / "d.svg")
    assert r.exit_code == 1
    assert "pip install 'negotiation[plot]'" in r.stderr
    assert not (tmp_path / "d.svg").exists()


def test_plot_svg_is_the_same_bytes_each_time(cli, tmp_path):
    """The README's picture is regenerated by a command; an unchanged scenario must not change the file."""
    src = ROOT / "scenarios/gaza-hostages-2023.yaml"
    a, b = tmp_path / "a.svg", tmp_path / "b.svg"
    assert cli("plot", src, "-o", a).exit_code == 0 and cli("plot", src, "-o", b).exit_code == 0
    assert a.read_bytes() == b.read_bytes() and b"<dc:date>" not in a.read_bytes()
