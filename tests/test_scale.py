"""At scale: the benchmark generator's logs are valid, the fast paths keep the rules' answers, and
the Parquet export queried with DuckDB agrees with `state`.

Speed itself is measured by `python benchmarks/run.py`, never asserted here.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings

from negotiation.domain import rules
from negotiation.domain.events import EVENT_TYPES
from negotiation.domain.query import EMPTY, history, replay, state_at
from negotiation.domain.rules import apply
from negotiation.scenario.loader import load_scenario
from strategies import events_lists

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import generate  # noqa: E402

N = 700


@pytest.fixture(scope="module")
def log_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scale")
    return {kind: generate.write(N, folder / f"log.{kind}") for kind in ("yaml", "jsonl")}


def test_the_generated_log_has_every_event_type_and_replays_without_anomalies(log_files):
    scenario = load_scenario(log_files["jsonl"])
    assert len(scenario.events) == N
    kinds = Counter(e.type for e in scenario.events)
    assert set(kinds) == set(EVENT_TYPES)
    final = history(scenario).final()
    assert final.anomaly_list() == []
    # what a long log accumulates, the state keeps: every offer, precondition and release
    assert len(final.offers) == kinds["offer"]
    assert len(final.preconditions) == kinds["precondition"]
    assert len(final.releases) == kinds["release"]
    assert sum(1 for p in final.preconditions.values() if p.status == "open") > 1


def test_the_generated_yaml_and_json_lines_logs_are_the_same_scenario(log_files):
    a, b = load_scenario(log_files["yaml"]), load_scenario(log_files["jsonl"])
    strip = lambda s: [(type(e), e.id, e.date, e.provenance.reported) for e in s.events]  # noqa: E731
    assert strip(a) == strip(b)
    day = a.events[-1].date
    assert state_at(a, day).released_hostages == state_at(b, day).released_hostages > 0


def _capacity_by_every_claim(state) -> int | None:
    """The release check spelled out over every standing claim: per source, its counts summed, less releases since its latest claim."""
    held: dict[str, int] = {}
    latest: dict[str, int] = {}
    for claim in state.claims.values():
        if claim.denied_by is None:
            who = claim.event.according_to
            held[who] = held.get(who, 0) + claim.event.held
            latest[who] = max(latest.get(who, 0), claim.released_before)
    return max(held[w] - (state.released_hostages - latest[w]) for w in held) if held else None


@settings(max_examples=150, deadline=None)
@given(events_lists(max_size=40))
def test_per_source_claim_totals_always_match_the_claims_they_sum(events):
    state = EMPTY
    for event in events:
        state = apply(state, event)
        assert rules._capacity(state) == _capacity_by_every_claim(state)
        assert set(state.claim_totals.keys()) == {c.event.according_to for c in state.claims.values() if c.denied_by is None}
        assert state.claim_ceiling == (max(map(sum, state.claim_totals.values())) if state.claim_totals else None)


def test_replay_with_the_collector_paused_frees_nothing_it_should_keep(log_files):
    """The bulk build pauses the garbage collector; the answers are those of a plain fold."""
    scenario = load_scenario(log_files["jsonl"])
    import gc

    assert gc.isenabled()
    day = scenario.events[N // 2].date
    assert state_at(scenario, day) == rules.pass_time(replay(e for e in scenario.events if e.date <= day), day)
    assert gc.isenabled()


def test_duckdb_on_the_parquet_export_counts_the_releases_state_reports(cli, log_files, tmp_path: Path):
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    out = tmp_path / "log.parquet"
    result = cli("export", log_files["yaml"], "-o", out)
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    per_day = con.execute(
        "SELECT date, sum(hostages) AS hostages, sum(prisoners) AS prisoners, count(*) AS releases "
        "FROM read_parquet(?) WHERE type = 'release' GROUP BY date ORDER BY date",
        [str(out)],
    ).fetchall()
    assert len(per_day) > 20
    scenario = load_scenario(log_files["yaml"])
    hostages = prisoners = releases = 0
    expected: dict[date, tuple[int, int, int]] = {}
    for day, h, p, n in per_day:
        hostages, prisoners, releases = hostages + h, prisoners + p, releases + n
        expected[day] = (hostages, prisoners, releases)
    for day, (h, p, n) in expected.items():
        s = state_at(scenario, day)
        assert (s.released_hostages, s.released_prisoners, len(s.releases)) == (h, p, n), day
        before = state_at(scenario, day - timedelta(days=1))
        assert before.released_hostages < h or before.released_prisoners < p
    totals = con.execute("SELECT count(*), count(DISTINCT type), min(seq), max(seq) FROM read_parquet(?)", [str(out)]).fetchall()
    assert totals == [(N, len(EVENT_TYPES), 0, N - 1)]
