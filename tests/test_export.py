"""`negotiation export`: YAML and JSON Lines both ways give the same scenario; outputs are written safely."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiation.domain.events import REFERENCES
from negotiation.domain.query import state_at
from negotiation.render.state_json import state_view
from negotiation.scenario.export import ExportError, to_jsonl, to_parquet, to_yaml, yaml_flow, yaml_text
from negotiation.scenario.loader import load_jsonl, load_scenario, load_yaml
from strategies import START, WINDOW, events_lists, scenario_of

DEMO = "scenarios/demo-swap.yaml"


def view(scenario, day, known_on=None):
    """The `state --json` view, without the file places of anomalies (a line in YAML is another in JSON Lines)."""
    data = state_view(scenario.name, state_at(scenario, day, known_on), day, known_on)
    for anomaly in data["anomalies"]:
        anomaly.pop("file"), anomaly.pop("line"), anomaly.pop("col")
    return data


def loadable(events) -> bool:
    """The shared strategy may reference an event before any exists ('nothing'); a file cannot."""
    return all(getattr(e, REFERENCES[e.type]) != "nothing" for e in events if e.type in REFERENCES)


texts = st.text(max_size=40).map(str.strip)


@settings(max_examples=60, deadline=None)
@given(events_lists(max_size=30).filter(loadable), texts, st.integers(-2, 6))
def test_yaml_and_json_lines_give_the_same_state_at_every_date(events, quote, lag):
    import attrs

    # any text in the quotes and the title, so both writers' quoting goes through the real loader
    events = [attrs.evolve(e, quote=quote) for e in events]
    scenario = attrs.evolve(scenario_of(events), title=quote or None)
    as_yaml = load_yaml("gen.yaml", to_yaml(scenario))
    as_jsonl = load_jsonl("gen.jsonl", to_jsonl(scenario))
    for n in range(-1, WINDOW + 8):
        day = START + timedelta(days=n)
        expected = view(scenario, day)
        assert view(as_yaml, day) == expected
        assert view(as_jsonl, day) == expected
    known_on = START + timedelta(days=WINDOW // 2 + lag)
    end = START + timedelta(days=WINDOW + 1)
    assert view(as_yaml, end, known_on) == view(as_jsonl, end, known_on) == view(scenario, end, known_on)
    assert as_yaml.title == as_jsonl.title == scenario.title
    assert {e.provenance.quote for e in as_yaml.events} | {e.provenance.quote for e in as_jsonl.events} <= {quote}


@settings(max_examples=40, deadline=None)
@given(events_lists(max_size=20).filter(loadable))
def test_export_is_a_fixed_point_after_one_round(events):
    """YAML -> JSON Lines -> YAML writes the very same text: nothing is lost or invented on the way."""
    first = to_yaml(scenario_of(events))
    again = to_yaml(load_jsonl("x.jsonl", to_jsonl(load_yaml("x.yaml", first))))
    assert again == first


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_text_written_as_yaml_reads_back_as_the_same_text(text):
    assert yaml.safe_load("{v: " + yaml_text(text) + "}") == {"v": text}


@given(st.dictionaries(st.text(min_size=1, max_size=8), st.integers(0, 10**8) | st.text(max_size=12) | st.booleans(), max_size=4))
def test_flow_mappings_read_back_as_written(mapping):
    assert yaml.safe_load(yaml_flow(mapping)) == mapping


def test_quotes_with_yaml_hazards_survive_the_round_trip():
    hazards = ["yes", "no", "null", "~", "1e3", "2024-01-01", "a: b", "a #b", "- x", "[x]", "{x}", "'q'", '"q"', "#x", "x,y", "1:20", "@x", "`x`", "|x", ">x", "%x", "&x", "*x", "!x", "x\u2028y", "\u0085", "é ü ח ع"]
    for text in hazards:
        assert yaml.safe_load("{v: " + yaml_text(text) + "}") == {"v": text}, text


def test_the_demo_round_trips_through_both_forms_with_the_same_state(cli, tmp_path: Path, root: Path):
    src = root / DEMO
    jsonl, back = tmp_path / "demo.jsonl", tmp_path / "demo.yaml"
    assert cli("export", src, "-o", jsonl).exit_code == 0
    assert cli("export", jsonl, "-o", back).exit_code == 0
    header, *events = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert header["scenario"] == "demo-swap" and "events" not in header
    assert [e["id"] for e in events] == ["open", "o1", "p1", "c1", "deal", "t1", "r1", "x1", "b1"]
    for day in ("2024-01-03", "2024-01-08", "2024-01-12", "2024-01-20"):
        outputs = {cli("state", f, "--at", day, "--known-on", "2024-01-10", "--json").stdout.replace(str(f), "F") for f in (src, jsonl, back)}
        assert len(outputs) == 1, day


def test_export_never_writes_over_its_input(cli, tmp_path: Path, root: Path):
    copy = tmp_path / "demo.yaml"
    copy.write_text((root / DEMO).read_text())
    before = copy.read_text()
    result = cli("export", copy, "-o", copy, "--force")
    assert result.exit_code == 1
    assert "refusing to write over an input file" in result.stderr
    assert copy.read_text() == before


def test_export_refuses_to_replace_a_file_without_force(cli, tmp_path: Path, root: Path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n")
    result = cli("export", root / DEMO, "-o", out)
    assert result.exit_code == 1 and "pass --force" in result.stderr
    assert out.read_text() == "keep me\n"
    assert cli("export", root / DEMO, "-o", out, "--force").exit_code == 0
    assert load_scenario(out).name == "demo-swap"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_an_unknown_output_format_is_a_usage_error(cli, tmp_path: Path, root: Path):
    result = cli("export", root / DEMO, "-o", tmp_path / "out.csv")
    assert result.exit_code == 2
    message = " ".join(re.sub("[│╭╮╰╯─]", " ", result.stderr).split())  # typer may box and wrap it
    assert "unknown output format; expected a name ending in .jsonl, .yaml, .yml or .parquet" in message
    assert not (tmp_path / "out.csv").exists()


def test_a_bad_input_is_reported_at_its_line_and_nothing_is_written(cli, tmp_path: Path, root: Path):
    good = tmp_path / "demo.jsonl"
    assert cli("export", root / DEMO, "-o", good).exit_code == 0
    lines = good.read_text().splitlines()
    lines[3] = lines[3].replace('"precondition"', '"preconditon"')
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n")
    result = cli("export", bad, "-o", tmp_path / "out.yaml")
    assert result.exit_code == 1
    assert f"{bad}:4:1: event p1: unknown event type 'preconditon'" in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_parquet_without_pyarrow_says_how_to_install_it(monkeypatch, cli, tmp_path: Path, root: Path):
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)  # as if not installed
    with pytest.raises(ExportError, match=r"pip install 'negotiation\[parquet\]'"):
        to_parquet(load_scenario(root / DEMO))
    result = cli("export", root / DEMO, "-o", tmp_path / "out.parquet")
    assert result.exit_code == 1
    assert "negotiation[parquet]" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "out.parquet").exists()


def bundled_scenarios() -> list[Path]:
    folder = Path(__file__).resolve().parent.parent / "scenarios"
    return sorted(p for p in folder.glob("*.yaml") if "\nwhatif:" not in "\n" + p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", bundled_scenarios(), ids=lambda p: p.name)
def test_every_bundled_scenario_reads_the_same_in_both_forms(path: Path):
    scenario = load_scenario(path)
    as_jsonl = load_jsonl("x.jsonl", to_jsonl(scenario))
    as_yaml = load_yaml("x.yaml", to_yaml(as_jsonl))
    days = sorted({e.date for e in scenario.events} | {e.date + timedelta(days=1) for e in scenario.events})
    middle = days[len(days) // 2]
    for day in days:
        for known_on in (None, middle):
            assert view(as_jsonl, day, known_on) == view(as_yaml, day, known_on) == view(scenario, day, known_on)


def test_a_what_if_is_written_as_the_plain_scenario_it_amounts_to(root: Path):
    """Its events cite the base's sources too; its hypothetical events stay marked."""
    import attrs

    from negotiation.domain.scenario import Scenario, Source, in_date_order

    base = load_scenario(root / DEMO)
    last = base.events[-1]
    extra = attrs.evolve(
        base.events[6], id="r2", date=last.date,
        source="hyp", reported=last.date, hypothetical=True,
    )
    whatif = Scenario(name="demo-more", events=in_date_order([*base.events, extra]), sources={"hyp": Source(key="hyp", note="what if")}, kind="whatif", base=base)
    back = load_jsonl("w.jsonl", to_jsonl(whatif))
    assert set(back.sources) == {"art0", "art1", "hyp"}
    assert [e.id for e in back.events if e.provenance.hypothetical] == ["r2"]
    day = last.date + timedelta(days=1)
    assert view(back, day) == view(whatif, day)
