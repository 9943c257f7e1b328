"""Synthetic scenarios for the benchmarks: valid event logs of any length, YAML or JSON Lines.

The log is a long negotiation told round after round. Each round opens talks,
tables offers and preconditions, records claims, rejects, withdraws and denies
some offers, meets or drops some preconditions, reaches a deal (sometimes
denied and agreed again), starts a truce, releases people under the deal and
outside it, extends the truce, and ends it by a breakdown, by running out and
a recall, or by a conclusion. Every event type appears; offers, preconditions
and releases accumulate in the state as they would in a long machine-mapped
log, and claims keep arriving from 40 outlets (each one's latest count
stands, so a release is checked against 40 sources). Every event
applies cleanly (the replay has no anomalies), so the figures measure the
normal path.

    python benchmarks/generate.py 100000 -o /tmp/log.jsonl
    python benchmarks/generate.py 20000 -o /tmp/log.yaml --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from negotiation.scenario.export import dump_jsonl, dump_yaml  # noqa: E402

START = date(2000, 1, 1)
PARTIES = ("Israel", "Hamas", "Islamic Jihad")
MEDIATORS = ("Qatar", "Egypt", "United States")
OUTLETS = 40  # claims come from this many outlets, each one's latest count standing
QUOTES = (
    "Officials familiar with the talks said the proposal was under discussion.",
    "A spokesman confirmed the figure in a statement on the group's channel.",
    "According to two people briefed on the negotiations, the sides were close.",
    "The mediator's foreign ministry said contacts were continuing around the clock.",
)


def header(n: int) -> dict[str, Any]:
    sources = {f"wire{i}": {"outlet": f"Wire {i}", "url": f"https://example.org/wire/{i}"} for i in range(8)}
    return {
        "scenario": f"synthetic-{n}",
        "title": f"A synthetic negotiation of {n} events",
        "parties": list(PARTIES[:2]),
        "mediators": list(MEDIATORS[:1]),
        "sources": sources,
    }


class _Log:
    """Hands out ids, days and sources, and stops at `n` events."""

    def __init__(self, n: int, rng: random.Random) -> None:
        self.n = n
        self.rng = rng
        self.day = START
        self.count = 0
        self.records: list[dict[str, Any]] = []

    def full(self) -> bool:
        return self.count >= self.n

    def add(self, kind: str, **fields: Any) -> str:
        eid = f"{kind[:3]}{self.count}"
        record: dict[str, Any] = {"id": eid, "type": kind, "date": self.day, "source": f"wire{self.count % 8}"}
        if self.count % 5 == 0:  # some events are reported late, for "as known on" queries
            record["reported"] = self.day + timedelta(days=self.rng.randint(1, 9))
        record.update(fields)
        record["quote"] = QUOTES[self.count % len(QUOTES)]
        self.records.append(record)
        self.count += 1
        return eid

    def wait(self, days: int = 1) -> None:
        self.day += timedelta(days=days)


def _round(log: _Log, r: int) -> Iterator[None]:
    """One round of the negotiation; yields after each event so the caller can stop at n."""
    rng = log.rng
    a, b = PARTIES[r % 2], PARTIES[(r + 1) % 2]
    log.add("talks", by=[a, b], via=[MEDIATORS[r % 3]])
    yield
    offers = []
    for _ in range(rng.randint(3, 6)):
        offers.append(log.add("offer", by=a, to=b, gives={"hostages": rng.randint(5, 60)},
                              wants={"prisoners": rng.randint(10, 200), "truce_days": rng.randint(2, 7)}))
        yield
    pre = [log.add("precondition", by=b, demand=rng.choice(["fuel", "water supply resumed", "more aid", "a ceasefire"])) for _ in range(3)]
    yield
    for i in range(2):
        # each outlet's latest count stands: the standing claims are as many as the outlets
        outlet = f"Outlet {(r * 2 + i) % OUTLETS}"
        log.add("claim", according_to=outlet, held=rng.randint(800, 1000), holder=rng.choice((None, a)),
                including={"women_and_children": rng.randint(10, 40)})
        yield
    log.wait()
    log.add("rejection", offer=offers[0], by=b)
    yield
    log.add("withdrawal", offer=offers[1], by=a)
    yield
    log.add("denial", denies=offers[2], by=a)
    yield
    log.add("precondition_met", precondition=pre[0], by=a)
    yield
    log.add("precondition_dropped", precondition=pre[1], by=b)
    yield  # pre[2] stays open: preconditions accumulate
    log.wait()
    terms = {"hostages": 50, "prisoners": 150, "truce_days": 4, "extension": {"per_hostages": 10, "days": 1}}
    deal = log.add("agreement", terms=terms, by=[a, b])
    yield
    if r % 4 == 3:  # reported, then denied, then agreed after all
        log.add("denial", denies=deal, by=b)
        yield
        log.wait()
        log.add("agreement", terms=terms, by=[a, b])
        yield
    log.wait()
    log.add("truce_start", days=4)
    yield
    for day in range(4):
        log.add("release", by=b, hostages=rng.randint(10, 14), prisoners=rng.randint(30, 42))
        yield
        if day == 2:
            log.add("release", by=a, hostages=0, prisoners=rng.randint(1, 5), outside_deal=True)
            yield
            log.add("truce_extension", days=1)
            yield
        log.wait()
    ending = r % 3
    if ending == 0:
        log.add("breakdown", reason="rocket fire", blamed=[b])
        yield
    elif ending == 1:
        log.wait(10)  # the truce runs out
        log.add("recall", by=a, reason="no progress")
        yield
    else:
        log.add("conclusion", summary="the exchange was completed")
        yield
    log.wait(2)


def generate(n: int, seed: int = 0) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The header and `n` event records (dates as `date`) of a valid synthetic scenario."""
    log = _Log(n, random.Random(seed))
    r = 0
    while not log.full():
        for _ in _round(log, r):
            if log.full():
                break
        r += 1
    return header(n), log.records


def render(n: int, kind: str, seed: int = 0) -> str:
    head, events = generate(n, seed)
    return dump_jsonl(head, events) if kind == "jsonl" else dump_yaml(head, events)


def write(n: int, path: str | Path, seed: int = 0) -> Path:
    path = Path(path)
    kind = "jsonl" if path.suffix == ".jsonl" else "yaml"
    path.write_text(render(n, kind, seed), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a valid synthetic scenario of N events.")
    parser.add_argument("n", type=int, help="number of events")
    parser.add_argument("-o", "--output", required=True, help="OUT.yaml (flow style, one event a line) or OUT.jsonl")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    out = write(args.n, args.output, args.seed)
    print(f"{out}: {args.n} events")


if __name__ == "__main__":
    main()
