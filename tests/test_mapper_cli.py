"""`negotiation map`: the JSON contract, the table, scenario fragments that `check` accepts, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = yaml.safe_load((ROOT / "corpus/index.yaml").read_text(encoding="utf-8"))
EVENT_KEYS = {"type", "date", "date_precision", "date_text", "quote", "confidence", "rule"}


@pytest.mark.parametrize("entry", CORPUS, ids=[Path(e["file"]).stem for e in CORPUS])
def test_every_corpus_article_maps_to_json_whose_quotes_are_its_sentences(cli, entry):
    article = ROOT / "corpus" / entry["file"]
    r = cli("map", article, "--published", entry["published"], "--json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["article"] == str(article) and doc["published"] == str(entry["published"])
    text = article.read_text(encoding="utf-8")
    assert doc["events"], "every corpus article reports at least one event"
    for e in doc["events"]:
        assert EVENT_KEYS <= e.keys()
        assert e["quote"] in text
        assert 0 < e["confidence"] <= 1
        assert e["date"] is None or e["date_precision"] in ("day", "week", "month", "approximate")


@pytest.mark.parametrize("entry", CORPUS, ids=[Path(e["file"]).stem for e in CORPUS])
def test_the_fragment_written_with_o_passes_check_and_replays(cli, tmp_path, entry):
    out = tmp_path / "mapped.yaml"
    r = cli("map", ROOT / "corpus" / entry["file"], "--published", entry["published"], "-o", out)
    assert r.exit_code == 0, r.stderr
    checked = cli("check", out)
    assert checked.exit_code == 0, checked.stderr
    state = cli("state", out, "--at", "2030-01-01", "--json")
    assert state.exit_code == 0, state.stderr


def test_the_table_shows_type_date_words_and_quote(cli, root):
    r = cli("map", root / "seeds/000_f78f8f02b75fab51.txt", "--published", "2023-10-21")
    assert r.exit_code == 0
    release = next(line for line in r.stdout.splitlines() if line.startswith("release"))
    assert "2023-10-20 (on Friday)" in release and "hostages=2" in release and "by=Hamas" in release


def test_o_never_overwrites_without_force_and_never_the_article(cli, tmp_path, root):
    article = tmp_path / "a.txt"
    article.write_text("Hamas released two hostages on Friday.\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    out.write_text("mine\n", encoding="utf-8")
    r = cli("map", article, "--published", "2023-10-21", "-o", out)
    assert r.exit_code != 0 and "exists" in r.stderr and out.read_text() == "mine\n"
    r = cli("map", article, "--published", "2023-10-21", "-o", article, "--force")
    assert r.exit_code != 0 and article.read_text(encoding="utf-8") == "Hamas released two hostages on Friday.\n"
    r = cli("map", article, "--published", "2023-10-21", "-o", out, "--force")
    assert r.exit_code == 0 and "release" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("content", "message"), [
    (b"", "no events found"),
    ("Le Hamas a lib\u00e9r\u00e9 deux otages vendredi, selon le Qatar.".encode(), "no events found"),
    (b"\n\n   \n", "no events found"),
])
def test_empty_or_foreign_text_is_no_events_not_an_error(cli, tmp_path, content, message):
    article = tmp_path / "a.txt"
    article.write_bytes(content)
    r = cli("map", article, "--published", "2023-10-21")
    assert r.exit_code == 0 and message in r.stdout


@pytest.mark.parametrize(("content", "message"), [
    (b"Hamas released\x00 two hostages", "contains NUL bytes; expected a text file"),
    (b"Hamas released two\nhostages \xff on Friday", ":2:10: byte 0xff is not UTF-8"),
])
def test_binary_or_non_utf8_input_is_one_clear_line(cli, tmp_path, content, message):
    article = tmp_path / "a.txt"
    article.write_bytes(content)
    r = cli("map", article, "--published", "2023-10-21")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.startswith(str(article)) and message in r.stderr


@pytest.mark.parametrize("size", [10 * 1024 * 1024, "limit+1"])
def test_an_oversized_file_is_refused_before_it_is_read(cli, tmp_path, size):
    from negotiation.cli.map_command import MAX_ARTICLE_BYTES

    article = tmp_path / "big.txt"
    with article.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1 if size == "limit+1" else size)  # sparse: no time spent writing it
    r = cli("map", article, "--published", "2023-10-21")
    assert r.exit_code == 1 and r.stderr.startswith(f"{article}: over the limit of 2,097,152 bytes")


def test_an_article_just_under_the_limit_maps_in_seconds_not_minutes(cli, tmp_path, root):
    from negotiation.cli.map_command import MAX_ARTICLE_BYTES

    seed = (root / "seeds/003_d0a4de32e8b5d7a0.txt").read_bytes()
    article = tmp_path / "long.txt"
    article.write_bytes((seed * (MAX_ARTICLE_BYTES // len(seed)))[: MAX_ARTICLE_BYTES - 1])
    r = cli("map", article, "--published", "2023-12-02", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)["events"]) > 1000


@pytest.mark.parametrize(("args", "code", "message"), [
    (["missing.txt", "--published", "2023-10-21"], 1, "missing.txt: no such file"),
    (["{dir}", "--published", "2023-10-21"], 1, "is a directory"),
    (["{article}", "--published", "21/10/2023"], 2, "expected YYYY-MM-DD"),
    (["{article}"], 2, "--published"),
])
def test_usage_mistakes_say_what_was_expected(cli, tmp_path, args, code, message):
    article = tmp_path / "a.txt"
    article.write_text("Hamas released two hostages on Friday.\n", encoding="utf-8")
    args = [a.format(dir=tmp_path, article=article) for a in args]
    r = cli("map", *args)
    assert r.exit_code == code and message in r.output


def test_your_own_actors_file_names_the_parties(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The Freedonian militia released two hostages on Friday.\n", encoding="utf-8")
    actors = tmp_path / "actors.yaml"
    actors.write_text("- {name: Freedonia, role: party, aliases: [Freedonian militia, Freedonia]}\n", encoding="utf-8")
    r = cli("map", article, "--published", "2023-11-25", "--actors", actors, "--json")
    assert r.exit_code == 0, r.stderr
    [event] = json.loads(r.stdout)["events"]
    assert (event["type"], event["by"], event["hostages"], event["date"]) == ("release", "Freedonia", 2, "2023-11-24")


@pytest.mark.parametrize(("content", "message"), [
    (b"- {name: X, role: party, aliases: [X\n", ":2:1: invalid YAML"),
    (b"name: X\n", "expected a list of actors"),
    (b"- {name: X, role: judge, aliases: [X]}\n", "actor #1 must be {name: text, role: party | mediator | organisation"),
    (b"- {name: X, role: party, aliases: []}\n", "actor #1 must be"),
])
def test_a_broken_actors_file_is_one_clear_line(cli, tmp_path, content, message):
    article = tmp_path / "a.txt"
    article.write_text("Hamas released two hostages on Friday.\n", encoding="utf-8")
    actors = tmp_path / "actors.yaml"
    actors.write_bytes(content)
    r = cli("map", article, "--published", "2023-11-25", "--actors", actors)
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.startswith(str(actors)) and message in r.stderr
    assert actors.read_bytes() == content
