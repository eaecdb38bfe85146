"""Likely names of people in free text (`likely_names`): after "baby", "partner", "Mrs", "family
of", ..., a family's surname (`the Quillby family`), a capitalised full name in quotes, or an "@"
and a word, for the export's check and the partnership's report. Pure functions: no Textual, no
IO."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from reflect.export.family_names import family_surnames
from reflect.model.roles import NOT_NAMES
from reflect.model.unlisted_names import a_concept

# Not among detectors.py's DETECTORS (they need a digit or an "@", which the report's quick
# test relies on): `identifiers` runs it on the free text of every session. A self-reflection has no
# participants whose names could be looked for, yet a practitioner writes about a family.
# Precision first: a name is one or two capitalised words (a capital, then small letters: never
# "Child AC" or "Baby X", the reviews' way of naming nobody) straight after a word for a family
# member or a title ("Dr": a CPD record printed "Dr Example", an owner), before "family"
# (family_names.py), or two or three in quotes, not a concept (`'Professional Curiosity'`:
# `a_concept`); safeguarding's own words ("Social Worker"), months and days never are.

_RELATIVE = (r"baby|child|son|daughter|mum|mummy|mom|mother|dad|daddy|father|step-?mum|step-?dad|"
             r"step-?mother|step-?father|brother|sister|nan|nana|nanna|gran|granny|grandma|"
             r"grandmother|grandad|granddad|grandpa|grandfather|aunt|auntie|aunty|uncle|cousin|"
             r"family\s+of|partner|ex-?partner|boyfriend|girlfriend|husband|wife|fianc[ée]e?")
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_GAP = r"[ \u00a0]+"
_AFTER_WORD = re.compile(  # "her partner, Sam," too (g345's trial); never "Dad: Yes", "(Birth)"
    rf"(?<![\w'’-])(?:(?i:{_RELATIVE})(?:,|{_GAP}[–—-])?|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?){_GAP}"
    rf"(?=(?P<name>{_WORD}(?:{_GAP}{_WORD})?))")  # a lookahead: "mum and dad Sam" finds Sam
_QUOTED = re.compile(rf"(?<!\w)[\"“‘'](?P<name>{_WORD}(?:{_GAP}{_WORD}){{1,2}})[\"”’'](?!\w)")
_AT_A_WORD = re.compile(rf"(?<!\S)@(?P<name>{_WORD})")
""""@" and a word: who said a point (model/attribution), left as typed when it matched no one
here ("… @rob" went into a CPD record: a trial), or anywhere ("Discussed with @sam.")."""
_NEXT_WORD = re.compile(rf"[ \t]+(?P<word>{_WORD})")
_CODE_GOES_ON = re.compile(r"[\d(\[{]")
"""After an "@" and letters, what makes them a formula, a cell or a code, not a name:
"@SUM(1)", "@A1" (a trial's action "@SUM(1) train GPs" read as the likely name SUM)."""

_NOT_NAMES = NOT_NAMES


def _name_word(word: str) -> str:
    """`word` as a name's word (a possessive "'s" left off), or "" when it is none."""
    for ending in ("'s", "’s"):
        word = word.removesuffix(ending)
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    if len(letters) < 2 or not word[0].isupper() or not any(c.islower() for c in letters[1:]):
        return ""  # "X", "AC", "sam": not written as a name is
    return "" if word.casefold() in _NOT_NAMES else word


def _at_a_code(text: str, m: re.Match[str], listed: Collection[str]) -> bool:
    """Whether the "@" and letters `m` found are no name: all in capitals ("@NHS", "@SUM"), or
    run straight on into a digit or a bracket ("@SUM(1)", "@A1", "@sam2"), and not a word of
    the name of anyone on the session's list (`listed`: "@SAM" with Sam Sample here is his)."""
    word = m.group("name")
    return (not any(c.islower() for c in word) or bool(_CODE_GOES_ON.match(text, m.end()))) \
        and word.casefold() not in listed


def likely_names(text: str, listed: Collection[str] = (),
                 every_at: bool = False) -> Iterator[tuple[int, int, str]]:
    """Likely names of people: after a family word or a title (`baby Sam`, `Family of Alex
    Example`, `Mrs Example`), a family's surname (`the Quillby family`: family_names.py), in
    quotes (`"Sam Sample"`), or after an "@" (`with @sam`; `… @rob`: who said a point,
    matching no one here), but not an "@" and letters written as no name is (`_at_a_code`:
    "@SUM(1)") unless they are a word of the name of someone `listed` (the session's people's
    names' words, in lower case); with `every_at`, every "@" and letters (the partnership's
    report, where over-redacting costs nothing). The value is the name in lower case, the span
    the name alone (the title or family word stays)."""
    for m in _AFTER_WORD.finditer(text):
        start, words = m.start("name"), m.group("name").split()
        first = _name_word(words[0])
        if not first:
            continue
        end = start + len(first)
        if first == words[0] and len(words) > 1 and (second := _name_word(words[1])):
            end = m.end("name") - (len(words[1]) - len(second))
        yield start, end, " ".join(text[start:end].split()).casefold()
    yield from family_surnames(text)
    for m in _QUOTED.finditer(text):
        words = m.group("name").split()
        if all(_name_word(w) == w for w in words) and not a_concept(words):
            yield m.start("name"), m.end("name"), " ".join(words).casefold()
    for m in _AT_A_WORD.finditer(text) if "@" in text else ():
        if m.group("name").casefold() in _NOT_NAMES or not every_at and _at_a_code(text, m,
                                                                                    listed):
            continue  # "@social worker", "@team"; "@SUM(1)"
        end = m.end("name")  # as typed, any case ("@rob"), then the words written as a name's
        for more in _NEXT_WORD.finditer(text, end):  # ("@Ann Example"; "@sam about it" is sam)
            if more.start() != end or more.end("word") - m.start("name") > 60 or \
                    _name_word(more.group("word")) != more.group("word"):
                break
            end = more.end("word")
        yield m.start("name"), end, " ".join(text[m.start("name"):end].split()).casefold()
