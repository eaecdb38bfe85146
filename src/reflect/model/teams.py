"""Team and agency names as people write them: one key to compare them by, everywhere.

"Riverside MASH", "riverside mash." and " Riverside  MASH " are the same team: carry-over
(store/carry.py), the report's grouping and its --team filter all compare `team_key`. A name
whose words are inside another's ("mash", "MASH team"), or spelt nearly as it is ("Moorvale
Children Team" for "Moorvale Children's Team": an s, a slip of one letter, & or and), is
another team, never merged unasked: the report's --team takes every team whose name holds the
words typed (`holds_words`), and the report, the new-session form and plain mode say which
names look like one (`look_alike`, `named_alike`, `near_names`: one rule). Agencies
are compared the same way, after well-known abbreviations (and any the partnership adds in the
settings file, `[agency_aliases]`) are read as the name they stand for: "CSC" is
"Children's Social Care". Pure: no files, no Textual.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from reflect.accents import unaccented
from reflect.near import SHORT_SLIP_LETTERS as SHORT_SLIP_LETTERS
from reflect.near import SLIP_LETTERS as SLIP_LETTERS
from reflect.near import one_slip as one_slip

BUILTIN_AGENCY_ALIASES: dict[str, str] = {
    "CSC": "Children's Social Care",
    "HV": "Health Visiting",
    "GP": "General Practice",
    "CAMHS": "Child and Adolescent Mental Health Services",
    "MASH": "Multi-Agency Safeguarding Hub",
    "YOT": "Youth Offending Team",
    "ASC": "Adult Social Care",
    "ICB": "Integrated Care Board",
    "ED": "Emergency Department",
}
"""Well-known UK safeguarding abbreviations for agencies, and the name each stands for."""


@lru_cache(maxsize=8192)  # a report asks for the same few names many thousands of times
def team_key(team: str) -> str:
    """What two team names are compared by: their letters and digits only, case-folded and
    accents aside, so spaces and punctuation never matter. `Example St. team `, `example st
    team` and `Example Children's team` / `example childrens team` match, and `Team Bríd`,
    `team brid` (typed next month without the accent, it carried nothing over: a fresh-eyes
    trial); `Example Street team` and `Example St team` do not (no guessing at abbreviations)."""
    text = unaccented(unicodedata.normalize("NFKC", team).casefold())
    return "".join(ch for ch in text if ch.isalnum())


def one_spaced(name: str) -> str:
    """`name` as it is kept and shown: a run of spaces (or tabs) within it one space, none at
    either end, its letters and case as typed. "  team   purple  " was saved as "team   purple"
    and printed so in the notes while the session list showed "team purple" (a trial)."""
    return " ".join(name.split())


def same_team(a: str, b: str) -> bool:
    key = team_key(a)
    return bool(key) and key == team_key(b)


_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'\u2019")


@lru_cache(maxsize=8192)
def team_words(team: str) -> tuple[str, ...]:
    """A team name's words, case-folded, punctuation between them (an apostrophe within one
    aside): `Health Visiting (East)` and `health visiting east` are `health`, `visiting`,
    `east`; `Children's` is `childrens`."""
    text = unaccented(unicodedata.normalize("NFKC", team).casefold()).translate(_APOSTROPHES)
    return tuple(_WORD.findall(text))


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether `part` is a run of `whole`'s words, in order."""
    n = len(part)
    return bool(part) and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def holds_words(team: str, typed: str) -> bool:
    """Whether `team` is one a filter typed as `typed` takes: the same name (`team_key`), or
    one whose words hold the words typed, in order (`mash` takes `mash`, `MASH team` and
    `Riverside MASH`; `north` takes `Invented North Team`, not `Invented Northern Hub`)."""
    return same_team(team, typed) or _within(team_words(typed), team_words(team))


def _plain(word: str) -> str:
    """A word with a plural or possessive s aside (its apostrophe is gone already, `team_words`):
    `childrens` and `children` are `children`; a word of three letters keeps its s."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


@lru_cache(maxsize=8192)
def _near_words(team: str) -> tuple[str, ...]:
    """A team name's words as near names are compared by: an s aside (`_plain`), and `and`
    left out, as `&` is (no word): `Children and Families`, `Children & Families`."""
    return tuple(_plain(w) for w in team_words(team) if w != "and")


def _within_near(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether `part` is a run of `whole`'s words, in order, one of them at most a slip."""
    n = len(part)
    for i in range(len(whole) - n + 1 if part else 0):
        slipped = False
        for p, w in zip(part, whole[i:i + n], strict=True):
            if p != w:
                if slipped or not one_slip(p, w):
                    break
                slipped = True
        else:
            return True
    return False


def spelt_alike(a: str, b: str) -> bool:
    """Whether two names of different teams are spelt nearly alike, word for word: a plural or
    possessive s more or less (`Children`, `Children's`, `Childrens`), `&` for `and`, or one
    letter slipped in a longer word (`Moorvlae`): the strongest sign of one team typed two
    ways (`Moorvale North` and `Moorvale South` are not: a word differs)."""
    one, other = _near_words(a), _near_words(b)
    return len(one) == len(other) and _within_near(one, other) and not same_team(a, b)


def look_alike(a: str, b: str) -> bool:
    """Whether two names of different teams look like one: spelt alike (`spelt_alike`), or one's
    words inside the other's, compared as spelt alike (`mash` and `MASH team`; `Health
    Visiting` and `Health Visiting East`; `Moorvale Children` and `Moorvale Children's Team`)."""
    if not team_key(a) or not team_key(b) or same_team(a, b):
        return False
    one, other = _near_words(a), _near_words(b)
    return _within_near(one, other) or _within_near(other, one)


def near_names(typed: str, known: Iterable[str]) -> list[str]:
    """Of `known` (the teams with sessions, one writing of each), those whose names look like
    `typed` (`look_alike`: "MASH team" for "mash"), in the order given: those spelt alike
    (`spelt_alike`) alone where there are any ("Moorvale Children's Team" for "Moorvale
    Children Team", not "Moorvale" too, so → can take it); none where a team is named `typed`
    already (its own sessions are the ones meant: the same team)."""
    teams = list(known)
    if any(same_team(typed, t) for t in teams):
        return []
    alike = [t for t in teams if look_alike(typed, t)]
    return [t for t in alike if spelt_alike(typed, t)] or alike


def named_alike(names: Iterable[str]) -> list[tuple[str, list[str], list[str]]]:
    """Of `names` (one writing of each team), each that looks like others (`look_alike`), with
    those holding its words (`mash` in `MASH team`) and those spelt alike and given after it
    (`Moorvale Children Team`, `Moorvale Children's Team`), in the order given: teams that may
    be one, said, never merged unasked (a reader counted three teams where "mash" and "MASH
    team" made four). Each pair is said once."""
    shown = list(names)
    out = []
    for n, name in enumerate(shown):
        words = len(_near_words(name))
        holding = [other for other in shown
                   if len(_near_words(other)) > words and look_alike(name, other)]
        spelt = [other for other in shown[n + 1:] if spelt_alike(name, other)]
        if holding or spelt:
            out.append((name, holding, spelt))
    return out


class Agencies:
    """Agency names read through aliases: `key` compares them, `full` names them."""

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        merged = {**BUILTIN_AGENCY_ALIASES, **(aliases or {})}
        self._full = {team_key(short): " ".join(full.split())
                      for short, full in merged.items() if team_key(short) and full.strip()}
        self._keys: dict[str, str] = {}

    def full(self, agency: str) -> str:
        """The agency as it should be shown: the full name for an alias, else as written."""
        return self._full.get(team_key(agency), agency)

    def key(self, agency: str) -> str:
        found = self._keys.get(agency)
        if found is None:
            found = self._keys[agency] = team_key(self.full(agency))
        return found


class Names:
    """Names counted by a key and shown as most often written (the first written on a tie)."""

    def __init__(self, key: Callable[[str], str] = team_key) -> None:
        self._key = key
        self._seen: dict[str, dict[str, int]] = {}
        self._shown: dict[str, str] = {}

    def __len__(self) -> int:
        """How many names (keys) have been counted."""
        return len(self._seen)

    def __eq__(self, other: object) -> bool:
        """The same writings counted, in the same order (which wins a tie)."""
        return isinstance(other, Names) and self._key is other._key and \
            [(k, list(v.items())) for k, v in self._seen.items()] == \
            [(k, list(v.items())) for k, v in other._seen.items()]

    __hash__ = None  # type: ignore[assignment]  # (counts change: never a dict's key)

    def add(self, written: str, n: int = 1) -> str:
        """Count `n` writings of a name; returns its key ("" for a name with no letters)."""
        key = self._key(written)
        if key:
            self._shown.pop(key, None)
            variants = self._seen.setdefault(key, {})
            shown = one_spaced(written)
            variants[shown] = variants.get(shown, 0) + n
        return key

    def shown(self, key: str) -> str:
        """How the name with `key` is shown: its most frequent writing."""
        if (found := self._shown.get(key)) is not None:
            return found
        variants = self._seen.get(key)
        if not variants:
            return ""
        best = max(variants.values())
        found = next(v for v, n in variants.items() if n == best)  # first written on a tie
        self._shown[key] = found
        return found
