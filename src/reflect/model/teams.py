"""Team and agency names as people write them: one key to compare them by, everywhere.

"Riverside MASH", "riverside mash." and " Riverside  MASH " are the same team: carry-over
(store/carry.py), the report's grouping and its --team filter all compare `team_key`. A name
whose words are inside another's ("mash", "MASH team") is another team, never merged
unasked: the report's --team takes every team whose name holds the words typed
(`holds_words`), and the report, the new-session form and plain mode say which names look
like one (`look_alike`, `held_within`, `near_names`). Agencies
are compared the same way, after well-known abbreviations (and any the partnership adds in the
settings file, `[agency_aliases]`) are read as the name they stand for: "CSC" is
"Children's Social Care". Pure: no files, no Textual.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

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
    """What two team names are compared by: their letters and digits only, case-folded, so
    spaces and punctuation never matter. `Example St. team `, `example st team` and
    `Example Children's team` / `example childrens team` match; `Example Street team` and
    `Example St team` do not (no guessing at abbreviations)."""
    text = unicodedata.normalize("NFKC", team).casefold()
    return "".join(ch for ch in text if ch.isalnum())


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
    text = unicodedata.normalize("NFKC", team).casefold().translate(_APOSTROPHES)
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


def look_alike(a: str, b: str) -> bool:
    """Whether two names of different teams look like one: one's words inside the other's
    (`mash` and `MASH team`; `Health Visiting` and `Health Visiting East`)."""
    if not team_key(a) or not team_key(b) or same_team(a, b):
        return False
    one, other = team_words(a), team_words(b)
    return _within(one, other) or _within(other, one)


def near_names(typed: str, known: Iterable[str]) -> list[str]:
    """Of `known` (the teams with sessions, one writing of each), those whose names look like
    `typed` (`look_alike`: "MASH team" for "mash"), in the order given; none where a team is
    named `typed` already (its own sessions are the ones meant: the same team)."""
    teams = list(known)
    if any(same_team(typed, t) for t in teams):
        return []
    return [t for t in teams if look_alike(typed, t)]


def held_within(names: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Of `names` (one writing of each team), each whose words are inside others' (`mash` in
    `MASH team`), with those others, in the order given: teams that may be one, said, never
    merged unasked (a reader counted three teams where "mash" and "MASH team" made four)."""
    shown = list(names)
    out = []
    for name in shown:
        inner = team_words(name)
        holding = [other for other in shown
                   if len(team_words(other)) > len(inner) and look_alike(name, other)]
        if holding:
            out.append((name, holding))
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
            shown = " ".join(written.split())
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
