"""The performance figures of issue #9, each a ratio to a floor timed in the same run.

    python benchmarks/run.py            # best of 3 runs of each timing
    python benchmarks/run.py --repeat 5 --keep /tmp/bench

Absolute times on a shared 2-core machine are noisy, so every figure divides
our time by the time of a floor doing the least the task needs (parsing the
same file, importing the same stack), both measured here, best of `--repeat`.
Command-line figures run real subprocesses (`python -m negotiation ...`);
peak memory is each child's own peak RSS (`/usr/bin/time -f %M`).
The package's bytecode is compiled first (as `pip install` does for the stack
the floors import, and as Python does on a first run unless
PYTHONDONTWRITEBYTECODE is set), so no run pays for compiling our sources.

  1  `state` on a 20 k-event YAML file / a process that only parses it with libyaml
  2  `state` on a 100 k-event JSON Lines file / a process importing the same stack,
     parsing every line with `json` and folding a counter over the events
  3  `state` on 100 k events / on 25 k events (linear is ~4)
  4  in process: parsing the lines + a bare fold / `load_scenario` + `state_at` (higher is better)
  5  in process: 1 000 `state_at` at random dates / one `load_scenario` + `state_at`
     (the queries come after that first one, which built the checkpoints)
  6  `state` on a small scenario / `python -c "import typer, attrs, yaml; from pydantic import ..."`
  M  peak RSS of `state` on 100 k events / of a process holding the parsed events alone
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
FAR = "2999-12-31"  # after every generated event: the state after the whole log

STACK_IMPORT = "import typer, attrs, yaml; from pydantic import BaseModel, TypeAdapter"
LIBYAML_PARSE = "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8').read(), Loader=yaml.CSafeLoader)"
# The floor of figure 2: the modules `state` imports, then json per line and a counter.
JSON_FOLD = """
import sys, json
import negotiation.cli, negotiation.scenario.loader, negotiation.domain.query, negotiation.render.state_text
counts = {}
with open(sys.argv[1], encoding="utf-8") as f:
    lines = f.read().split("\\n")
header = json.loads(lines[0])
for line in lines[1:]:
    if line:
        kind = json.loads(line)["type"]
        counts[kind] = counts.get(kind, 0) + 1
"""
# The floor of the memory figure: the same stack, every event parsed and held.
JSON_HOLD = """
import sys, json
import negotiation.cli, negotiation.scenario.loader, negotiation.domain.query, negotiation.render.state_text
with open(sys.argv[1], encoding="utf-8") as f:
    events = [json.loads(line) for line in f.read().split("\\n")[1:] if line]
"""


# Peak RSS through /usr/bin/time: a child forked straight from this process
# inherits its high-water mark (Linux keeps it across fork and exec), and this
# process holds large scenarios by the time it measures some floors.
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None


def run(args: list[str], memory: bool = False) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes) of one child process; its output is discarded.

    Only runs that report memory go through /usr/bin/time, so timings carry no wrapper.
    """
    wrap = GNU_TIME if memory else None
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        command = [wrap, "-f", "%M", "-o", rss.name, *args] if wrap else args
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err.strip()[:500]}")
        kib = int(rss.read().split()[-1]) if wrap else usage.ru_maxrss
    return elapsed, kib * 1024


def best(args: list[str], repeat: int, memory: bool = False) -> tuple[float, int]:
    runs = [run(args, memory) for _ in range(repeat)]
    return min(t for t, _ in runs), max(m for _, m in runs)


def best_pair(ours: list[str], floor: list[str], repeat: int) -> tuple[float, float]:
    """Best wall seconds of our command and of its floor, their runs interleaved.

    The machine's speed drifts over a run of minutes (a shared host); timing
    each side in turn, rather than all of one then all of the other, lets
    both see the same drift, so the ratio is not set by which went first.
    """
    ours_t, floor_t = [], []
    for _ in range(repeat):
        ours_t.append(run(ours)[0])
        floor_t.append(run(floor)[0])
    return min(ours_t), min(floor_t)


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def state_cmd(path: Path, at: str = FAR) -> list[str]:
    return [PY, "-m", "negotiation", "state", str(path), "--at", at]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; the best is kept")
    parser.add_argument("--keep", help="write the generated scenarios here and keep them")
    parser.add_argument("--big", type=int, default=100_000, help="events in the large JSON Lines scenario")
    args = parser.parse_args(argv)
    r = args.repeat
    # Only the bytecode cache is written (into __pycache__, ignored by git): the floors'
    # libraries were compiled when pip installed them; an editable install of ours was not.
    compileall.compile_dir(ROOT / "negotiation", quiet=1)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="negotiation-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    yaml20 = generate.write(20_000, work / "log-20k.yaml")
    big = generate.write(args.big, work / f"log-{args.big // 1000}k.jsonl")
    quarter = generate.write(args.big // 4, work / f"log-{args.big // 4000}k.jsonl")
    small = ROOT / "scenarios" / "demo-swap.yaml"
    rows: list[tuple[str, float, str, str, str]] = []

    def figure(name: str, value: float, must: str, aim: str, detail: str) -> None:
        rows.append((name, value, must, aim, detail))
        print(f"{name:<44} {value:7.2f}   must {must:<7} aim {aim:<7} {detail}", flush=True)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, best of {r}; files in {work}\n", flush=True)

    ours, floor = best_pair(state_cmd(yaml20), [PY, "-c", LIBYAML_PARSE, str(yaml20)], r)
    figure("1 YAML 20k: state / libyaml parse", ours / floor, "<= 1.4", "<= 1.15", f"{ours:.2f} s / {floor:.2f} s")

    big_s, floor = best_pair(state_cmd(big), [PY, "-c", JSON_FOLD, str(big)], max(r, 5))  # the noisiest pair: at least 5
    _, big_mem = best(state_cmd(big), 1, memory=True)
    figure(f"2 JSONL {args.big // 1000}k: state / json parse+fold", big_s / floor, "<= 2.5", "<= 1.5", f"{big_s:.2f} s / {floor:.2f} s")

    _, held = best([PY, "-c", JSON_HOLD, str(big)], 1, memory=True)
    quarter_s, _ = best(state_cmd(quarter), r)  # against big_s, timed above: growth, not a floor
    figure(f"3 growth: {args.big // 1000}k / {args.big // 4000}k events", big_s / quarter_s, "<= 5", "<= 4.2", f"{big_s:.2f} s / {quarter_s:.2f} s")

    # in process, on the large file
    from negotiation.domain.query import state_at
    from negotiation.scenario.loader import load_scenario

    def bare() -> None:
        total = 0
        with open(big, encoding="utf-8") as f:
            for line in f.read().split("\n")[1:]:
                if line:
                    total += json.loads(line).get("hostages", 0)

    far = date.fromisoformat(FAR)
    floor = timed(bare, r)
    scenarios = []

    def load_and_replay() -> None:
        s = load_scenario(big)
        state_at(s, far)
        scenarios.append(s)

    ours = timed(load_and_replay, r)
    figure("4 in process: parse+fold / load+replay", floor / ours, ">= 0.15", ">= 0.5", f"{floor:.2f} s / {ours:.2f} s")

    scenario = scenarios[-1]  # loaded, its checkpoints built by the query above
    first, last = scenario.events[0].date, scenario.events[-1].date
    rng = random.Random(9)
    days = [first + timedelta(days=rng.randint(-5, (last - first).days + 5)) for _ in range(1000)]
    queries = timed(lambda: [state_at(scenario, d) for d in days], r)
    figure("5 1000 state_at / one load+replay", queries / ours, "<= 1", "<= 0.2", f"{queries:.3f} s / {ours:.2f} s")

    ours, floor = best_pair(state_cmd(small, "2024-01-08"), [PY, "-c", STACK_IMPORT], max(r, 5))
    figure("6 cold start: state small / stack import", ours / floor, "<= 1.5", "<= 1.1", f"{ours:.3f} s / {floor:.3f} s")

    figure(f"M peak RSS {args.big // 1000}k: state / parsed events", big_mem / held, "<= 3", "<= 1.5", f"{big_mem / 2**20:.0f} MiB / {held / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
