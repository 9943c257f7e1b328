"""The rule families: for each event type, what a sentence must say, and what it must not.

Each rule reads one sentence (with numbers already turned into digits) and
returns the type's fields or None. Guards keep mentions that are not events out:
modal or future wording ("will be freed", "scheduled"), negation, running totals
("bringing the total to 50"), a denied report (a denial, not an agreement), a
truce that "ended" only to be extended, an extension *term* ("a day for every
10 hostages") rather than an extension.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from datetime import date, timedelta
from typing import Any

import attrs

from negotiation.mapper.actors import Actor, load_actors, mentions
from negotiation.mapper.dates import DATELINE, MONTH_NAME, Dated, dates_other_events, resolve
from negotiation.mapper.numbers import digits
from negotiation.mapper.sentences import sentences

MAX_CHARS = 2 * 1024 * 1024


@attrs.frozen
class MappedEvent:
    """A candidate event read from one sentence."""

    type: str
    quote: str
    start: int
    date: date | None
    date_precision: str
    date_text: str | None
    confidence: float
    rule: str
    fields: dict[str, Any] = attrs.field(factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "date": self.date.isoformat() if self.date else None, "date_precision": self.date_precision,
            "date_text": self.date_text, "quote": self.quote, "confidence": round(self.confidence, 2), "rule": self.rule,
            **self.fields,
        }


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


class _Look:
    """A cheap first look for a rule's stems: a lower-case pattern searched case-sensitively in the lowered
    sentence (several times faster than an IGNORECASE alternation; only a yes or no, so offsets do not matter)."""

    def __init__(self, pattern: str) -> None:
        self._pattern = re.compile(pattern)

    def search(self, text: str) -> bool:
        return self._pattern.search(_lowered(text)) is not None


@lru_cache(maxsize=16)  # a sentence is lowered once for all the cheap looks of all the rules, not once per look
def _lowered(text: str) -> str:
    return text.lower()


# "May" is a month as often as a modal ("KYIV, May 24 -", "on May 6"): only a lower-case "may" not before a day counts.
# "are also to be handed over", "were still due to": an adverb may stand between the auxiliary and its modal
# (only an adverb: "is believed to be holding" is a belief, not a future).
MODAL = _rx(r"\b(will|would|could|might|(?-i:may)(?!\s+\d)|should|shall|(?:is|are|was|were) (?:also |still |now |yet |soon |then |first |only )?(?:due to|set to|expected to|scheduled to|to be)|(?:is|are|was|were) (?:meant|supposed|intended) to|scheduled|expected to|set to|plans? to|planned|hopes? to|to be (?:\w+ )?(?:released|freed|handed|returned|exchanged)|if|unless|possible|potential(?:ly)?|proposed)\b")
NEGATION = _rx(r"\b(no|not|never|n't|neither|nor|without|refused|failed to)\b")
# "a total of 24" is usually this batch summed; "bringing the total to 58" and "so far" are running totals.
RUNNING_TOTAL = _rx(r"(bringing|brings|brought|raising|raises|taking|takes|pushing|pushes) the (?:overall |total )?(?:total|number|tally|count)[^.;]*?\bto\s+(?:more than |over |nearly |almost |about |around |some )?\d+|\b(?:brought|brings|bringing|raises|raised|raising|takes|took|taking) to \d+ the (?:number|total|tally|count)[^.;]*|\ba total of \d+ (?:\w+ ){0,5}have (?:now )?been|^\W*there have (?:now )?been \d+ (?:[\w-]+ )?(?:swaps|exchanges|releases|handovers)\b[^.;]*|\b\d+ (?:\w+ ){0,3}(?:so far|to date)|\b(?:so far|to date)[^.;]{0,40}|\bsince the (?:truce|deal|pause|ceasefire|exchanges?) (?:began|started|took effect)[^.;]*|\bthe (?:overall|total) (?:number|tally|count) [^.;]*"
    # "As of Wednesday night, 102 hostages had been released", "In all, 81 have been freed": a tally at a point in time.
    r"|^\W*(?:as of|by|up to|until) (?:late |early )?(?:\w+ ){0,2}(?:night|morning|evening|afternoon|day|today|now)\b[^.;]*|(?:^\W*|,\s*)(?:in all|altogether|in total|overall|cumulatively), [^.;]*"
    # "81 hostages have been released since ...": a count in the perfect tense, running up to now.
    r"|\b\d+ (?:[\w'’-]+ ){0,4}(?:have|has|had) (?:now |so far |in all )?been (?:released|freed|returned|exchanged|handed over)\b(?=[^.;]*\bsince\b)[^.;]*"
    # "3,520 people had now been brought home", "has freed a total of 1,027", "the number of captives ... had reached 1,788",
    # "it was the 55th prisoner exchange of the war": a tally up to now, not this batch.
    r"|\b\d+ (?:[\w'’-]+ ){0,4}(?:have|has|had) now been (?:released|freed|returned|exchanged|handed over|brought home|swapped)\b[^.;]*"
    r"|\b(?:has|have|had) (?:now |so far )?(?:freed|released|returned|exchanged|brought home) a total of \d+[^.;]*"
    # "Israel has so far freed 210 prisoners", "97 hostages have left Gaza since the truce began": the perfect
    # summing up to now, whichever verb of leaving or freeing it takes.
    r"|\b(?:has|have|had) (?:so far|to date|thus far) (?:\w+ )?(?:freed|released|returned|exchanged|handed over|brought home|swapped)\b[^.;]*"
    r"|\b\d+ (?:[\w'’-]+ ){0,4}(?:have|has|had) (?:now |so far |in all )?(?:left|returned|come out|come home|gone home|crossed|got out|walked free)\b(?=[^.;]*\bsince\b)[^.;]*"
    # "Hamas has freed 25 hostages since Friday": the perfect with "since" sums up to now
    # (not a comparison: "has brought home 215 ... in the largest exchange since the invasion began")
    r"|\b(?:has|have) (?:now )?(?:freed|released|returned|exchanged|brought home) \d+ (?=[^.;]*\bsince\b)(?![^.;]*\b(?:first|most|\w+est)\b(?: [\w-]+){0,4} since\b)[^.;]*"
    r"|\bthe (?:overall |total )?number of\b[^.;]{0,80}\b(?:reached|rose to|risen to|stood at|stands at|climbed to)\s+\d+[^.;]*"
    r"|\bthe \d+(?:st|nd|rd|th) (?:[\w-]+ )?(?:exchange|swap|release|handover)s? (?:of|since)\b"
    # "With Wednesday's exchange, 4,131 people ... have been returned": the tally the latest batch brings
    r"|^\W*with (?:this|the|that|[\w-]+['’]s) (?:latest |last |new )?(?:exchange|swap|release|handover)s?,[^.;]*\b(?:have|has) (?:now )?been\b[^.;]*")
HOSTAGE_NOUNS = (r"hostages?|captives?|warriors|abductees?|israelis?|thais?|thai nationals?|foreigners?|foreign nationals?|nationals?|filipinos?|americans?|citizens?|women|children|people|civilians|soldiers?|men|detainees? held by hamas|russian-israelis?|dual nationals?|ukrainians|russians|britons|germans|nepalis|lebanese|minors|teenagers|boys|girls|servicem[ae]n|servicewom[ae]n|service members|troops|fighters|sailors|journalists|passengers|crew members|seafarers|students|schoolchildren|pupils|missionaries|tourists|(?:aid |farm )?workers"
    # People of other wars and other trades, so a new conflict's wording is counted ("32 Armenians", "three agents").
    r"|armenians|azerbaijanis|saudis|houthis|yemenis|sudanese|cubans|venezuelans|afghans|syrians|iraqis|egyptians|belarusians"
    r"|georgians|kurds|chinese|japanese|koreans|australians|canadians|indians|pakistanis|turks|french nationals|italians"
    r"|agents|spies|personnel|military|defenders|rebels|militants|officers|contractors|crew(?: members)?|crewmen|crewman|seamen|seaman|pilots|dissidents"
    r"|activists|reporters|students|tourists|fishermen|fisherman|seafarers|missionaries|doctors|nurses|man|woman|person|persons"
    # (round 14) "freed 13 Greek Orthodox nuns", "eight residents of its Kursk region were brought back", "the schoolgirls"
    r"|nuns|priests|monks|clergymen|schoolgirls|schoolboys|residents|villagers|engineers|employees"
    # (round 15) "freed a diabetic passenger", "nearly 300 other merchant mariners are still being held"
    r"|passenger|mariners|hijack victims"
    # (round 19) "Seven Estonian cyclists freed", "48 pilgrims", "two teachers at the American University", "All ten
    # Tunisian consulate staff freed": travellers and staff, as the captives of other kidnappings are named
    r"|cyclists|hikers|climbers|trekkers|backpackers|travell?ers|pilgrims|professors|teachers|lecturers|academics|staff|staffers"
    # any other people named by their country, in capitals: "The Indonesians ... were released", "20 Malaysians"
    r"|(?-i:[A-Z][a-z]{2,}(?:ians|eans|ans|ese))")
PRISONER_NOUNS = r"(?:palestinian |iranian |russian |ukrainian )?(?:prisoners?|detainees?|inmates?)|palestinians|iranians|prisoners of war|pows?"
# (round 19) and an ordinal in digits, as number words become ("A fifth American, ..., was released" is one)
_ADJECTIVES = r"more|other|additional|further|us|u\.s\.|british|french|german|israeli|thai|foreign|palestinian|american|iranian|russian|ukrainian|female|male|elderly|young|civilian|dual|captive|detained|jailed|\d+(?:st|nd|rd|th)"
# Any other describing words may stand between a number and its noun ("five innocent Americans", "20 remaining
# living hostages"), but not words that make the number count something else ("5 days after", "13 of the").
_NOT_DESCRIBING = r"(?:of|for|and|or|in|on|at|to|from|by|with|after|before|than|were|was|are|is|have|had|has|who|which|that|days?|hours?|weeks?|months?|years?|percent|per)\b"
_DESCRIBING = rf"(?:(?:{_ADJECTIVES})[\s-]+|(?!{_NOT_DESCRIBING})[a-z][\w'’]*[\s-]+(?=(?:[a-z][\w'’-]*[\s-]+){{0,2}}(?:{PRISONER_NOUNS}|{HOSTAGE_NOUNS})\b))"
# "150 of its service members": a party's own people counted with a possessive partitive (not "13 of the hostages",
# some of a group already told).
COUNT = re.compile(rf"\b(\d+|an?)\s+(?:of (?:its|their|our|his|her|the) )?((?:{_DESCRIBING}){{0,3}})({PRISONER_NOUNS}|{HOSTAGE_NOUNS})\b", re.I)
# "Seven hostages were handed over ..., and the other 13 later": a bare number continuing the count before it.
OTHER_COUNT = re.compile(r"\b(?:the other|another|a further|the remaining|the last)\s+(\d+)\b(?!\s*(?:-|%|percent|days?|hours?|weeks?|months?|years?|[a-z]+s)\b)", re.I)
# "exchanged 205 soldiers each", "each freed 390 people", "303 prisoners by each side": both sides freed the number.
EACH_SIDE = re.compile(r"\b\d+ (?:[\w-]+ ){0,4}?each\b(?! other)|\beach (?:freed|released|returned|handed over|swapped|exchanged)\b|\b(?:by|from|on|for) each side\b|\bboth sides (?:freed|released|returned|handed over)\b", re.I)
DAYS = re.compile(r"\b(\d+)[- ](?:more |additional |extra |further )?(days?|hours?)\b", re.I)


def _days(text: str) -> int | None:
    """Days of a truce or an extension: "two days", "a 48-hour extension", "another day", "a seventh day"."""
    m = DAYS.search(text)
    if m:
        n = int(m.group(1))
        return n if m.group(2).lower().startswith("day") else (n // 24 if n % 24 == 0 and n else None)
    if re.search(r"\b(?:another|one more|an additional|an extra|a further|a single|one) day\b|\bfor a (?:\w+th|second|third) day\b", text, re.I):
        return 1
    months = re.search(r"\b(\d+)[- ](?:more |additional |extra |further )?months?\b", text, re.I)
    if months:
        return 30 * int(months.group(1))  # "for six months" is 180 days, as the parties count a six-month truce
    return None
TRUCE = r"(?:truce|pause|ceasefire|cease-fire|lull|halt in (?:the )?fighting|humanitarian pause)"
TALKS = r"(?:talks|negotiations?|discussions|dialogue|mediation)"
DEAL = r"(?:deal|agreement|accord|arrangement|treaty)"


# After "a Filipino" the noun stands alone; "an Israeli newspaper" uses it as an adjective.
_STANDS_ALONE = re.compile(r"\s*(?:[,.;:)\"”]|$|(?:and|or|who|was|is|were|had|has|held|being|in|from|to|on|at|with)\b)", re.I)
_IN_EXCHANGE = re.compile(r"\b(?:in exchange for|in return for|exchanged for|swapped for|traded for)\b", re.I)


_PEOPLE = _rx(rf"\b(?:{HOSTAGE_NOUNS}|{PRISONER_NOUNS})\b")


def _counts(text: str) -> dict[str, int]:
    """Hostages and prisoners counted in a sentence, each side of an exchange apart.

    "307 Ukrainian servicemen ... in exchange for 307 Russian soldiers": what is given for the first
    side's people is the other side's, so when both halves name the same kind, the second is the other kind.
    """
    split = _IN_EXCHANGE.search(text)
    if not split:
        return _counts_in(text)
    given, taken = _counts_in(text[: split.start()]), _counts_in(text[split.end():])
    if len(given) == 1 and given.keys() == taken.keys():
        kind = next(iter(taken))
        other = "prisoners" if kind == "hostages" else "hostages"
        if _by_people_only(text[: split.start()]) and not _by_people_only(text[split.end():]):
            # (round 19) "Syrian rebels free 48 Iranians in exchange for more than 2,000 prisoners": the half named by
            # a people ("Iranians") is the one to turn, not the half named by its role ("prisoners")
            given = {other: given[kind]}
        else:
            taken = {other: taken[kind]}
    out = dict(given)
    for kind, n in taken.items():
        out[kind] = out.get(kind, 0) + n
    return out


_ROLE_NOUN = re.compile(r"(?:prisoners?|detainees?|inmates?|hostages?|captives?|abductees?|pows?|prisoners of war)", re.I)


def _by_people_only(text: str) -> bool:
    """Whether the counts in a stretch name their people only by a people or trade ("48 Iranians"), not by a role in
    captivity ("2,000 prisoners", "13 hostages")."""
    nouns = [m.group(3) for m in COUNT.finditer(text)]
    return bool(nouns) and not any(_ROLE_NOUN.fullmatch(n) for n in nouns)


def _counts_in(text: str) -> dict[str, int]:
    """Hostages and prisoners counted in a stretch of text (running totals already removed).

    A breakdown of a count just given ("39 prisoners, six women and 33 minors") is not counted again;
    a swap of "N each" counts N on both sides: N hostages (or captives) and N prisoners.
    """
    found: list[tuple[int, int, str, int]] = []  # start, end, kind, n
    for m in COUNT.finditer(text):
        singular = not m.group(3).lower().endswith(("s", "men", "children", "people"))
        if m.group(1).isdigit():
            n = int(m.group(1))
        elif singular and _STANDS_ALONE.match(text, m.end()):
            n = 1  # "a Filipino", but not "an Israeli newspaper"
        else:
            continue  # "a few hostages", "an unknown number of prisoners"
        if n > 100_000:
            continue
        # Palestinians held by Israel are its prisoners, whatever noun follows ("39 Palestinian women and children").
        prisoner = re.fullmatch(PRISONER_NOUNS, m.group(3), re.I) or re.search(r"\bpalestinian\b", m.group(2), re.I)
        found.append((m.start(), m.end(), "prisoners" if prisoner else "hostages", n))
    out: dict[str, int] = {}
    for _start, _end, kind, n in _without_breakdowns(text, found):
        out[kind] = out.get(kind, 0) + n
    if found:
        _start, last_end, last_kind, _n = found[-1]
        for other in OTHER_COUNT.finditer(text, last_end):
            if not COUNT.match(text, other.start(1)):
                out[last_kind] = out.get(last_kind, 0) + int(other.group(1))
    if len(out) == 1 and EACH_SIDE.search(text):
        n = next(iter(out.values()))
        out = {"hostages": n, "prisoners": n}
    return out


_BREAKDOWN_OPENS = re.compile(r"\s*(?:,|\(|:|-|–|—)\s*(?:including |among them |of whom |of them )?$", re.I)
_BREAKDOWN_NAMED = re.compile(r"\s*(?:,|\(|:|-|–|—)\s*(?:including|among them|of whom|of them|among whom)\s+$", re.I)
_BREAKDOWN_JOINS = re.compile(r"\s*(?:,|and|, and)\s*$", re.I)


def _without_breakdowns(text: str, found: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """Drop counts that only break down the count before them: "39 prisoners, six women and 33 minors"."""
    kept: list[tuple[int, int, str, int]] = []
    i = 0
    while i < len(found):
        head = found[i]
        kept.append(head)
        j, total = i + 1, 0
        # "16 people, among them three U.S. citizens and a green card holder, five Germans and seven Russians": after an
        # explicit "among them" / "including", every count up to the head's number is part of it, whatever joins them.
        named_part = j < len(found) and _BREAKDOWN_NAMED.fullmatch(text[head[1]:found[j][0]])
        while j < len(found) and total < head[3]:
            gap = text[found[j - 1][1]:found[j][0]]
            if not named_part and not (_BREAKDOWN_OPENS.fullmatch(gap) if j == i + 1 else _BREAKDOWN_JOINS.fullmatch(gap)):
                break
            if named_part and total + found[j][3] > head[3]:
                break
            total += found[j][3]
            j += 1
        i = j if j > i + 1 and (total == head[3] or named_part) else i + 1
    return kept


def _first(actors: Sequence[tuple[int, Actor]], before: int | None = None, roles: tuple[str, ...] = ("party", "mediator")) -> str | None:
    for at, actor in actors:
        if actor.role in roles and (before is None or at < before):
            return actor.name
    return None


def _nearest_before(actors: Sequence[tuple[int, Actor]], at: int) -> str | None:
    """The actor named last before `at`: the speaker of "Qatar says ...; Netanyahu says no deal yet"."""
    before = [actor.name for pos, actor in actors if pos < at and actor.role in ("party", "mediator", "organisation")]
    return before[-1] if before else None


Fields = dict[str, Any]
Rule = Callable[[str, str, Sequence[tuple[int, Actor]], str | None], "tuple[str, float, Fields] | None"]
_REPORTED = _rx(r"\b(announcement|reports?|reported|claim(?:ed|s)?|story|stories|media|newspaper|according to|said to|it is said|allegedly|supposed)\b")


_RELEASE_VERB = _rx(
    r"\b(did (?:agree to )?release|released|releases|freed|frees|set free|let go|walked free|walks free|swapped"
    r"|handed (?:over )?(?:\S+ ){0,4}?(?:to|over to) (?:the )?(?:international committee of the )?(?:red cross|icrc|egypt\w*|israel\w*|mediators)|handed (?:back|over)"
    # "the Red Cross said it had collected the 17 from Hamas": people taken in from their captors
    r"|(?:collected|picked up|received) (?:the |all |both )?(?:\d+ )?(?:[\w'’-]+ ){0,2}?(?:hostages?|captives?|prisoners?|detainees?|(?<=the )\d+|(?<=all )\d+) from"
    r"|hand(?:ed|s) (?:him|her|them|(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) (?:over|back) to"
    r"|\blet (?:him|her|them|(?:the|all|both) \d+|(?:the |all |both )?(?:\d+ )?(?:[\w'’-]+ ){0,2}?(?:hostages?|captives?|prisoners?|detainees?|nurses?|workers?|men|women|children|sailors|soldiers|journalists|tourists|missionaries)) go\b(?! (?:in|ahead|forward|through)\b)"
    r"|(?:brought|brings|bring) home|(?:are|is) (?:finally )?coming home|came home|returned home|arrived (?:back )?home|(?:flew|flown) (?:back )?home|returned to (?:israel|ukraine|russia|their families)|(?:were|was) returned"
    r"|(?:were|was) exchanged|exchanged \d+|swaps? \d+|crossed into|arrived in israel|flown out of|flew out of|granted clemency"
    r"|(?:were|was) (?:transferred|handed) to (?:the )?(?:red cross|icrc)|(?:were|was) repatriated|repatriated \d+|(?:were|was) (?:set free|let go|swapped|freed from captivity)"
    r"|(?:exchange|swap|handover|release)\b[^.]{0,60}\b(?:took place|taken place|happened)|confirmed the (?:exchange|swap|handover|release)\b"
    r"|(?:had been|have been|has been) (?:safely |finally )?returned|recovered \d+|returned \d+|(?:gets?|got|getting|won|wins) back \d+|(?:began|started|finished) (?:releasing|freeing|handing over|returning)|returned to (?:their|its|the) (?:homeland|country|home soil|families)"
    r"|(?:was|were|is|are) (?:now )?returning (?:home|to (?:his|her|their) (?:family|families|loved ones|homeland|country))|completed the return of|(?:exchange|swap|handover) (?:goes|went) ahead|carr(?:y|ied) out (?:the |a |an )?(?:[\w-]+ ){0,3}(?:exchange|swap)"
    r"|(?:\w+ )(?:exchange|swap|handover) (?:was |is )?(?:then |finally |successfully |eventually )?(?:completed|carried out)"
    # "On Saturday another 307 servicemen returned": a further batch back
    r"|(?:another|a further) \d+ (?:[\w-]+ ){0,2}?(?:servicem[ae]n|soldiers|prisoners|hostages|captives|detainees|civilians|people|defenders|pows) (?:returned|came home|came back|were returned|were freed|were released)"
    r"|(?:prisoners|hostages|detainees|captives|men|women|soldiers|americans|citizens) changed hands"
    r"|announced the (?:prisoner |hostage )?(?:exchange|swap)(?! (?:deal|agreement|plan|terms)))\b")
# Every alternative of _RELEASE_VERB and of the families below needs one of these stems.
_RELEASE_WORDS = _Look(r"announce|gave|helped|given|stepped|allow|turn|begin|began|start|obtain|releas|free|libert|let |walk|swap|hand|home|return|exchang|cross|arriv|flown|flew|clemency|transferr|repatriat|place|happen|complet|ahead|carr|confirm|recover|liberat|trad|brought|bring|reunit|back|flight|plane|bus|convoy|collect|picked up|receiv|led out|escorted|came out|emerged")

# The release family, told by its parts rather than by phrases: a freeing verb in any tense, with people as its object
# (active) or its subject (passive), so the next war's wording ("Armenia and Azerbaijan exchanged prisoners of war",
# "Saab was released from custody", "five Lebanese prisoners were brought across the border") is read like the last's.
_PEOPLE_WORD = rf"(?:{HOSTAGE_NOUNS}|{PRISONER_NOUNS})"
_NAME_SUBJECT = r"(?<![\w'’-])(?!(?:The|They|It|This|That|These|Those|He|She|We|You|There|Here|What|Which)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_FREEING_ACTIVE = (r"releas(?:ed|es)|free[sd]|liberat(?:ed|es)|hand(?:ed|s) (?:over|back)|returned|repatriated|exchanged|exchanges|swapped|swaps?"
                   r"|traded|trades?(?! unions?\b| unionists?\b)|transferred|(?:brought|brings?) (?:home|back)|set free|reunited"
                   # the present progressive asserts the act under way ("We are handing over the two soldiers")
                   r"|(?:are|is|were|was) (?:now |also |still |finally )?(?:releasing|freeing|handing (?:over|back)|returning|exchanging|swapping|bringing home)")
_FREEING_PASSIVE = (r"released|freed|liberated|handed(?: over| back| to)?|turned over|returned|repatriated|exchanged|swapped|traded|transferred"
                    r"|free(?! (?:to|of|from|and fair)\b)(?!-)|let go"
                    r"|flown|brought (?:home|back|across|to|out)|set free|driven (?:across|to)|(?:safely )?back (?:home|in(?= (?:the )?(?-i:[A-Z]))|on)|home"
                    # (round 19) "King, 63, and Weeks, 50, had been recovered on Tuesday" (not bodies: see _RECOVERED_DEAD)
                    r"|recovered(?! (?:from|by (?:the )?(?:army|troops|police|divers|rescuers)))")
# Words that may stand between a freeing verb and its people ("released three Cuban intelligence agents"),
# but no preposition: "returned to the talks about prisoners" frees nobody.
_OBJECT_GAP = r"(?:(?!(?:of|for|to|from|with|about|on|in|at|by|after|before|that|which|who|over|under)\b)[\w'’,-]+ ){0,4}?"
# One person named by role or kin: "frees father of ...", "was also freeing a Canadian engineer".
ROLE_OR_KIN = (r"father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|grandfather|grandmother"
               r"|teacher|reporter|correspondent|student|priest|missionary|pastor|nun|doctor|nurse|engineer|businessman"
               r"|businesswoman|tourist|activist|pilot|footballer|player|politician|diplomat|marine|veteran|contractor"
               r"|employee|resident|man|woman|boy|girl|child|baby|pair|duo|trio"
               r"|wives|husbands|sons|daughters|brothers|sisters|mothers|fathers|teachers|priests|pastors|nuns|diplomats")
_FREED_OBJECT = rf"{_OBJECT_GAP}(?:{_PEOPLE_WORD}|{ROLE_OR_KIN}|him|her|them)\b"
_FREED_ACTIVELY = _rx(rf"\b(?:{_FREEING_ACTIVE}) {_FREED_OBJECT}"
                      # or a person named right after the verb: first and last name, in capitals
                      rf"|\b(?:{_FREEING_ACTIVE}) (?-i:[A-Z][^\W\d_]+ (?:[A-Z][^\W\d_]+ )?[A-Z][^\W\d_]+)\b"
                      # the act told by a gerund after "by" or a party: "paid a high price by releasing the Americans",
                      # "completed the swap, with Moscow releasing Karelina and Washington freeing Petrov"
                      rf"|\b(?:by|with (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?|with each side|with both sides|each side|both sides) (?:releasing|freeing|handing (?:over|back)|swapping|returning) "
                      rf"(?:{_FREED_OBJECT}|(?-i:[A-Z])[^\W\d_]+)")
# The passive is found from its verb, then its subject looked for just before it (searching the subject first, at
# every word of the sentence, is several times slower): people ("five Lebanese prisoners, Kuntar among them, were
# brought across the border"), or a name ("Saab was released from custody", "Alan Gross, ..., was back in the
# United States").
_PASSIVE_FREED = _rx(rf"\b(?:were|was|have been|has been|had been|are being|is being|are now|is now|are|is|were now|was now) (?:(?!to\b)\w+ )?(?P<verb>{_FREEING_PASSIVE})\b")
_PEOPLE_SUBJECT = _rx(rf"(?:\b{_PEOPLE_WORD}\b[^.;]{{0,60}}|\b\d+ (?:more|others|other|of them)\b[^.;]{{0,20}})$")
# "Hamas has insisted on ... a complete end to the war before it frees all the hostages": a freeing put off until a term is met
_FREEING_PUT_OFF = _rx(r"\b(?:before|until|unless|once|if) (?:it|they|he|she|the group|(?-i:[A-Z])\w+) (?:\w+ )?(?:frees|releases|hands over|returns|free|release)\b"
                      # (round 18) "The girls were to undergo medical checks before being handed back to their families"
                      r"|\bbefore being (?:handed (?:back|over)|returned|reunited|released|freed)\b")
# A clause that only times or conditions something else by a release: "announced only after the soldiers were freed",
# "notify Congress 30 days before any detainee is transferred" ("when 100 prisoners were freed" does tell one).
_TIMED_BY = _rx(r"\b(?:before|after|once|until|unless|if) (?:the |any |a |an |all |every )?$")
_NAMED_SUBJECT = re.compile(rf"{_NAME_SUBJECT}\b[^.;]{{0,90}}$")
_NAMED_SUBJECT_VERBS = _rx(r"released|freed|liberated|handed over|turned over|set free|free|back (?:home|in(?= (?:the )?(?-i:[A-Z])))|home|recovered")
# (round 19) In a sentence of the story (not a headline, which sums up the day: "Five Americans freed by Iran land in
# Doha" is the release, as dev reads it), people named as freed by someone and then travelling were freed before: "Three
# of the Iranian-Americans released by Tehran in a prisoner swap with Washington flew out of Iran on Sunday" (as
# _ALREADY_FREED_MOVED reads "the freed hostages were flown to ...").
_FREED_THEN_TRAVEL = _rx(rf"\b{_PEOPLE_WORD} (?:freed|released|set free) by\b[^.;]{{0,60}}? (?:flew|flown|landed|arrived|travell?ed|headed|left)\b")
# Bodies or remains recovered are the dead found, not captives freed.
_RECOVERED_DEAD = _rx(r"\b(?:bodies|body|remains|corpses?)\b[^.;]{0,80}?\brecovered\b")
_FREED_IN_OTHER_WORDS = _rx(
    # a headline: "Ten Americans home as ...", "Alan Gross home after five years"
    rf"^\W*(?:\d+ (?:[\w-]+ ){{0,2}}{_PEOPLE_WORD}|[A-Z][a-z]+ [A-Z][a-z]+) home\b"
    # "completed the release of all 200", "celebrates the liberation and return to his homeland of our diplomat Alex Saab"
    rf"|\b(?:celebrat\w+|welcom\w+|hail\w+|confirm\w+|completed|completes|greeted|praised) (?:with joy )?(?:the|their|his|her) (?:liberation|release|return|freeing|homecoming)\b(?: and [^.;]{{0,40}}?)? of\b"
    # "Mali's presidency announced on Thursday the release of Sophie Pétronin", "the prosecutor announced the release,"
    rf"|\bannounced (?:(?:on |late |early )?(?:\w+ ){{0,2}})?the (?:[\w'’-]+ )?(?:liberation|release|freeing|handover)(?: of\b|(?=[,.;]))"
    # (round 18) "His mother announced his release in a statement", "It gladdens my heart to announce the release of the
    # abducted students", "the clan gave Johnston up before dawn", "had helped bring about the release of both men"
    rf"|\bannounced (?:his|her|their) (?:release|freedom|liberation)\b|\bto announce the (?:release|freedom|liberation) of\b"
    rf"|\bgave (?:(?-i:[A-Z])[\w'’-]+|him|her|them|(?:the |all |both )?(?:[\w-]+ )?(?:{_PEOPLE_WORD}|{ROLE_OR_KIN})) up\b|\bhelped (?:to )?(?:bring about|secure|win|obtain) the (?:release|freedom) of\b"
    # "the authorities had obtained the freedom of the two hostages"
    rf"|\b(?:obtained|won|gained) the (?:freedom|release) of\b"
    # "our team managed to bring 189 Ukrainians home": the people between the verb and "home"
    rf"|\b(?:bring|brought|brings) (?:\d+ )?(?:[\w-]+ ){{0,2}}?{_PEOPLE_WORD} (?:home|back)\b"
    # "Russia and Ukraine begin swap of young and wounded prisoners", "Today an exchange began"
    rf"|\b(?:begin|began|begins|started|starts|start) (?:a |an |the )?(?:[\w-]+ ){{0,3}}?(?:swap|exchange|handover)\b(?! (?:talks|negotiations))"
    rf"|\b(?:swap|exchange|handover) (?:of [^.;]{{0,40}}?)?(?:began|begins|got under way|started)\b"
    # the release as an outcome won: "won their release at a one-day summit", "secured the release of", "regained their freedom"
    rf"|\b(?:won|gained|regained|regain|regains) (?:the |their |his |her )?(?:\w+ )?(?:release|freedom|liberty)\b"
    # "we have recovered most of the boys", "they turned over the 10 to our custody"
    rf"|\brecovered (?:most|all|many|some|the rest) of (?:the )?(?:[\w-]+ )?{_PEOPLE_WORD}\b|\bturned over (?:the |all |both )\d+ to\b"
    # ("had secured the release of prisoners" in a deal's announcement is its terms, not people freed)
    # (round 20) not "with the two Israelis who negotiated his release": people described by what they did
    rf"|(?<!\bwho )(?<!\bwho had )(?<!\bwho have )\b(?:secured|obtained|negotiated) (?:their|his|her) (?:\w+ )?(?:release|freedom)\b"
    # "The liberation of four soldiers ... has been confirmed": the noun with a verb of the fact
    rf"|\b(?:liberation|release|freeing|handover) of [^.;]{{0,80}}?\b(?:has been|have been|was|were) (?:officially )?(?:confirmed|completed|carried out)\b"
    # "returns from Pyongyang with five children of abductees"
    rf"|\b(?:returns?|returned|came back|comes back|flew back|flies back|arrived back|arrives back|flew home|flies home) (?:home )?(?:from (?:[A-Z][\w'’-]+ ){{1,2}})?with (?:the |his |her |their )?(?:[\w-]+ ){{0,3}}{_PEOPLE_WORD}\b"
    # "allowed the two couples ... to return to Japan": leave to go, given by the captor
    rf"|\b(?:allowed|let|permitted) (?:[^.;]{{1,80}}?) (?:to )?(?:return|go|leave) (?:home|to (?-i:[A-Z]))"
    # "walked out of Tehran's Evin prison": out of captivity on foot
    rf"|\bwalked (?:out of|free from) (?:[\w'’-]+ ){{0,3}}(?:prison|jail|detention|captivity|custody)\b"
    # (round 14) "then passed them to Red Cross officials", "After getting our hostage back this week", "drive into
    # Dapchi unchallenged and drop off the schoolgirls they had abducted"
    rf"|\b(?:passed|handed|delivered|transferred) (?:them|him|her|(?:the |all |both )?(?:[\w-]+ ){{0,2}}?{_PEOPLE_WORD}) (?:over )?to (?:the )?(?:[\w-]+ )?Red Cross\b"
    rf"|\b(?:got|getting|gets|get) (?:our|their|his|her|its|the) (?:[\w-]+ ){{0,2}}?{_PEOPLE_WORD} back\b"
    rf"|\b(?:dropped|drop|dropping|drops) off (?:the |all |both |their )?(?:[\w-]+ ){{0,2}}?{_PEOPLE_WORD}\b"
    # (round 15) "the passengers and crew walked off the Airbus to freedom", "the hijackers allowed 19 passengers off in
    # Beirut", "let 27 passengers go", "let Monique Strydom ... and three Frenchwomen ... go on Sunday"
    rf"|\b(?:walked|stepped|ran|came|emerged|drove|flew) (?:\w+ ){{0,4}}?to freedom\b"
    rf"|\b(?:allowed|let) (?:the |all |both )?(?:\d+ )?(?:[\w-]+ ){{0,2}}?{_PEOPLE_WORD} (?:off|out|go|leave|to leave|to go|disembark|to disembark)\b"
    rf"|\blet (?-i:[A-Z])[^.;]{{3,160}}?,? go\b"
    # (round 16) "The last captives, 12 passengers and seven crew members, walked off the jet", "seven passengers who had
    # fallen ill were allowed off", "The 27 hostages ... were given this night to Cameroonian authorities"
    rf"|\b{_PEOPLE_WORD}\b[^.;]{{0,60}}?\b(?:walked|stepped|came) (?:off|out of|down from) (?:the )?(?:[\w-]+ )?(?:jet|plane|aircraft|airliner|airbus|ship|vessel)\b"
    rf"|\b{_PEOPLE_WORD}\b[^.;]{{0,60}}?\b(?:were|was) allowed (?:off|out|to leave|to go|to disembark)\b"
    rf"|\b{_PEOPLE_WORD}\b[^.;]{{0,80}}?\b(?:were|was) given (?:over |back )?(?:\w+ ){{0,2}}?to (?:the )?(?:[\w-]+ )?(?:authorities|officials|government|red cross|icrc|embassy|mediators)\b"
    # (round 20) the release as the outcome of something ("The Qatari mediation has led to the release of the nine",
    # "talks that resulted in the release of"), announced in the passive ("Their release was announced ... on
    # Wednesday"), ordered ("ordered them set free", "ordered the release of the two"), or freedom given ("their freedom
    # given to the British people as a gift", "granted them their freedom")
    rf"|\b(?:led|leads|resulted|results|culminated|culminates) (?:directly )?(?:to|in) the (?:[\w-]+ )?(?:release|freedom|liberation|freeing) of\b"
    rf"|\b(?:their|his|her|the) (?:[\w-]+ )?(?:release|freedom|liberation)\b(?: of [^.;]{{0,40}}?)? (?:was|were|had been|has been) (?:\w+ )?announced\b"
    rf"|\bordered (?:them|him|her|(?:the |all |both )?(?:\d+ )?(?:[\w-]+ ){{0,2}}?{_PEOPLE_WORD}|(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) (?:to be )?(?:set free|freed|released)\b"
    rf"|\bordered (?:the|their|his|her) (?:immediate )?(?:release|freedom)\b(?![^.;]{{0,80}}?\bto be (?:delayed|postponed|held up|halted|suspended|stopped|put off|frozen)\b)"
    rf"|\b(?:their|his|her) freedom (?:was |were |had been )?(?:given|granted|restored)\b|\b(?:gave|given|granted|restored) (?:them|him|her) (?:their|his|her) freedom\b"
    # (round 20) people led or let out of the place they were held ("were led out of the building by staff of the Red
    # Cross", "About 100 women and children were let out that night"), or walked out with someone ("Kobzon had walked
    # out of the theatre with a woman and three children")
    rf"|\b(?:{_PEOPLE_WORD}|{ROLE_OR_KIN}|women|children|they)\b[^.;]{{0,60}}?\b(?:were|was|had been|have been) (?:\w+ )?(?:led|let|brought|escorted|allowed) out\b(?! of (?:the )?(?:hospital|court|room)\b)"
    rf"|\b(?:walked|came|emerged) out (?:of (?:the )?(?:[\w'’-]+ ){{0,2}}?)?with (?:[\w'’-]+ ){{0,4}}?(?:{_PEOPLE_WORD}|{ROLE_OR_KIN}|women|children)\b")


def _freed_passively(d: str) -> re.Match[str] | None:
    """People or a named person as the subject of a freeing verb in the passive (not a clause timed by it:
    "announced only after the soldiers were freed")."""
    for m in _PASSIVE_FREED.finditer(d):
        before = d[max(0, m.start() - 90): m.start()]
        people = _PEOPLE_SUBJECT.search(before)
        if (people and not _TIMED_BY.search(before[: people.start()])) or (
                _NAMED_SUBJECT_VERBS.fullmatch(m.group("verb")) and m.group().lower().startswith(("was", "has", "had", "is"))
                and _NAMED_SUBJECT.search(before)):
            return m
    return None


# Crossing over or travelling out counts only for people in captivity ("Russian troops crossed the border" is war).
# (round 14) "Buses with some of the prisoners on board drove out of Ofer prison ... and then went straight back":
# carried out and back again, nobody freed
_TURNED_BACK = _rx(r"\b(?:went|turned|drove|headed|came) (?:straight |right |all the way )?back\b|\breturned to (?:the |their )?(?:prison|jail|cells?)\b")
_CROSSED_OR_CARRIED = _rx(
    rf"\b(?:crossed|crosses|walked across|brought across|driven across|taken across) (?:into |over )?(?:the )?(?:[\w-]+ ){{0,2}}(?:border|frontier|line|checkpoint|crossing)\b"
    rf"|\b(?:flights?|planes?|buses|bus|convoys?|vehicles?|aircraft|jets?)\b[^.;]{{0,60}}?\b(?:carrying|carried|ferrying|ferried|brought|with)\b(?! the\b)[^.;]{{0,40}}?\b{_PEOPLE_WORD}\b")
_CAPTIVITY = _rx(r"\b(?:captur\w+|captiv\w+|prisoners?|detainees?|hostages?|pows?|abduct\w+|kidnapp\w+|jail\w*|held|detained|imprisoned|seized|custody|freed|released|swap|exchange|handed (?:over|back|to)|handover)\b")  # (round 20) "were handed to Lebanese authorities on Saturday and flown home"
# An infinitive or a gerund of purpose is no act done: "attempts to free the sergeant", "efforts aimed at freeing".
_TO_FREE = _rx(r"\b(?:to|at|for|towards?) (?:\w+ )?$")


# A clause that only times something by a release told elsewhere: "cheered as they were released",
# "announced only after the soldiers were freed" (not "when 100 prisoners were freed", which tells the batch).
_TIMED_BY_THOSE = _rx(r"\b(?:as|after|once|before|until) (?:they|he|she|the [\w-]+) (?:were|was|had been|have been) (?:\w+ )?$")
# Negation of whatever verb follows ("has not handed back", "never returned"), whichever freeing verb it is.
_NEGATED_JUST_BEFORE = _rx(r"\b(?:not|never|n't|no longer|yet to|refus\w*|failed to|nor|neither)\b(?:\s+\w+){0,2}\s*$"
                           r"|\bden(?:ied|ies|y|ying)\b(?:\s+\w+){0,3}\s*$")  # "denied that it had swapped ..."


# Moved into custody is the opposite of freed: "were transferred to a maximum-security prison", "flown to Moscow for trial".
_INTO_CUSTODY = _rx(r"[^.;]{0,40}?\b(?:to|into) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:prison|jail|detention|custody|penal colony|cell|trial|court)s?\b")
_MOVED_ONLY = _rx(r"\b(?:flown|flew|transferred|driven|crossed|arrived)\b")
_ALREADY_FREED_MOVED = _rx(rf"\b(?:former|ex-|freed|released|returning|returned|liberated) (?:[\w-]+ )?{_PEOPLE_WORD}\b[^.;]{{0,30}}\b(?:were|was|are|is) (?:then |later |now )?(?:flown|taken|driven|brought|transferred|moved|airlifted)\b")


# Those who went to negotiate came home: "The Israeli delegation returned home on Thursday evening".
_ENVOYS_HOME = _rx(r"\b(?:delegations?|negotiators|negotiating teams?|envoys?|ministers?|mediators?)\b(?: (?:of|from) (?:the )?[\w'’-]+)?,? (?:has |had |have |then |later )?(?:returned|flew|came|went|headed) (?:back )?home\b")


def _moved_not_freed(verb: re.Match[str], d: str) -> bool:
    """A verb of moving ("flown out of Khartoum", "crossed into Egypt") frees only people who were held: without
    captivity in the sentence, evacuees or travellers were moved, not freed."""
    return bool(_MOVED_ONLY.search(verb.group())) and not _CAPTIVITY.search(d)


_MANAGED_TO = _rx(r"\b(?:managed|was able|were able|succeeded in|have been able|has been able) to (?:\w+ )?$")
_AIM_ACHIEVED = _rx(r"\b(?:accomplished|achieved|completed|succeeded|fulfilled|realised|realized)\b")


def _aim_only(d: str, verb: re.Match[str]) -> bool:
    """An infinitive of purpose ("working to bring home the two Britons"), unless the sentence says the aim was
    achieved ("The mission to bring home ... has been accomplished")."""
    before = d[max(0, verb.start() - 30): verb.start()]
    if _MANAGED_TO.search(before):
        return False  # "our team managed to bring 189 Ukrainians home": the aim achieved in the verb itself
    return bool(_TO_FREE.search(before)) and not _AIM_ACHIEVED.search(d, verb.end())


# "Japan's lost children come home": a headline's present, found from its verb (the people before it).
_COME_HOME = _rx(r"\b(?:come|comes|return|returns) (?:back )?home\b")  # (round 20) "Ivorian soldiers pardoned by Mali's junta return home"


def _people_come_home(d: str) -> re.Match[str] | None:
    m = _COME_HOME.search(d) if "home" in d else None
    return m if m and _PEOPLE_SUBJECT.search(d[max(0, m.start() - 60): m.start()]) and not MODAL.search(d[max(0, m.start() - 12): m.start()]) else None


_HEADLINE_FREE = _rx(rf"\b(?:free|release) (?:{_OBJECT_GAP})(?:{_PEOPLE_WORD}|{ROLE_OR_KIN})\b")


def _headline_free(d: str) -> re.Match[str] | None:
    """The verb of a headline in the plural present, near its start ("Taliban free US engineer ..."); the aim, demand
    and modal guards are the release rule's ("approves deal to free 50 hostages" is an aim)."""
    if not d[-1:].isalnum() or _rx(r"\b(?:demand|call|urge|ask|want|press)\w*\b").search(d):
        return None
    m = _HEADLINE_FREE.search(d, 0, 120)
    return m if m and m.start() <= 60 else None


def _release_in_family_words(d: str) -> re.Match[str] | None:
    """A release told by its parts: a freeing verb with people as object or subject, or people in captivity carried
    across a border or on a flight (the guards for modality, negation and tallies are the release rule's own)."""
    m = _FREED_ACTIVELY.search(d) or _freed_passively(d) or _FREED_IN_OTHER_WORDS.search(d) or _people_come_home(d) \
        or _headline_free(d)
    if not m:
        m = _CROSSED_OR_CARRIED.search(d)
        if not m or not _CAPTIVITY.search(d) or _TURNED_BACK.search(d, m.end()):
            return None
    if _aim_only(d, m) or _INTO_CUSTODY.match(d, m.end()):
        return None
    if _moved_not_freed(m, d) or _ALREADY_FREED_MOVED.search(d):
        return None
    return m
# Sentences that describe a batch already reported ("Among those released were ...") or sum several.
# (round 19) not "Those Tunisians were later freed unharmed": "those" pointing at people already named, freed in a clause of
# its own (a batch, not those of a batch described)
_DESCRIBES = _rx(r"^\W*(?:among|those)\b(?! (?:[\w'’-]+ ){1,2}(?:were|was|had been|have been) (?:\w+ )?(?:freed|released|let go|set free)\b)[^.]{0,40}\b(?:released|freed|returned|handed (?:back|over)|exchanged|swapped|came home|came back)\b"
                 # (round 17) "Daniel's wife, who was kidnapped with him and freed in 2011": someone freed long before
                 r"|\bwho (?:was|were|had been) (?:[\w'’-]+ ){0,4}?(?:freed|released) in \d{4}\b|\bthose (?:freed|released|returned) (?:included|were)\b"
                 r"|\bamong (?:those|the \w+) (?:freed|released|returned|exchanged|swapped)\b"
                 # "..., Adina Moshe, one of those freed.": an appositive about someone in a batch already told
                 r"|,\s*(?:\d+|one|two|three|some|many|most|several|all|none|each) of (?:those|the \w+) (?:freed|released|returned|exchanged|swapped)\W*$"
                 # "Another of those freed, 84-year-old Elma Avraham, was flown to hospital", "... among those who came home"
                 r"|^\W*(?:another|one|two|three|some|many|most|several|all|none|each|\d+) of (?:those|the \w+) (?:freed|released|returned|exchanged|swapped)\b"
                 r"|\bamong those who (?:came|come|were brought|returned|went) (?:back )?home\b")
# "During its six-week first phase, Hamas handed over 33": a sum over a period, not one batch.
# ", who flew home together with two minors": a clause about the people just counted, whose counts are no more freed.
_ABOUT_THOSE_FREED = re.compile(r"(?<=[a-z]),\s+(?:who|whose)\b[^,;]*", re.I)
# "on which American to bring home", "whether to free him": a choice or a question, nobody freed.
_CHOICE = _rx(r"\b(?:which|whom|whether|how) (?:\w+ ){0,2}to (?:bring home|free|release|swap|exchange)\b")
_SUMMED = _rx(r"\b(?:during|over|throughout|in) the (?:\d+|\w+) days\b|\bbrought to \d+ the (?:number|total)\b"
              # (round 14) "Officials later put the number of returned students at 105": a count revised, no new batch
              r"|\bput (?:the )?(?:number|total|figure|count|tally) (?:of [^.;]{0,40}?)?at \d+"
              # "During a week-long truce in November last year, Hamas freed 105", "over the period from May 23 to May 25"
              r"|\b(?:during|over|throughout) (?:a|an|the|its|their) (?:[\w-]+ )?(?:week|day|month)-long\b|\bover the (?:period|course) (?:from|of)\b"
              r"|\b(?:during|over|throughout) (?:the|its|their) (?:[\w-]+ )?(?:\d+|\w+)[- ](?:week|day|month)s?\b")


_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Words that are capitalised but name a people, a body or a title, not a person ("Ukrainian Navy sailors").
_NOT_A_NAME = _rx(rf"^(?:{_ADJECTIVES}|palestinian|israeli|ukrainian|russian|american|iranian|british|authority|navy|army|national|guard|red|cross|the)$")
_FREED_NAMED = re.compile(
    rf"\b(?:freed|frees|released|releases|set free|pardoned|handed over|hands over)\s+(?:(?:[a-z][\w'’-]*|[A-Z][\w.'’-]*)\s+){{0,5}}?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?![\w'’-])(?!\s+[A-Z])")
_FOR_NAMED = re.compile(
    rf"\b(?:in exchange for|in return for|in (?:a )?swap for|traded for|swapped for)\s+(?:(?:[a-z][\w'’-]*|[A-Z][\w.'’-]*)\s+){{0,4}}?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?![\w'’-])(?!\s+[A-Z])")


def _is_person(name: str, sentence: str) -> bool:
    """A capitalised pair that is a person's name: no word of it an actor's name, a people or a title."""
    return not any(_NOT_A_NAME.match(word) for word in re.split(r"[\s-]+", name)) and not mentions(name) \
        and not re.match(rf"\s+(?:{HOSTAGE_NOUNS}|{PRISONER_NOUNS}|officials|members|staff)\b", sentence[sentence.find(name) + len(name):], re.I)


def _named_people_freed(s: str) -> dict[str, int]:
    """One person freed by name ("Russia released WNBA star Brittney Griner"), and one given for them ("in exchange for Viktor Bout")."""
    out: dict[str, int] = {}
    freed = _FREED_NAMED.search(s)
    if freed and _is_person(freed.group("name"), s):
        out["hostages"] = 1
        given = _FOR_NAMED.search(s, freed.end())
        if given and _is_person(given.group("name"), s):
            out["prisoners"] = 1
    return out


def _with_named_counterpart(s: str, counted: dict[str, int]) -> dict[str, int]:
    """"Venezuela released 10 Americans in a swap for Alex Saab": the one person given for them is the other kind."""
    split = _FOR_NAMED.search(s)
    if not split or not _is_person(split.group("name"), s) or _counts_in(digits(s[split.start():])):
        return counted
    other = "prisoners" if "hostages" in counted else "hostages"
    return {**counted, other: 1}


@lru_cache(maxsize=256)
def _subject_frees(actor: Actor) -> re.Pattern[str]:
    return re.compile(rf"(?:{actor.pattern.pattern})(?:,? and (?:its |their )?[\w ]{{0,20}}?)?\s+(?:has |have |had )?(?:freed|frees|released|releases|pardoned|granted clemency to)\b")


# (round 19) A government frees people from its jails: "the government had agreed to release 2,130 people" (prisoners,
# whatever noun names them; captors free hostages).
_GOVERNMENT_FREES = _rx(r"\b(?:government|authorities|regime)\b (?:(?:also|later|then|finally|had|has|have|agreed to|would|will) )*(?:free[sd]?|releas(?:e|ed|es))\b")


def _frees_its_own_prisoners(s: str, actors: Sequence[tuple[int, Actor]]) -> bool:
    """A mediating state as the subject of the release ("The United States and its allies freed eight Russians")
    frees people from its own jails: they are prisoners, whatever noun names them."""
    return any(actor.role == "mediator" and _subject_frees(actor).search(s) for _, actor in actors)


# Things, not people, are what a government or a group "releases" here: "In photographs released by the government",
# "released a statement", "the government released details of the deal". Blanked (same length) so that the
# sentence's other verbs are still read.
_THINGS = (r"(?:photo(?:graph)?s?|pictures?|images?|videos?|footage|clips?|recordings?|statements?|reports?|figures|data"
           r"|details|documents?|lists?|names|letters?|transcripts?|findings|results|tapes?|communiqu[eé]s?|proof-of-life)")
_THING_RELEASED = _rx(rf"\b{_THINGS} (?:\w+ )?(?:released|freed|handed over|returned)\b"
                      rf"|\b(?:released|releases|releasing|handed over|hands over|release of) (?:a |an |the |its |their |his |her |new |fresh |further |more )*(?:[\w-]+ ){{0,2}}?{_THINGS}\b(?! (?:of|for) (?:the )?\d)"
                      # (round 16) "it was possible the ransom would eventually be handed back to Japan": money, not people
                      r"|\b(?:ransom|money|cash|funds|payments?|assets)\b[^.;]{0,30}?\b(?:handed back|handed over|returned|released|freed)\b")
# A name in capitals that holds a freeing verb ("the Bring Back Our Girls movement", "the Free Tibet campaign"):
# three or more capitalised words after a lower-case one, so a headline in title case at the start is still read.
_NAME_WITH_VERB = re.compile(r"(?<=[a-z,] )(?:the )?(?=(?:[A-Z][\w'’-]*\s+){0,3}(?:Bring|Brought|Free|Freed|Release|Released|Return|Home|Back)\b)"
                             r"(?:[A-Z][\w'’-]*(?:\s+|$)){3,7}")
# "came home with no information on 10 other Japanese": those counted are the ones not freed.
_NOTHING_ABOUT = _rx(r"\b(?:with|without|brought|had|there (?:was|is)) (?:no|little|any) (?:\w+ )?(?:information|news|word|trace|details|answers?|progress) (?:on|about|of|regarding)\b[^.;]*")


def _blank(pattern: re.Pattern[str], d: str) -> str:
    """The sentence with a pattern's matches turned to spaces, so offsets (and the quote) stay the sentence's."""
    return pattern.sub(lambda m: " " * len(m.group()), d)


def _people_only(d: str) -> str:
    """The sentence without the words that only look like a release: things released, names holding the verbs,
    people of whom nothing was learned."""
    if _THING_WORDS.search(d):
        d = _blank(_THING_RELEASED, d)
    if _CAPITAL_VERB.search(d):
        d = _blank(_NAME_WITH_VERB, d)
    if "releases" in d or "frees" in d:
        d = _blank(_RELEASES_AS_NOUN, d)
    return _blank(_NOTHING_ABOUT, d) if _NOTHING_WORDS.search(d) else d


# "during Thursday's releases", "the earlier releases": a plural noun after a possessive or determiner, not a verb.
_RELEASES_AS_NOUN = _rx(r"(?:\b\w+['’]s|\b(?:the|these|those|its|their|his|her|our|such|earlier|previous|recent|past|prisoner|hostage|weekly|daily|further|future|staggered|phased)) (?:\w+ )?releases\b")


# Cheap first looks for the blanking above (its patterns are slow to say no).
_THING_WORDS = _Look(r"ransom|money|cash|fund|payment|asset|photo|picture|image|video|footage|clip|recording|statement|report|figures|data|details|document|list|names|letter|transcript|findings|results|tape|communiqu|proof-of-life")
_CAPITAL_VERB = re.compile(r"\b(?:Bring|Brought|Free|Freed|Release|Released|Return|Home|Back)\b")
_NOTHING_WORDS = _Look(r"information|news|word|trace|details|answer|progress")


# A history or a ranking of releases, not a batch: "has been releasing captives piecemeal since 2012" (a habit in the
# perfect progressive), "Before Wednesday, Hamas had also released some 20 foreigners" (a pluperfect summary of what
# came before the day reported; without "also/already" it may be the batch itself: "Before Wednesday's announcement,
# Hamas had freed four hostages"), "It was the first mass release of Ukrainians since 2014" and "It is the largest
# negotiated release so far" (the batch already told, ranked).
_HISTORY = _rx(r"\b(?:has|have|had) been (?:\w+ )?(?:releasing|freeing|handing (?:over|back)|returning|exchanging|swapping|trading)\b"
               # "have traded prisoners several times since the invasion began": a history of swaps, not this one
               r"|\b(?:has|have|had) (?:\w+ )?(?:released|freed|exchanged|swapped|traded|handed over)\b[^.;]{0,40}\b(?:several|many|multiple|numerous|a number of|dozens of) times\b"
               r"|^\W*(?:before|until|prior to|earlier than) [^,;]{1,40},[^.;]*\bhad (?:also |already |previously |earlier )(?:released|freed|handed|returned|exchanged|swapped)\b"
               # (round 20) "Before Sunday's announcement Kabul had already released about 1,000 Taliban inmates, while the
               # insurgents had let go of roughly 300": the same summary with no comma after its time
               r"|^\W*(?:before|until|prior to|earlier than) [^.;]{1,60}?\bhad (?:also |already |previously )(?:released|freed|handed|returned|exchanged|swapped|let go)\b"
               # "Before Saturday, 400 Palestinian prisoners had been released under the deal": those freed before the day
               r"|^\W*(?:before|until|prior to|earlier than) [^,;]{1,40},[^.;]*\bhad (?:\w+ )?been (?:released|freed|handed|returned|exchanged|swapped)\b"
               # "Before it, Hamas had freed 18 hostages": before the batch this article tells, pointed at by a pronoun
               r"|^\W*(?:before|until|prior to) (?:it|this|that|then|now)\b,?[^.;]*\bhad (?:\w+ )?(?:released|freed|handed|returned|exchanged|swapped)\b"
               # "Previous exchanges had freed seven hostages": earlier rounds summed
               r"|^\W*(?:the )?(?:previous|earlier|past|prior) (?:[\w-]+ )?(?:exchanges|swaps|releases|rounds|handovers|stages|phases)\b[^.;]{0,30}\b(?:had|have) (?:\w+ )?(?:freed|released|returned|seen|brought)\b"
               r"|^\W*(?:it|this|that|the (?:\w+ )?(?:release|exchange|swap|handover)) (?:was|is|marks|marked|became|becomes) (?:the|a|an) (?:[\w-]+ ){0,3}?(?:release|exchange|swap|handover|liberation)s?\b")
# The batch described after the fact: "the Israelis freed on Wednesday comprised five minors", "Also freed were the 24
# sailors" and "Tsemakh was handed over only after he was questioned" (who was in the batch already reported, or
# when), "the freeing of the hostages ... were not enough" (a gerund or
# noun discussed, not an act), "Our people are home" (joy, quoted).
_DESCRIBED_AFTER = _rx(rf"\bthe (?:[\w-]+ ){{0,3}}?{_PEOPLE_WORD} (?:freed|released|returned|handed over|exchanged|swapped)\b[^.;]{{0,40}}?\b(?:comprised|comprise|included|include|includes|consisted|were (?:all|mostly|aged)|are (?:all|mostly|aged))\b"
                       rf"|\b(?:was|were) (?:freed|released|handed over|returned|exchanged|swapped) only (?:after|once|when)\b"
                       r"|^\W*also (?:freed|released|returned|handed over|exchanged|swapped|among them) (?:were|was|are|is)\b"
                       r"|(?:^\W*|\b(?:that|said|says) )(?:freeing|releasing|returning|handing over|the (?:release|freeing|return) of)\b[^.;]{0,80}?\b(?:were|was|is|are|would be|will be)\s+\W?(?:not|no|only|just|insufficient|enough|a (?:\w+ )?(?:step|gesture|sign|start))\b"
                       r"|^\W*(?:our|my) (?:[\w'’-]+ ){1,2}(?:are|is) (?:finally |now )?(?:home|back|free)\b"
                       # '"Yarden is home."': a short cry of joy in quotes about a release already told
                       r"|^\W*[\"“]\W*(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? (?:is|are) (?:finally |now )?(?:home|back|free)\W*$"
                       # "in better condition than the three men released a week earlier": an earlier batch compared
                       r"|\bthan (?:the |those |these )(?:[\w-]+ ){0,3}?(?:released|freed|returned|handed over)\b"
                       # "Freed with him were Amir Hekmati ...": who was in the batch already told
                       r"|^\W*(?:also )?(?:freed|released|returned|swapped) (?:with|alongside|along with|together with) (?:him|her|them)\b"
                       # "no ransom was paid for the seven freed in July": an earlier batch named by its release
                       r"|\b(?:for|of|about|with|among) the (?:\d+|[a-z]+) (?:freed|released) (?:in|on|last|earlier|on)\b"
                       # "did not say where the men were traded": an indirect question about a release
                       r"|\b(?:where|when|how|whether|why) (?:the |they |he |she |any of them |any )?(?:[\w-]+ ){0,2}(?:were|was|had been|have been) (?:traded|freed|released|exchanged|swapped|let out|led out)\b")


# "had said it would free the men in two groups, but in the end released them all at once": the plan is overturned
# by what was done, so the modal before the contrast does not make the release a future one.
_BUT_DONE = _rx(r"\bbut (?:in the end|eventually|finally|instead|ultimately|then|later)\b")


# Every alternative of _HISTORY and _DESCRIBED_AFTER needs one of these (a cheap first look).
_HISTORY_OR_DESCRIPTION_WORDS = _Look(r" times|for the|of the|about the|with the|among the|where|when|how|whether|why|previous|earlier|past|prior|been|before|until|prior to|earlier than|^\W*(?:it|this|that|the)\b|compris|includ|consist|were all|were mostly|were aged|are all|are mostly|are aged|only after|only once|only when|also|freeing|releasing|returning|handing over|release of|return of|^\W*(?:our|my)\b|^\W*[\"“]|than |with him|with her|with them|alongside|along with|together with")


def _plan_overturned(d: str, verb: re.Match[str]) -> int:
    """Where the clause of the freeing verb begins, if a contrast of plan and deed stands before it; else 0."""
    last = None
    for last in _BUT_DONE.finditer(d, 0, verb.start()):
        pass
    return last.end() if last else 0


# The war dead handed back are not captives freed; the bodies of captives who died are ("the bodies of the two
# soldiers", the object of the deal), so only the dead named as fallen, killed or dead are kept out.
_WAR_DEAD_AFTER = _rx(r"^\s+(?:also |\w+ )?(?:the )?(?:bodies|remains|corpses) of (?:the )?(?:[\d,]+ |[\w-]+ )?(?:[\w-]+ ){0,2}?(?:fallen|dead|killed|slain|deceased)\b"
                      # "the remains of a third American, Bilal Fateen, who died in captivity"
                      r"|^\s+(?:also |\w+ )?(?:the )?(?:remains|corpses) of [^.;]{0,60}?\b(?:who|that) died\b")
_WAR_DEAD_BEFORE = _rx(r"\b(?:bodies|remains|corpses) of (?:the )?(?:[\w,-]+ ){0,3}?(?:fallen|dead|killed|slain|deceased)\b[^.;]{0,40}$")


def _only_war_dead(d: str, verb: re.Match[str]) -> bool:
    """The freeing verb's object (or passive subject) is the war dead."""
    return bool(_WAR_DEAD_AFTER.search(d[verb.end(): verb.end() + 90]) or _WAR_DEAD_BEFORE.search(d[max(0, verb.start() - 90): verb.start()]))


# A person freed, named by role or kin ("frees father of Liverpool star", "freed a French aid worker") or by name
# next to the verb ("handed Díaz over to", "Mr Díaz was returning"); letters beyond ASCII belong to names too.
_ROLE_OR_KIN = _rx(rf"\b(?:{ROLE_OR_KIN})\b")
_NAME_NEXT = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr)\.? )?(?<![\w'’-])(?!(?:The|They|It|This|That|These|Those|He|She|We|You|There|Here|What|Which|US|UN)\b)"
                        r"[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?")


def _a_person_freed(d: str, verb: re.Match[str]) -> bool:
    after = d[verb.end(): verb.end() + 40]
    return bool(_ROLE_OR_KIN.search(d) or _NAME_NEXT.search(verb.group()) or _NAME_NEXT.match(after.lstrip())
                # a name before the verb only as its subject in the passive or progressive, not an actor acting
                or (verb.group().lower().startswith(("was ", "were ", "is ", "are ", "has ", "had "))
                    and _NAME_NEXT.search(d[max(0, verb.start() - 25): verb.start()])))


# Mentions of a release that tell of no batch freed here (the round-10 guards): where or when it happened asked,
# freeing balked at, an exchange agreed (an agreement), people described as freed before ("Former hostages freed in
# November appealed ...").
_NO_BATCH_HERE = _rx(rf"\b(?:where|when|how|whether) (?:the |a |an )?(?:handover|exchange|swap|release) (?:took place|happened|occurred|would take place)\b"
                     r"|\bbalk\w* at (?:freeing|releasing|handing over|exchanging|swapping)\b"
                     # "wants more Palestinian detainees released": people one side wants freed, not freed
                     rf"|\b(?:wants?|wanted|wanting|demand(?:s|ed|ing)?|seeks?|sought|expects?|expected|hopes?|hoped) (?:[\w-]+ ){{0,4}}?{_PEOPLE_WORD} (?:released|freed|returned|handed over)\b"
                     # "to increase the number of Palestinian detainees released": a quantity discussed, not people freed
                     rf"|\bthe number of (?:[\w-]+ ){{0,3}}?{_PEOPLE_WORD} (?:released|freed|exchanged|returned|handed over)\b"
                     r"|\b(?:exchange|swap|release|handover)\b[^.;]{0,60}\b(?:had been|has been|have been|was|were) agreed\b"
                     rf"|\b(?:former|ex-) (?:[\w-]+ )?(?:{_PEOPLE_WORD}) (?:freed|released|returned)\b"
                     # "vehicles then carried 18 of the women through the checkpoint": some of a batch already told, moved on
                     r"|\b(?:carried|drove|driven|flew|flown|took|taken|bused|bussed|ferried|transported)\b[^.;]{0,20}\b\d+ of (?:the|those|them)\b")


_FREED_DESCRIBED = _rx(rf"\bthe \d+ (?:freed|released|exchanged|swapped) (?:{_PEOPLE_WORD})\b"
                       rf"|\b(?:of )?the (?:[\w-]+ )?(?:prisoners|hostages|detainees|captives) (?:released|freed) by (?:[\w'’-]+ ){{1,3}}?(?:chose|were|was|have|had|are|went|included|said|told)\b")
# (round 19) Men already freed, told by a participle and then what they chose, said or felt: "A fourth man freed in the
# exchange, Nosratollah Khosravi-Roodsari, chose not to board the plane" (a headline's bare participle, "Seven Estonian
# cyclists freed in Lebanon", has no verb after it and is the release; and a journey after the participle is one too,
# as dev reads "Five Americans freed by Iran land in Doha").
_FREED_THEN_ACTS = _rx(rf"\b{_PEOPLE_WORD} (?:freed|released|set free) (?:by|in|during|under|as part of)\b[^.;]{{0,60}}?(?:,[^,.;]{{1,40}},)? "
                       r"(?:chose|chooses|choose|stay(?:ed|s)?|remain(?:ed|s)?|decided|decides|refused|refuses|declined|declines"
                       r"|met|meets|spoke|speaks|told|tells|thanked|thanks|described|describes"
                       r"|recalled|recalls|appeared|appears|wept|hugged|embraced|underwent|undergo|undergoes)\b")
# (round 19) People the police hold are no captives of the negotiation: "arrested a number of suspects ..., but most were
# later let go for lack of evidence"; nor is a grant of clemency under way a release ("were being granted clemency").
_NOT_CAPTIVES_FREED = _rx(r"\bsuspects\b[^.;]{0,80}?\b(?:released|freed|let go)\b|\b(?:released|freed|let go) (?:\w+ ){0,2}?for (?:lack|want|absence) of evidence\b"
                          r"|\bbeing (?:granted clemency|pardoned)\b")
_WANTED_FREED = _rx(r"\b(?:insist\w*|demand\w*|wanted|asked|urged|requir\w*) (?:that )?(?:[\w'’-]+ ){1,4}?be (?:\w+ )?(?:freed|released|returned|handed over)\b")


# (round 19) ", hours after the three militants were flown to Qatar": a clause that times the batch by another event
_TIMED_AFTER = _rx(r",\s*(?:[\w-]+ ){0,2}?(?:hours?|days?|minutes|weeks?|months?|shortly|soon|just|moments) (?:after|before)\b[^;]*")
# (round 19) '"They have all been freed and they will arrive today"': a new clause with its own subject ends the reach of
# the freeing verb, so its modal is that clause's (the arrival to come), not the release's.
_NEW_CLAUSE = _rx(r"\b(?:and|but),? (?:they|he|she|we|it)\b|;")


def _clause_end(d: str, at: int, reach: int) -> int:
    """Where the words after a verb stop being its clause: `reach` characters on, or a new clause with its own subject."""
    cut = _NEW_CLAUSE.search(d, at, at + reach)
    return cut.start() if cut else at + reach


@lru_cache(maxsize=64)  # other rules ask it again of the same sentence (a release is no offer)
def release(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    if not _RELEASE_WORDS.search(d):
        return None  # none of the stems a release verb needs (the verb pattern is slow to say no)
    if _NO_BATCH_HERE.search(d):
        return None
    if _HISTORY_OR_DESCRIPTION_WORDS.search(d) and (_HISTORY.search(d) or _DESCRIBED_AFTER.search(d)):
        return None
    d = _people_only(d)
    verb = _RELEASE_VERB.search(d) or _release_in_family_words(d)
    if not verb or _rx(r"\b(the|newly|recently|some|many|several|other|former) (released|freed|returned|returning|exchanged|swapped|repatriated|liberated)\b|\bfor every\b").search(d) or MODAL.search(d[_plan_overturned(d, verb): _clause_end(d, verb.end(), 40)]) or _rx(r"\b(not|never|yet to be|refus\w*)\b[^.]{0,30}\b(released|freed|exchanged)").search(d):
        return None
    if _FREED_DESCRIBED.search(d) or _FREED_THEN_ACTS.search(d) or (not d[-1:].isalnum() and _FREED_THEN_TRAVEL.search(d)) or _NOT_CAPTIVES_FREED.search(d) or (verb.group().endswith("recovered") and _RECOVERED_DEAD.search(d)):
        return None  # (round 16) "the six freed prisoners, to be given asylum", "the prisoners released by Lebanon chose to return": those freed, described
    if _WANTED_FREED.search(d[max(0, verb.start() - 80): verb.end()]):
        return None  # (round 15) "had insisted that the captives be freed all at once": a demand, not a freeing
    if _FREEING_PUT_OFF.search(d) or _INTO_CUSTODY.match(d, verb.end()) or _ENVOYS_HOME.search(d) or _only_war_dead(d, verb) or _DESCRIBES.search(d) or _SUMMED.search(d) or _CHOICE.search(d) or _moved_not_freed(verb, d) or _aim_only(d, verb) or _TIMED_BY_THOSE.search(d[max(0, verb.start() - 40): verb.start()]) or _NEGATED_JUST_BEFORE.search(d[max(0, verb.start() - 40): verb.start()]):
        return None
    if _rx(r"\b(agreed|agree|deal|agreement|under the terms|in exchange for the release)\b").search(d[: verb.start()]) and _rx(r"\bwill|would|to\b").search(d):
        return None
    total = RUNNING_TOTAL.search(d)
    counted = _counts(_ABOUT_THOSE_FREED.sub(" ", RUNNING_TOTAL.sub(" ", d)))
    timed = _TIMED_AFTER.search(d, verb.end())
    if timed and _counts(d[: timed.start()]):
        # (round 19) "The two men were handed over ..., hours after the three militants were flown to Qatar": the
        # people of a clause that times this batch by another are not counted in it
        counted = _counts(_ABOUT_THOSE_FREED.sub(" ", RUNNING_TOTAL.sub(" ", d[: timed.start()])))
    if total and not counted:
        return None  # only a running total: no new batch in this sentence
    fields: Fields = {"by": _first(actors, verb.start())}
    if not counted:
        counted = _named_people_freed(s)
    elif len(counted) == 1:
        counted = _with_named_counterpart(s, counted)
    if counted and set(counted) == {"hostages"} and (_frees_its_own_prisoners(s, actors) or _GOVERNMENT_FREES.search(d)):
        counted = {"prisoners": counted["hostages"]}
    fields.update(counted)
    if not counted:
        # (round 19) "They have all been freed", "all of them were released": a group of people, told by a pronoun
        if not _rx(rf"\b({HOSTAGE_NOUNS}|{PRISONER_NOUNS}|two|(?:the|all) (?:[2-9]|[1-9]\d+)(?![\d-])|hostage|exchange|swap|handover)\b"
                   r"|\b(?:they|we) (?:have |had |were |are )?all (?:now )?(?:been )?(?:freed|released|let go|set free)\b|\ball of (?:them|us) (?:were|have been|had been|are) (?:freed|released)\b").search(d) \
                and not _release_in_family_words(d) and not _a_person_freed(d, verb):
            return None
        return "release.verb", 0.55, fields
    return "release.count", 0.85, fields


@lru_cache(maxsize=64)  # other rules ask it again of the same sentence (a release is no offer)
def truce_extension(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    m = _rx(rf"\b(extend(?:ed|s|ing)?|prolong(?:ed)?|extension|renew(?:ed|s|al)?)\b[^.]*?\b{TRUCE}|\b{TRUCE}\b[^.]*?\b(extended|prolonged|extension|renewed)\b"
            # "kept the truce in force until February 5", "the truce will continue to be in effect until February 18"
            rf"|\b(kept|keeps|keeping) (?:the )?{TRUCE} in (?:force|place|effect) (?:until|till|for)\b"
            rf"|\b(?:{TRUCE}|arrangement)\b[^.;]{{0,80}}?\b(continues?|remains?|will continue|will remain) (?:to be )?in (?:effect|force|place) (?:until|till|through)\b"
            # "agreed to prolong the arrangement", "formally signed the extension on Tuesday"
            # (round 18) "the rebels extended their suspension of offensive operations ... until Aug. 31"
            r"|\b(?:extend|prolong)\w* (?:the |its |their )?(?:unilateral )?(suspension) of (?:offensive |military )?operations\b"
            r"|\b(?:prolong|extend|renew)\w* (?:the )?(?:[\w-]+ )?(arrangement)\b|\b(?:signed|approved|ratified|announced) (?:the |an |its )?(extension)\b").search(d)
    # (round 14) "The renewal took effect when the original truce period lapsed": the lapse is the renewal's moment
    in_effect = _rx(r"\b(?:renewal|extension)\b (?:\w+ )?(?:took|takes|came into|went into) (?:effect|force)\b").search(d)
    if not m or _rx(r"\bfor every\b|\bper \d+ hostages\b|\bfor each\b|\bfail\w* to agree\b|\bwithout (?:an? |any )?(?:extension|renewal)\b"
                    # (round 14) "hours before a 24-hour extension of the truce was due to run out": an extension's end
                    r"|\bextension\b[^.;]{0,40}?\b(?:was |is |were |are )?(?:due|set|scheduled) to (?:run out|expire|end|lapse)\b").search(d) or (not in_effect and _rx(r"\blaps(?:ed|es)\b").search(d)):
        return None
    # "backed a proposal from the envoy to extend the truce": an extension proposed is an offer, not one made; but
    # "the parties had accepted the United Nations' proposal to renew the current truce" is one made
    decided = in_effect or _rx(r"\bwill (?:continue|remain) (?:to be )?in (?:effect|force|place)\b"
                               r"|\b(?:accepted|approved|endorsed|agreed to) (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:proposal|plan|offer|call) to (?:extend|renew|prolong)\b").search(d)
    if not decided and _rx(r"\b(could|might|(?-i:may)(?!\s+\d)|would|will|press\w*|hopes?|hoping|wants?|wanted|wish\w*|meant|supposed|intended|need\w*|necessary|required|important|essential|vital|crucial|possible|possibility|ready|willing|prepared|open to|push(?:ing)? for|seek\w*|sought|try|trying|tried|attempt\w*|due (?:in|to (?:visit|arrive|travel|meet|hold|land))|call\w* for|urg\w+|discuss\w*|talks? (?:on|about)|propos\w*|plans?|offer\w*|suggest\w*|ideas?|bid)\b").search(d[: m.end()]) or NEGATION.search(d[: m.end()]):
        return None
    if _rx(r"\b(?:was|is|were|are|be) (?:\w+ )?(?:needed|necessary|required|sought|wanted)\b").search(d, m.start()):
        return None  # "a short, temporary ceasefire extension was needed": an extension asked for, not made
    n = _days(d)
    return "truce_extension", 0.85 if n else 0.6, ({"days": n} if n else {})


# A pause told by what stopped: "the government suspended military operations in the area", "a ceasefire ended six
# weeks of war" (the truce took effect).
_FIGHTING_PAUSED = _rx(r"\b(?:suspended|halted|paused|stopped|ceased) (?:all |its |their )?(?:military operations|hostilities|(?:the )?offensive|(?:the )?fighting|(?:air ?)?strikes|bombing|bombardment)\b")


def truce_start(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    ended_war = _TRUCE_ENDED_WAR.search(d)
    if ended_war and (_rx(r"\b(?:after|since|before|when|following|until)\b[^.;]{0,40}$").search(d[: ended_war.start()])
                      or _rx(rf"\b{TRUCE} (?:that|which) ").match(d, ended_war.start())):
        ended_war = None  # "weeks after a Russian-brokered ceasefire ended the war": a time in passing, not the truce told
    m = _truce_began(d) or ended_war or _FIGHTING_PAUSED.search(d) or _rx(rf"\b{TRUCE}\b[^.]{{0,60}}\b(began|begins|took effect|went into effect|came into effect|started|got under way|kicked in|held)\b|\b{TRUCE}\b[^.;]{{0,20}}? (?:was|were|has been|had been) declared\b|\b(began|started)\b[^.]{{0,30}}\b{TRUCE}|\b(?:resulted in|produced|yielded|secured|brought about) (?:a|an|the) (?:\w+[- ]){{0,3}}{TRUCE}").search(d)
    if not m or _rx(r"\b(due to|expected to|set to|scheduled|will|would|delayed|postponed)\b").search(d[: m.end() + 10]) or NEGATION.search(d[: m.end()]):
        return None
    if _rx(rf"\bsince the {TRUCE} (?:began|started)\b(?! (?:on|in) )").search(d):
        return None
    if _rx(r"\b(?:unless|if|until|once|demand\w*|insist\w*|on condition that)\b[^.;]{0,60}$").search(d[: m.start()]):
        return None  # (round 19) "threatened to kill the captives unless the government halted its military operations": a term, no pause
    if _rx(rf"\bbefore (?:the|that|this|a) (?:[\w-]+ )?{TRUCE} (?:took effect|began|started|came into (?:force|effect))\b").search(d):
        return None  # (round 17) "Just before the truce took effect, Azerbaijan had denounced ...": a time, the start told elsewhere
    if m.groups() and m.group(1) and m.group(1).lower() == "held" and not _rx(r"\bfirst day\b").search(d):
        return None
    days = re.search(r"\b(\d+)[- ]day\b", d)
    return "truce_start", 0.8, ({"days": int(days.group(1))} if days else {})


def _truce_began(d: str) -> re.Match[str] | None:
    # the truce's subject may be long ("A six-month ceasefire between the Colombian government and the National
    # Liberation Army (ELN) took effect"); its start may be a noun ("congratulated the sides on the entry into force of
    # the ceasefire") or a suspension the sides observe ("have observed a suspension of offensive operations")
    return _rx(rf"\b(?:guns|weapons) (?:fell|went|were|fall|go) silent\b|\b{TRUCE}\b[^.;]{{0,100}}?\b(?:went|came|goes|comes) into (?:force|effect)|\b{TRUCE}\b[^.;]{{0,100}}?\b(?:took|takes) (?:hold|effect)"
               rf"|\b(?:entry|coming) into (?:force|effect) of (?:the )?(?:[\w-]+ ){{0,3}}?{TRUCE}"
               r"|\b(?:observed|observing|observe|began|begun|entered) (?:a |an |the )?(?:[\w-]+ )?(?:suspension|cessation) of (?:all )?(?:offensive |military )?(?:operations|hostilities|fighting|attacks)\b").search(d)


# Cheap first looks: every alternative of the rule's patterns needs one of these stems.
_BREAKDOWN_WORDS = _Look(r"quit|walk|pulled|sitting|meeting|session|round|mediator|attempt|effort|bid|run out|expiry|froze|frozen|freez|suspend|resuming|laps|without|failure|talk|negotiat|discussion|dialogue|mediation|truce|pause|ceasefire|cease-fire|lull|halt|deal|agreement|accord|arrangement|blam|collapse|breakdown|dead end|impasse|resum")
_AGREEMENT_WORDS = _Look(r"brokered|solution|accepted|joint|we have|we now have|treaty|mutual|reciprocal|simultaneous|deal|agreement|accord|arrangement|truce|pause|ceasefire|cease-fire|lull|halt|exchange|swap|agreed|pact|understanding|terms|plan|approv|green light|go-ahead|consent|voted|sealed|clinched|inked|finali|signed off|settled|resolved")
_DENIAL_WORDS = _Look(r"lie|nothing|concession|ransom|pay|without|lying|truth|evidence|proof|question|disput|contest|challeng|deni|deny|ruled out|refut|reject|no |not |n't|incorrect|false|untrue|inaccurate|baseless|unfounded|fake|misleading|erroneous|fabricated|wrong|premature|call|brand|label|describ|dismiss|rebuff|played down|downplay|cold water|brush")


# A collapse that is what a report, suggestion or claim says (denied, it is no breakdown).
_COLLAPSE_TOLD_OF = _rx(r"\b(?:reports?|claims?|suggestions?|rumou?rs?|stor(?:y|ies)|speculation|denied|denies|deny|denying)\b[^.;]{0,60}?\b(?:collapsed|broke down|broken down|fell through|fallen through|failed|ended|withdrawn|withdrew|quit|pulled out|walked away)\b")


def breakdown(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    if not _BREAKDOWN_WORDS.search(d) or (_COLLAPSE_TOLD_OF.search(d) and denial(s, d, actors, nxt)):
        return None  # no collapse words, or a collapse denied ("reports that the talks had collapsed were not accurate")
    m = _rx(rf"\b({TALKS}|{TRUCE}|{DEAL}|ceasefire)\b[^.]{{0,120}}\b(collapsed|collapses|broke down|breaks down|broken down|fell through|fallen through|fell apart|were suspended|was suspended|halted|ended|ends|came to an end|expired|expires|reached a dead end)\b|\bblam\w+ [^.]{{0,40}}\bfor (?:the )?(?:end|collapse|breakdown|failure) of\b|\b(collapse|breakdown) (?:of|in) (?:the )?({TALKS}|{TRUCE})|\bdead end\b|\bresumed (?:its |their )?(?:offensive|fighting|hostilities|strikes|air ?strikes|bombing|shelling|bombardment|combat|war|attacks|(?:\w+ )?operations)|\b(?:fighting|hostilities|war|combat|bombardment) (?:has |had )?resum(?:ed|es)"
            rf"|\b(?:terminat\w+|broke off|breaking off|walked out of|pulled out of|abandon\w*) (?:the )?(?:dialogue|{TALKS})"
            # (round 19) "abruptly called off months of U.S. negotiations with the Taliban", "Negotiations with the ELN had
            # been broken off in 2019 by the previous government"
            rf"|\b(?:called off|call off|calls off|calling off|cancel\w*|scrapped|broke off|broken off|terminated) (?:the |its |their |his |her |(?:weeks|months|years|days) of )?(?:[\w.'’-]+ ){{0,3}}?{TALKS}\b"
            rf"|\b{TALKS}\b[^.;]{{0,40}}?\b(?:had been|has been|have been|was|were) (?:abruptly |formally |unilaterally |effectively )?(?:broken off|called off|cancell?ed|terminated|scrapped)\b"
            # a mediator steps back: "Qatar has suspended its role as a mediator", "puts Gaza mediation on hold", "ended
            # Chavez's role as a mediator"
            rf"|\b(?:suspend\w*|halt\w*|paus\w*|freez\w*|froze|end\w*) (?:its |their |the )?(?:[\w'’-]+ )?(?:role as (?:a |the )?mediator|mediation(?: efforts| role)?|mediating role)\b"
            # "a first attempt collapsed on New Year's Eve", "Previous attempts to free the sergeant through a swap had failed"
            rf"|\b(?:attempts?|efforts?|bids?) (?:to (?:free|release|exchange|swap|secure|reach|broker|bring)\b[^.;]{{0,60}}?|(?:at|for) (?:a |an |the )?(?:[\w-]+ )?(?:swap|exchange|deal|release|handover)\b[^.;]{{0,20}}?)(?:had |has |have )?(?:collapsed|failed|fell through|fell apart|foundered)\b(?! to\b)"
            rf"|\b(?:first|second|third|\d+(?:st|nd|rd|th)|earlier|previous|last) attempts? (?:had |has |have )?(?:collapsed|failed|fell through|fell apart|foundered)\b(?! to\b)"
            rf"|\b(?:puts?|putting|placed|places) (?:[\w-]+ ){{0,2}}?(?:mediation|{TALKS})(?: efforts)? on hold\b"
            # (round 13) "militants quit Egyptian mediation", "walked away from talks with Egyptian mediators", "pulled their
            # representatives out of the negotiations", "The dialogue process ... is suspended", "lapsed in August without
            # being renewed", "The first sitting failed"
            rf"|\b(?:quit|quits|walked away from|walks away from|walk away from|pulled (?:\w+ ){{0,2}}out of|withdr[ae]w\w* from|abandoned) (?:the )?(?:[\w-]+ ){{0,2}}?(?:mediation|{TALKS}|negotiations)\b"
            rf"|\b(?:dialogue|{TALKS}|peace process)\b[^.;]{{0,40}}?\b(?:is|are|has been|have been) suspended\b"
            rf"|\b{TRUCE}\b[^.;]{{0,60}}?\b(?:lapsed|expired|ran out)\b[^.;]{{0,40}}?\bwithout being (?:renewed|extended)\b"
            rf"|\b(?:first|second|third|\d+(?:st|nd|rd|th)|last|previous|earlier) (?:sitting|meeting|round|session)s? (?:had |has )?(?:failed|collapsed|broke down)\b"
            # "Negotiations had been frozen since 2018"
            rf"|\b{TALKS}\b[^.;]{{0,30}}?\b(?:had been|have been|has been|were|was|remain|remained) frozen\b"
            # "truce lapses after warring sides fail to agree extension", "expired ... after they failed to agree on renewing it"
            rf"|\b{TRUCE}\b[^.;]{{0,40}}?\b(?:laps(?:ed|es)|expired|expires|ran out|runs out)\b[^.;]{{0,80}}?\b(?:fail\w* to agree|without (?:an? |any )?(?:extension|renewal|deal|agreement))"
            # "talks in Cairo end without deal", "negotiators left Cairo on Thursday without reaching an agreement"
            rf"|\b(?:{TALKS}|round)\b[^.;]{{0,60}}?\b(?:end|ends|ended|broke up|wound up|closed|concluded) (?:(?:in|at) (?:[\w'’-]+ ){{1,3}}?)?without (?:an? |any )?(?:deal|agreement|breakthrough|accord)"
            # (round 14) "told the prime minister that the negotiations had failed", "declared the talks over", "Israel no
            # longer considered itself bound by the ceasefire", "air strikes on the Gaza Strip resumed", "talks collapse as"
            rf"|\b{TALKS} (?:had |have |has )?(?:now |finally |effectively )?failed\b(?! to\b)"
            rf"|\b(?:declared|pronounced) (?:the )?(?:[\w-]+ )?{TALKS} (?:over|dead|finished)\b"
            rf"|\bno longer (?:consider\w*|see\w*|saw|regard\w*|feel\w*|felt) (?:itself|themselves) bound by (?:the |a |an )?(?:[\w-]+ )?(?:{TRUCE}|{DEAL})"
            rf"|\b(?:shelling|(?:air ?)?strikes|airstrikes|rocket fire|bombing)\b (?:(?:on|in|of|against|across) (?:the )?(?:[\w'’-]+ ){{1,3}}?)?(?:has |had |have )?resum(?:ed|es)\b"
            rf"|\b(?:{TALKS}|{TRUCE}) (?:collapse|break down|fall apart|fall through)\b"
            rf"|\b(?:negotiators|delegations?|envoys?|negotiating teams?)\b[^.;]{{0,40}}?\bleft (?:[\w'’-]+ ){{0,5}}?without (?:reaching |securing |striking )?(?:an? |any )?(?:deal|agreement|accord|breakthrough)"
            # "blamed the coalition for the failure"
            rf"|\bblam\w+ (?:[\w'’-]+ ){{0,4}}?for the (?:failure|collapse|breakdown)\b"
            # "the ELN let it run out", "blamed the expiry on", "froze the negotiations", "resuming operations"
            rf"|\blet (?:it|the (?:[\w-]+ )?{TRUCE}) (?:run out|lapse|expire)\b|\bblam\w+ the (?:expiry|lapse|collapse|failure|breakdown) on\b"
            rf"|\b(?:froze|frozen|freez\w+|suspended|suspends) (?:the )?(?:[\w-]+ )?{TALKS}"
            rf"|\bresuming (?:its |their )?(?:offensive |military )?(?:operations|fighting|hostilities|attacks|strikes|offensive)\b"
            # a party ends or overturns the truce: "bringing an end to a ceasefire", "unilaterally ending the truce",
            # "decided to overturn the ceasefire agreement"
            rf"|\b(?:bringing|brought|bring|brings|put|putting|puts) an end to (?:the |a |an )?(?:[\w-]+ ){{0,2}}?{TRUCE}"
            rf"|\b(?:ending|ended) (?:the |a |an |its |their )?(?:[\w-]+ ){{0,2}}?{TRUCE}\b(?! (?:had |has )?(?:began|begun|started))"
            rf"|\b(?:overturn\w*|scrap\w*|tore up|tear(?:ing)? up|torn up|revok\w*|renounc\w*|abandon\w*|withdr[ae]w\w* from|pull\w* out of) (?:the |a |an |its |their )?(?:[\w-]+ ){{0,2}}?(?:{TRUCE}|{DEAL})").search(d)
    unfinished = _rx(rf"\b{DEAL}\b[^.]{{0,20}}\bcould not be (?:finali[sz]ed|reached|completed|sealed|agreed)").search(d)
    if unfinished and not m:
        return "breakdown.unfinished", 0.6, {}
    if not m or _rx(r"\b(could|might|would|(?-i:may)(?!\s+\d)|will|shall|threaten\w*|risk\w*|fear\w*|avoid\w*|prevent\w*)\b").search(d[: m.end()]):
        return None  # "Israel will resume fighting once the truce ends": a forecast, not a breakdown
    if _THEN_MODAL.match(d, m.end()):
        return None  # "Ending the ceasefire would be a mistake": a hypothetical, not an end
    if _TRUCE_ENDED_WAR.search(d) or _STILL_HOLDING.search(d, m.end()):
        return None
    if _rx(rf"\bbefore (?:the|that|this|a) (?:[\w-]+ )?{TRUCE} (?:had )?(?:expired|ended|ran out|lapsed)\b").search(d):
        return None  # (round 17) "Before that truce expired, a spokesman had warned ...": a time, the expiry told elsewhere
    if _OTHER_TALKS_FAILED.search(d) or _rx(r"\b(?:talks|negotiations|dialogue) with (?:the )?(?:[\w-]+ ){0,2}opposition\b").search(d):
        return None  # another negotiation failed ("whose separate talks on a nuclear deal broke down", "talks with the opposition")
    if NEGATION.search(d[: m.start() + len(m.group(0))]) and not _rx(r"\brefused\b|\bno longer \w+ (?:itself|themselves) bound\b|\bwithout (?:reaching |securing |striking )?(?:an? |any )?(?:deal|agreement|accord|breakthrough|extension|renewal)|\bwithout being (?:renewed|extended)\b|\bfail\w* to agree").search(d):
        return None
    ended = m.group(2) and m.group(2).lower() in ("ended", "ends", "came to an end", "expired", "expires")
    unextended = _rx(r"\b(?:without|no|fail\w* to|not)\b[^.]{0,30}\b(?:extend|extension|prolong|renew)").search(d)
    later = d[m.end():] + " " + (nxt or "")
    if ended and not unextended and re.search(r"\bextend|\bextension|\bprolong", later, re.I):
        return None  # the initial truce ended and was extended: not a collapse
    reason = re.search(r"\b(?:when|after|because|over|as)\b(.{5,140}?)(?:[.;]|$)", s)
    blamed = [a.name for _, a in actors if re.search(rf"\b(blam|accus|held)\w*\b[^.]*{re.escape(a.name)}|{re.escape(a.name)}[^.]*\b(violat|fired|refus)", d)]
    fields: Fields = {"reason": reason.group(1).strip() if reason else None}
    if blamed:
        fields["blamed"] = blamed[:2]
    return "breakdown", 0.75, fields


# A report or claim called wrong: "there are a lot of incorrect reports", "dismissed reports of a deal as speculation".
_REPORT_WORDS = r"(?:reports?|claims?|stor(?:y|ies)|rumou?rs?|allegations?|speculation|accounts?|suggestions?|notion|news|remarks|assertions?|accusations?)"
_CALLED_WRONG = (rf"\b(?:incorrect|false|untrue|inaccurate|baseless|unfounded|fake|misleading|erroneous|fabricated|wrong|premature) (?:news |media |press )?{_REPORT_WORDS}"
                 # "said claims by Iranian officials that Washington had reached a deal ... were false": the claim's content may be long
                 rf"|\b{_REPORT_WORDS}\b[^.]{{0,120}}?\b(?:were|was|is|are)(?: \w+)? \W{{0,2}}(?:false|untrue|inaccurate|incorrect|premature|baseless|unfounded|not true|not accurate|not correct|wrong|fake|lies|a lie)\b(?! (?:alarms?|starts?|flags?|positives?))"
                 # "called the minister's remarks 'another especially cruel lie'", "US calls Iranian claim of swap deal a 'cruel lie'"
                 rf"|\b(?:called|calling|calls|branded|branding|brands|labell?ed|described|describes) (?:the |these |those |such |media |press )?(?:[\w'’-]+ ){{0,2}}?{_REPORT_WORDS}\b[^.]{{0,50}}\b(?:as )?(?:false|untrue|baseless|unfounded|fake|lies|lie|propaganda|nonsense|premature|inaccurate|incorrect|fabrications?|fiction)\b"
                 rf"|\b(?:no|zero|0|not a shred of|not any) truth (?:in|to)\b|\b(?:(?:has|had|have) (?:seen|received|found) no|there (?:is|was) no) (?:\w+ )?(?:evidence|proof) (?:that|of)\b|\b(?:dismiss\w*|reject\w*|refut\w*|rebuff\w*|question\w*|disput\w*|contest\w*|challeng\w*|played down|downplay\w*|poured cold water on|brushed (?:aside|off))\W{{0,2}} (?:the |these |those |such |a |an |media |press )?(?:[\w'’]+ ){{0,3}}?{_REPORT_WORDS}\b"
                 rf"|\bdismiss\w* [^.]{{0,50}}\bas (?:false|baseless|lies|propaganda|fake|speculation|untrue|nonsense|premature|rumou?rs?)\b"
                 # (round 20) 'Asked about the North's report that Clinton had delivered a message, ... said: "That's not true."'
                 rf"|\b{_REPORT_WORDS}\b[^.]{{0,160}}?[:,]\s*\W{{0,2}}(?:that's|that is|this is|it's|it is|that was) (?:simply |just |absolutely )?(?:not true|untrue|false|not correct|not accurate|nonsense|a lie)\b")
# The words end at a boundary: "Denys Prokopenko" is a name, not "deny".
# A quid pro quo denied: "the aid was 'not a reward' for the release", "not in exchange for the family members", "the
# government had not swapped fighters for the girls" (not "had not exchanged prisoners for almost five months": a time).
_NOT_A_TRADE = (r"\bnot\W{0,2} (?:a |an )?(?:reward|payment|ransom|concession|quid pro quo)\W{0,2} for|\bnot in (?:exchange|return) for"
                r"|\b(?:had|has|have|did) not (?:swapped|swap|exchanged|exchange|traded|trade)\b[^.;]{0,60}?\bfor (?:the|any|its|their|his|her)\b|\bno ransom (?:had been |was |has been |were )?paid"
                # "We didn't pay any kobo", "The liberation has been made without money"
                r"|\b(?:didn't|did not|never) pay (?:any|a) (?:[\w-]+ )?(?:ransom|kobo|money|penny|cent|dime|naira|peso)\b|\b(?:liberation|release|freeing)\b[^.;]{0,30}?\bwithout (?:any )?(?:money|ransom|payment)\b"
                # (round 14) "he insisted that no money had changed hands", "government neither paid a ransom nor freed any"
                r"|\bno (?:money|cash|ransom|payment) (?:had |has |have )?(?:changed|change|changing) hands\b|\bneither paid (?:a |any )?(?:ransom|money)\b"
                # (round 15) "paid no ransom and agreed to no other quid pro quo"
                r"|\bpaid no (?:ransom|money)\b|\bno (?:other )?quid pro quo\b"
                # (round 16) "Cameroon says it does not pay ransoms", "insisting it had made no concessions", "has nothing to do with Qatari hostages"
                r"|\b(?:does|do|did) not pay (?:any )?ransoms?\b|\bmade no concessions?\b|\b(?:has|had|have) nothing to do with\b"
                # (round 17) '"We do not pay," the minister said', '"This is an absolute lie," the spokeswoman said of the allegations'
                r"|\bwe do not pay\b(?! (?:attention|taxes|tax|salaries|wages))|\b(?:is|was) an? (?:absolute |outright |total |complete |blatant )?lie\b"
                # (round 18) 'had not paid "a dime" in ransom', "the two cases were not technically linked"
                r"|\b(?:had |has |have )?not paid\b[^.;]{0,20}?\bransom\b|\b(?:were|was|are|is) not (?:technically|directly|formally) linked\b"
                # (round 19) '"they did not make any demands for a ransom"', "made no ransom demand", "no ransom was
                # demanded", "never asked for a ransom": the ransom demand reported, denied
                r"|\b(?:not|never|no|n't) (?:[\w-]+ ){0,2}?(?:demands? (?:\w+ ){0,2}?for (?:a |any )?ransom|ransom demands?)\b"
                r"|\bno ransom (?:was |had been |has been |were )?(?:demanded|requested|sought|asked for)\b|\bnever (?:demanded|asked for|sought) (?:a |any )?ransom\b"
                # (round 20) 'the crew had been freed "without any deal, without any negotiation"', "Blair insists there
                # was no deal": a trade for the release denied
                r"|\b(?:freed|released|returned|let go|handed over|set free|came home|home)\b[^.;]{0,30}?\bwithout (?:any |a )?(?:deal|trade|concessions?|side agreement|quid pro quo)\b"
                r"|\binsist\w* (?:that )?there (?:was|had been|is|has been) (?:no|not any) (?:\w+ )?(?:deal|agreement|trade|swap|quid pro quo|concessions?)\b")
_DENIED = rf"\b(?:accus\w+ (?:\w+ ){{0,2}}of lying|(?:was|were|is|are) not (?:responsible|to blame) for (?:the |any |an? )?(?:[\w-]+ )?(?:rockets?|attacks?|shooting|shelling|bombing|firing|fire|violations?|breach\w*|strikes?|salvos?|blasts?|explosions?|kidnapp\w*|abduct\w*)|denied|denies|deny|denying (?:that|reports?|claims?)|{_NOT_A_TRADE}|ruled out (?:any |an |the )?(?:imminent|early|quick|swift|immediate) (?:release|deal|exchange|swap|agreement)|refuted|rejected (?:this|the|that|such) (?:notion|report|claim|account|stor)\w*|no such (?:deal|agreement|accord)\b[^.]{{0,30}}\breached)\b|{_CALLED_WRONG}"
# "no deal yet", "no agreement had been reached", "has not been finalised": a plain statement that there is no deal,
# a denial when it answers a report (in the sentence, or, for a party's words, anywhere in the article).
_NO_DEAL = (rf"\bno (?:\w+ )?{DEAL}\b(?: (?:yet|as yet|so far|for now|at this (?:point|stage|time)))|\bno (?:\w+ )?{DEAL}\b[^.]{{0,30}}\b(?:reached|finali[sz]ed|agreed|concluded|struck|done|made)\b"
            # (round 15) "but we do not yet have an agreement", "it didn't make any deal"
            rf"|\b(?:do|does|did) not (?:yet )?have (?:a|an|any) (?:\w+ )?{DEAL}\b|\b(?:didn't|did not|never) make (?:a|an|any) (?:\w+ )?{DEAL}\b"
            rf"|\b(?:has|had|have) not (?:yet )?(?:been )?(?:reached|finali[sz]ed)|\bnot (?:yet )?(?:reached|struck|sealed) (?:an? |the )?(?:\w+ )?{DEAL}")
_SPEAKS = r"\b(?:said|says|say|told|tells|insisted|insists|stressed|stresses|added|adds|declared|clarified|wrote|posted)\b"


@lru_cache(maxsize=64)  # other rules ask it again of the same sentence (a release is no offer)
def denial(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    if not _DENIAL_WORDS.search(d):
        return None
    m = _rx(_DENIED).search(d)
    plain = None if m else _rx(_NO_DEAL).search(d)
    if not m and not plain:
        return None
    # not "denied access", nor a defendant who "denied the charge" (a plea, not a report called wrong)
    if m and _rx(r"\bdenied (?:[\w'’]+ ){0,3}?(?:access|entry|permission|bail|visits?|medical|food|water|aid|the right)\b"
                 r"|\b(?:denied|denies|deny) (?:the |all |any |these |those )?(?:criminal )?(?:charges?|counts?|wrongdoing|guilt|indictment|crimes?)\b"
                 # "denied being spies", "denies spying": a plea against an accusation, not a report called wrong
                 r"|\b(?:denied|denies|deny|denying) (?:ever )?(?:being|having been|spying|espionage|working for|any (?:wrongdoing|involvement))\b"
                 r"|\b(?:charges?|accusations?|allegations?|counts?)\b (?:\w+ ){0,2}?(?:he|she|they|which|that|who) (?:has |had |have |always )?(?:denied|denies|deny)\b"
                 # "sentenced ... for spying, which he denies": the charge denied, in a clause after it
                 r"|\b(?:spying|espionage|treason|charges?|crimes?|offen[cs]es?|smuggling|fraud|drug \w+)\b[^.;]{0,20}?,? which (?:he|she|they|both|all) (?:\w+ )?(?:denies|denied|deny)\b"
                 r"|^\W*(?:he|she) (?:has |had |always )?(?:denied|denies) (?:the |all |any )?(?:allegations?|accusations?)\b").search(d):
        return None
    if m and _rx(r"\bwho (?:can|could|would|will) (?:\w+ )?deny\b").search(d):
        return None  # "who can deny that each step is worth it": a rhetorical question
    if m and _rx(r"\b(?:cannot|can't|could not|would not|will not|won't|did not|neither) (?:confirm|deny)\w*\W*,? (?:nor|or) (?:deny|confirm)\w*").search(d):
        return None  # (round 15) "said it 'cannot confirm, nor deny' reports": neither a denial nor a confirmation
    by = _nearest_before(actors, (m or plain).start()) or _first(actors, roles=("party", "mediator", "organisation"))
    if m:
        return "denial", 0.75, {"by": by}
    if _REPORTED.search(d):
        return "denial.plain", 0.6, {"by": by}
    if by and _rx(_SPEAKS).search(d) and not MODAL.search(d[: plain.start()]):
        # A party saying there is no deal: a denial only if the article reports a deal (see _answers_a_report).
        return "denial.unanswered", 0.5, {"by": by}
    return None


_DEAL_REPORTED = re.compile(
    rf"\b(?:reported|reports?|reportedly|according to (?:media|reports|the \w+ (?:post|times|journal|news))|media said|was said to)\b[^.]{{0,80}}\b{DEAL}\b"
    rf"|\b{DEAL}\b[^.]{{0,40}}\b(?:was|had been|has been) reported\b", re.I)


def _answers_a_report(events: list[MappedEvent], text: str) -> list[MappedEvent]:
    """Keep a party's plain "no deal yet" only in an article that reports a deal: then it answers the report."""
    if not any(e.rule == "denial:denial.unanswered" for e in events):
        return events
    reported = bool(_DEAL_REPORTED.search(text))
    return [e for e in events if e.rule != "denial:denial.unanswered" or reported]


# A one-sided step: an ally or third state agrees to free someone (a party, an exchange or two sides make it a deal).
# "the kidnappers agreed to release the students": the captors' consent is the deal (they are a side, if unnamed); so
# is the jailer's, "the Syrian government had agreed to free more than 150 women held in its jails" (round 14)
_CAPTORS_BEFORE = _rx(r"\b(?:kidnappers|captors|abductors|gunmen|militants|rebels|insurgents|bandits|hostage-takers|government|authorities)\b[^.;]{0,20}$")
_ONE_SIDE_CONSENTS = _rx(r"^agreed\b.* to (?:free|release|hand over|return)\b")
_TWO_SIDES_BEFORE = _rx(r"(?:\b\w+ and (?:the )?\w+|\b(?:both sides|both delegations|the (?:two|2) (?:sides|governments|countries|parties|delegations|teams)|the parties)) (?:have |had |has )?(?:\w+ )?$")
# (round 19) what an outlet reports is who brokered the deal the article tells, not whether there is one
_BROKER_REPORTED = _rx(r"(?:brokered|mediated|facilitated) the (?:[\w-]+ )?(?:deal|agreement|accord|swap|exchange)\b")
_SCHEDULED_START = _rx(rf"[^.;]{{0,10}}?\b(?:would|will|is to|was to|is due to|was due to|is set to|was set to)\s+(?:\w+ )?(?:start|begin|take effect|come into (?:force|effect)|go into effect)\b")
_OUTLET_REPORTED = _rx(r"\b(?:newspaper|media|outlets?|reports?|television|tv|channel|broadcaster|website|site|agency|the [A-Z]\w+ (?:post|times|journal|news)|post|times|journal)\b[^.]{0,50}?\breported (?:\w+ ){0,3}?that\b")


# The agreement family, told by its parts: a deal noun (deal, agreement, accord, pact, terms, plan) with a verb of
# conclusion in any voice (reach, strike, seal, secure, sign, approve, finalise, conclude with, announce, agree),
# and the approvals that need no deal noun because the body approving names the step ("the cabinet gave its final
# approval on Tuesday", "voted 22 to 3 to approve").
_CONCLUDING = (r"(?:signed|signs?) off on|reach(?:ed|es)?|str(?:uck|ikes?)|seal(?:ed|s)?|secur(?:ed|es?)|sign(?:ed|s)?|inked|approv(?:ed|es?)|ratif(?:ied|ies)"
               r"|finali[sz](?:ed|es?)|clinch(?:ed|es)?|announc(?:ed|es|ing)|agreed (?:on|to|upon)|settled on|concluded")
_DEAL_NOUNS = r"(?:deal|agreement|accord|arrangement|pact|treaty|understanding|terms|plan|phase|swap|exchange)"
_AGREEMENT_FAMILY = _rx(
    rf"\b(?:{_CONCLUDING}) (?:the |a |an |its |their |this |that |final |new )?(?:[\w'’-]+ ){{0,3}}?{_DEAL_NOUNS}\b"
    # "an official confirmed the deal" (a confirmed exchange or swap is the release rule's: people were freed)
    rf"|\bconfirmed (?:the |a |an |its |their |this |that )?(?:[\w'’-]+ ){{0,2}}?(?:deal|agreement|accord|pact|understanding)\b"
    # (what the deal is of may stand between: "an exchange of prisoners and hostages had been agreed with Armenia")
    rf"|\b{_DEAL_NOUNS}\b(?: of [^.;,]{{1,40}}?)? (?:were|was|had been|has been|have been|is|are) (?:\w+ )?(?:reached|struck|sealed|secured|signed|approved|finali[sz]ed|agreed|settled|concluded|clinched)\b"
    # "The agreement was announced on Saturday" (a deal, not an exchange: an exchange announced is done)
    rf"|\b(?:deal|agreement|accord|pact|treaty)\b (?:was|had been|has been) (?:\w+ )?announced\b"
    # "the two governments had agreed to the 'mutual release'": a release both sides agreed to
    rf"|\bagreed (?:to|on) (?:the |a |an )?\W?(?:mutual|reciprocal|simultaneous) (?:release|exchange|swap|handover)\b"
    # "the process had concluded on Wednesday with an agreement", "talks ended with a deal"
    # (round 19) a headline's present and several deals: "end first round of Caracas talks with four agreements"
    rf"|\b(?:concluded|ended|closed|culminated|(?:end|close|conclude|culminate)s?) (?:[\w,'’-]+ ){{0,6}}?(?:with|in) (?:an? |the )?(?:[\w-]+ )?(?:deal|agreement|accord|pact)s?\b"
    # "Obama and Castro sealed it on Tuesday": verbs that only a deal takes, with the deal as a pronoun
    rf"|\b(?:sealed|clinched|inked|finali[sz]ed|signed off on) (?:it|them)\b"
    rf"|\b(?:cabinet|government|parliament|knesset|ministers|council|congress|senate|assembly|legislature|committee)\b[^.;]{{0,40}}?"
    rf"\b(?:gave|has given|had given|granted) (?:its |their )?(?:final |formal |unanimous )?(?:approval|green light|go-ahead|consent)\b"
    rf"\b(?! (?:to|for) )"
    rf"|\bvoted\b(?: [\w,'’-]+){{0,6}}? to (?:approve|ratify|endorse|back|accept) (?:it|them|(?:the |a |an |its |their )?(?:[\w'’-]+ ){{0,3}}?{_DEAL_NOUNS})\b")
# A plan or terms are this negotiation's only when the sentence (or the next) is about people held or an exchange:
# "finalised the plan for the release", not "finalised the terms of the loan".
_SOFT_DEAL_NOUN = _rx(r"\b(?:plan|terms|phase)\s*$")
_EXCHANGE_CONTEXT = _rx(rf"\b(?:{_PEOPLE_WORD}|releas\w*|freed|free|exchange\w*|swap\w*|handover|captiv\w*|truce|ceasefire|pardon\w*|deal|agreement|accord)\b")
_AGREEMENT_FAMILY_WORDS = _Look(r"confirmed|reach|stru|strike|seal|secur|sign|inked|approv|ratif|finali|clinch|announc|agreed|settled|conclu|ended|closed|culminat|green light|go-ahead|consent|voted|end |ends |close")


def _agreement_in_family_words(d: str, nxt: str | None) -> re.Match[str] | None:
    """A deal concluded, told by a deal noun and a verb of conclusion, or by an approving body (the modal, negated,
    reported and tentative deals are the agreement rule's guards)."""
    m = _AGREEMENT_FAMILY.search(d) if _AGREEMENT_FAMILY_WORDS.search(d) else None
    if m and _SOFT_DEAL_NOUN.search(m.group()) and not (_EXCHANGE_CONTEXT.search(d[m.end():]) or _EXCHANGE_CONTEXT.search(nxt or "")):
        return None
    return m


# "to press the government to agree to a longer pause": an aim; "Putin announced a truce": one side's declaration.
_AIMED_AT = _rx(r"(?<!able )(?<!managed )(?<!went on )\bto (?:\w+ )?$")  # "was able to secure an agreement" is done
# "announced the exchange" and "the UAE brokered the swap" tell an exchange done and its mediator, not a deal
_EXCHANGE_ANNOUNCED = _rx(r"(?:announced|confirmed|brokered) (?:the |an? )?(?:prisoner |hostage )?(?:exchange|swap)$")
# "Israel agreed to free 183 prisoners in the fourth round of exchanges under the ceasefire deal": a running deal's step
_UNDER_A_RUNNING_DEAL = _rx(r"\bunder (?:the|this|its) (?:[\w-]+ ){0,3}(?:deal|agreement|accord|truce|ceasefire)\b|\b(?:round|stage|phase) of (?:the )?(?:exchanges|releases|swaps|handovers)\b")
_CONDITION_BEFORE = _rx(r"\b(?:once|as soon as|when|whenever|if|unless|until|after)\b[^,;.]{1,50}$")
_PRESENT_VERB = _rx(r"(?:approves|reaches|signs|seals|agrees|strikes|finali[sz]es|ratifies|endorses|clinches|concludes|settles)\b")
_DECLARED_TRUCE = _rx(rf"^(?:announced|declared)\b[^.]{{0,30}}\b{TRUCE}\b")


def _agreement_not_in_a_modal(phrase: re.Match[str] | None, family: re.Match[str] | None, d: str) -> re.Match[str] | None:
    """Of the two readings, the one not inside a modal ("Israel and Hamas have agreed to the first phase ..., Trump
    announced, a step that would pause the fighting": the phrase 'announced ... pause' is modal, the family's is not)."""
    found = [m for m in (phrase, family) if m]
    return next((m for m in found if not MODAL.search(d[: m.end()])), found[0] if found else None)


@lru_cache(maxsize=64)  # other rules ask it again of the same sentence (a release is no offer)
def agreement(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    if not _AGREEMENT_WORDS.search(d):
        return None
    m = _rx(rf"\b(reached|struck|sealed|clinched|approved|approves|(?:voted|moved) to (?:approve|ratify|endorse|back)|ratified|ratifies|endorsed|signed off on|gave (?:its |their )?(?:final )?(?:approval|green light|go-ahead) to|signed|announced|agreed on|agreed to|settled on|(?<!-)brokered(?! by)|agrees?(?: to| on)?)\b[^.]{{0,60}}\b({DEAL}|{TRUCE}|exchange|swap)\b"
            # "the deal, brokered by Qatar" (not "under the deal, mediated by Egypt, Israel will free ...": the terms)
            # (round 17) "Egypt brokers deal", "had produced a deal for a ceasefire", "Israel agreed to stop all hostilities",
            # "the two countries had agreed a swap"
            # (round 18) "Egypt brokered it over months of talks", "a five-point agreement struck with Hamas", "the two panels signing a joint statement"
            rf"|\bbrokered it\b|\b{DEAL} (?:struck|reached|signed) with\b|\bsigning (?:a |an |the )?joint (?:statement|declaration|communiqu\w*)\b"
            rf"|\bbrokers (?:a |the )?(?:[\w-]+ )?(?:deal|truce|ceasefire|agreement)\b|\b(?:had |has |have )?produced (?:a|an) (?:[\w-]+ )?(?:deal|agreement|accord)\b"
            rf"|\bagreed\b(?: [\w,'’-]+){{0,4}}? to (?:stop|halt|cease|end) (?:all )?(?:hostilities|fighting|attacks|military operations)\b|\bagreed (?:a|an) (?:[\w-]+ )?(?:swap|exchange|deal|truce|ceasefire)\b"
            rf"|\b{DEAL}, (?:brokered|mediated|reached|struck|agreed) (?:late |early )?(?:by|in|on|last)\b|\bsolution\b[^.;]{{0,60}}?\b(?:has (?:just )?been|have (?:just )?been|was|had been) (?:reached|found)\b|\b{DEAL}\b[^.]{{0,40}}\b(was|has been|had been|is)\s+(?:\w+ )?(reached|agreed|struck|approved|signed|secured|sealed|clinched|finali[sz]ed|brokered (?:in \w+ )?by|mediated (?:in \w+ )?by)"
            # "Hamas formally accepted the terms on Wednesday"
            rf"|\b(?:formally |officially |finally |has |had |have )?accepted (?:the |a |an |its |their )?(?:[\w-]+ )?(?:terms|{DEAL})\b(?! (?:of|for) (?:a |an |the )?(?:proposal|plan|offer))"
            # "signed a joint statement at a special meeting of the General Border Committee", "a joint peace declaration"
            rf"|\bsigned (?:a |an |the )?(?:[\w-]+ ){{0,2}}?(?:joint )(?:[\w-]+ )?(?:statement|declaration|communiqu\w*|memorandum)\b"
            # "Ukraine had agreed with Turkish President Erdogan that the five commanders would stay in Turkey"
            rf"|\bagreed with (?:[\w'’-]+ ){{1,6}}?that\b"
            # "a swap of young and wounded prisoners agreed in Istanbul", "agreements reached on June 2", "a deal struck at"
            rf"|\b(?:{DEAL}|swap|exchange|ceasefire|truce|declaration)s? (?:of [^.;,]{{0,40}}? )?(?:(?:was|were|had been|has been) )?(?:agreed|reached|struck|sealed|signed) (?:in|at|on|last|earlier|during)\b"
            # "They also agreed that each side would hand over ...", "We have a deal for the hostages"
            rf"|\bagreed that (?:each|both|the two|either) (?:side|sides|parties|countries|governments)\b|\bwe (?:have|now have) (?:a|an) (?:deal|agreement)\b"
            # "The truce was initially agreed for four days": the deal's term told in the passive
            rf"|\b(?:{DEAL}|{TRUCE}|exchange|swap)\b (?:was|had been|has been) (?:initially |first |originally )?agreed (?:for|on|in|at)\b"
            # "agreed on Friday to exchange 1,000 prisoners": the day may stand between the verb and its object
            rf"|\bagreed\b(?: [\w,'’-]+){{0,4}}? to (?:free|release|exchange|swap|trade|hand over|return)\b"
            # (round 19) a pardon agreed: "Washington agreed to grant clemency to seven Iranians"
            rf"|\bagreed\b(?: [\w,'’-]+){{0,4}}? to (?:grant (?:clemency|amnesty|pardons?)|pardon|commute)\b"
            # (round 19) what both sides agreed to, or a further matter agreed on: "the parties agreed to emergency
            # humanitarian action", "They also agreed on humanitarian attention for ..." (not one side's "also agreed to
            # let Rezaian's wife ... leave", a term to come, as dev reads it)
            rf"|(?<=\balso )agreed (?:on|upon)\b|\b(?:parties|sides|governments|delegations) (?:have |had |has )?(?:also |further |then )?agreed (?:to|on|upon)\b"
            # (round 19) "A dispute over a military purchase ... was also settled", "the two governments settled the dispute"
            rf"|\b(?:dispute|row|disagreement|differences|feud|quarrel)\b[^.;]{{0,80}}?\b(?:was|were|had been|has been|have been) (?:also |finally |formally )?(?:settled|resolved)\b"
            rf"|\b(?:settled|resolved) (?:the |a |an |their |its )?(?:[\w-]+ ){{0,2}}?(?:dispute|row|disagreement|differences|feud|quarrel)\b"
            # "agreed last month, after a week of UN-sponsored negotiations in Switzerland, to exchange 1,081 prisoners"
            rf"|\bagreed\b(?: [\w'’-]+){{0,3}}?,[^,;.]{{1,90}}, to (?:free|release|exchange|swap|trade|hand over|return)\b"
            # "the ceasefire deal, which Israel and Hamas agreed to last week": the deal told in a relative clause
            rf"|\b(?:{DEAL}|{TRUCE}|exchange|swap)\b,? (?:which|that) (?:[\w'’-]+ ){{1,6}}?(?:agreed (?:to|on|upon)|reached|signed|struck|sealed|approved|clinched)\b"
            # (round 20) "the agreement the United States and the Taliban signed in Doha": the same clause with no pronoun
            rf"|\b(?:{DEAL}|{TRUCE})\b (?:the )?(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){{0,2}} and (?:the )?(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){{0,2}} (?:had |have )?(?:signed|reached|struck|sealed|concluded|clinched)\b").search(d) \
        or None
    m = _agreement_not_in_a_modal(m, _agreement_in_family_words(d, nxt), d)
    if m and _rx(r"\bagreed to (?:discuss|talk|negotiate|meet|consider|continue (?:the )?(?:talks|negotiations))\b|\bwho (?:had |have |has )?(?:signed|reached|accepted)\b").search(d):
        return None  # "They also agreed to discuss a longer-term truce": talks agreed, not a deal; "fighters who had signed the accord"
    if not m or denial(s, d, actors, nxt) or truce_extension(s, d, actors, nxt) or MODAL.search(d[: m.end()]) or _rx(r"\b(close to|closer to|near(?:ing)?|tentative|reportedly|allegedly|progress)\b").search(d[: m.end() + 20]) or _rx(r"\bagree\w* (?:to|on) (?:an? )?(?:extend|extension|prolong)").search(d):
        return None
    if NEGATION.search(d[: m.end()]) or (_OUTLET_REPORTED.search(d[: m.start()]) and not _BROKER_REPORTED.match(m.group())):
        return None  # a deal another outlet reported is a report, not a deal the article confirms (but (round 19) "Fars
        # news agency reported that Qatar and Turkey brokered the deal": who brokered the deal the article tells, reported)
    if _rx(r"\b(?:exchange|swap|handover|release)\b[^.;]{0,30}?\b(?:had been|has been|was) (?:completed|carried out)\b").search(d):
        return None  # (round 17) "announced that the exchange had been completed successfully": an exchange done, not a deal
    if nxt and _rx(_NO_DEAL).search(nxt) and not _rx(_NO_DEAL).search(d):
        return None  # (round 15) 'Nabavi declared that the two governments had "finally reached agreement"', answered in the next sentence by "we do not yet have an agreement"
    if _rx(r"\b(?:sides|parties) (?:still )?(?:differ\w*|disagree\w*|remain\w* (?:divided|at odds|apart))\b").search(d, m.end()):
        return None  # (round 14) "said Israel had agreed to free every prisoner ... and that the two sides differed only over ...": still apart, no deal
    if _ONE_SIDE_CONSENTS.search(m.group()) and not any(a.role == "party" for _, a in actors) and not _IN_EXCHANGE.search(d) \
            and not _TWO_SIDES_BEFORE.search(d[: m.start()]) and not _CAPTORS_BEFORE.search(d[: m.start()]):
        return None  # "Germany agreed to release Krasikov": an ally's consent within the talks, not the parties' deal
    if m.group().lower().startswith("agreed with") and not any(m.start() < at < m.end() for at, _ in actors):
        return None  # "agreed with the assessment that ...": agreeing with a view, not with a party
    if _AIMED_AT.search(d[max(0, m.start() - 12): m.start()]):
        return None  # "to press Netanyahu's government to agree to a longer pause": an aim, not a deal
    if _DECLARED_TRUCE.match(m.group()) and not _rx(rf"\b{DEAL}\b").search(d) and not _TWO_SIDES_BEFORE.search(d[: m.start()]):
        return None  # "Putin announced a truce for Easter": one side's declared truce, not a deal between the two
    if _CONDITION_BEFORE.search(d[max(0, m.start() - 60): m.start()]) and _PRESENT_VERB.match(m.group()):
        return None  # "once the cabinet approves the deal, ...": a condition of what follows, not a deal done
    if _EXCHANGE_ANNOUNCED.match(m.group()):
        return None  # "the ministry announced the exchange": an exchange done (the release rule's), not a deal
    if m.group().lower().startswith("agreed") and _UNDER_A_RUNNING_DEAL.search(d, m.start()):
        return None
    if _SCHEDULED_START.match(d, m.end()):
        return None  # "Qatar announced that the pause would start at 7 a.m.": a start time, not a deal
    terms: Fields = {}
    counted = _counts(RUNNING_TOTAL.sub(" ", d))
    if set(counted) == {"hostages"} and _GOVERNMENT_FREES.search(d):
        counted = {"prisoners": counted["hostages"]}
    terms.update(counted)
    days = re.search(r"\b(\d+)[- ]day\b", d)
    if days:
        terms["truce_days"] = int(days.group(1))
    every = re.search(r"\bfor every (\d+)\b", d)
    if every:
        terms["extension"] = {"per_hostages": int(every.group(1)), "days": 1}
    return "agreement", 0.8, {"terms": terms, "by": [a.name for _, a in actors if a.role == "party"][:2]}


# Whom a pledge or proposal frees: people, a pronoun, or a name ("to free Rojas"; not "to free the economy").
_WHOM = rf"(?:the |all |both |their |its |his |her )?(?:(?-i:[A-Z])|(?:him|her|them|us)\b|(?:[\w-]+ ){{0,2}}?(?:{_PEOPLE_WORD}|pair|duo|trio)\b)"
# A pledge to free people is an offer ("Hamas promised to free the Thais", "were promised that the farm workers would be freed").
_PROMISING = rf"(?:promis|pledg)(?:ed|es|ing) (?:that (?:[\w'’-]+ ){{0,6}}?(?:{_PEOPLE_WORD})\b(?!\W{{1,3}}(?:will|would|shall) (?:\w+ )?(?:return|come (?:back|home)|be (?:back|home))\b)|to (?:free|release|hand over|return|exchange|swap) {_WHOM})"
# (round 20) not 'Ouattara had promised that the soldiers "will soon return to Ivorian soil"': a side's hope for its own
# people's return, nothing offered to the other side.
# (round 20) terms offered for a release: "the hostage-takers would be guaranteed their lives if they freed all their
# captives", "they could be granted amnesty if Clinton came to Pyongyang", "the group would in return release a number of
# captured government soldiers"
_OFFERED_FOR_A_RELEASE = (r"|\b(?:guaranteed|promised|offered|assured) (?:of )?(?:their|his|her) (?:lives|life|safety|safe passage|freedom)\b[^.;]{0,20}?\bif (?:they|he|she|the [\w-]+) (?:\w+ )?(?:freed|free|frees|released|release|releases|let)\b"
                          r"|\b(?:could|would) be (?:granted (?:an? )?(?:amnesty|pardons?|clemency)|pardoned|freed|released|set free|let go) if (?!(?:they|he|she)\b)(?:[\w'’-]+ ){1,3}?(?:came|comes|visited|visits|travell?ed|went|agreed|agrees|apologi[sz]ed|apologi[sz]es|asked|asks)\b"
                          r"|\b(?:would|will) in (?:return|exchange) (?:release|free|hand over|return)\b")
_PROPOSING = _PROMISING + _OFFERED_FOR_A_RELEASE + r"|offer(?:ed|s|ing)?|propos(?:ed|al|als|es|ing)|wan(?:ts|ted) to (?:trade|exchange|swap)|(?:expressed|signall?ed|signals|voiced|indicated) (?:a |its |their )?(?:desire|willingness|readiness|openness) to (?:discuss|negotiate|release|free|exchange|swap|trade|return)"
_EXCHANGING = r"in exchange for|in return for|exchang(?:e|ed|ing)\b[^.]{0,40}\bfor|swap(?:ped)?\b[^.]{0,40}\bfor|traded for"
# Terms put forward without a person in them: "has proposed an immediate ceasefire", "tabled a three-phase plan".
_TERMS = rf"(?:\w+[- ]){{0,3}}?(?:{TRUCE}|plan|framework|roadmap|initiative|deal|swap|exchange|prisoner swap)"
_PUT_FORWARD = _rx(rf"(?<!the )(?<!a )(?<!an )(?<!this )(?<!that )\b(?:proposed|offered|tabled|floated|put forward|submitted|presented|unveiled|laid out|set out|outlined|drew up|pressing|pushing|promoting) (?:a |an |the |its |their |his |her |new |fresh )+{_TERMS}\b"
                   )
# "he had shared with the parties a proposal for an expanded truce"
_SHARED_PROPOSAL = rf"|\b(?:shared|sent|presented|submitted|handed|delivered) (?:(?:with|to) (?:the )?(?:[\w-]+ ){{0,3}}?)?(?:a|an|the|its|their|his|her) (?:[\w-]+ ){{0,2}}?(?:proposal|plan|framework) for\b"
# The verbs of a proposal taken up or turned down by the other side (the offer stays its author's).
_TAKING_UP = r"accepted|accepts|accepting|endorsed|welcomed|studying|considering|reviewing|rejects?|rejected|rejecting|refused|refuses|refusing|turned down|turns down|says? yes to|said yes to"
# Terms told with their proposer in the words or left out: "a plan he had laid out on May 31", "a framework drawn up in
# Paris last month", "the group accepted their proposal for a ceasefire" (the proposal is the other side's offer).
_TERMS_NAMED_FIRST = _rx(r"\b(?:plan|proposal|framework|roadmap|initiative)s? (?:that |which )?(?:he|she|they|it|we|(?-i:[A-Z])[\w'’-]+) (?:had |has |have )?(?:laid out|put forward|proposed|tabled|drawn up|drew up|outlined|presented|unveiled)\b"
                   r"|\b(?:plan|proposal|framework|roadmap|initiative)s? (?:drawn up|put forward|proposed|tabled|laid out|outlined|presented) (?:in|by|at|last|earlier|on|late)\b"
                   # a proposal with its content, taken up by the other side: "the group accepted their proposal for a ceasefire"
                   rf"|\b(?:{_TAKING_UP}) (?:the |their |its |his |her |a |an )?(?:[\w-]+ ){{0,2}}?(?:proposal|plan|offer|framework)s? (?:for|of|to) (?:a |an |the )?(?:[\w-]+ ){{0,2}}?(?:{TRUCE}|deal|exchange|swap|release|extension)\b"
                         # "Hamas says yes to mediators' truce plan": the plan named by what it is for
                         rf"|\b(?:{_TAKING_UP}) (?:the |their |its |a |an )?(?:[\w'’-]+ ){{0,2}}?(?:{TRUCE}|ceasefire|hostage|swap|exchange|peace)[\s-](?:plan|proposal|offer)\b" + _SHARED_PROPOSAL)
_DEAL_CONTEXT = _rx(rf"\b(?:{TRUCE}|deal|agreement|exchange|swap|hostages?|prisoners?|captives?|release)\b")
# A list of names handed over, or turned down: what one side offers to free (or wants freed).
_LIST_HANDED = _rx(r"\b(?:handed|gave|given|submitted|presented|delivered|sent|passed|put forward|provided|turned down|rejected|received|accepted|approved|returned) (?:\w+ ){0,3}?(?:a |an |the |its |their )(?:\w+ ){0,2}?(?:list|names)\b(?! of (?:demands|conditions|grievances|the dead|the killed|casualties|victims|the wounded|the missing))")
_LIST_RECEIVED = _rx(r"\b(?:turned down|rejected|received|accepted|approved|returned)\b")
_READY = _rx(r"\b(?:said|says|is|was|were|are|declared|stated) (?:it |they |that it |that they )?(?:was |were |is |are )?(?:ready|willing|prepared|open) to (?:release|free|exchange|swap|trade|hand over|return|accept (?:an? |the )?(?:\w+ )?(?:extension|truce|ceasefire|pause|deal|exchange|swap|proposal)|extend|discuss (?:a |an |the )?(?:exchange|swap|release|truce|ceasefire)|(?:organi[sz]e|hold|carry out|conduct|arrange) (?:a |an |the )?(?:new |further )?(?:prisoner |hostage )?(?:exchange|swap))\b"
                 # "said he would welcome an extension at a rate of one extra day for every ten more hostages freed"
                 r"|\b(?:would|will) (?:\w+ )?welcome (?:a|an|the|any) (?:[\w-]+ )?(?:extension|deal|exchange|swap|truce|ceasefire|pause|proposal)\b")
# What else is offered: sympathy, help, a view, or the good offices of a mediator (not terms of an exchange).
_OFFERED_ELSE = _rx(r"\boffer(?:ed|s|ing)? (?:(?:its|their|his|her|our|my|no|little|any|some|his|a|an|the) )*(?:condolences|sympathy|sympathies|support|prayers|help|assistance|comment|details|evidence|thanks|apolog\w+|shelter|care|treatment|explanation|reassurance|view|opinion)\b|\boffer(?:ed|s|ing)? to (?:mediate|help|host|facilitate|assist)\b")
# Every offer below needs one of these stems: a cheap first look before the slow patterns.
_OFFER_WORDS = _Look(r"guarantee|assured|be granted|be pardoned|be freed|be released|be set free|be let go|in return|in exchange|says yes|said yes|say yes|pressing|pushing|promoting|shared|reject|refus|turn|laid out|set out|outlined|drawn up|drew up|accept|endors|consider|review|studying|welcom|promis|pledg|wanted to|wants to|offer|propos|floated|raised|suggested|signal|express|voic|indicat|ready|willing|prepared|open to|tabled|floated|put forward|submitted|presented|unveiled|list|names|exchang|return|swap|traded")
_HAS_DIGIT = re.compile(r"\d")
_PROPOSAL_TO_FREE = _rx(r"\b(?:proposal|offer)\W{0,3}\s+(?:to \w+ )?to (?:free|release|exchange|swap|trade|return)\b" + _OFFERED_FOR_A_RELEASE +
                        # "had offered to free him", "proposed swapping the pair for two Armenians", "promised to free Rojas"
                        rf"|\b(?:offer(?:ed|s)?|promis(?:ed|es)|pledg(?:ed|es)) to (?:free|release|exchange|swap|trade|hand over) {_WHOM}"
                        rf"|\bpropos(?:ed|es) (?:swapping|exchanging|trading|freeing|releasing) {_WHOM}")
# "its rejection of all of the proposals it has received": proposals refused with no content stated are no offer
_PROPOSALS_TURNED_DOWN = _rx(r"\b(?:reject\w*|refus\w*|turn\w* down) (?:of )?(?:all |any )?(?:of )?(?:the |its |their )?(?:[\w-]+ ){0,2}?(?:proposals|offers)\b(?! (?:to|for|under|that would)\b)"
                             # "after Moscow turned down US offer": an offer refused with nothing of it said
                             r"|\b(?:reject\w*|refus\w*|turn\w* down|spurn\w*) (?:an? |the |its |their )?(?:[\w.-]+ )?(?:offer|proposal)\W*$"
                             # (round 14) "reneging on understandings despite generous Israeli proposals": proposals named, nothing of them said
                             r"|\bdespite (?:the |its |their |repeated )?(?:[\w-]+ ){0,2}?(?:proposals|offers)\b(?! (?:to|for|under|that would)\b)")
# Cheap first looks: every pattern of the rule needs one of these stems.
_CLAIM_WORDS = _Look(r"hold|held|remain|still|captiv|behind bars|of them|of us|with the")
_TALKS_WORDS = _Look(r"oversaw|haggling|worked on|working on|interven|bargaining|kept up|envoy|team|spent|spending|join|attend|committee|commission|message|repl|respons|answer|request|proposal|position|letter|note|forward|deliver|relay|convey|transmit|carr|ferr|shuttl|arrang|intermediar|channel|negotiating|roles|role in|help|as the|as a|as an|continue|restart|reopen|relaunch|revive|engag|participat|took part|taking part|takes part|round|positions|gap|differences|course of|spoke|conferred|discussed|overseen|supervised|arranged|handled|productive|constructive|fruitful|substantive|talk|negotiat|discuss|delegation|hosted|meeting|session|conversation|engagement|go-between|intermediar|spoke|confer|discussion|dialogue|mediat|brokering|contact|touch|communicat|met\b|meet|summit|sides|progress|breakthrough|lead in|round|coordination|auspices|aegis|sponsorship|channel|diplomacy|consultation|being \w+ out|finali|facilitat|broker|worked|deadlock|resumed|continued")
_PROPOSER = _rx(r"\b(could|would|willing|ready|prepared|suggest\w*|seek\w*|sought|aim\w*|want\w*|asked|ask\w*)\b")


def offer(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    if not _OFFER_WORDS.search(d):
        return None  # none of the words any offer below needs (the rules below are slow to say no)
    parties = [a.name for _, a in actors if a.role == "party"]
    # "made a 'substantial proposal' to Moscow to free Griner": a proposal to free names its people, not nouns for them
    people = bool(_PEOPLE.search(d)) or bool(_PROPOSAL_TO_FREE.search(d))
    m = (_rx(rf"\b({_PROPOSING})\b").search(d) or _READY.search(d)) if people else None
    terms = None
    if not m:
        # a mediator's plan is an offer too ("The envoy had put forward an updated plan for a six-month extension")
        terms = _put_forward_terms(d, bool(actors) or bool(_ENVOY.search(d))) or _READY_TO_TALK_OR_PAY.search(d)
        if terms:
            m = terms
        else:
            # An exchange is an offer only when it is put forward ("could be exchanged", "aim to swap"),
            # not when it was done (a release) or agreed (an agreement's terms), nor a plan's terms no party
            # put forward ("the reported plan would see 50 freed in return for a pause").
            m = _rx(rf"\b({_EXCHANGING})\b").search(d)
            proposer = _PROPOSER.search(d) if m else None
            if not m or not proposer or (proposer.group(1).lower() in ("could", "would") and not parties):
                return None
            if _OUTLET_REPORTED.search(d[: m.start()]):
                return None  # "An Iranian newspaper reported that dual nationals would be freed in return for ...": a report, no party's offer
            if release(s, d, actors, nxt) or agreement(s, d, actors, nxt):
                return None
    if denial(s, d, actors, nxt) or _OFFERED_ELSE.search(d) or _PROPOSALS_TURNED_DOWN.search(d) or _UNDER_A_PROPOSAL.search(d):
        return None
    split = re.search(r"\b(in exchange for|in return for|for)\b", d[m.start():])
    counted_all = _counts(d)
    if terms is None and not people:
        return None
    gives: Fields = {}
    wants: Fields = {}
    if split:
        cut = m.start() + split.start()
        gives, wants = _counts(d[:cut]), _counts(d[cut:])
    else:
        gives = counted_all
    by, to = (parties[0] if parties else None), (parties[1] if len(parties) > 1 else None)
    if by is None and terms is not None:
        by = next((a.name for _, a in actors if a.role != "party"), None)
    if terms is not None and _TAKEN_UP.match(terms.group()):
        # "the group accepted their proposal", "Hamas rejects US plan": the proposal was the other side's or a mediator's
        taker = by
        by = to or next((a.name for _, a in actors if a.name != taker), None)
        to = taker
    elif terms is not None and _PROPOSED_BY_NOBODY_NAMED.search(terms.group()):
        by, to = None, None  # "a framework drawn up in Paris": whose it was, the sentence does not say
    elif _LIST_RECEIVED.search(m.group()):
        by, to = to, by  # "Israel had turned down a list": the list was the other side's
    return "offer", 0.6 if terms is None else 0.5, {"by": by, "to": to, "gives": gives, "wants": wants}


# Terms offered as readiness or as proposals named by their aim: "it is ready to accept an extension of the truce",
# "Israel's proposals to extend the truce", "proposed extending the pause"; an idea floated ("floated the idea of an
# all-for-all prisoner exchange").
_TERMS_READY = _rx(rf"\b(?:ready|willing|prepared|open) to (?:accept|consider|discuss) (?:an? |the )?(?:[\w-]+ ){{0,2}}?(?:extension|{TRUCE}|deal|exchange|swap|proposal)\b"
                   rf"|\bpropos(?:al|als|ed)\b[^.;]{{0,30}}?\bto (?:extend|prolong) (?:the )?{TRUCE}|\bpropos(?:ed|es) (?:extending|prolonging) (?:the )?{TRUCE}"
                   rf"|\b(?:floated|raised|put forward|suggested) the (?:idea|prospect|possibility|notion|option) of (?:a |an |the )?(?:[\w-]+ ){{0,3}}?(?:exchange|swap|{TRUCE}|deal)\b")


_TAKEN_UP = _rx(rf"(?:{_TAKING_UP})\b")
_PROPOSED_BY_NOBODY_NAMED = _rx(r"\b(?:drawn up|put forward|proposed|tabled|laid out|outlined|presented) (?:in|at|last|earlier|on|late)$")
# "Under the mediators' proposal, which Israel had accepted, about 120 prisoners ... would be freed": the terms of a
# proposal told, not one being made
_UNDER_A_PROPOSAL = _rx(r"^\W*under (?:the|a|an|its|their|this|that|[\w'’-]+(?:['’]s|s['’])) (?:[\w'’-]+ ){0,2}?(?:proposal|plan|offer|framework)\b")
# "under a plan put forward by ...", "under the mediators' proposal": the plan a deal or its terms rest on, told before them
_UNDER_A_PLAN = _rx(r"\bunder (?:a|an|the|its|their|this|that|[\w'’-]+(?:['’]s|s['’])) (?:[\w'’-]+ ){0,3}$")
# Readiness told without people in it: "said it was ready to continue talks", "was willing to pay"
_READY_TO_TALK_OR_PAY = _rx(r"\b(?:said|says|is|was|were|are|declared|stated) (?:it |they |that it |that they )?(?:was |were |is |are )?(?:ready|willing|prepared) to (?:(?:continue|resume) (?:the )?(?:talks|negotiations)|pay)\b"
                           # (round 14) "said it was ready for a much broader exchange", "fully ready for comprehensive prisoner exchange"
                           r"|\b(?:is|was|are|were|fully|now|also) (?:\w+ )?(?:ready|prepared|open) for (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:exchange|swap|trade)\b")
_ENVOY = _rx(r"\b(?:envoy|mediators?|special representative)\b")


def _put_forward_terms(d: str, proposer_named: bool) -> re.Match[str] | None:
    """Terms a party or mediator put forward in words other than "offer": a proposed ceasefire, a plan tabled, a list of
    names handed over (`proposer_named`: the sentence names someone in the talks, or an envoy or mediator).

    Not a plan the sentence only names as the basis of a deal ("under a plan put forward by ..."), nor one nobody put forward.
    """
    named_first = _TERMS_NAMED_FIRST.search(d)
    if named_first and _DEAL_CONTEXT.search(d) and not MODAL.search(d[: named_first.start()]) \
            and not _UNDER_A_PLAN.search(d[: named_first.start()]):
        return named_first
    m = _PUT_FORWARD.search(d) or _TERMS_READY.search(d)
    if not m:
        listed = _LIST_HANDED.search(d)
        if listed and _NEGATED_JUST_BEFORE.search(d[max(0, listed.start() - 40): listed.start() + 1]):
            return None  # "Russia had still not handed over a full list": no list given
        if listed and _rx(rf"\b({HOSTAGE_NOUNS}|{PRISONER_NOUNS}|names|captives|bodies)\b").search(d):
            return listed
        return None
    if not proposer_named or _UNDER_A_PLAN.search(d[: m.start()]) or MODAL.search(d[: m.start()].replace("proposed", "")):
        return None
    return m


# Vows of resolve in the "will not ... until" form: no term is set for the other side.
_DETERMINATION = _rx(r"(?:will not|won't|would not|wouldn't|cannot|can't|can not|could not) (?:\w+ )?(?:rest|stop|give up|relent|cease|back down|let up|falter|waver)\b")


_LEGAL_REQUIREMENT = _rx(r"\b(?:law|statute|constitution|legislation|regulations?)\b[^.;]{0,40}\brequir\w*\b")


# A term set as what the other side must do first: "the rebels must free all their captives before talks", "the
# civilians ... must also be released", "they would be released only if the government freed the commanders".
_MUST_FREE = (r"must (?:also |first |still )?(?:free|release|hand over|return|be (?:released|freed|returned|handed over))"
              r"|(?:released|freed|returned|handed over|exchanged) only if")


# A demand asked about or left unclear, or a pledge that runs to a day, sets no term.
_NOT_SETTING_A_TERM = _rx(rf"\bwhether (?:[\w'’-]+ ){{0,3}}(?:was |were |is )?demanding\b|\basked about the demands?\b"
                          rf"|\buntil {MONTH_NAME} ?\d|\buntil \d{{1,2}} {MONTH_NAME}")
# What is demanded may be no term of an exchange: an inquiry, an apology, answers.
_DEMAND_OF_ANOTHER_KIND = _rx(r"demand(?:ed|s|ing)? (?:an? |the |that )?(?:(?:international|independent|full|urgent|thorough|immediate|public|formal) )*"
                              r"(?:investigation|inquiry|probe|explanation|apology|answers|accountability|justice|clarification|compensation)\b")


# Terms set in other words (the round-10 family): a step made conditional on another, a freeing that waits for the
# other side's act ("unless every hostage is freed", "once Israel halts its offensive"), a refusal to free without
# something, a deal refused if it requires something, a standing refusal ("balks at freeing those convicted",
# "refuses to demilitarise"), and what the other side "must" or "would have to" decide.
_FREEING = r"(?:free|release|return|hand over|exchange|swap|let (?:\w+ )?go)"
# What the other side must decide: a term only inside a negotiation (see `precondition`).
_DECISION = r"(?:must|would have to|will have to|has to|have to|needs? to|need to) (?:[\w'’-]+ ){0,4}?(?:make|take) (?:a |an |the |some )?(?:[\w-]+ ){0,2}?(?:decision|concessions?|gesture)\b"
_CONDITION_FAMILY = _rx(
    r"\b(?:made|makes|making|make|is|was|are|were|remains?|be) (?:[\w'’-]+ ){0,10}?\W{0,2}(?:conditional|contingent|dependent) (?:on|upon)\b"
    r"|\bcondition(?:ed|s|ing) (?:[\w'’-]+ ){1,8}?on\b"
    r"|\bunless (?:[\w'’-]+ ){1,4}?(?:is|are|has been|have been|were|was) (?:\w+ )?(?:released|freed|returned|handed over|lifted|withdrawn|stopped)\b"
    rf"|\b(?:will|would|won't|wouldn't|will not|would not|refuses? to|refused to|cannot|can't|could not) (?:\w+ ){{0,2}}?{_FREEING}\b[^.;]{{0,50}}?\bwithout (?:a |an |any |the )?(?:[\w-]+ ){{0,2}}?(?:guarantees?|assurances?|commitments?|ceasefire|truce|end|deal|agreement|withdrawal)\b"
    r"|\b(?:will|would) (?:never|not) (?:agree to|accept|sign) (?:a|an|any) (?:[\w-]+ ){0,3}?(?:deal|agreement|ceasefire|truce|exchange|swap|plan) (?:that|which) (?:requires?|required|includes?|included|means?|meant|leaves?|left|involves?|involved|ties|tied|links|linked)\b"
    r"|\b(?:balks?|balked|balking) at (?:freeing|releasing|handing over|exchanging|swapping|returning)\b"
    r"|\brefuses to (?:free|release|hand over|exchange|swap|return|demilitari[sz]e|withdraw|pull out)\b"
    rf"|\b{_FREEING}(?:d|s|ed)?\b[^.;]{{0,60}}?\b(?:once|as soon as) (?:[\w'’-]+ ){{1,4}}?(?:halts?|stops?|ends?|accepts?|agrees?|withdraws?|ceases?|lifts?|complies|releases?|frees?)\b"
    rf"|\b{_DECISION}"
    r"|\bshould (?:not|never) be (?:exchanged|released|freed|swapped|handed over|returned)\b"
    # (round 13) "no deal if the Rafah assault goes on", ultimatums ("A deadline set ... for Israel to start freeing
    # prisoners", "had given Israel until 6am to begin releasing", "had until Monday evening to answer or all talks were
    # off"), "wants a direct Israeli commitment to free prisoners"
    rf"|\bno (?:[\w-]+ )?(?:deal|agreement|{TRUCE})\b[^.;]{{0,30}}?\bif\b"
    r"|\b(?:deadline|ultimatum)\b[^.;]{0,60}?\bfor (?:[\w'’-]+ ){1,3}?to (?:start |begin )?(?:free|release|freeing|releasing|answer|respond|agree|accept|withdraw)\b"
    r"|\bgiven (?:[\w'’-]+ ){1,3}?until\b[^.;]{0,40}?\bto (?:begin |start )?(?:free|release|freeing|releasing|answer|respond|agree|accept)\b"
    r"|\bhad until\b[^.;]{0,40}?\bto (?:answer|respond|agree|accept|free|release)\b[^.;]{0,30}?\bor\b"
    r"|\bwants? (?:a |an )?(?:[\w-]+ ){0,2}?(?:commitment|guarantee|assurance)s? (?:to|that|of)\b"
    # "will not free the remaining captives unless the war ends": a freeing refused but for a term
    rf"|\b(?:will|would|won't|wouldn't|will not|would not|refuses? to|refused to) (?:\w+ ){{0,2}}?{_FREEING}\b[^.;]{{0,60}}?\bunless\b"
    # "puts Gaza mediation on hold until Israel and Hamas show seriousness", "will resume those efforts when the parties
    # show their willingness": a step withheld until the other side does something
    r"|\b(?:on hold|suspend\w*|paus\w*|freez\w*|froze|halt\w*)\b[^.;]{0,60}?\buntil (?:[\w'’-]+ ){1,5}?(?:show|shows|agree|agrees|accept|accepts|stop|stops|release|releases|free|frees|withdraw|withdraws|return|returns|comply|complies|demonstrate|demonstrates|prove|proves|decides?|chooses?|commits?)\b"
    r"|\b(?:will|would) (?:only )?resume\b[^.;]{0,60}?\b(?:when|once|if) (?:[\w'’-]+ ){1,4}?(?:show|shows|agree|agrees|accept|accepts|stop|stops|demonstrate|demonstrates|prove|proves|are ready|is ready)\b"
    # "will not allow a ceasefire without the release of our hostages"
    rf"|\b(?:will|would|won't|wouldn't) (?:not |never )?(?:allow|accept|agree to|permit|sign) (?:a |an |any |the )?(?:[\w-]+ )?(?:{TRUCE}|deal|agreement|exchange|swap)\b[^.;]{{0,30}}?\bwithout\b"
    # "it would consider the truce void if Israeli forces were still in the south"
    rf"|\b(?:consider|treat|regard|deem)\w* (?:the )?(?:{TRUCE}|deal|agreement|accord) (?:as )?(?:void|null|over|violated|broken|finished) (?:if|unless)\b"
    # "any truce must be accompanied by a tangible improvement in economic conditions"
    rf"|\b(?:any|a|the) (?:[\w-]+ )?(?:{TRUCE}|deal|agreement|extension|renewal)\b[^.;]{{0,20}}?\bmust (?:be accompanied by|include|guarantee|ensure|lead to|provide)\b"
    # "The deal could be carried out, he said, if Washington adopted a realistic approach": the deal's condition
    r"|\b(?:deal|agreement|exchange|swap|release|accord)s? (?:could|would|can|will) (?:only )?be (?:carried out|implemented|completed|done|finali[sz]ed|reached|concluded)\b[^.;]{0,40}?\b(?:if|once|provided)\b"
    # (round 14) "which would be possible only if the United States lifted its sanctions", "would be freed only in
    # exchange for thousands of women", "the insurgents' only condition was a halt", "agree to extend the truce on
    # conditions", "tried to add new conditions", "any extension would depend on all the obligations being carried out"
    r"|\bpossible only (?:if|when|once|after)\b|\bonly in (?:exchange|return) for\b"
    # (round 16) "had set noon on Thursday as the deadline for their terms", "threatening to kill the hostages unless Tokyo
    # apologised and withdrew its troops", "would halt missile and drone attacks ... if the coalition stopped its own"
    r"|\bset (?:[\w'’-]+ ){1,4}?as (?:the|a|their|its) deadline\b"
    # (round 17) "it would not negotiate under fire", "wants Gaza disarmed", "had hinged on lawyers first reaching a
    # plea arrangement", "has made the accord subject to a referendum"
    r"|\b(?:will not|would not|won't|wouldn't|refuses? to|refused to) (?:negotiate|talk) under fire\b"
    # (round 18) "it will not free prisoners in return for Shalit", "only if there is progress on Shalit", "hand over the
    # hostage within an hour or face an assault"
    r"|\b(?:will|would) not (?:free|release|exchange) (?:[\w'’-]+ ){0,3}?in (?:return|exchange) for\b|\bonly if there (?:is|are)\b|\bwithin (?:an|one|\d+) (?:hours?|days?) or (?:face|else)\b"
    r"|\bwants? (?:[\w'’-]+ ){1,2}?(?:disarmed|demilitari[sz]ed)\b|\bhing(?:ed|es|ing)? on (?:[\w'’-]+ ){0,3}?(?:reach\w*|agree\w*|releas\w*|free\w*|accept\w*|secur\w*|withdr\w*|pay\w*)\b|\bmade (?:[\w'’-]+ ){1,3}?subject to\b"
    r"|\bunless (?:[\w'’-]+ ){1,4}?(?:apologi[sz]ed|apologi[sz]es|withdrew|pulled out|paid|pays)\b"
    r"|\b(?:would|will) (?:halt|stop|cease|end|suspend) [^.;]{0,60}?\bif (?:[\w'’-]+ ){1,4}?(?:stopped|halted|ended|ceased|suspended|did the same)\b"
    r"|\b(?:only|main|sole|key|chief|principal) (?:condition|demand)s? (?:was|is|were|are|had been|has been)\b"
    r"|\b(?:agree\w*|accept\w*|extend\w*|renew\w*|sign\w*) (?:[\w'’-]+ ){0,4}?on (?:certain |several |some |these |its |their )?conditions\b"
    r"|\b(?:add|added|adding|attach\w*|impos\w*|laid down|lay down|lays down|raised|raising) (?:new |fresh |further |additional |several |tough |strict |last-minute )?conditions\b"
    rf"|\b(?:any|a|the) (?:[\w-]+ )?(?:{TRUCE}|deal|agreement|extension|renewal|release|exchange|swap)\b[^.;]{{0,20}}?\b(?:would|will|could) (?:\w+ )?depend (?:on|upon)\b"
    # (round 19) a threat with its term ("had threatened to kill the captives unless the government halted its military
    # operations"), and people seized to force a release ("had abducted them to press Tunisia into freeing a jailed
    # militia chief", "seized 245 Tunisians in Tripoli to press for his release")
    r"|\bthreat\w* to (?:kill|execute|behead|harm|hurt|shoot|burn|blow up|put on trial)\b[^.;]{0,80}?\b(?:unless|if|until)\b"
    r"|\b(?:abduct\w*|kidnapp\w*|seiz\w*|took|taken|captur\w*|hijack\w*|held|holding)\b[^.;]{0,80}?\b(?:to|in order to) (?:press|pressure|force|push|compel|coerce) "
    r"(?:[\w'’-]+ ){0,3}?(?:into|for|to) (?:freeing|releasing|the release|(?:his|her|their|its) (?:release|freedom)|release|free|exchange|swap|hand over|pay)\b"
    # (round 20) a release tied to another matter ("Goïta tied the release of the others to the fate of Malian political
    # figures", "had long sought to tie Gross's release to"), an ultimatum with its date ("gave Mali until Jan. 1 to free
    # the soldiers or face new sanctions"), an act made the price of a deal ("had made an admission of that trespass the
    # price of a settlement")
    r"|(?<!not )(?<!never )\b(?:tied|ties|tie|tying|linked|links|link|linking) (?:[\w'’-]+ ){0,3}?(?:release|freedom|return|freeing|fate)\b(?: of (?:[\w'’-]+ ){0,3}?[\w'’-]+)? to (?:the |a |an |its |their )?(?:[\w-]+ ){0,2}?(?:fate|release|return|extradition|handover|freeing|payment|withdrawal|lifting|end|outcome|case)\b"
    r"|\b(?:gave|give|gives|giving) (?:[\w'’-]+ ){1,3}?until\b[^;]{0,40}?\bto (?:[\w'’-]+ ){0,2}?(?:free|release|hand over|return|comply|withdraw|answer|respond)\b[^.;]{0,40}?\bor\b"
    r"|\bmade (?:[\w'’-]+ ){1,8}?the (?:price|condition|precondition) (?:of|for) (?:a |an |the |any )?(?:[\w-]+ )?(?:settlement|deal|agreement|release|solution|freedom|exchange|swap)\b")


_A_DECISION = _rx(_DECISION)
# (a demand not made, not one "never changed": "had never changed its demands" keeps them)
_NO_DEMAND_BEFORE = _rx(r"\b(?:(?:did|do|does|had|has|have) not|didn't|never|no longer)\s+(?:make|made|issue[sd]?|present(?:ed)?|put forward|raise[sd]?|set|asked? for)\s+(?:any\s+|a\s+|such\s+)?(?:[\w-]+\s+)?$"
                        r"|\b(?:made|make|makes|were|was|there (?:were|was|are|is)) no\s+(?:[\w-]+\s+)?$|\bwithout (?:any )?$|\bnever\s+$")


def precondition(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    m = _rx(r"\b(preconditions?|set (?:various |several )?conditions|conditions? for|demand(?:ed|s|ing)?|insist(?:ed|s|ing)? (?:(?!not\b)[\w-]+ ){0,3}?(?:on|that|it|they)\b|on (?:the )?condition (?:that|of)(?! anonymity| not being| (?:he|she|they|i|we|his|her|their) (?:not|would not|was not|were not|remain|name|identity))|insistence (?:that|on)|wan(?:ted|ts) (?:any|a|the) (?:\w+ )?(?:renewal|extension|deal|agreement|truce) to(?! (?:proceed|continue|go ahead|hold|succeed|survive|last|work)\b)|ask(?:ed|ing|s)? for (?:a )?(?:ransom|\$|US\$|€|£)|refused to [^.]{0,40}\buntil|(?:will|would|could|can) not [^.]{0,90}\buntil|(?:won't|wouldn't|cannot|can't) [^.]{0,90}\buntil|not consider [^.]{0,40}\buntil|before any|or nothing|or no deal|conditions? (?:any|a|the|its|their|further) (?:\w+ )?(?:deal|agreement|release|releases|exchange|truce|ceasefire|swap) on|unless (?:[\w'’-]+ ){1,4}?(?:returns?|releases?|frees?|hands? over|complies|stops?|withdraws?)|if (?:[\w'’-]+ ){1,4}?(?:does not|doesn't|do not|don't|did not|fails? to) (?:return|release|free|hand over|comply)|if (?:all )?(?:the )?(?:[\w-]+ ){0,3}?(?:hostages|prisoners|captives)\b[^.;]{0,30}?(?:were|are) not (?:returned|released|freed)|only (?:once|if|when|after) (?:[\w'’-]+ ){1,4}?(?:complie[sd]|compl(?:y|ies)|returns?|releases?|frees?|withdr\w+|commits?|meets?|lifts?|lifted|stops?|halts?|agrees?|accepts?|guarantees?)|as long as (?:[\w'’-]+ ){1,4}?(?:commits?|abides?|respects?|complies)|must (?:first )?(?:apologi[sz]e|withdraw|comply)|" + _MUST_FREE + r")\b").search(d) or _CONDITION_FAMILY.search(d)
    if not m or _rx(r"\b(demonstrat\w+|protest\w*|rall(?:y|ies)|crowds?|marchers|petitions?|activists|campaigners|(?:hunger )?strikes?|strikers|sit-ins?|vigils?|campaigns?|placards?|banners?)\W+(?:\w+\W+){0,2}$").search(d[: m.start()]):
        return None  # the street's demands are not a party's precondition
    if _A_DECISION.match(d, m.start()) and not (_rx(r"\bsides?\b").search(d) or any(a.role == "party" for _, a in actors)):
        return None  # "the minister must make a decision on the budget": no side of a negotiation is asked for anything
    if _LEGAL_REQUIREMENT.search(d[: m.start()]):
        return None  # "the law requires him to notify Congress 30 days before any detainee is transferred": a statute, not a party's term
    if _rx(r"insist\w* (?:that )?(?:no|not|there (?:was|were|is) no|(?:[\w'’-]+ ){0,3}?(?:neither|never|no)\b)\b").match(d, m.start()):
        return None  # "He insisted that no ransom was paid": a fact insisted on, not a term
    if _rx(r"insist\w* (?:that )?(?:they|he|she|it|we|the (?:[\w-]+ ){0,2}?[\w-]+) (?:were|was|had(?: been)?) (?!(?:to|not to)\b)(?:\w+ )?(?:in|inside|within|on|operating|armed|innocent|acting|working|merely|only|lawfully|legally)\b").match(d, m.start()):
        return None  # (round 20) "Britain insists they were in Iraqi waters": a past fact insisted on, not a term
    if _rx(r"\b(?:called|calls|calling|branded|brands|described|describes|denounced|denounces|condemned|condemns|rejected|rejects|dismissed|dismisses) (?:the|this|that|these|those|such) (?:[\w-]+ )?demands?\b(?! (?:that|for|of|to)\b)").search(d):
        return None  # (round 20) "Abidjan called the demand blackmail", "Kyiv rejected the demand as extortion": a demand told elsewhere, judged
    if nxt and _rx(r"\bden(?:ied|ies|y|ying)\b[^.;]{0,60}?\b(?:such|any|the|that) (?:[\w-]+ )?(?:deadline|ultimatum|threat|demand)s?\b").search(nxt):
        return None  # (round 20) a threat relayed at second hand that the next sentence denies ("denied that the gunmen had set any such deadline")
    if _rx(r"\b(?:declar\w*|announc\w*|present\w*|publish\w*|issu\w*) (?:to the (?:public|world) )?(?:our|their|its) (?:[\w-]+ (?:and )?){0,3}demands\W*(?:,|\.|$)").search(d) \
            or _rx(r"\b(?:speculat\w*|rumou?r\w*)\b").search(d[: m.start()]):
        return None  # (round 18) '"We are declaring to the public our just and humanitarian demands"' (none stated); "media speculated that it carried a coded ransom demand"
    if _rx(r"(?:will|would) not be (?:complete|completed|over|the same|whole|full)\b").match(d, m.start()):
        return None  # (round 16) "the joy would not be complete until the return of the servicemen": a feeling, not a term
    if _DETERMINATION.match(d, m.start()):
        return None  # "we will not rest / stop fighting until they are home": resolve, not a term for a deal
    if _NOT_SETTING_A_TERM.search(d[max(0, m.start() - 40): m.end() + 60]) and not m.group().lower().startswith(("gave ", "give ", "gives ", "giving ")):
        return None  # "did not make clear whether Israel was demanding ...", "asked about the demand", "until August 23"
    if _rx(r"\b(?:scal\w* down|reduc\w*|soften\w*|dropp?\w*|abandon\w*|withdr[ae]w\w*|water\w* down|gave up|give up|giving up) (?:[\w'’-]+ ){0,3}?demands?\b"
           r"|\b(?:below|above|short of|less than|down from|up from|a fraction of) (?:the |their |its |his |her )?(?:[\w-]+ )?demand\b").search(d):
        return None  # (round 15) "managed to scale down the hijackers' demands", "dropped that demand", "far below their opening demand": no term set
    if _rx(r"\bwhose (?:release|freedom|return) (?:[\w'’-]+ ){1,8}?(?:had |have |has )?(?:demanded|sought|wanted)\b").search(d):
        return None  # (round 15) "freed 300 of the Lebanese prisoners whose release the hijackers had demanded": who they were
    if m.group().lower().startswith(("demand", "ask")) and _NO_DEMAND_BEFORE.search(d[max(0, m.start() - 30): m.start()]):
        return None  # (round 19) '"they did not make any demands for a ransom"', "made no demands": no term set (a denial)
    if _DEMAND_OF_ANOTHER_KIND.match(d, m.start()):
        return None  # "Russia would demand an international investigation": a political demand, not a term for a deal
    after = s[m.start():]
    demand = re.search(r"\b(?:including|until|that|on|demanding|for)\b\s+(.{5,160}?)(?:[.;]|$)", after)
    return "precondition", 0.65, {"by": _first(actors, m.start() + 1) or _first(actors), "demand": (demand.group(1) if demand else after[:160]).strip()}


_TALKS_KIND = r"(?:first|second|third|fourth|fifth|latest|new|fresh|renewed|direct|face-to-face|indirect|high-level|peace|ceasefire|hostage|prisoner|exchange|\d+(?:st|nd|rd|th)|[\w-]+-level|[\w-]+-round)"
# Talks as the press names them when they happen: a meeting, a round, delegations that met, talks hosted or mediated.
_TALKS_HELD = _rx(
    rf"\b(?:at|during|in|after|following|on the sidelines of) (?:the |their |its |a |these |two |\d+ )?(?:days of |rounds? of |hours of )?(?:{_TALKS_KIND}[\s-]+){{1,3}}(?:round of )?{TALKS}\b"
    rf"|\b(?:mediated|mediating|mediates|brokered|brokering|facilitated|facilitating|chaired|chairing|sponsored|sponsoring) (?:the |these |those |its |their |a |an )?(?:[\w-]+ ){{0,3}}?{TALKS}\b"
    rf"|\b(?:meeting|meetings|summit|round of (?:\w+ ){{0,2}}{TALKS})\b[^.]{{0,60}}?\b(?:hosted|mediated|chaired|brokered|facilitated|organi[sz]ed) by\b"
    rf"|\b(?:delegations?|negotiators|envoys?|negotiating teams?|(?:the )?two sides|both sides)\b[^.]{{0,40}}?\b(?:met|meet|are meeting|were meeting|(?:have|has|had) been meeting|sat down|gathered|convened|held (?:\w+ ){{0,2}}(?:talks|meetings?|negotiations))\b"
    # "A Hamas delegation arrived in Cairo for ceasefire talks", "negotiators travelled to Doha for talks"
    rf"|\b(?:delegations?|negotiators|negotiating teams?|envoys?|mediators)\b[^.;]{{0,40}}?\b(?:arrived|travell?ed|flew|headed|went|returned) (?:[\w'’-]+ ){{0,6}}?for (?:[\w-]+ ){{0,3}}?{TALKS}\b"
    rf"|\b(?:held|holding|hold) (?:\w+ ){{0,3}}?(?:meetings?|a round|rounds) (?:of (?:\w+ ){{0,2}}{TALKS} )?(?:in|with|between|at|on)\b")
# Talks only hoped for, planned or proposed are not talks taking place.
_TALKS_AHEAD = _rx(rf"\b(?:hopes? for|calls? for|call\w* for|urg\w+|push\w* for|propos\w*|plans? for|prepar\w* for|ahead of|invit\w* to|agree\w* to hold|would|will|could|due to|expected to|set to|planned|scheduled)\s+(?:[\w-]+\s+){{0,4}}?(?:{TALKS}|meet\w*|summit)\b")


# "negotiators left Cairo without reaching an agreement": a breakdown, not talks held.
_LEFT_WITHOUT_DEAL = _rx(r"\b(?:froze|frozen|freez\w+|suspended|suspends|suspend|withdr[ae]wn? from|pulled out of) (?:the |its |their )?(?:[\w-]+ )?(?:talks|negotiations|dialogue|mediation|role as (?:a |the )?mediator)\b|\b(?:request|requests|requested|call|calls) for (?:[\w-]+ )?(?:talks|negotiations)\b|\bnext round\b|\b(?:was|is|were|are) imminent\b|\b(?:left|end\w*|broke up|wound up) (?:[\w'’-]+ ){0,5}?without (?:reaching |securing |striking )?(?:an? |any )?(?:deal|agreement|accord|breakthrough)")


# Talks told as mediation, contacts, meetings or diplomacy rather than with "talks" as the subject.
# Talks told by who went where, for how long, or at which round (round 12); a cheap look at their words first, since
# the talks rule reaches these patterns for most sentences.
_TALKS_BY_TEAMS_WORDS = _Look(r"spent|spending|join|attend|round|committee|commission|team|delegation|negotiat|envoy|mediat|contact|sensitive|delicate|sat |talk")
_TALKS_BY_TEAMS = _rx(
    # "has spent more than a year in on-off mediation", "travelled to Havana the previous week to join the talks", "At the
    # fifth round in Mexico in December", "at a special meeting of the General Border Committee"
    r"\b(?:spent|spending) (?:[\w-]+ ){0,4}?(?:years?|months?|weeks?) (?:in|on) (?:[\w-]+ )?(?:mediation|talks|negotiations)\b|"
    r"\b(?:travell?ed|flew|went|arrived|came) (?:[\w'’-]+ ){0,6}?to (?:join|attend) (?:the )?(?:[\w-]+ )?(?:talks|negotiations|meeting)\b|"
    r"^\W*(?:at|during) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last) round\b(?! of (?:sanctions|strikes|fighting|attacks|shelling|exchanges|swaps|releases))|"
    r"\b(?:meeting|session)s? of (?:the )?(?:[\w-]+ ){0,3}(?:border|joint|bilateral|general) (?:[\w-]+ )?(?:committee|commission)\b|"
    # "sending a working-level team to Doha to go over technical details with the Qatari mediators", "flew to Cairo
    # last week to settle final details with Egyptian officials" (not "will send a team ...": the modal guard's)
    r"\b(?:team|delegation|negotiators?|envoys?)\b[^.;]{0,60}?\bto (?:go over|discuss|negotiate|finali[sz]e|settle|work out|hammer out|iron out) (?:the )?(?:[\w-]+ )?(?:details|terms|issues|points)\b"
    # (round 13) "Delegations from Israel and Hamas arrived in Cairo", "Negotiators back in Cairo", "the talks were at a
    # 'sensitive stage'", "a sensitive and ongoing process", "Egypt, which began mediating", "amendments ... were being
    # negotiated", "negotiations that opened in the Saudi port city", "the chief negotiator ... met in Caracas", "had
    # established contact with the kidnappers", "During the talks", "we just sat and talked"
    r"|\b(?:delegations?|negotiators|negotiating teams?)\b(?: from [^.;]{0,40}?)? (?:arrived|are back|were back|back|returned) (?:in|to) (?-i:[A-Z])"
    r"|\b(?:talks|negotiations)\b[^.;]{0,20}?\b(?:were|are|was|is|remain\w*) (?:at|in) (?:a |an |the )?\W?(?:sensitive|critical|delicate|advanced|final|decisive) (?:stage|phase|point)"
    r"|\b(?:sensitive|delicate)(?: and ongoing)? process\b"
    r"|\b(?:began|begun|started) (?:mediating|negotiating)\b|\b(?:were|was|is|are) being negotiated\b"
    r"|\b(?:talks|negotiations) (?:that|which) (?:opened|began|started|resumed)\b"
    r"|\bnegotiator\b[^.;]{0,40}?\bmet (?:in|at|on|with)\b"
    r"|\b(?:established|made|opened|maintained) contacts? with\b"
    r"|^\W*during the (?:talks|negotiations)\b|\bsat (?:down )?and (?:talked|negotiated)\b")


_TALKS_IN_OTHER_WORDS = _rx(
    r"\bmediation (?:by|of|from)\b|\b(?:its|their|his|her|our|the) (?:[\w-]+ ){0,2}mediation\b|\b\w+['’]s (?:[\w-]+ )?mediation\b"
    r"|\bmediation (?:role|efforts?|work|mission)\b"
    # "after Egyptian and Qatari mediation", "mediators stepped in", "instrumental in the negotiations"
    r"|\b(?:after|through|with|via|thanks to|following) (?:(?-i:[A-Z])[\w-]+ )(?:and (?-i:[A-Z])[\w-]+ )?mediation\b"
    r"|\bmediators? (?:had |have |has )?(?:stepped in|step in|steps in|intervened)\b"
    r"|\b(?:instrumental|a key figure|central) in (?:the )?(?:[\w-]+ )?(?:negotiations|talks)\b"
    r"|\b(?:contacts|talks|negotiations) (?:ran|run|went|were conducted) through\b|\b(?:at|around) the (?:dialogue|negotiating|negotiation) table\b"
    r"|\b(?:talks|negotiations)\b[^.;]{0,40}?, which (?:had )?(?:resumed|began|opened|restarted|started)\b"
    # "in the course of the negotiations", "talks in Muscat between the two sides", "negotiated by an American delegation"
    r"|\bin the course of (?:the |these |those )?(?:talks|negotiations|discussions)\b"
    # "engaging positively in the talks", "the negotiations that allowed us to bring Trevor home", "a long, long
    # negotiation", "the round opened on Tuesday", mediators "working to bring the two sides' positions closer"
    r"|\b(?:engag\w+|participat\w+|took part|taking part|takes part) (?:\w+ )?in the (?:[\w-]+ )?(?:talks|negotiations|discussions|dialogue)\b"
    r"|\b(?:talks|negotiations)\b (?:that|which) (?:allowed|enabled|made possible|secured|brought|produced|led to)\b"
    r"|\b(?:long|lengthy|difficult|tough|protracted|hard|intense|intensive|painstaking)[, ]+(?:[\w-]+[, ]+){0,2}?negotiations?\b"
    r"|\b(?:the|a|this|new|latest) round (?:of [\w-]+ )?(?:opened|began|started|resumed|got under way)\b"
    r"|\b(?:bring|bridge|narrow) (?:the )?(?:two sides'?|parties'?|both sides'?) (?:positions|gaps?|differences)\b"
    # "by negotiating with the prime minister", "went on negotiating", "for their roles in the negotiations",
    # "helped broker", "helping to bring about the exchange", "named the Gulf state as the mediator",
    # "negotiations continue virtually every day", "at talks in Istanbul", "restarted talks with"
    r"|\bnegotiating with (?-i:[A-Z])|\b(?:went on|kept|keep|continued|continue|continues) negotiating\b"
    r"|\broles? in (?:the )?(?:negotiations|talks|mediation)\b"
    r"|\bhelp(?:ed|ing|s)? (?:to )?(?:broker|mediate|facilitate|negotiate|bring about)\b"
    r"|\bas (?:the|a|an) (?:main |chief |key |principal )?(?:mediator|go-between|intermediary)\b"
    r"|\b(?:talks|negotiations|contacts) (?:continue|continues|are continuing|go on|goes on)\b"
    r"|\b(?:at|during) (?:the )?(?:talks|negotiations) (?:in|at) (?-i:[A-Z])"
    r"|\b(?:restarted|reopened|relaunched|revived) (?:the )?(?:[\w-]+ )?(?:talks|negotiations|dialogue)\b"
    r"|\b(?:talks|negotiations) (?:in|at) (?-i:[A-Z])[\w'’-]+ between\b"
    r"|\b(?:was|were|had been|has been|have been) negotiated by\b"
    # talks judged: "described the talks as 'very productive'"
    r"|\b(?:talks|negotiations|discussions|meetings?)\b (?:as |were |was |had been |have been )?\W?(?:very |extremely |highly |quite )?(?:productive|constructive|fruitful|substantive|businesslike|frank and \w+)\b"
    # a call about the captives: "spoke by phone last month about freeing more prisoners", "discussed the swap in a call"
    r"|\b(?:spoke|talked|conferred) (?:by (?:tele)?phone|on the (?:tele)?phone)\b[^.;]{0,40}?\babout (?:freeing|releasing|the release|the exchange|the swap|an? (?:exchange|swap)|(?:the |more )?(?:prisoners|hostages|captives|detainees))\b"
    r"|\bdiscussed (?:the |a |an )?(?:[\w-]+ )?(?:swap|exchange|release|prisoners|hostages|captives|detainees|truce|ceasefire)\b"
    # "overseen by German mediator Ernst Uhrlau", "The ceasefire, mediated by Egypt, Qatar and the United States"
    r"|\b(?:overseen|supervised|coordinated|arranged|handled) by (?:the |a )?(?:[\w-]+ ){0,2}mediators?\b"
    r"|\b(?:ceasefire|cease-fire|truce|pause), (?:[\w-]+ ){0,2}?(?:mediated|brokered) by\b"
    # "in mediating the exchange", "had mediated the release", "a swap mediated by the UAE"
    r"|\bmediat(?:ed|ing|es)(?! role) (?:the |a |an |this |that |its |their )?(?:[\w-]+ ){0,2}(?:exchange|swap|release|deal|agreement|accord|arrangement|handover|truce|ceasefire)s?\b"
    r"|\b(?:exchange|swap|release|handover|talks|negotiations)s?,? (?:[\w-]+ ){0,2}?mediated by\b"
    r"|\b(?:exchange|swap|handover)s?,? (?:[\w-]+ ){0,2}?(?:brokered|facilitated) by\b"
    # "The talks, held under Qatari auspices, resumed on Monday"
    r"|\b(?:talks|negotiations),[^.;]{0,60}?,\s+(?:have |has |had )?(?:resumed|continued|reopened|restarted)\b"
    # "Negotiators worked through the night", "mediators worked into the evening to break the deadlock"
    r"|\b(?:negotiators|envoys|delegations?|officials)\b[^.;]{0,30}\bworked (?:through|into|late into|until)\b|\bto break the deadlock\b"
    r"|\bchannels? of (?:dialogue|communication)\b|\bback[- ]channels?\b"
    r"|\b(?:quiet|secret|intense|intensive|exhaustive|behind-the-scenes|shuttle|painstaking)[, ]+(?:[\w-]+[, ]+){0,2}?diplomacy\b"
    # "The contacts on the release are advancing", "meetings with the Egyptians had gone on until early on Thursday"
    r"|\b(?:contacts|consultations)\b[^.;]{0,60}?\b(?:are|were|is|was|remains?|remained|have been|had been)\s+(?:\w+\s+)?(?:advancing|continuing|ongoing|under ?way|progressing|intensifying)\b"
    r"|\b(?:contacts|consultations|meetings)\b[^.;]{0,80}?\b(?:had |have |has )?(?:gone on|went on|continued|lasted)\b"
    r"|\b(?:details|terms|modalities|issues)\b[^.;]{0,40}?\b(?:were|are|was|is) being (?:worked out|ironed out|hammered out|finali[sz]ed|negotiated|discussed)\b"
    # "Following negotiations, 115 ...", "who stood with us throughout tough, complex negotiations"
    r"|\b(?:throughout|following|after) (?:the |these |those |months of |weeks of |years of )?(?:[\w,'’-]+ ){0,3}?(?:talks|negotiations)\b"
    # (a determiner after the verb: "the first negotiated release since ..." is an adjective, not talks held)
    r"|\bnegotiated (?:the |this |that |a |an |their |his |her |its )(?:[\w-]+ ){0,2}(?:deal|agreement|accord|arrangement|exchange|swap|release)\b")
# Talks told by what passes through them (the round-10 family): talks on or over the captives or the exchange, sides
# "in advanced negotiations", messages, replies and requests carried between the sides or through a mediator, contacts
# a party says it has, a meeting a mediator helped arrange, talks "within" which a step was taken.
_MESSAGE_NOUN = r"(?:messages?|reply|replies|response|responses|answer|answers|request|requests|proposals?|counter-?proposals?|demands|offer|position|positions|note|notes|letter|letters)"
_TALKS_BY_WHAT_PASSES = _rx(
    rf"\b(?:talks|negotiations|contacts|discussions) (?:on|over|about|for) (?:the |a |an |its |their |possible |further |more )?(?:[\w'’-]+ ){{0,3}}?(?:{_PEOPLE_WORD}|release|releases|exchange|swap|truce|ceasefire|deal|prisoner|hostage|commanders?|defenders)\b"
    r"|\bin (?:advanced|indirect|direct|intense|intensive|secret|serious|final|ongoing|active|close|detailed|protracted|difficult) (?:[\w-]+ )?(?:talks|negotiations|contacts|discussions)\b"
    r"|\b(?:we|they|it|he|she) (?:have|has|had|maintain\w*|keep|kept) (?:\w+ )?contacts with\b|\bcontacts (?:on|about|over) (?:[\w-]+ ){0,4}?(?:exchange|swap|release|prisoners|hostages|deal|matter)\b[^.;]{0,20}\b(?:exist|existed|continue|continued)\b"
    r"|\bhelp(?:ed|ing|s)? (?:to )?(?:arrange|set up|organi[sz]e) (?:the |a |an )?(?:[\w-]+ )?(?:meeting|talks|contacts?|call)\b"
    r"|\bwithin the (?:[\w-]+ )?(?:talks|negotiations)\b")
# Messages carried: only between the sides of a negotiation ("mediators carrying messages between the two sides",
# "delivered its reply through Qatar"), not a courier's or the families' letter.
_MESSAGES_CARRIED = _rx(
    rf"\b(?:carry|carries|carried|carrying|pass|passes|passed|passing|relay|relays|relayed|relaying|convey|conveys|conveyed|conveying|deliver|delivers|delivered|delivering|forward|forwards|forwarded|forwarding|transmit|transmits|transmitted|transmitting|ferry|ferried|ferrying|shuttl\w+) (?:[\w'’-]+ ){{0,4}}?{_MESSAGE_NOUN} (?:[\w'’-]+ ){{0,6}}?(?:to|between|through|via)\b"
    rf"|\b{_MESSAGE_NOUN}\b[^.;]{{0,40}}?\b(?:was|were|had been|has been|have been) (?:\w+ )?(?:forwarded|delivered|passed|relayed|conveyed|transmitted|handed) (?:by|through|via|to)\b"
    r"|\b(?:through|via) (?:the )?(?:(?-i:[A-Z])[\w-]+ )(?:and (?-i:[A-Z])[\w-]+ )?(?:mediators?|intermediar(?:y|ies)|go-betweens?|channels?)\b")
# "were exchanged ... under the coordination of Turkey's intelligence agency" (but not an aid convoy's coordination).
_UNDER_AUSPICES = _rx(r"\bunder the (?:coordination|auspices|mediation|sponsorship|aegis) of\b|\bunder (?:[\w-]+ ){1,2}auspices\b")
# "..., also mediated by the UAE": a clause about the exchange or people the sentence tells of
_MEDIATED_CLAUSE = _rx(r"(?<!deal)(?<!agreement)(?<!accord),\s+(?:(?:also|again|likewise|once more|once again|as before) )?(?:mediated|brokered|facilitated) by\b")
_EXCHANGE_OR_PEOPLE = _rx(r"\b(?:exchang\w*|swap\w*|releas\w*|freed|handover|handed|hostages?|prisoners?|captives?|detainees?|talks|negotiat\w*)\b")
# Contacts that are no negotiation: with families, relatives, the press; mediation offered or sought is not under way.
_NOT_TALKS = _rx(r"^\W*(?:a|an|the) (?:[\w-]+ )?(?:lawyer|official|source|diplomat|person|adviser|aide|officer) who (?:oversaw|led|ran|handled|joined|took part in|was involved in)\b[^.;]{0,40}?\bsaid\b"  # (round 16) the speaker's role: "A lawyer who oversaw the mediation said ..."
                 r"|\b(?:in contact|in touch|contacts?|meetings?|conversations?|discussions?) with (?:all |the |their |his |her )*(?:famil(?:y|ies)|relatives|loved ones|press|media|reporters|journalists)\b"
                 # families, not parties, who spoke or met; an offer to host or mediate is no talks held
                 r"|\b(?:famil(?:y|ies)|relatives|parents|loved ones)\b[^.;]{0,20}\b(?:spoke|talked|met|meeting)\b"
                 r"|\b(?:meetings?|contacts|talks|conversations) (?:between|with) (?:the )?(?:famil(?:y|ies)|relatives|parents|loved ones)\b"
                 r"|\b(?:offer\w*|volunteer\w*|propos\w*) to (?:host|mediate|facilitate|broker|chair|co-chair)\b"
                 r"|\b(?:offer\w*|seek\w*|sought|request\w*|need\w*|appeal\w* for|reject\w*|refus\w*|declin\w*|turn\w* down) (?:[\w'’]+ ){0,2}mediation\b"
                 # a mediator's record ("has previously played a mediating role in truces"), not talks on this exchange
                 r"|\b(?:previously|in the past|has long|have long|often|historically|traditionally)\b[^.;]{0,30}\b(?:mediat|served as|acted as)"
                 r"|,\s+which (?:is|has been|was) (?:also )?(?:facilitating|mediating|hosting|brokering|sponsoring) (?:the )?peace (?:talks|process|negotiations)\b"
                 # talks that a deal has just ended ("struck a deal ..., ending more than five years of negotiations")
                 r"|\b(?:ending|ended|ends|concluding|capping|culminating)\b[^.;]{0,30}\b(?:weeks|months|years) of\b"
                 # (round 20) "the dispute has held up the start of peace negotiations": talks not yet begun
                 r"|\b(?:held up|holding up|holds up|hold up|delayed|delaying|delays|stalled|blocked|blocking|postponed) (?:the )?(?:start|opening|launch|beginning|resumption) of (?:the )?(?:[\w-]+ ){0,2}?(?:talks|negotiations|dialogue)\b")
# A modal right after the words: "Qatar's mediation could secure ...", "ending the ceasefire would be a mistake".
_THEN_MODAL = _rx(r"[\w'’\s-]{0,25}?\b(?:would|could|might|(?-i:may)(?!\s+\d)|will|should|can)\b")
# A tally ("the number of captives released through its mediation had reached 1,788") reports a count, not talks.
_TALLY = _rx(r"\ba total of \d+|\bthe (?:overall |total )?number of\b[^.;]{0,80}\b(?:had |has |have )?(?:reached|rose to|risen to|stood at|stands at|climbed to)\s+\d+")
# "whose separate talks on a nuclear deal broke down": another negotiation failed, not this one.
_OTHER_TALKS_FAILED = _rx(r"\b(?:separate|unrelated|parallel) (?:[\w-]+ ){0,2}?(?:talks|negotiations)\b[^.;]{0,60}\b(?:collapsed|broke down|fell through|stalled)\b"
                          # "Normalisation talks, mediated separately by ..., have since stalled"
                          r"|\b(?:talks|negotiations),? [^.;]{0,20}\bseparately\b[^.;]{0,80}\b(?:collapsed|broke down|fell through|stalled)\b")
# A truce as the subject that ended a war ("a ceasefire halted the war"), or one that ended only formally
# ("expired in October but has largely held"): no breakdown.
_TRUCE_ENDED_WAR = _rx(rf"\b{TRUCE}\b (?:\w+ )?(?:halted|ended|ends|stopped|froze|paused) (?:the|a|an|their|its|(?:\w+ )?(?:days|weeks|months|years) of) (?:[\w-]+ ){{0,3}}?(?:war|fighting|hostilities|conflict|clashes|offensive|violence)\b")
_STILL_HOLDING = _rx(r"\bbut (?:has|had|have)? ?(?:largely |mostly |broadly |since |so far )?(?:held|survived|continued)\b")


# The talks family, told by its parts: a negotiation noun, and words that assert the talks took or are taking place
# (held, took place, between two sides, hosted or co-chaired by someone, a mediator serving as one), so that
# "indirect negotiations between the United States and the Taliban" or "nine meetings were held" need no phrase of their own.
_TALKS_NOUN = (r"(?:talks|negotiations?|mediation(?: sessions?| efforts?)?|meetings?|contacts|discussions|diplomacy|dialogue"
               r"|channels?|rounds? of \w+|consultations|conversations|sessions|engagement)")
_DEAL_OR_EXCHANGE = r"(?:deal|agreement|accord|arrangement|exchange|swap|release|handover|talks|negotiations)s?"
_TALKS_FAMILY = _rx(
    rf"\b{_TALKS_NOUN}\b[^.;]{{0,40}}?\b(?:took place|taken place|(?:were|was|have been|had been|has been) held|concluded (?:on|in|at|with)\b)"
    rf"|\b{_TALKS_NOUN} (?:between|among)\b"
    # "hosted a meeting in October", "co-chaired those meetings", "facilitated conversations between ..."
    rf"|\b(?:hosted|hosts|co-chaired|co-chairs|chaired|convened|organi[sz]ed|facilitated|facilitates) (?:the |those |these |a |an |its |their |several |two |\d+ )?(?:[\w-]+ ){{0,2}}?{_TALKS_NOUN}\b"
    # "The Emir hosted the two delegations", "the Red Cross facilitated the exchange between the two sides"
    rf"|\b(?:hosted|hosts|received|brought together) (?:the )?(?:two |2 |both |rival )?(?:delegations|sides|negotiators|parties|negotiating teams)\b"
    rf"|\b(?:facilitated|facilitates|brokered|brokers) (?:the |a |an |this |that )?(?:[\w-]+ ){{0,2}}?(?:exchange|swap|release|handover)s?\b"
    # "in a deal mediated by the UAE", "The deal, mediated by Qatar" (not a truce: the truce is its own event; not
    # "under the deal, mediated by Egypt, Israel will free ...", the deal's terms, as the dev gold reads it; not the
    # adjective "a Qatar-brokered deal", which the dev gold reads as the deal's name, not a mention of talks)
    rf"|\b{_DEAL_OR_EXCHANGE},? (?:[\w-]+ ){{0,2}}?(?:mediated|brokered|facilitated|hosted|co-chaired|sponsored|overseen) by\b"
    # "also with UAE mediation", "with the mediation of Oman"
    rf"|(?<!out )\bwith (?:the )?(?:[\w'’.-]+ ){{0,3}}?mediation\b"
    # "Egypt had served as a key mediator", "with Qatar acting as go-between"
    rf"|\b(?:served|serving|serves|acted|acting|acts) as (?:a |an |the )?(?:[\w-]+ ){{0,2}}?(?:mediator|go-between|intermediary|broker|facilitator|conduit)\b"
    rf"|\b(?:are|were|is|was|have been|had been|has been) (?:also |still |now |quietly |secretly )?(?:discussing|negotiating)\b"
    # (round 19) "Ankara had been talking with the rebels" (not with reporters or the families); "The negotiations
    # involved us, Iran, the Syrian authorities and the armed opposition"
    rf"|\b(?:are|were|is|was|have been|had been|has been) (?:also |still |now |quietly |secretly )?talking (?:to|with)\b(?! (?:the |their |his |her )?(?:reporters|journalists|press|media|famil(?:y|ies)|relatives|parents)\b)"
    rf"|\b{_TALKS_NOUN} (?:had |have |has )?(?:involved|included|brought together)\b"
    # "the result of talks concluded in Bern", "the talks that led to the truce"
    # (the describing words may be in quotes: 'the result of "tough" negotiations')
    rf"|\b(?:result|outcome|fruit|product) of (?:the )?(?:[\"“”'‘’]?[\w-]+[\"“”'‘’,]? ){{0,4}}?{_TALKS_NOUN}\b|\b{_TALKS_NOUN} (?:that|which) (?:led|paved the way) to\b"
    # "spoke by phone four times with Cuban Foreign Minister Bruno Rodriguez": leaders or envoys talking, not the press
    rf"|\b(?:spoke|speaks|talked|conferred) (?:by (?:tele)?phone )?(?:[\w,'’-]+ ){{0,5}}?with (?:[\w'’-]+ ){{0,3}}?(?:minister|counterpart|president|envoy|officials?|leaders?|emir|king|secretary|negotiators|mediators|delegation|government)\b")
_TALKS_FAMILY_WORDS = _Look(r"talk|negotiat|mediat|meeting|delegation|sides|negotiator|parties|exchange|swap|release|handover|contact|discussi|diplomacy|dialogue|channel|round|consultation|conversation|session|engagement|go-between|intermediar|broker|facilitat|spoke|confer")


# "The exchanges are the only concrete outcome so far of the first direct talks": a tally of what talks yielded, as the
# dev gold reads it, not a mention of the talks taking place.
_OUTCOMES_SO_FAR = _rx(r"\b(?:outcomes?|results?|fruits?|products?) (?:so far|to date)\b")


# "spoke by phone ... with the Cuban foreign minister about Gross": a call about a person (the one held).
_ABOUT_A_PERSON = re.compile(r"\babout (?:[A-Z][a-z]+(?:'s)?\b)(?! (?:policy|plans?|budget|economy|trade))")
# What makes a leaders' call part of the negotiation: the captives or the exchange named (not a nationality: "spoke
# with Israeli Prime Minister Benjamin Netanyahu" alone is a call between governments, not talks).
_CALL_CONTEXT = _rx(r"\b(?:hostages?|captives?|prisoners?|detainees?|abductees?|releas\w*|freed|free|freeing|exchange\w*|swap\w*|handover|captiv\w*|truce|ceasefire|deal|agreement|negotiat\w*|talks)\b")
_FAILED_AFTER = _rx(r"\b(?:failed|collapsed|broke down|fell through|stalled|foundered|went nowhere)\b")


# Talks told in passing: "amid talks with Kyiv", "at a one-day summit with the North's leader" (not "his first
# summit", an earlier one, nor "at a meeting with the chief of the General Staff", a party's own), "During their
# 90-minute meeting, the two leaders also discussed", "at every
# stage of the negotiations", "negotiations to release more ... have yielded results", "the 14th mediation it had
# carried out between the two countries", "met the CIA director ... to discuss extending the truce".
_TALKS_IN_PASSING = _rx(
    rf"\bamid (?:[\w-]+ )?{TALKS} (?:with|between)\b|\b(?:at|during) (?:a|an|the|their|his|her) (?!(?:first|second|third|\d+(?:st|nd|rd|th)|previous|earlier|last|past)\b)(?:[\w-]+ ){{0,2}}summit (?:with|between)\b"
    rf"|\bduring (?:their|the) (?:[\w-]+ )?(?:meeting|talks|summit)\b,? (?:the )?(?:two|both)\b"
    rf"|\bat every stage of the {TALKS}\b|\b{TALKS} (?:to|over|on) [^.;]{{0,60}}?\b(?:have|has|had) (?:yielded|produced|borne)\b"
    rf"|\bmediations? (?:it|they|he|she|which|that) (?:had |has |have )?(?:carried out|conducted)\b"
    rf"|\bmet\b[^.;]{{0,120}}?\bto discuss (?:extending|prolonging|a|the|an)\b")


_PASSING_WORDS = _Look(r"amid|summit|during|stage of|yielded|produced|borne|carried out|conducted|to discuss")

# Talks told by where they stand or what they did: "the government was in negotiations to free more", (round 14) "we
# have been in wider cessation-of-hostility talks with the insurgents", "dialogue on them was still going on", "thanked the United Arab Emirates for mediating", "The
# talks have centred on an Egyptian proposal", "as the talks seemed to be reaching their final stage", "engaged in
# painful bargaining", "grew out of direct talks in Istanbul", "a truce had been reached in the discussions", "Qatari
# mediation ... had secured their freedom", "a rare exchange with the Syrian government brokered by Qatar".
_TALKS_STANDING = _rx(
    rf"\b(?:have been|has been|had been|was|were|is|are) in (?:[\w-]+,? ){{0,3}}?{TALKS} (?:to|with|between|over)\b"
    rf"|\b{TALKS}\b[^.;]{{0,30}}?\b(?:was|were|is|are) (?:still )?(?:going on|ongoing|under ?way|in progress)\b"
    rf"|\bthank\w* (?:[\w'’-]+ ){{1,5}}?for (?:its |their |his |her )?(?:mediation|mediating|mediatory|brokering)\b"
    rf"|\bthe {TALKS} (?:have|has|had) (?:\w+ )?(?:centred|centered|focused|focussed|revolved|concentrated)\b"
    rf"|\b{TALKS}\b (?:\w+ ){{0,3}}?(?:reaching|reached|entering|entered) (?:their|its|the) (?:final|last|decisive|critical) (?:stage|phase|lap)\b"
    rf"|\bengaged in (?:[\w-]+ ){{0,2}}?(?:bargaining|haggling|{TALKS})\b"
    rf"|\b(?:grew|grown|emerged|came) (?:out of|from) (?:the )?(?:[\w-]+ ){{0,2}}?{TALKS}\b"
    rf"|\b(?:reached|agreed|struck|secured|achieved) (?:at|in|during) the (?:[\w-]+ )?{TALKS}\b"
    rf"|\b(?:mediation|{TALKS})\b[^.;]{{0,120}}?\b(?:had |has |have )(?:earlier |already |finally |also )?(?:secured|won|obtained|achieved|brought about|produced|yielded)\b(?! (?:little|nothing|no|only|a (?:tentative|draft|preliminary|provisional))\b)"
    rf"|\b(?:exchange|swap|handover)\b (?:[\w'’-]+ ){{0,4}}?(?:brokered|mediated|facilitated) by\b"
    # (round 15) "New Delhi sent a team of negotiators to Kandahar", "The team talked to the hijackers by radio", "the
    # owners were talking to the hijackers", "called the day's negotiations 'promising'", "Assad intervened to win
    # their freedom", "Libya has been involved in the negotiations", "There were only diplomatic and political negotiations"
    rf"|\bsent (?:a |an |its |their |the )?(?:team of |delegation of )?(?:negotiators|negotiating team|envoys?|delegation|mediators?) to\b"
    rf"|\b(?:talked|talking|talks|spoke|spoken|speaking|negotiated|negotiating) (?:\w+ )?(?:to|with) the (?:hijackers|kidnappers|captors|abductors|gunmen|pirates|hostage-takers)\b"
    rf"|\b(?:the day|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s {TALKS}\b"
    rf"|\bintervened (?:personally )?to (?:win|secure|obtain) (?:their|his|her|the) (?:freedom|release)\b"
    rf"|(?<!official )(?<!officials )(?<!source )(?<!sources )(?<!diplomat )(?<!diplomats )(?<!person )(?<!people )(?<!someone )\b(?:involved|engaged|taking part|took part|participat\w+) in the {TALKS}\b"
    rf"|^\W*there (?:were|was|have been|has been) (?:only )?(?:[\w-]+ (?:and )?){{0,3}}{TALKS}\b"
    # (round 16) "asked France to conduct the talks on its behalf", "The bargaining at Dacca was conducted from the tower",
    # "Tokyo kept up indirect contacts throughout", "clerics who had mediated in the crisis", "went aboard to talk to the gunmen"
    rf"|\bconduct\w* the (?:{TALKS}|bargaining)\b|\bthe bargaining\b[^.;]{{0,40}}?\b(?:was|is|were) conducted\b|^\W*the bargaining (?:follows|followed|went|goes|has|had)\b"
    rf"|\bkept up (?:\w+ )?(?:contacts?|talks|negotiations|dialogue)\b|\bwho (?:had |has |have )?mediated\b"
    rf"|\bto talk (?:to|with) the (?:hijackers|kidnappers|captors|abductors|gunmen|pirates|hostage-takers)\b"
    # (round 17) "Haggling over the lists continued", "as the two governments worked on the exchange", "The talks, hosted
    # in Havana with Cuba and Norway as guarantors, opened in late 2012"
    rf"|\bhaggling\b[^.;]{{0,40}}?\b(?:continued|went on|dragged on|goes on|continues)\b|\bwork(?:ed|ing)? on the (?:exchange|swap|deal)\b"
    rf"|\b{TALKS}, (?:hosted|held) in\b"
    # (round 18) "Zahar oversaw the negotiations with the kidnappers", "UN-chaired committee meets in Hodeidah", "held its
    # first meeting inside the port city", "We have been in discussion since Friday with the abductors"
    rf"|\boversaw the {TALKS}\b|\b(?:committee|commission|panels?) (?:meets|met|held (?:its|their) (?:first |second |third )?meeting)\b"
    rf"|\b(?:have been|has been|had been|was|were|is|are) in discussion\b[^.;]{{0,30}}?\bwith\b"
    # (round 19) "U.S. officials had worked behind the scenes for nearly 14 months to negotiate the trade"
    rf"|\b(?:worked|working|labou?red|toiled)\b[^.;]{{0,60}}?\bto (?:negotiate|broker|mediate|hammer out) (?:the |a |an |this |that |their |its )?(?:[\w-]+ ){{0,2}}?(?:trade|exchange|swap|deal|release|agreement|truce|ceasefire|accord)\b"
    # (round 20) "Syria confirmed that it had been mediating", "contacts on the case were handled through Sweden", "were
    # putting the finishing touches on the list of prisoners", "in a deal that Egypt mediated", "travelled to Damascus to
    # discuss the prisoner release with Syrian officials", "traveled to Bamako ... for talks with Goïta", 'held what KCNA
    # called an "exhaustive conversation" with Kim', "held a working session with Goïta", "the deadlock was broken by
    # direct talks", "secured their release in a surprise meeting with the reclusive leader"
    rf"|\b(?:has|have|had) been (?:quietly |secretly |actively )?mediating\b"
    # (round 20) a headline's release after a meeting: "North Korea frees 2 American journalists after Clinton meets Kim"
    rf"|\b(?:frees?|freed|releases?|released)\b[^.;]{{0,60}}?\bafter (?-i:[A-Z])[\w'’-]+ (?:meets|met|holds talks with|held talks with|talks with)\b"
    rf"|\b(?:contacts|talks|negotiations|communications|exchanges|dealings)\b[^.;]{{0,40}}?\b(?:were|was|are|is|have been|had been) (?:\w+ )?(?:handled|channell?ed|conducted|carried out|relayed) (?:\w+ )?(?:through|via)\b"
    rf"|\b(?:putting|put|puts|adding|added) the (?:final |finishing )touches (?:on|to)\b"
    rf"|\b(?:deal|exchange|swap|agreement|accord|trade)s?,? (?:that|which) (?:(?-i:[A-Z])[\w'’-]+ ){{1,2}}(?:had |has )?(?:also )?mediated\b"
    rf"|\b(?:travell?ed|flew|went|headed|came|arrived)\b[^;]{{0,80}}?\b(?:to discuss (?:the |a |an )?(?:[\w-]+ ){{0,2}}?(?:release|exchange|swap|deal|{_PEOPLE_WORD}|case|crisis) with|for (?:[\w-]+ ){{0,2}}?{TALKS} with)\b"
    rf"|\bheld (?:what (?:[\w'’-]+ ){{1,4}}?called )?(?:an? |the )?[\"“]?(?:[\"“][^\"”]{{1,40}}[\"”] |[\w-]+ ){{0,2}}?(?:conversations?|talks|discussions?|negotiations|working sessions?|working meetings?)[\"”]? with\b"
    rf"|\b(?:deadlock|impasse|stalemate) (?:was|had been|has been|is) (?:finally )?(?:broken|resolved|ended) (?:by|through|in|at) (?:[\w-]+ ){{0,3}}?{TALKS}\b"
    rf"|\b(?:secured|won|obtained|negotiated) (?:their|his|her|the) (?:release|freedom)\b[^.;]{{0,20}}? (?:in|at|during) (?:a |an |the |his |her |their )?(?:[\w-]+ ){{0,2}}?(?:meeting|talks|summit|conversation|session)s? with\b")
_STANDING_WORDS = _Look(r"in |going on|ongoing|under|progress|thank|centred|centered|focus|revolved|concentrated|stage|phase|lap|engaged|grew|grown|emerged|came|reached|agreed|struck|secured|achieved|mediation|brokered|mediated|facilitated"
                        r"|sent|talk|spoke|spoken|speaking|negotiat|'s|’s|intervened|involved|took part|participat|there|conduct|bargaining|kept up|haggling|work|oversaw|committee|commission|panel|discussion"
                        r"|free|releas|mediating|handled|channel|conducted|carried out|relayed|touches|travel|flew|went|headed|came|arrived|held|deadlock|impasse|stalemate")


def _talks_in_family_words(d: str) -> re.Match[str] | None:
    """Talks told by a negotiation noun and words that say they took or are taking place (the hopes, plans, failures
    and offers to mediate are the talks rule's guards)."""
    if not _TALKS_FAMILY_WORDS.search(d) or _OUTCOMES_SO_FAR.search(d):
        return None
    m = _TALKS_FAMILY.search(d)
    if m and MODAL.search(d, m.start(), m.end() + 30):
        return None  # "A meeting between the two delegations is planned for next week": talks ahead, told after the noun
    if m and _FAILED_AFTER.search(d, m.end(), m.end() + 60):
        return None  # "Negotiations between the two sides failed in 2019": failed talks (a breakdown at most)
    if m and m.group().lower().startswith(("spoke", "speaks", "talked", "conferred")) and not (
            _CALL_CONTEXT.search(d) or _ABOUT_A_PERSON.search(d, m.end())):
        return None  # "spoke with the minister of health about hospitals", a call with no word of the captives: a call about something else
    return m


_SIDES_OR_MEDIATORS = _rx(r"\b(?:sides?|mediat\w*|intermediar\w*|go-betweens?|negotiat\w*)\b")
_FAMILIES_OR_STREET = _rx(r"\b(?:famil(?:y|ies)|relatives|parents|campaigners|protesters)\b")


def _messages_between_sides(d: str, actors: Sequence[tuple[int, Actor]]) -> re.Match[str] | None:
    """Messages carried between parties or through a mediator (two actors named, or the sides or mediators)."""
    m = _MESSAGES_CARRIED.search(d)
    if m and (len({a.name for _, a in actors}) >= 2 or _SIDES_OR_MEDIATORS.search(d)) and not _FAMILIES_OR_STREET.search(d):
        return m
    return None


def talks(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    if not _TALKS_WORDS.search(d):
        return None  # none of the words any talks below need (the rules below are slow to say no)
    finite = r"(?:are|were|is|was|remains?|remained|have been|has been|had been)\s+(?:\w+\s+)?(?:mediated|led|brokered|hosted|conducted|under ?way|ongoing|continuing|held(?! up| back| off)|taking place|moving|progressing|making progress|showing|believed to be|in (?:their|its) (?:final|last) (?:phase|stage))"
    m = _rx(rf"\b{TALKS}\b[^.;]{{0,60}}?\b{finite}\b|^\W*{TALKS}\b[^.;]{{0,160}}?\b(?:have|has|had) been (?:held(?! up| back| off)|under ?way|taking place)\b"
            rf"|\b{TALKS}(?: (?:in|between|with|over|on) (?:[\w'’]+ ){{0,3}}[\w'’]+)? (?:have |has |had )?(?:continued|resumed|began|opened|encountered|made|seen|entered|(?:mediated|led|brokered|hosted|conducted) by)\b"
            rf"|\b(?:progress|breakthrough)\b[^.]{{0,30}}\b(?:in|on)\s+(?:the\s+)?{TALKS}"
            # "after 2 years of negotiations", "months of what the White House called 'painstaking' negotiations"
            rf"|\b(?:weeks|days|months|years|rounds?|hours) of (?:[\w-]+ ){{0,3}}{TALKS}|\b(?:weeks|months|years) of what\b[^.;]{{0,60}}?\b{TALKS}"
            rf"|\b(?:mediat\w+|brokering) (?:between|with|talks)\b|\btaken the lead in\b[^.]{{0,20}}{TALKS}"
            rf"|\b(?:hosted|hosting|holding|held|resum\w+|(?<!-)led|leading) (?:\w+[- ]){{0,3}}{TALKS}"
            rf"|\b(?:in contact|communicating|in touch) with\b|\bas {TALKS} (?:between|with|over|in)\b"
            rf"|\bmediators?\b[^.]{{0,40}}\b(?:working|worked|pushing|pushed|trying|tried|shuttling|shuttled|engaged|brokered|helped|facilitated)\b"
            # "until Qatari and Egyptian mediators got it back on track"
            rf"|\bmediators?\b[^.;]{{0,40}}?\bback on track\b"
            rf"|\bnegotiat\w+ process\b|\b(?:was|were|been|is|are)\s+(?:mediated|brokered|facilitated)\s+(?:in [\w'’-]+ )?by\b"
            rf"|\b{TALKS},? (?:(?:\w+ ){{0,2}})?(?:led|mediated|brokered|hosted|conducted) (?:at times |in part )?by\b").search(d)
    if not m:
        m = _TALKS_HELD.search(d) or _TALKS_IN_OTHER_WORDS.search(d) or (_TALKS_BY_TEAMS.search(d) if _TALKS_BY_TEAMS_WORDS.search(d) else None) or _TALKS_BY_WHAT_PASSES.search(d) or _messages_between_sides(d, actors) or ((_UNDER_AUSPICES.search(d) or _MEDIATED_CLAUSE.search(d)) if _EXCHANGE_OR_PEOPLE.search(d) else None) \
            or _talks_in_family_words(d) or (_TALKS_IN_PASSING.search(d) if _PASSING_WORDS.search(d) else None) \
            or (_TALKS_STANDING.search(d) if _STANDING_WORDS.search(d) else None)
        if not m or MODAL.search(d[max(0, m.start() - 40): m.start()]) or _THEN_MODAL.match(d, m.end()):
            return None  # "Qatar's mediation could secure ...": a hope for what mediation might do
    if _TALKS_AHEAD.search(d) or _NOT_TALKS.search(d) or _TALLY.search(d) or _LEFT_WITHOUT_DEAL.search(d):
        return None
    # Talks that collapsed are a breakdown, unless the sentence also says they were held ("rounds of talks,
    # led by a German mediator, had collapsed": talks took place, then failed).
    held = re.search(r"\bby\b|\bof\b|\bmediat|\bhosted", m.group(), re.I)
    if _rx(rf"\b(?:failed|collapsed|stalled|the setback in|hopes? for|calls? for|urg\w+)\s+(?:the\s+)?{TALKS}").search(d):
        return None
    if not held and _rx(r"\b(collapsed|broke down|broken down|fell through|dead end|recalled)\b").search(d) and not _OTHER_TALKS_FAILED.search(d):
        return None
    via = [a.name for _, a in actors if a.role == "mediator"]
    by = [a.name for _, a in actors if a.role == "party"]
    return "talks", 0.55 if via else 0.45, {"by": by, "via": via}


_ABOUT = r"about |around |some |roughly |more than |at least |nearly |almost |approximately "
# Words between a count and the held: "200 innocent people", "60 soldiers" (not a verb or a preposition).
_HELD_DESCRIBED = rf"(?:(?:{_ABOUT})?(?!{_NOT_DESCRIBING})[a-z]+\s+){{0,2}}"
# "... they hold", "... which the group still holds": the holder holding them now
_THEY_HOLD = r"(?:that |whom |which )?(?:they|it|he|she|the group|the rebels) (?:still )?(?:holds?|are holding|is holding|were holding|was holding|had been holding)\b"  # (round 20) "all 75 foreigners they were holding"
# A count held told otherwise: "has said it holds 30 of them", "puts the number of its nationals held in Gaza at 22",
# "the roughly 750 other hostages they hold".
_HELD_IN_OTHER_WORDS = _rx(rf"\b(?:holds|hold|holding|is holding|are holding) (?:{_ABOUT})?(\d[\d,]*) of (?:them|those|these)\b"
                           # "there were more than 500 of them in the forest", "only ten students were with the gunmen"
                           rf"|\bthere (?:were|are) (?:{_ABOUT}|over )?(\d[\d,]*) of (?:them|us)\b"
                           rf"|\b(\d[\d,]*) (?:[\w-]+ )?(?:{HOSTAGE_NOUNS}) (?:were|are) (?:still )?with the (?:gunmen|kidnappers|abductors|captors|militants|rebels|insurgents|bandits)\b"
                           # "Before Saturday, 195 of them were still held by the insurgents"
                           rf"|\b(\d[\d,]*) of (?:them|those|these|the \w+) (?:were|are|remain|remained) (?:still )?(?:held|in captivity|captive)\b"
                           rf"|\b(?:puts?|putting|places?|placed|placing|estimates?|estimated|estimating) the (?:number|total|count) of (?:[\w'’-]+ ){{0,4}}?(?:held|captive|in captivity|hostages?|detained|imprisoned)\b[^.;]{{0,40}}? at (?:{_ABOUT})?(\d[\d,]*)\b"
                           rf"|\b(\d[\d,]*) (?:other |more |remaining )?(?:{HOSTAGE_NOUNS}|{PRISONER_NOUNS}) {_THEY_HOLD}"
                           # (round 16) "which is believed to be holding nine soldiers", "the nine still in Islamic State hands"
                           rf"|\b(?:is|are|was|were) (?:believed|thought|said|reported|understood) to be holding (?:{_ABOUT})?(\d[\d,]*)\b"
                           rf"|\bthe (\d[\d,]*) still in (?:[\w'’-]+ ){{1,3}}?hands\b")
# A count held stated in a relative clause after a modal about something else: "would now free the 750 hostages they hold".
_HOLD_THEM = _rx(rf"(?<=\w)\s+{_THEY_HOLD}")


_NOT_HELD_AFTER = _rx(r"\s+(?:\w+ )?(?:unaccounted|missing|at large|in hospital|hospitali[sz]ed|stationed|deployed|on duty|at (?:the |their |its )?(?:base|front|border|post))\b")


def claim(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    if not _HAS_DIGIT.search(d) or not _CLAIM_WORDS.search(d):
        return None  # a claim is a count of people held (the rules below are slow to say no)
    m = _rx(rf"\b(hold|holds|holding|held|remain|remaining|still|captive|in captivity)\b[^.]{{0,60}}?\b(?:{_ABOUT})?(\d[\d,]*)\s+(?:more\s+|other\s+)?(?:(?:security|political|palestinian|ukrainian|russian|israeli|american|foreign)\s+){{0,2}}(?:{HOSTAGE_NOUNS}|{PRISONER_NOUNS})"
            rf"|\b(\d[\d,]*)\s+{_HELD_DESCRIBED}(?:{HOSTAGE_NOUNS}|{PRISONER_NOUNS})\b[^.]{{0,40}}\b(remain(?:s|ed)?|are still|still|(?<!-)held|being held|in (?:[\w-]+ )?captivity|behind bars)\b").search(d)
    m = m or _HELD_IN_OTHER_WORDS.search(d)
    if m and not _HOLD_THEM.search(m.group()) and _rx(r"\b(?:they|it|he|she|the group|the rebels) (?:still )?(?:were|was|had been) holding\b").search(d):
        # (round 20) "had agreed to release all 75 foreigners they were holding, among them three Americans": the count
        # the holders' own clause gives, not the breakdown after it
        m = _HELD_IN_OTHER_WORDS.search(d) or m
    if m and _NOT_HELD_AFTER.match(d, m.end()):
        return None  # "seven hostages remained unaccounted for", "40 soldiers remained at the base": not a count held
    if m and _rx(r"\bamong those (?:freed|released|returned|exchanged)\b").search(d):
        return None  # (round 17) "Four journalists held by the rebels since 2015 were among those freed": those freed, not a count held
    if not m or (_rx(r"\b(released|freed|(?:secured|won|obtained|completed) the release|release and|(?:committed|agreed|pledged|promised) to (?:release|free|grant clemency to|pardon))\b").search(d[: m.start()])
                 and not _HOLD_THEM.search(d[m.start(): m.end() + 40])):  # (round 20) "agreed to release all 75 foreigners they were holding": the count held stated
        return None  # "secured the release and took custody of all the 23 remaining passengers held hostage": those freed
    modal = MODAL.search(d[max(0, m.start() - 60): m.start()])
    if modal and not re.search(r"[,;:\"“”]|\b(?:while|whereas|as|when|because|since|although)\b", d[max(0, m.start() - 60) + modal.end(): m.start()]) and not _HOLD_THEM.search(d[m.start(): m.end() + 40]):
        return None  # "Hamas could hold up to 50", not a modal in another clause ("she would concentrate on ..., some 200 who remain")
    if MODAL.search(d[m.end(): m.end() + 30]) or _rx(r"\bunder (?:which|the (?:\w+ )?(?:deal|agreement|terms|accord))\b"
                                                       # (round 20) "The agreement also provides for the release of about 200 Syrians held in ... jails"
                                                       r"|\b(?:provides?|provided|providing|calls?|called|calling) for (?:the )?(?:[\w-]+ )?(?:release|freeing|return|exchange)\b").search(d[: m.start()]) \
            or _rx(r"\bcovered by (?:the|that|this|its|their) (?:[\w-]+ )?(?:deal|agreement|accord|arrangement)\b").search(d):
        return None  # "under which 50 ... held hostage will be freed": a deal's terms, not a count of the held
    if release(s, d, actors, nxt) or _rx(r"\bheld (?:\w+ ){0,3}for (?:\d+|years|months|weeks|days)\b").search(d):
        return None  # who was freed, or for how long: not a count of those still held
    at = next(i for i, g in enumerate(m.groups(), 1) if g and g[0].isdigit())
    if _rx(r"\b(?:withdraw\w*|pull\w* out|pullout|drawdown|deploy\w*|station\w*|send\w*|sent|reduc\w*)\b[^.;]{0,30}$").search(d[: m.start()]):
        return None  # (round 19) "terms for withdrawing the remaining 8,600 American troops": troops deployed, not people held
    if _rx(rf"\b(?:killed|killing|wounded|injured|dead)\s+(?:{_ABOUT}|over )?$").search(d[: m.start(at)]):
        return None  # (round 17) "a ceasefire ... holding on Thursday, ending fighting that killed more than 140 Palestinians": the dead
    n = int(m.group(at).replace(",", ""))
    if n > 100_000:
        return None
    according = re.search(r"\baccording to\b([^,.]+)|\b(?!(?:has|had|have)\b)(\w[\w ]{0,40}?) (?:has |had |have )?(?:said|says|disclosed|estimated|believes?)\b", s)
    source = None
    if according:
        named = mentions(according.group(0))
        source = named[0][1].name if named else (according.group(1) or according.group(2)).strip()
    return "claim", 0.7, {"according_to": source or _first(actors, roles=("party", "mediator", "organisation")), "held": n}


def recall(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    m = _rx(r"\brecall(?:ed|s|ing)?\b[^.]{0,60}\b(negotiat\w*|team|delegation|envoys?)\b|\b(negotiat\w*|team|delegation)\b[^.]{0,100}\bwas recalled|\bwere recalled"
            # "pull negotiators out of Gaza truce talks", "decided to bring our team home from Doha for consultations"
            r"|\b(?:pull\w*|withdr[ae]w\w*|bring\w*|brought|call\w* back|summon\w*) (?:(?:home |back )?(?:\w+(?:['’]s?)? ){0,2})?(?:negotiators|negotiating team|team|delegation|envoys?)\b (?:\w+ ){0,2}?(?:out of|home|back)\b"
            r"|\b(?:negotiators|negotiating team|delegation|envoys?)\b[^.;]{0,40}?\b(?:pulled out|withdrawn|brought home|brought back|called home|called back)\b"
            # (round 14) "ordered its negotiators home from Cairo", "ordered the Israeli team to return immediately from the talks"
            r"|\b(?:order\w*|instruct\w*|told) (?:its |their |the |his |her )?(?:[\w'’-]+ ){0,2}?(?P<ordered>negotiators|negotiating team|team|delegation|envoys?) (?:home|back|to (?:return|come (?:back|home)|leave))\b(?! to the (?:table|talks|negotiat))").search(d)
    if not m or (m.group("ordered") == "team" and not _rx(r"\b(?:talks|negotiat\w*|mediat\w*)\b").search(d)):
        return None  # a team sent home from a match is no recall
    return "recall", 0.85, {"by": _first(actors)}


# Talks that concluded with nothing agreed are a breakdown, not a conclusion.
_CONCLUDED_EMPTY = _rx(r"[^.;]{0,40}?\b(?:without|with no|no (?:deal|agreement)|inconclusive\w*|empty-handed)\b")


def conclusion(s: str, d: str, actors: Sequence[tuple[int, Actor]], nxt: str | None) -> tuple[str, float, Fields] | None:
    m = _rx(r"\b(exchange|swap|deal)\b[^.]{0,30}\b(was |has been )?(completed|concluded|carried out in full|finali[sz]ed)\b"
            # "completing Shalit swap", "Sunday's release had completed the exchange", "Israel and Hizbullah complete swap"
            r"|\b(?:completing|completed|completes|(?<!to )complete|concluding|concluded|concludes) (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,2}?(?:exchange|swap|deal)\b"
            # a negotiation that ended with its deal done: "the process had concluded on Wednesday with an agreement",
            # "talks concluded on 20 March in Bern, where the parties finalised the plan"
            r"|\b(?:talks|negotiations|process|consultations)\b (?:[\w'’-]+ ){0,3}?(?:had |has |have |were |was )?(?:concluded|completed)\b"
            # "the completion of the release and transfer of 1,056 former detainees", "this operation has concluded"
            r"|\bcompletion of (?:the )?(?:[\w-]+ ){0,4}?(?:release|exchange|swap|transfer|operation)\b"
            r"|\b(?:operation|exchange|swap)\b (?:has |had )?(?:concluded|ended) (?:with success|successfully)\b"
            # (round 17) '"The mutual release of the detainees has ended," the presidential office said'
            r"|\b(?:exchange|swap|release)\b[^.;]{0,30}? (?:has|had) (?:now )?ended\b").search(d)
    if not m or MODAL.search(d) or NEGATION.search(d[: m.end()]) or _CONCLUDED_EMPTY.match(d, m.end()):
        return None
    if _rx(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|daily|\d+(?:st|nd|rd|th)|another|next) (?:exchange|swap|batch|handover)\b").search(d):
        return None
    if _rx(r"\b(?:first|1st|initial|opening|early) (?:phase|stage)\b").search(d) and not _rx(r"\b(?:final|last) (?:phase|stage)\b").search(d):
        return None  # "concluded the deal's first phase": a phase done, the exchange goes on
    return "conclusion", 0.6, {}


RULES: tuple[Rule, ...] = (release, truce_extension, truce_start, breakdown, denial, agreement, offer, precondition, talks, claim, recall, conclusion)


def map_article(text: str, published: date, actors: tuple[Actor, ...] | None = None) -> list[MappedEvent]:
    """Candidate events, in the order their sentences come, each quoting its sentence exactly.

    `actors` defaults to the bundled dictionary (`load_actors()`).
    """
    if len(text) > MAX_CHARS:
        raise ValueError(f"article is {len(text):,} characters, over the limit of {MAX_CHARS:,}")
    actors_all = actors if actors is not None else load_actors()
    found: list[MappedEvent] = []
    spans = list(sentences(text))
    before = ""  # the sentence before, as the rules read it (so a truce named once carries through "it ... it")
    for i, (start, _end, sentence) in enumerate(spans):
        if len(sentence) < 12 or len(sentence) > 2000 or not re.search(r"[A-Za-z]{3}", sentence):
            continue
        d = before = _truce_for_it(digits(sentence), before)
        nxt = spans[i + 1][2] if i + 1 < len(spans) else None
        named = tuple(mentions(sentence, actors_all))  # hashable: the rules other rules consult are cached
        for rule in RULES:
            hit = rule(sentence, d, named, nxt)
            if hit is None:
                continue
            name, confidence, fields = hit
            # Per type when a clause may date another event ("which began on November 24"); else one date for all.
            dated: Dated = resolve(sentence, published, rule.__name__ if dates_other_events(sentence) else None)
            found.append(MappedEvent(
                type=rule.__name__, quote=sentence, start=start, date=dated.day, date_precision=dated.precision,
                date_text=dated.text, confidence=confidence if dated.day else confidence * 0.9, rule=f"{rule.__name__}:{name}",
                fields={k: v for k, v in fields.items() if v not in (None, [], {})},
            ))
    headlines = {start for start, end, sentence in spans if _is_headline(text, end, sentence)}
    return _date_from_other_mentions(_answers_a_report(found, text), headlines, published)


# "On June 2 the parties agreed to renew it for another two months", "It was extended a second time on August 2": the
# truce named in the sentence before, told again by a pronoun after a verb of extending.
_IT_EXTENDED = _rx(r"\b(extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?|renew(?:ed|s|ing)?|kept|keeps?|keeping) it\b|^(\W*)it (was|has been|had been|is|were) (extended|prolonged|renewed)\b"
                   # "It took effect at 4am the next day": the truce started, told as "it"
                   r"|^(\W*)it (took|takes|came|went|had taken|has taken) (effect|hold|into force|into effect)\b")
_NAMES_A_TRUCE = _rx(rf"\b{TRUCE}\b")


def _truce_for_it(d: str, before: str) -> str:
    """The sentence as the rules read it, with "it" read as the truce the sentence before named (only after a verb of
    extending or taking effect, and only when this sentence names no truce before the pronoun)."""
    if " it" not in d.lower() and not d.lstrip().lower().startswith("it") or not _NAMES_A_TRUCE.search(before):
        return d

    def truce(m: re.Match[str]) -> str:
        if _NAMES_A_TRUCE.search(d, 0, m.start()):
            return m.group()  # the sentence named its own truce before the pronoun
        if m.group(1):
            return f"{m.group(1)} the truce"
        if m.group(3):
            return f"{m.group(2)}the truce {m.group(3)} {m.group(4)}"
        return f"{m.group(5)}the truce {m.group(6)} {m.group(7)}"

    return _IT_EXTENDED.sub(truce, d)


def _is_headline(text: str, end: int, sentence: str) -> bool:
    """A line of its own without a full stop: a headline or subhead, which reports the lead's event."""
    line_end = text.find("\n", end)
    return sentence[-1:] not in ".!?\"”’)" and text[end:line_end if line_end >= 0 else len(text)].strip() == ""


# Types an article usually reports once, so an undated mention is the dated one told again.
_ONE_PER_ARTICLE = ("recall", "truce_start", "conclusion", "agreement", "breakdown")
# Types an article may report several of: an undated mention continues the last dated one before it
# (a denial, the last dated denial by the same party: "X denied it on Saturday. 'These reports are false,' X said.").
_CONTINUED = ("release", "truce_extension", "denial")
# How far after a lead dated only by its dateline a release mention may tell the day (the lead paragraph or two).
_LEAD_REACH = 600
_AFTER_DAYS = re.compile(r"\bafter (?:just |only )?(\d+) days\b", re.I)


def _subject(event: MappedEvent) -> tuple[str, str]:
    """What a mention is about: a breakdown of a truce (fighting resumed) differs from one of talks."""
    if event.type == "breakdown":
        truce = re.search(rf"\b{TRUCE}\b|\bresum\w+\b|\bfighting\b", event.quote, re.I)
        return event.type, "truce" if truce else "talks"
    if event.type == "denial":
        return event.type, str(event.fields.get("by"))
    return event.type, ""


_HOURS_AFTER_NIGHT = re.compile(r"\bhours later\b", re.I)
_NIGHT = re.compile(r"\b(?:night|evening|late on)\b", re.I)
_PAST_MIDNIGHT = re.compile(r"\b(?:(?:shortly|just|soon) )?after midnight\b|\bin the (?:early|small) hours\b|\bbefore dawn\b", re.I)


# "Another 115 of our defenders have returned home today," he wrote: a day word in quoted speech, which the
# resolver leaves undated, still rules out a day far from publication.
_QUOTED_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|last night)\b", re.I)
_PRESENT_HEADLINE = re.compile(r"\b(?:frees|releases|swap|swaps|exchange|exchanges|hands over|returns|collapses|ends|begins|agree|agrees|extend|extends)\b", re.I)


def _says_otherwise(event: MappedEvent, day: date, published: date, headline: bool) -> bool:
    """Whether the sentence itself rules out another mention's day: a quoted "today" or "yesterday" with a day
    more than a day from publication, or a present-tense headline (today's news) with a day over a week before it."""
    if _QUOTED_TODAY.search(event.quote) and abs((published - day).days) > 1:
        return True
    return headline and _PRESENT_HEADLINE.search(event.quote) is not None and (published - day).days > 7


def _dated_by_dateline(event: MappedEvent) -> bool:
    """Dated only by the dateline ("JERUSALEM, October 12 - ..."), not by words of its own."""
    line = DATELINE.match(event.quote)
    return bool(line and event.date_text and event.date_precision == "approximate" and event.date_text in line.group())


def _date_from_other_mentions(events: list[MappedEvent], headlines: frozenset[int] | set[int] = frozenset(),
                              published: date | None = None) -> list[MappedEvent]:
    """Date undated mentions from the nearest dated mention of the same event, then "after N days" back from it.

    Any type's headline takes the date of the next dated mention of its type (the lead tells what the headline says).
    """
    out = list(events)
    dated: dict[tuple[str, str], list[MappedEvent]] = {}
    told: dict[tuple[str, str], list[MappedEvent]] = {}  # dated by their own words, not only by a dateline
    for e in out:  # already in article order, so each list is sorted by start
        if e.date is not None:  # own dates only: none is inherited yet
            dated.setdefault(_subject(e), []).append(e)
            if not _dated_by_dateline(e):
                told.setdefault(_subject(e), []).append(e)
    for i, e in enumerate(out):
        headline = e.start in headlines
        # The day a story was filed is a weak date for an event an article reports once: a sentence that
        # tells the day ("ministers approved the agreement late on Tuesday") is better evidence.
        # So is it for a lead's release when the next release mention tells the day ("KYIV, 22 September - Ukraine
        # has brought home 215 ..." then "The exchange was carried out on Wednesday").
        weak = e.type in _ONE_PER_ARTICLE + ("release",) and _dated_by_dateline(e)
        if (e.date is not None and not weak) or not (headline or e.type in _ONE_PER_ARTICLE + _CONTINUED):
            continue
        peers = told.get(_subject(e)) or ([] if weak else dated.get(_subject(e)))
        if e.type in _CONTINUED:
            # A month ("In June, Ukraine recovered 144 soldiers") dates a batch of its own, not the ones told after it.
            peers = [p for p in peers or () if p.date_precision != "month"]
        if not peers:
            continue
        at = bisect.bisect_left([p.start for p in peers], e.start)
        if weak and e.type in _CONTINUED:
            if at >= len(peers) or peers[at].start - e.start > _LEAD_REACH:
                continue
            nearest = peers[at]
        elif headline:
            if at >= len(peers):
                continue
            nearest = peers[at]
        elif e.type in _CONTINUED:
            if at == 0:
                continue
            nearest = peers[at - 1]
        else:
            nearest = min(peers[max(0, at - 1): at + 1], key=lambda o: abs(o.start - e.start))
        day, words = nearest.date, f"{nearest.date_text} (as another sentence dates it)"
        if published is not None and day is not None and _says_otherwise(e, day, published, headline):
            continue
        if e.type in _CONTINUED and day is not None and _HOURS_AFTER_NIGHT.search(e.quote) and _NIGHT.search(nearest.quote) \
                and (published is None or day < published):
            # "released Wednesday night ... The girls were freed hours later": the next day.
            day, words = day + timedelta(days=1), f"hours after {nearest.date_text}"
        elif e.type in _CONTINUED and day is not None and _PAST_MIDNIGHT.search(e.quote) and (published is None or day < published):
            # "late on Saturday ... Then, shortly after midnight, Israel released 39": the next day.
            day, words = day + timedelta(days=1), f"{_PAST_MIDNIGHT.search(e.quote).group()} after {nearest.date_text}"
        out[i] = attrs.evolve(e, date=day, date_precision="approximate", date_text=words, confidence=e.confidence * 0.95)
    breakdowns = {o.start: o for o in out if o.type == "breakdown" and o.date is not None}
    for i, e in enumerate(out):
        # "the truce ... collapsed after just seven days": the truce began seven days before the collapse.
        if e.date is None and e.type == "truce_start" and e.start in breakdowns:
            m = _AFTER_DAYS.search(digits(e.quote))
            if m:
                out[i] = attrs.evolve(e, date=breakdowns[e.start].date - timedelta(days=int(m.group(1))), date_precision="approximate",
                                      date_text=f"{m.group()} (counted back from the breakdown)")
    return out
