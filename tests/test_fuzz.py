"""Fuzzing the error contract: mutated scenarios through `check` and `state`, in process.

Every mutant must end in exit 0 or 1 with no traceback, any message must name
the file (and a line where it gives a place), and the input file must stay
byte for byte as it was.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from negotiation.cli import app

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {p.name: p.read_text() for p in sorted((ROOT / "scenarios").glob("*.yaml")) if not p.name.startswith("whatif-")}
OTHER_VALUES = ["[]", "{}", "null", "-7", "99999999999999999999", "2024-02-31", "yes", "'text'", "1.5", "*nope", "&a x", "!!python/none", '"\\x00"']
RUN: dict[int, int] = {}  # exit code -> CLI runs


@st.composite
def mutants(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(SOURCES)))
    lines = SOURCES[name].splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "truncate", "retype"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "truncate":
            lines = lines[:i] + [lines[i][: draw(st.integers(0, len(lines[i])))]]
        else:
            fields = list(re.finditer(r"(\w+): ([^,{}\[\]\n]+)", lines[i]))
            if fields:
                m = draw(st.sampled_from(fields))
                lines[i] = lines[i][: m.start(2)] + draw(st.sampled_from(OTHER_VALUES)) + lines[i][m.end(2):]
    return name, "".join(lines)


def fuzz_once(folder: Path, mutant: tuple[str, str], at: str) -> None:
    name, text = mutant
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text)
    before = path.read_bytes()
    runner = CliRunner()
    for args in (["check", str(path)], ["state", str(path), "--at", at], ["state", str(path), "--at", at, "--json"]):
        r = runner.invoke(app, args)
        RUN[r.exit_code] = RUN.get(r.exit_code, 0) + 1
        assert r.exit_code in (0, 1), (args, r.output)
        assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
        assert "Traceback" not in r.output
        for line in r.stderr.splitlines():
            assert line.startswith(str(path)), line
            place = line[len(str(path)):]
            assert re.match(r"^(:\d+:\d+)?: ", place), line
    assert path.read_bytes() == before


def test_mutated_scenarios_never_crash_and_are_never_changed(tmp_path):
    @settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(mutant=mutants(), at=st.sampled_from(["2011-10-18", "2023-11-28", "2024-01-08"]), n=st.integers(0, 10**9))
    def fuzz(mutant: tuple[str, str], at: str, n: int) -> None:
        fuzz_once(tmp_path / str(n), mutant, at)

    RUN.clear()
    fuzz()
    # The mutants reach both sides of the contract: clean files and rejected ones.
    assert RUN.get(0, 0) > 0 and RUN.get(1, 0) > 0, RUN
    print(f"\nfuzz: {sum(RUN.values())} CLI runs on mutated scenarios ({RUN.get(0, 0)} exit 0, {RUN.get(1, 0)} exit 1), 0 failures")
