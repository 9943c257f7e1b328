"""The evaluation corpus is well formed, the scores are computed as documented, and dev negatives stay negative."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from negotiation.mapper import map_article
from negotiation.mapper.scoring import GoldEvent, overall, tally
from negotiation.mapper.sentences import sentences

ROOT = Path(__file__).resolve().parent.parent
CORPUS = yaml.safe_load((ROOT / "corpus/index.yaml").read_text(encoding="utf-8"))
TYPES = {"talks", "offer", "precondition", "agreement", "truce_start", "release", "truce_extension", "breakdown",
         "claim", "denial", "recall", "conclusion"}


def gold_of(entry: dict) -> dict:
    return yaml.safe_load((ROOT / "corpus" / entry.get("gold", f"gold/{Path(entry['file']).stem}.yaml")).read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", CORPUS, ids=[Path(e["file"]).stem for e in CORPUS])
def test_each_gold_quote_lies_inside_one_sentence_and_each_field_is_valid(entry):
    text = (ROOT / "corpus" / entry["file"]).read_text(encoding="utf-8")
    gold = gold_of(entry)
    assert gold["article"] == entry["file"] and gold["published"] == entry["published"]
    assert entry["split"] in ("dev", "heldout") and entry.get("written") and (entry["split"] == "dev" or entry.get("sources"))
    said = [s for _, _, s in sentences(text)]
    for e in gold["events"] + (gold.get("not_events") or []):
        assert any(e["quote_contains"] in s for s in said), e["quote_contains"]
    for e in gold["events"]:
        assert e["type"] in TYPES
        assert e["date"] is None or isinstance(e["date"], date)


def test_splits_do_not_share_articles():
    files = [e["file"] for e in CORPUS]
    assert len(files) == len(set(files))
    # a held-out round exists between its writing and its first measurement; once developed on, it is dev
    assert "dev" in {e["split"] for e in CORPUS} and {e["split"] for e in CORPUS} <= {"dev", "heldout"}


@pytest.mark.parametrize("entry", [e for e in CORPUS if e["split"] == "dev"], ids=lambda e: Path(e["file"]).stem)
def test_dev_negatives_are_not_mapped_as_what_they_look_like(entry):
    text = (ROOT / "corpus" / entry["file"]).read_text(encoding="utf-8")
    mapped = map_article(text, entry["published"])
    gold = gold_of(entry)
    for n in gold.get("not_events") or []:
        wrong = [m for m in mapped if m.type == n["looks_like"] and n["quote_contains"] in m.quote
                 # a clause that is no event may share its sentence with one of the same type, which the mapper rightly finds
                 and not any(g["type"] == n["looks_like"] and g["quote_contains"] in m.quote for g in gold["events"])]
        assert not wrong, f"{n['quote_contains']!r} mapped as {n['looks_like']}: {n['why']}"


def test_precision_recall_f1_and_dates_as_documented():
    class M:
        def __init__(self, type_: str, quote: str, day: date | None) -> None:
            self.type, self.quote, self.date = type_, quote, day

    d1, d2 = date(2023, 11, 24), date(2023, 11, 25)
    gold = [GoldEvent("release", "freed 24", d1), GoldEvent("release", "freed 17", d2), GoldEvent("talks", "talks", None)]
    mapped = [M("release", "Hamas freed 24 hostages.", d1), M("release", "Hamas freed 17 more.", d1),
              M("offer", "Hamas offered talks.", None), M("talks", "The talks went on.", None)]
    t = tally(gold, mapped)
    assert (t["release"].matched, t["release"].dated, t["release"].dates_right) == (2, 2, 1)
    assert (t["offer"].precision, t["offer"].recall) == (0.0, 1.0)
    total = overall(t.values())
    assert (total.gold, total.mapped, total.matched) == (3, 4, 3)
    assert total.precision == 0.75 and total.recall == 1.0 and abs(total.f1 - 6 / 7) < 1e-12
    assert total.date_accuracy == 0.5
