"""Numbers as the articles write them: digits, "1,027", words ("thirteen", "two dozen"), via text2num."""

from __future__ import annotations

import re
from functools import lru_cache

_DOZEN = re.compile(r"\b(?:a|one|two|three|half a)\s+dozen\b", re.I)
_DOZENS = {"a": 12, "one": 12, "two": 24, "three": 36, "half a": 6}


@lru_cache(maxsize=4096)
def digits(sentence: str) -> str:
    """The sentence with number words turned into digits ("two hostages" -> "2 hostages")."""
    from text_to_num import alpha2digit

    text = _DOZEN.sub(lambda m: str(_DOZENS[m.group().lower().rsplit(" ", 1)[0].strip()]), sentence)
    try:
        text = alpha2digit(text, "en", threshold=0)
    except Exception:  # text2num gives up on odd input; the digits already there still count
        pass
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)


def as_int(value: str) -> int | None:
    try:
        return int(value.replace(",", ""))
    except ValueError:
        return None
