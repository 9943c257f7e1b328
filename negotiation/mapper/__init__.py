"""The rule-based article mapper: news text in, typed candidate events out.

`map_article(text, published)` is a pure function of the article's text and
its publication date. It splits sentences, resolves dates against the
publication date, reads numbers written as words, finds actors from an
editable dictionary (`actors.yaml`), and applies rule families per event type,
each with guards for the mentions that are not events (scheduled releases,
running totals, denied reports, a truce that "ended" only to be extended).
"""

from negotiation.mapper.rules import MappedEvent, map_article

__all__ = ["MappedEvent", "map_article"]
