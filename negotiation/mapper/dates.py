"""Dates relative to the publication day: "on Friday", "yesterday", "late October", "Nov. 24", "2023-12-02".

Own rules come first: they know news conventions (a bare weekday in a past-tense
sentence is the last such day on or before publication; "late October" is a
month-precision date). `dateparser` is the fallback for an explicit date phrase
the rules do not read, and `benchmarks/map_eval.py` measures both.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import attrs

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
MONTH_ABBR = {name[:3]: i for name, i in MONTHS.items()} | {"sept": 9}
# A month name ends at a word boundary: "in Mariupol" is no "in Mar", "Decembrists" no "Dec".
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
FUTURE = re.compile(r"\b(will|would|is due|are due|scheduled|expected to|set to|plans? to|planned|is to|are to|could|may)\b", re.I)


@attrs.frozen
class Dated:
    day: date | None
    precision: str  # day, week, month, approximate
    text: str | None  # the words the date came from


NONE = Dated(None, "approximate", None)


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBR[word[:4] if word.startswith("sept") else word[:3]]


def _year_for(month: int, day: int, published: date) -> int:
    """The year that puts the date on or before publication (allowing a few days for announced plans)."""
    year = published.year
    try:
        if date(year, month, day) > published + timedelta(days=7):
            year -= 1
    except ValueError:
        pass
    return year


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?", re.I)),
    ("day_month", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?", re.I)),
    # "in December 2022": the month of a year named
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b", re.I)),
    # "on the 24th": that day of the publication's month (or the month before, when it is still to come)
    ("ordinal_day", re.compile(r"\bon the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?! (?:day|anniversary|round|time|floor|century))", re.I)),
    ("part_month", re.compile(rf"\b(?P<part>late|early|mid|the end of|the beginning of|the middle of)[\s-]+{_MONTH}", re.I)),
    ("last_month", re.compile(r"\b(?:(?P<part>late|early|mid|the end of|the beginning of|the middle of|earlier)[\s-]+)?(?P<which>last|this) month\b", re.I)),
    ("days_ago", re.compile(r"\b(?P<n>\d+|two|three|four|five|six) days (?:ago|earlier)\b", re.I)),
    ("weeks_ago", re.compile(r"\b(?P<n>a|one|\d+|two|three|four) weeks? (?:ago|earlier)\b", re.I)),
    ("yesterday", re.compile(r"\b(yesterday|last night|overnight)\b", re.I)),
    ("today", re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|currently|at present|as of now)\b", re.I)),
    ("day_before", re.compile(r"\bthe (day|night) before\b", re.I)),
    # "on Friday of last week": that weekday in the week before publication's (before "last week" alone)
    ("weekday_last_week", re.compile(r"\b(?:on )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday) of last week\b", re.I)),
    ("this_week", re.compile(r"\b(earlier (this|in the) week|this week|last week)\b", re.I)),
    ("weekday", re.compile(r"\b(?:on |last |this |late |early )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b", re.I)),
    # Not "since January": that is when a period began ("the heaviest strikes since January"), not the event's day.
    ("in_month", re.compile(rf"\b(?:in|during)\s+{_MONTH}(?!\s+\d)", re.I)),
]


_MONTH_ANY = _MONTH.replace("(?P<month>", "(?:")
MONTH_NAME = _MONTH_ANY  # a month's name or abbreviation, for the rules that must know one when they see it
# "JERUSALEM, Nov 22 - ", "RAMALLAH, West Bank, Dec 19 - ", "DOHA, Nov 28 (Reuters) - ", " date 2023-12-02 Tel Aviv, Israel – ": the day the story was filed;
# so is the day in brackets after the place, "KANDAHAR, Afghanistan (Jan 1) — ", "JERUSALEM (July 4) — " (round 15).
_FILED_DAY = rf"(?:{_MONTH_ANY}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ANY})(?:,?\s+\d{{4}})?"
DATELINE = re.compile(
    rf"^\W*(?:date\s+\d{{4}}-\d{{2}}-\d{{2}}\b|(?:[A-Z][\w.'’/ -]*,\s*){{0,3}}{_FILED_DAY}\s*(?:\([^)]*\))?\s*[-–—:]"
    rf"|(?:[A-Z][\w.'’/ -]*,\s*){{0,3}}[A-Z][\w.'’/ -]*?\s*\({_FILED_DAY}\)\s*[-–—:])", re.I)


_TRUCE = r"(?:truce|pause|ceasefire|cease-fire|lull)"
_DEALT = r"(?:deal|agreement|accord|exchange|swap|ceasefire|truce)"
_TOOK_EFFECT = r"(?:began|started|took effect|came into effect|went into effect|took hold|came into force|went into force)"
_A_DAY = rf"(?:{_MONTH_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_ANY}(?:\s+\d{{4}})?)"
# Clauses that date another event than the sentence's own: the event type they date (None: no type's),
# and the words. "The pause, which began on November 24 ..., expired at 7 a.m.": November 24 is the start,
# not the expiry; "the exchange agreed at talks in Istanbul last week": last week is the agreement's.
BACKGROUND: list[tuple[str | None, re.Pattern[str]]] = [
    ("truce_start", re.compile(rf"\b{_TRUCE}\b[^,.;]{{0,30}}?,? (?:which|that) (?:\w+ ){{0,3}}?{_TOOK_EFFECT}\b[^,;]*", re.I)),
    ("truce_start", re.compile(rf"\bsince the (?:\w+ ){{0,2}}{_TRUCE} {_TOOK_EFFECT}\b[^,;]*", re.I)),
    # "The ceasefire was signed in Jeddah on May 20 and took effect on the evening of May 22": the start's own day, in
    # a clause after another event's
    ("truce_start", re.compile(rf"(?:,|\band) {_TOOK_EFFECT} (?:at \w+ )?(?:on |at )?(?:the (?:evening|morning|night|afternoon) of )?{_A_DAY}", re.I)),
    ("agreement", re.compile(rf"\b{_DEALT}\b,? (?:which|that) (?:[\w'’-]+ ){{0,6}}?(?:agreed|reached|signed|struck|approved|sealed|brokered)\b[^,;]*", re.I)),
    ("agreement", re.compile(rf"\b{_DEALT} (?:agreed|reached|signed|struck|sealed|brokered|approved) (?:at|in|on|during|by|last|earlier)\b[^,;]*", re.I)),
    # "killed in the October 7 attack": a day that names an earlier event; "is to run for 180 days, until January 29,
    # 2024": the day a truce ends (a breakdown's own day, when the sentence is one)
    (None, re.compile(rf"\bthe {_MONTH_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?,? (?:[\w-]+ )?(?:attacks?|raids?|massacre|assault|invasion|incursion|offensive|abductions?|kidnappings?|rampage|killings?)\b", re.I)),
    # "Lebanon truce extended to February 18": the new last day, not the day of the extension
    (None, re.compile(rf"\b(?:extended|prolonged|renewed) (?:\w+ )?(?:to|through|till) {_A_DAY}\b", re.I)),
    ("breakdown", re.compile(rf"\buntil {_A_DAY}\b", re.I)),
    # (round 19) the participle's clause ends at the sentence's own verb: "Seven Estonian men kidnapped at gunpoint while
    # cycling ... were freed early on Thursday", "consular employees abducted by gunmen in Tripoli a week earlier have been
    # freed, Tunisia said on Friday" (the abduction's day words are masked, the release's are not)
    (None, re.compile(r"\b(?:who|which|that) (?:was|were|had been) (?:seized|abducted|kidnapped|taken|captured|arrested)\b[^,;]*|\b(?:seized|abducted|kidnapped|captured|taken (?:hostage|captive)) (?:in|on|during|at)\b[^,;]*?(?=\s+(?:were|was|are|is|have|has|had)\b|[,;]|$)"
                     # "by gunmen", "from the college": only a short clause that an auxiliary ends ("... abducted from Chibok
                     # three years ago arrived in Abuja on Sunday" has no auxiliary to end it, and is left whole)
                     r"|\b(?:seized|abducted|kidnapped|captured|taken (?:hostage|captive)) (?:by|from)\b(?:\s+[^\s,;]+){1,8}?(?=\s+(?:were|was|are|is|have|has|had)\b|[,;]|$)", re.I)),
    # (round 19) "agreed to emergency humanitarian action ..., starting in January": when an agreed step begins, not
    # the day it was agreed
    (None, re.compile(rf"\b(?:starting|beginning|commencing|effective) (?:in |on |from )?(?:early |late |mid-)?{_MONTH_ANY}\b[^,;]*", re.I)),
    # "the first swap since Ukrainian troops pushed into Kursk on Aug. 6", "the heaviest strikes since January": a
    # "since" clause dates when a period began, another event than the sentence's (a truce's start is owned above),
    # except for talks, a state that holds since that day ("negotiations have been ongoing since October 8").
    # (round 20) but "Forty-six Ivorian soldiers held in Mali since July were freed ... on Saturday": a "since" and its
    # day right before the sentence's own verb end there
    (None, re.compile(rf"\bsince (?:{_MONTH_ANY}|\d{{4}})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?(?=\s+(?:were|was|are|is|have|has|had)\b)", re.I)),
    ("talks", re.compile(rf"\bsince\b(?! the (?:\w+ ){{0,2}}{_TRUCE} {_TOOK_EFFECT}\b)(?!\s+(?:{_MONTH_ANY}|\d{{4}})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\s+(?:were|was|are|is|have|has|had)\b)[^,;]*", re.I)),
    # "had said it would free the men on Monday and Wednesday, but in the end released them all at once": the plan's
    # days, overturned by the deed after "but".
    (None, re.compile(r"\b(?:would|will|planned to|was to|were to|intended to)\b[^;]*?(?=\bbut (?:in the end|eventually|finally|instead|ultimately)\b)", re.I)),
    # "Hamas blamed Israel for the end of the truce, saying Israel had refused overnight": what was said happened earlier.
    (None, re.compile(r",\s*(?:saying|adding|arguing|complaining) (?:that )?[^.;]*?\bhad\b[^.;]*", re.I)),
]


_ANY_BACKGROUND = re.compile(r"\b(?:which|that|who|since|starting|beginning|commencing|effective|but (?:in the end|eventually|finally|instead|ultimately)|saying|adding|arguing|complaining|agreed|reached|signed|struck|sealed|brokered|approved|seized|abducted|kidnapped|captured|taken"
                             # the clauses a type owns when they date its own event (a truce that took effect, a truce's end)
                             r"|effect|force|hold|began|started|until|extended|prolonged|renewed)\b", re.I)


def dates_other_events(sentence: str) -> bool:
    """Whether the sentence may hold a clause that dates another event (a cheap look: then the date depends on the type)."""
    return bool(_ANY_BACKGROUND.search(sentence))


def _background_masked(sentence: str, event_type: str | None) -> str:
    """The sentence with the clauses that date other events blanked out (same length, so offsets hold)."""
    for owner, pattern in BACKGROUND:
        if owner is not None and owner == event_type:
            continue
        sentence = pattern.sub(lambda m: " " * len(m.group()), sentence)
    return sentence


# "The group said on Saturday that it had offered ... on Friday": the day of saying dates the report, and another day
# word after it dates what was said to have happened.
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|stated|confirmed|reported|claimed|added)\s+(?:\w+\s+)?(?:(?:late|early)\s+)?(?:on\s+)?"
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last night)\b", re.I)


def _after_saying(sentence: str, published: date) -> Dated | None:
    """The date of what was said, when the sentence dates both the saying and it (None otherwise)."""
    said = _SAID_ON.search(sentence)
    if said is None:
        return None
    rest = sentence[said.end():]
    found = _resolve(" " * said.end() + rest, published)
    return found if found.day is not None else None


@lru_cache(maxsize=1024)  # each rule that fires on a sentence asks for its date
def resolve(sentence: str, published: date, event_type: str | None = None) -> Dated:
    """The date of the sentence's event (of `event_type`, when given), resolved against `published`.

    A dateline gives the day the story was filed, not the day of what the
    sentence reports, so the words after it are read first; the dateline is
    the fallback, marked approximate. Date words inside a clause about another
    event ("which began on November 24", "agreed ... last week") are not the
    sentence's event's date, unless that clause is about an event of `event_type`.
    """
    own = _own_clause_date(sentence, published, event_type)
    if own is not None:
        return own
    line = DATELINE.match(sentence)
    if line and line.end() < len(sentence):
        found = _resolve(_background_masked(sentence[line.end():], event_type), published)
        if found.day is not None:
            return found
        filed = _resolve(line.group(), published)
        return Dated(filed.day, "approximate", filed.text) if filed.day else NONE
    masked = _background_masked(sentence, event_type)
    return _after_saying(masked, published) or _resolve(masked, published)


# "arrived in Abuja on Sunday, a day after the Federal Government secured their release": the release in the
# clause is a day before the sentence's day.
_DAY_AFTER_RELEASE = re.compile(r"\b(?:a|one) day after (?:the )?[^,;]{0,60}?\b(?:released|freed|secured (?:their|his|her|the) (?:release|freedom)|release|swap|exchange|handover)\b", re.I)


def _own_clause_date(sentence: str, published: date, event_type: str | None) -> Dated | None:
    """The date a clause gives the event it is about, when the sentence's event is that one: "since the truce began
    on Friday" dates a truce's start from its own day word (not "Wednesday's releases" before it); "on Sunday, a
    day after ... secured their release" dates the release a day before Sunday."""
    if event_type is None:
        return None
    for owner, pattern in BACKGROUND:
        if owner == event_type and owner != "talks":
            clause = pattern.search(sentence)
            found = _resolve(clause.group(), published) if clause else NONE
            if found.day is not None:
                return found
    if event_type == "release" and "day after" in sentence:
        after = _DAY_AFTER_RELEASE.search(sentence)
        if after:
            found = _resolve(_background_masked(sentence[: after.start()], event_type), published)
            if found.day is not None:
                return Dated(found.day - timedelta(days=1), found.precision, f"a day after {found.text}")
    return None


def _quoted(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_LAST_YEAR = re.compile(r",?\s+last year\b", re.I)


def _resolve(sentence: str, published: date) -> Dated:
    for kind, pattern in PATTERNS:
        m = pattern.search(sentence)
        if not m:
            continue
        text = m.group().strip()
        if text.endswith(".") and not re.search(r"\b[A-Za-z]{3,4}\.$", text):
            text = text[:-1]  # a full stop after "24 November", not an abbreviation's
        try:
            if kind == "iso":
                return Dated(date(int(m["y"]), int(m["m"]), int(m["d"])), "day", text)
            if kind in ("month_day", "day_month"):
                month, day = _month_number(m["month"]), int(m["day"])
                year = int(m["year"]) if m["year"] else _year_for(month, day, published)
                if not m["year"] and _LAST_YEAR.match(sentence, m.end()):
                    year, text = published.year - 1, f"{text} last year"  # "on June 9 last year"
                return Dated(date(year, month, day), "day", text)
            if kind == "month_year":
                return Dated(date(int(m["year"]), _month_number(m["month"]), 15), "month", text)
            if kind == "ordinal_day":
                day = int(m["day"])
                first = published.replace(day=1)
                near = re.split(r"[,;:—–]", sentence[max(0, m.start() - 60): m.start()])[-1]
                if day > published.day and not FUTURE.search(near):  # still to come this month, yet told as past
                    first = (first - timedelta(days=1)).replace(day=1)
                return Dated(first.replace(day=day), "day", text)
            if kind == "weeks_ago":
                n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get(m["n"].lower()) or int(m["n"])
                return Dated(published - timedelta(days=7 * n), "week", text)
            if kind == "part_month":
                month = _month_number(m["month"])
                part = m["part"].lower()
                day = 25 if part in ("late", "the end of") else 5 if part in ("early", "the beginning of") else 15
                return Dated(date(_year_for(month, day, published), month, day), "month", text)
            if kind == "last_month":
                first = published.replace(day=1)
                if m["which"].lower() == "last":
                    first = (first - timedelta(days=1)).replace(day=1)
                part = (m["part"] or "").lower()
                day = 25 if part in ("late", "the end of") else 5 if part in ("early", "the beginning of") else 15
                return Dated(first.replace(day=min(day, 28)), "month", text)
            if kind == "days_ago":
                n = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(m["n"].lower()) or int(m["n"])
                return Dated(published - timedelta(days=n), "day", text)
            if kind == "yesterday":
                return Dated(published - timedelta(days=1), "day", text)
            if kind == "today":
                if _quoted(sentence, m.start()):
                    continue  # "today" in someone's words is the day they spoke, which the sentence does not give
                return Dated(published, "day", text)
            if kind == "day_before":
                return Dated(published - timedelta(days=1), "approximate", text)
            if kind == "weekday_last_week":
                monday = published - timedelta(days=published.weekday() + 7)
                return Dated(monday + timedelta(days=WEEKDAYS.index(m["wd"].lower())), "day", text)
            if kind == "this_week":
                monday = published - timedelta(days=published.weekday())
                if text.lower() == "last week":
                    return Dated(monday - timedelta(days=7), "week", text)
                return Dated(monday, "week", text)
            if kind == "weekday":
                wanted = WEEKDAYS.index(m["wd"].lower())
                back = (published.weekday() - wanted) % 7
                # the future marker counts in the weekday's own clause only ("Trump's plan to end the war, Trump
                # announced late on Wednesday" is past: the plan's "to" is in another clause)
                near = re.split(r"[,;:—–]", sentence[max(0, m.start() - 60): m.start()])[-1]
                if FUTURE.search(near) and back:
                    return Dated(published + timedelta(days=7 - back), "day", text)
                if not back and text.lower().startswith("last "):
                    back = 7  # "last Tuesday" in a Tuesday paper is the week before, not the day itself
                return Dated(published - timedelta(days=back), "day", text)
            if kind == "in_month":
                month = _month_number(m["month"])
                return Dated(date(_year_for(month, 15, published), month, 15), "month", text)
        except (ValueError, KeyError):
            continue
    return NONE


def resolve_with_dateparser(phrase: str, published: date) -> date | None:
    """What dateparser makes of a date phrase, with the publication day as its base (for comparison)."""
    import datetime as dt

    import dateparser

    found = dateparser.parse(phrase, settings={"RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)), "PREFER_DATES_FROM": "past"})
    return found.date() if found else None
