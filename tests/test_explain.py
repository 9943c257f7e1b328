"""`explain`: every field of the state traced to the events (and sentences) behind it."""

from __future__ import annotations

import json


def fields(cli, root, at, *extra):
    r = cli("explain", root / "scenarios/demo-swap.yaml", "--at", at, "--json", *extra)
    assert r.exit_code == 0, r.output
    return {f["field"]: f for f in json.loads(r.stdout)["fields"]}


def test_truce_end_names_its_extension_and_the_term(cli, root):
    f = fields(cli, root, "2024-01-10")
    assert f["truce.end"]["value"] == "2024-01-12"
    assert [e["id"] for e in f["truce.end"]["events"]] == ["x1", "r1"]
    assert "the longer of 2 recorded and 0 earned" in f["truce.end"]["rule"]
    assert f["phase"]["events"][0]["id"] == "t1"


def test_each_event_carries_its_source_and_quote(cli, root):
    f = fields(cli, root, "2024-01-08")
    [talks] = f["talks"]["events"]
    assert talks["quote"] == "Talks began on Monday through Qatari mediators."
    assert talks["source"] == {"key": "art0", "outlet": "Example Wire", "published": "2024-01-02", "url": "https://example.org/a0", "file": None}
    assert [e["id"] for e in f["released"]["events"]] == ["r1"]
    assert f["held[Hamas]"]["value"] == "200 (as of 2024-01-02)"
    assert [e["id"] for e in f["offer[o1]"]["events"]] == ["o1", "deal"]


def test_known_on_hides_what_was_not_yet_reported(cli, root):
    f = fields(cli, root, "2024-01-08", "--known-on", "2024-01-03")
    assert "truce" not in f
    assert f["phase"]["value"] == "talks since 2024-01-01"
    assert f["released"]["events"] == []


def test_text_shows_the_quote(cli, root):
    r = cli("explain", root / "scenarios/demo-swap.yaml", "--at", "2024-01-08")
    assert r.exit_code == 0
    assert "“Talks began on Monday through Qatari mediators.”" in r.stdout
    assert "truce.end: 2024-01-10" in r.stdout
