"""The command line's error contract: one clear line per problem, exit 1 for bad input, 2 for usage."""

from __future__ import annotations

import pytest

DEMO = "scenarios/demo-swap.yaml"


def test_missing_file(cli, tmp_path):
    r = cli("state", tmp_path / "nope.yaml", "--at", "2024-01-01")
    assert r.exit_code == 1
    assert r.stderr.strip() == f"{tmp_path / 'nope.yaml'}: no such file; expected a scenario file"


def test_invalid_yaml_points_at_line_and_column(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("scenario: x\nevents:\n  - {id: a, type: talks\n")
    r = cli("check", bad)
    assert r.exit_code == 1
    assert r.stderr.startswith(f"{bad}:4:1: invalid YAML:")
    assert "Traceback" not in r.output


def test_schema_errors_name_the_event_and_what_was_expected(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "scenario: x\nsources: {s: {outlet: W}}\nevents:\n"
        "  - {id: a, type: release, date: 2024-01-01, hostages: -3, source: s}\n"
        "  - {id: b, type: parley, date: 2024-01-01, source: s}\n"
        "  - {id: c, type: talks, date: 2024-01-01, source: elsewhere}\n"
        "  - {id: d, type: offer, date: 2024-02-31, by: A, source: s}\n"
    )
    r = cli("check", bad)
    assert r.exit_code == 1
    lines = r.stderr.splitlines()
    assert lines[0] == f"{bad}:4:5: event a: `hostages`: Input should be greater than or equal to 0, got -3"
    assert lines[1].startswith(f"{bad}:5:5: event b: unknown event type 'parley'; expected one of: talks, offer,")
    assert lines[2] == f"{bad}:6:5: event c: unknown source 'elsewhere'; expected a key of `sources` (s)"
    assert lines[3] == f"{bad}:7:5: event d: `date`: '2024-02-31' is not a real day; expected YYYY-MM-DD"


def test_reported_before_date_and_dangling_reference(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "scenario: x\nsources: {s: {outlet: W}}\nevents:\n"
        "  - {id: a, type: talks, date: 2024-01-05, reported: 2024-01-04, source: s}\n"
        "  - {id: b, type: denial, date: 2024-01-06, denies: ghost, source: s}\n"
        "  - {id: b, type: talks, date: 2024-01-07, source: s}\n"
    )
    r = cli("check", bad)
    assert r.exit_code == 1
    assert f"{bad}:4:5: event a: `reported` 2024-01-04 is before `date` 2024-01-05" in r.stderr
    assert f"{bad}:5:5: event b: `denies` names 'ghost', which is not an event of this scenario" in r.stderr
    assert f"{bad}:6:5: event b: duplicate id 'b' (first used at line 5)" in r.stderr


def test_yes_no_booleans_get_a_hint(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("scenario: x\nsources: {s: {}}\nevents:\n  - {id: no, type: talks, date: 2024-01-05, source: s}\n")
    r = cli("check", bad)
    assert r.exit_code == 1 and "put the value in quotes" in r.stderr


@pytest.mark.parametrize("args", [["state", DEMO, "--at", "2024-13-01"], ["state", DEMO], ["state", DEMO, "--at", "2024-01-01", "--colour"], ["frobnicate"]])
def test_usage_errors_exit_2(cli, root, args):
    args = [str(root / a) if a == DEMO else a for a in args]
    r = cli(*args)
    assert r.exit_code == 2
    assert "Traceback" not in r.output


def test_a_directory_is_not_a_scenario(cli, tmp_path):
    r = cli("check", tmp_path)
    assert r.exit_code == 1
    assert r.stderr.strip() == f"{tmp_path}: is a directory; expected a scenario file"


def test_jsonl_scenario_with_errors_points_at_lines(cli, tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text(
        '{"scenario": "j", "sources": {"s": {"published": "2024-01-01"}}}\n'
        '{"id": "a", "type": "talks", "date": "2024-01-01", "source": "s"}\n'
        '{"id": "b", "type": "release", "date": "2024-01-02", "source": "s", "hostages": "many"}\n'
        '{"id": "c", "type": "talks", "date": \n'
    )
    r = cli("check", f)
    assert r.exit_code == 1
    lines = r.stderr.splitlines()
    assert lines[0].startswith(f"{f}:3:1: event b: `hostages`: Input should be a valid integer")
    assert lines[1].startswith(f"{f}:4:") and "invalid JSON" in lines[1]


def test_python_m_without_the_dependencies_is_one_clear_line(root):
    # an interpreter that can import the package from a checkout but not typer (sys.modules[...] = None blocks it)
    import subprocess
    import sys

    code = "import sys, runpy; sys.modules['typer'] = None; runpy.run_module('negotiation', run_name='__main__')"
    r = subprocess.run([sys.executable, "-c", code, "check", "scenarios/demo-swap.yaml"], cwd=root,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0 and "'typer'" in r.stderr and "pip install -e ." in r.stderr, r.stderr


class _Exited(Exception):
    pass


def test_the_console_entry_keeps_what_it_loads_and_exits_with_the_command_status(root, monkeypatch, capsys):
    """`main` exits without freeing the heap (os._exit) and keeps every loaded scenario until then,
    so that a long log is not freed object by object when the command returns."""
    import os
    import sys

    from negotiation.cli import main

    app_module = sys.modules["negotiation.cli.app"]
    monkeypatch.setattr(app_module, "KEEP_LOADED", False)
    monkeypatch.setattr(app_module, "_loaded", [])
    codes: list[int] = []

    def fake_exit(code: int) -> None:
        codes.append(code)
        raise _Exited

    monkeypatch.setattr(os, "_exit", fake_exit)
    monkeypatch.setattr(sys, "argv", ["negotiation", "state", str(root / "scenarios/demo-swap.yaml"), "--at", "2024-01-08"])
    with pytest.raises(_Exited):
        main()
    assert codes == [0]
    assert app_module.KEEP_LOADED is True
    assert [s.name for s in app_module._loaded] == ["demo-swap"]
    assert "Phase" in capsys.readouterr().out
