"""Properties of the mapper on any text: it never raises, quotes are the article's own sentences, fields are sane."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from negotiation.mapper import map_article
from negotiation.mapper.scoring import GoldEvent, match

# Sentences built from the words the rules look for, so the properties reach the rules and not only the splitter.
WORDS = st.sampled_from([
    "Hamas", "Israel", "Qatar", "released", "freed", "two", "13", "hostages", "prisoners", "on", "Friday", "yesterday",
    "truce", "extended", "by", "days", "talks", "collapsed", "deal", "reached", "denied", "the", "report", "not", "will",
    "bringing", "total", "to", "58", "for", "every", "10", "late", "October", "Nov.", "24", "in", "exchange", "demanded",
    "recalled", "negotiators", "holds", "200", "a", "dozen", "Filipino", ",", "U.S.", "“", "”", "\n", "1,027", "-",
])
SENTENCE = st.lists(WORDS, min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
ARTICLE = st.one_of(st.lists(SENTENCE, max_size=8).map(" ".join), st.text(max_size=400))
PUBLISHED = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
COUNTS = ("hostages", "prisoners", "days", "held")


@settings(max_examples=300, deadline=None)
@given(ARTICLE, PUBLISHED)
def test_every_quote_is_the_articles_own_text_at_its_offset(text, published):
    for e in map_article(text, published):
        assert text[e.start:e.start + len(e.quote)] == e.quote
        assert e.quote == e.quote.strip() and e.quote


@settings(max_examples=300, deadline=None)
@given(ARTICLE, PUBLISHED)
def test_fields_are_sane_on_any_text(text, published):
    events = map_article(text, published)
    assert [e.start for e in events] == sorted(e.start for e in events)  # article order
    for e in events:
        assert 0 < e.confidence <= 1
        assert e.rule.split(":")[0] == e.type
        assert (e.date is None) == (e.date_text is None)
        if e.date is not None and not re.search(r"\d{4}", e.date_text):
            # Without a stated year, a date is put near publication: within the week after it, or before it.
            assert e.date <= published + timedelta(days=7)
        for name in COUNTS:
            if name in e.fields:
                assert isinstance(e.fields[name], int) and 0 <= e.fields[name] <= 100_000


@settings(max_examples=300, deadline=None)
@given(ARTICLE, PUBLISHED)
def test_one_event_per_type_per_sentence(text, published):
    seen = [(e.start, e.type) for e in map_article(text, published)]
    assert len(seen) == len(set(seen))


@given(st.lists(st.tuples(st.sampled_from(["release", "talks", "offer"]), st.sampled_from(["a", "b", "c"])), max_size=8),
       st.lists(st.tuples(st.sampled_from(["release", "talks", "offer"]), st.sampled_from(["xa", "b y", "cc", "d"])), max_size=8))
def test_matching_is_one_to_one_and_respects_type_and_quote(gold_pairs, mapped_pairs):
    class M:
        def __init__(self, type_: str, quote: str) -> None:
            self.type, self.quote, self.date = type_, quote, None

    gold = [GoldEvent(t, q, None) for t, q in gold_pairs]
    mapped = [M(t, q) for t, q in mapped_pairs]
    matches, missed, spurious = match(gold, mapped)
    assert len(matches) + len(missed) == len(gold)
    assert len(matches) + len(spurious) == len(mapped)
    assert len({id(m.mapped) for m in matches}) == len(matches)
    for m in matches:
        assert m.gold.type == m.mapped.type and m.gold.quote_contains in m.mapped.quote
    # Nothing left unmatched could have been paired: greedy is maximal here.
    for g in missed:
        assert not any(s.type == g.type and g.quote_contains in s.quote for s in spurious)
