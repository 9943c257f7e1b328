"""How well `negotiation map` finds the events a person found: precision, recall, F1, dates, speed.

    python benchmarks/map_eval.py                 # tables for the dev and held-out splits
    python benchmarks/map_eval.py --misses        # also every missed and every spurious event
    python benchmarks/map_eval.py --json          # the figures as JSON
    python benchmarks/map_eval.py --split dev --misses   # while developing rules: never look at held-out misses

Reads corpus/index.yaml and the gold files it names (see corpus/README.md for
the format and the matching rule). Dates are judged twice on the same matched
events: as the mapper's own rules resolve them, and as `dateparser` resolves
the same date words with the publication day as its base. Counts (hostages,
prisoners, days, held) are judged on matched events whose gold gives them.
Throughput is sentences per second over the whole corpus, best of --repeat.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from negotiation.mapper import map_article  # noqa: E402
from negotiation.mapper.dates import resolve, resolve_with_dateparser  # noqa: E402
from negotiation.mapper.rules import RULES  # noqa: E402
from negotiation.mapper.numbers import digits  # noqa: E402
from negotiation.mapper.scoring import GoldEvent, Tally, match, overall, tally  # noqa: E402
from negotiation.mapper.sentences import sentences  # noqa: E402

CORPUS = ROOT / "corpus"
COUNT_FIELDS = ("hostages", "prisoners", "days", "held")


def load_corpus(split: str | None = None) -> list[dict]:
    """Index entries with their text and gold events, in index order."""
    out = []
    for entry in yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8")):
        if split and entry["split"] != split:
            continue
        text = (CORPUS / entry["file"]).read_text(encoding="utf-8")
        gold_path = CORPUS / entry.get("gold", f"gold/{Path(entry['file']).stem}.yaml")
        gold_doc = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        # a day written "2024-01-05" (quoted) or 2024-01-05 (a YAML date) is the same day
        gold = [GoldEvent(e["type"], e["quote_contains"], _day(e["date"]) if e.get("date") is not None else None,
                          {k: v for k, v in e.items() if k not in ("type", "quote_contains", "date")})
                for e in gold_doc.get("events") or []]
        out.append({**entry, "text": text, "gold": gold, "published": _day(entry["published"])})
    return out


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _dateparser_on(mapped, published: date) -> date | None:
    """dateparser on the words the rules took the date from (their note on where the words were found removed)."""
    if not mapped.date_text:
        return None
    words = re.sub(r"\s*\((?:as another sentence dates it|counted back from the breakdown)\)$", "", mapped.date_text)
    return resolve_with_dateparser(words, published)


def _count_of(mapped, name: str):
    if name in mapped.fields:
        return mapped.fields[name]
    terms = mapped.fields.get("terms") or {}
    return terms.get(name)


def evaluate(articles: list[dict]) -> dict:
    own: dict[str, Tally] = {}
    parsed: dict[str, Tally] = {}
    counts_judged = counts_right = 0
    misses: list[str] = []
    for a in articles:
        mapped = map_article(a["text"], a["published"])
        for target, date_of in ((own, None), (parsed, lambda m, p=a["published"]: _dateparser_on(m, p))):
            for kind, t in tally(a["gold"], mapped, date_of).items():
                target.setdefault(kind, Tally()).add(t)
        matches, missed, spurious = match(a["gold"], mapped)
        for pair in matches:
            for name in COUNT_FIELDS:
                if name in pair.gold.fields:
                    counts_judged += 1
                    right = _count_of(pair.mapped, name) == pair.gold.fields[name]
                    counts_right += right
                    if not right:
                        misses.append(f"  {a['file']}: {pair.gold.type} {name} {_count_of(pair.mapped, name)}, gold {pair.gold.fields[name]}: “{pair.gold.quote_contains}”")
            if pair.gold.date is not None and pair.mapped.date != pair.gold.date:
                misses.append(f"  {a['file']}: {pair.gold.type} dated {pair.mapped.date} ({pair.mapped.date_text!r}), gold {pair.gold.date}: “{pair.gold.quote_contains}”")
        misses += [f"  {a['file']}: missed {g.type}: “{g.quote_contains}”" for g in missed]
        misses += [f"  {a['file']}: spurious {m.type} ({m.rule}): “{m.quote[:110]}”" for m in spurious]
    return {"own": own, "dateparser": parsed, "counts": (counts_right, counts_judged), "misses": misses}


def throughput(articles: list[dict], repeat: int) -> tuple[int, float]:
    n = sum(1 for a in articles for _ in sentences(a["text"]))
    best = float("inf")
    for _ in range(repeat):
        for cached in (digits, resolve, *[r for r in RULES if hasattr(r, "cache_clear")]):
            cached.cache_clear()
        started = time.perf_counter()
        for a in articles:
            map_article(a["text"], a["published"])
        best = min(best, time.perf_counter() - started)
    return n, n / best


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}"


def table(name: str, articles: list[dict], result: dict) -> str:
    own, parsed = result["own"], result["dateparser"]
    lines = [f"{name}: {len(articles)} articles, {sum(len(a['gold']) for a in articles)} gold events",
             f"  {'type':<16}{'gold':>5}{'mapped':>7}{'match':>6}{'P %':>7}{'R %':>7}{'F1 %':>7}{'dates %':>9}"]
    for kind in sorted(own):
        t = own[kind]
        lines.append(f"  {kind:<16}{t.gold:>5}{t.mapped:>7}{t.matched:>6}{_pct(t.precision):>7}{_pct(t.recall):>7}{_pct(t.f1):>7}{_pct(t.date_accuracy):>9}")
    total, total_dp = overall(own.values()), overall(parsed.values())
    lines.append(f"  {'all':<16}{total.gold:>5}{total.mapped:>7}{total.matched:>6}{_pct(total.precision):>7}{_pct(total.recall):>7}{_pct(total.f1):>7}{_pct(total.date_accuracy):>9}")
    right, judged = result["counts"]
    lines.append(f"  dates right, own rules: {total.dates_right}/{total.dated} ({_pct(total.date_accuracy).strip()} %);"
                 f" dateparser on the same words: {total_dp.dates_right}/{total_dp.dated} ({_pct(total_dp.date_accuracy).strip()} %)")
    lines.append(f"  counts right (hostages, prisoners, days, held): {right}/{judged}")
    return "\n".join(lines)


def summary(articles: list[dict], result: dict) -> dict:
    total, total_dp = overall(result["own"].values()), overall(result["dateparser"].values())
    return {
        "articles": len(articles),
        "per_type": {k: {"gold": t.gold, "mapped": t.mapped, "matched": t.matched, "precision": t.precision, "recall": t.recall, "f1": t.f1,
                         "date_accuracy": t.date_accuracy} for k, t in sorted(result["own"].items())},
        "overall": {"gold": total.gold, "mapped": total.mapped, "matched": total.matched, "precision": total.precision,
                    "recall": total.recall, "f1": total.f1},
        "dates": {"own_rules": {"right": total.dates_right, "judged": total.dated},
                  "dateparser": {"right": total_dp.dates_right, "judged": total_dp.dated}},
        "counts": {"right": result["counts"][0], "judged": result["counts"][1]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list missed, spurious and misdated events")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--repeat", type=int, default=5, help="runs for the throughput figure (best is kept)")
    parser.add_argument("--split", choices=("dev", "heldout"), help="only this split (develop with --split dev)")
    args = parser.parse_args()
    report = {}
    for split in (args.split,) if args.split else ("dev", "heldout"):
        articles = load_corpus(split)
        if not articles:
            if split == "heldout" and not args.json:
                print("unseen (held out): no article is held out now; every round has been developed on. Write the next round\n"
                      "  (corpus/README.md: gold written blind, committed before the mapper runs on it) to measure again.\n")
            continue
        result = evaluate(articles)
        report[split] = summary(articles, result)
        if not args.json:
            print(table({"dev": "seen (dev)", "heldout": "unseen (held out)"}[split], articles, result))
            if args.misses:
                print("\n".join(result["misses"]) or "  (none)")
            print()
    every = load_corpus(args.split)
    n, rate = throughput(every, args.repeat)
    report["throughput"] = {"sentences": n, "sentences_per_second": rate}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"throughput: {n} sentences, {rate:,.0f} sentences/s (best of {args.repeat}, caches cleared each run)")


if __name__ == "__main__":
    main()
