"""Sentence splitting that keeps exact offsets, so every quote is a substring of the article."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) and
# white space, unless the word before is a common abbreviation or an initial.
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+|$)")
_LOWER_NEXT = re.compile(r"\s+[\"'“‘(]?[a-z]")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov", "st", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e",
}


def sentences(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence; lines are also boundaries (headlines, lists)."""
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        chunk = line.group()
        start = 0
        for m in _END.finditer(chunk):
            before = chunk[start:m.start()].rsplit(None, 1)
            word = before[-1].lower().strip("(\"'“") if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue
            if chunk.endswith("...", 0, m.start() + 1) and _LOWER_NEXT.match(chunk, m.end()):
                continue  # an ellipsis inside a quotation: 'would study "a way out ... with full guarantees"'
            piece = chunk[start:m.end()]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                yield base + start + lead, base + m.end(), piece.strip()
            start = m.end()
        rest = chunk[start:]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            yield base + start + lead, base + start + lead + len(rest.strip()), rest.strip()
