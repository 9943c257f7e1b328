"""Hostile and broken input: one clear line per problem, exit 1 (2 for usage), no traceback, inputs untouched.

One example per case of issue #10. Big inputs are made at test time.
"""

from __future__ import annotations

import os
import time

import pytest

from negotiation.output import OutputError, write_atomic

BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi")
) + "scenario: x\nevents: *i\n"

VALID_HEAD = "scenario: x\nsources: {s: {outlet: W, published: 2024-01-01}}\nevents:\n"

CASES: dict[str, tuple[bytes, str]] = {
    # name: (file content, what the one line must say)
    "syntax": (b"scenario: x\nevents: [\n  {id: a\n", ":4:1: invalid YAML"),
    "tabs": (b"scenario: x\nevents:\n\t- {id: a}\n", ":3:1: invalid YAML"),
    "tab named": (b"scenario: x\nevents:\n\t- {id: a}\n", "(a tab: YAML indents with spaces only)"),
    "truncated": (b"scenario: x\nevents:\n  - {id: a, type: tal", "invalid YAML"),
    "empty": (b"", ":1:1: expected a mapping with `scenario`, `sources` and `events`; got an empty file"),
    "top-level list": (b"- a\n- b\n", ":1:1: expected a mapping with `scenario`, `sources` and `events`; got a list"),
    "non-utf8": (b"scenario: caf\xe9\nevents: []\n", ":1:14: byte 0xe9 is not UTF-8"),
    "nul": (b"scenario: x\x00\nevents: []\n", ":1:12: contains a NUL byte"),
    "alias bomb": (BOMB.encode(), "YAML aliases expand to more than"),
    "deep nesting": (b"scenario: x\nevents: " + b"[" * 5000 + b"]" * 5000 + b"\n",
                     # PyYAML >= 6.0.4 refuses the depth itself; older versions parse it and the schema refuses it.
                     ("must be a mapping", "invalid YAML: while increasing flow level exceeded maximum nesting depth")),
    "python tag": (b"scenario: !!python/object/apply:os.system ['echo hi']\nevents: []\n", ":1:11: invalid YAML: could not determine a constructor"),
    "events not a list": (b"scenario: x\nevents: {a: 1}\n", "`events` must be a list of events; got a dict"),
    "scalar event": (VALID_HEAD.encode() + b"  - 42\n", "event #1 must be a mapping"),
    "unknown type": (VALID_HEAD.encode() + b"  - {id: a, type: parley, date: 2024-01-01, source: s}\n", ":4:5: event a: unknown event type 'parley'"),
    "missing field": (VALID_HEAD.encode() + b"  - {id: a, type: talks, source: s}\n", ":4:5: event a: `date` is required of a talks event"),
    "extra field": (VALID_HEAD.encode() + b"  - {id: a, type: talks, date: 2024-01-01, source: s, mood: grim}\n", ":4:5: event a: unknown field `mood`"),
    "wrong type": (VALID_HEAD.encode() + b"  - {id: a, type: release, date: 2024-01-01, source: s, hostages: many}\n", ":4:5: event a: `hostages`: Input should be a valid integer"),
    "negative count": (VALID_HEAD.encode() + b"  - {id: a, type: release, date: 2024-01-01, source: s, prisoners: -1}\n", "greater than or equal to 0"),
    "huge count": (VALID_HEAD.encode() + b"  - {id: a, type: release, date: 2024-01-01, source: s, hostages: 99999999999999999999}\n", "less than or equal to 100000000"),
    "impossible date": (VALID_HEAD.encode() + b"  - {id: a, type: talks, date: 2024-02-31, source: s}\n", ":4:5: event a: `date`: '2024-02-31' is not a real day"),
    "reported before date": (VALID_HEAD.encode() + b"  - {id: a, type: talks, date: 2024-01-05, reported: 2024-01-01, source: s}\n", "is before `date`"),
    "duplicate id": (VALID_HEAD.encode() + b"  - {id: a, type: talks, date: 2024-01-01, source: s}\n  - {id: a, type: talks, date: 2024-01-02, source: s}\n", ":5:5: event a: duplicate id 'a'"),
    "unknown source": (VALID_HEAD.encode() + b"  - {id: a, type: talks, date: 2024-01-01, source: t}\n", "unknown source 't'"),
    "dangling denial": (VALID_HEAD.encode() + b"  - {id: a, type: denial, date: 2024-01-01, source: s, denies: ghost}\n", "`denies` names 'ghost'"),
    "duplicate key": (b"scenario: x\nscenario: y\nevents: []\n", ":2:1: invalid YAML: duplicate key 'scenario'"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_hostile_case_gets_one_clear_line(cli, tmp_path, case):
    content, expected = CASES[case]
    path = tmp_path / "s.yaml"
    path.write_bytes(content)
    started = time.perf_counter()
    r = cli("check", path)
    took = time.perf_counter() - started
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    first = r.stderr.splitlines()[0]
    assert first.startswith(str(path)), first
    accepted = expected if isinstance(expected, tuple) else (expected,)
    assert any(message in r.stderr for message in accepted), r.stderr
    assert path.read_bytes() == content
    # Not a timing assertion on speed, a guard against a hang: hostile files must not take minutes.
    assert took < 60


def test_a_two_megabyte_line_is_refused_by_the_schema_not_the_machine(cli, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text('scenario: x\ntitle: "' + "a" * 2_000_000 + '"\nevents: []\n')
    r = cli("check", path)
    assert r.exit_code == 1 and "`title`: String should have at most 20000 characters" in r.stderr


def test_a_bom_is_accepted(cli, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_bytes(b"\xef\xbb\xbfscenario: x\nevents: []\n")
    assert cli("check", path).exit_code == 0


def test_file_size_cap(cli, tmp_path, monkeypatch):
    from negotiation.scenario import loader

    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 100)
    path = tmp_path / "s.yaml"
    path.write_text("scenario: x\nevents: []\n" + "# padding\n" * 20)
    r = cli("check", path)
    assert r.exit_code == 1 and "over the limit of 100" in r.stderr


def test_event_count_cap(cli, tmp_path, monkeypatch):
    from negotiation.scenario import loader

    monkeypatch.setattr(loader, "MAX_EVENTS", 2)
    path = tmp_path / "s.yaml"
    path.write_text(VALID_HEAD + "".join(f"  - {{id: e{i}, type: talks, date: 2024-01-01, source: s}}\n" for i in range(3)))
    r = cli("check", path)
    assert r.exit_code == 1 and "3 events, over the limit of 2" in r.stderr


def test_missing_file_and_directory(cli, tmp_path):
    assert cli("state", tmp_path / "none.yaml", "--at", "2024-01-01").exit_code == 1
    r = cli("state", tmp_path, "--at", "2024-01-01")
    assert r.exit_code == 1 and "is a directory" in r.stderr


# ------------------------------------------------------------ outputs


def test_write_atomic_refuses_inputs_and_existing_files(tmp_path):
    src = tmp_path / "in.yaml"
    src.write_text("keep me")
    with pytest.raises(OutputError, match="refusing to write over an input"):
        write_atomic(src, "new", force=True, inputs=[src])
    out = tmp_path / "out.txt"
    out.write_text("old")
    with pytest.raises(OutputError, match="already exists; pass --force"):
        write_atomic(out, "new")
    assert out.read_text() == "old" and src.read_text() == "keep me"
    write_atomic(out, "new", force=True)
    assert out.read_text() == "new"
    with pytest.raises(OutputError, match="is a directory"):
        write_atomic(tmp_path, "x", force=True)


def test_an_interrupted_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    out = tmp_path / "out.txt"
    out.write_text("old")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, "new", force=True)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary file left behind


def test_export_never_writes_over_its_input_or_clobbers(cli, root, tmp_path):
    src = tmp_path / "demo.yaml"
    src.write_bytes((root / "scenarios/demo-swap.yaml").read_bytes())
    before = src.read_bytes()
    r = cli("export", src, "-o", src, "--force")
    assert r.exit_code == 1 and "input" in r.stderr
    out = tmp_path / "demo.jsonl"
    out.write_text("mine")
    r = cli("export", src, "-o", out)
    assert r.exit_code == 1 and "--force" in r.stderr
    assert out.read_text() == "mine" and src.read_bytes() == before


JSONL_HEAD = '{"scenario": "x", "sources": {"s": {"outlet": "W", "published": "2024-01-01"}}}\n'


@pytest.mark.parametrize(("day", "expected"), [
    ('"2024-02-31"', "'2024-02-31' is not a real day; expected YYYY-MM-DD"),
    ('"2024-02-01T10:00:00"', "'2024-02-01T10:00:00' is not a real day; expected YYYY-MM-DD"),
    ("20240101", "expected a day (YYYY-MM-DD), got int"),
    ("null", "expected a day (YYYY-MM-DD), got NoneType"),
])
def test_a_json_lines_day_is_refused_in_the_words_yaml_gets(cli, tmp_path, day, expected):
    """pydantic-core reads a JSON day itself; what it does not take still gets the schema's own message, once, at its line."""
    path = tmp_path / "s.jsonl"
    path.write_text(JSONL_HEAD + '{"id": "a", "type": "talks", "date": ' + day + ', "source": "s"}\n')
    r = cli("check", path)
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [f"{path}:2:1: event a: `date`: {expected}"]


def test_a_json_lines_day_with_spaces_around_it_is_read_as_yaml_reads_it(cli, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(JSONL_HEAD + '{"id": "a", "type": "talks", "date": " 2024-01-05 ", "source": "s", "by": "A"}\n')
    r = cli("state", path, "--at", "2024-01-05", "--json")
    assert r.exit_code == 0, r.stderr
    assert '"phase_since": "2024-01-05"' in r.stdout
