"""The review's title, as the importer reads it from a briefing: the child or family the
briefing names ("Child AC", "Child Kestrel", "Baby QX"), a heading's words without the name of
the layout it is published in ("7-minute briefing"), else the placeholder, said.

Pure: no files, no Textual.
"""

from __future__ import annotations

import re

from reflect.importer import headings as H
from reflect.importer.found import TITLE_LENGTH
from reflect.model import placeholders
from reflect.wrapping import cut_at_a_word

NO_TITLE = "no title found: edit `title` in the file"
"""The note for the placeholder (`reflect import`'s); the import preview says its own, as it
has a box for the title (`ui/screens/import_boxes.py`)."""

_CHILD = re.compile(r"\b(Child|Baby|Family|Young Person|Sibling Group) ([A-Z]{1,3}\d{0,2}"
                    r"(?:-[A-Z][A-Za-z]*\d{0,2})?)\b(?:\s+\(([A-Z][a-z]+)\))?")
"""How reviews name the child or family: "Child L", "Baby QX", "Family A", "Child H (Henry)",
with a number, as partnerships tell two children or reviews apart ("Child Q1", "Child LW2":
until 6 December "Child Q1 (Moorvale)" named no child, the review `child-q1-briefing`), or a
hyphen ("Child Q-Test", "Child T-J": until 7 December 2026 "Child Q", `child-q`; trials)."""
_NAMED_CHILD = re.compile(r"\b(Child) ([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b(?!-)"
                          r"(?:\s+\(([A-Z][a-z]+)\))?")
"""A child a review names with a word: "Child Kestrel" (its groups as `_CHILD`'s)."""
_NOT_NAMES = frozenset("""
    Abuse Arrangements Benefit Bereavement Care Centred Centered Contact Criminal Death Deaths
    Development Exploitation Family First Focused Friendly Health Led Looked Maintenance Mental
    Minder Minders Minding Missing Neglect Online Poverty Practice Protection Psychiatrist
    Psychology Rights Safeguarding Safety Services Sexual Social Trafficking Welfare
""".split())
"""Words after "Child" that make a phrase, not a child's name ("Child Protection", "Child
Safeguarding Practice Review", "Child Death Overview Panel")."""


def child(lines: list[str], opening: int) -> re.Match[str] | None:
    """How the briefing names the child: first as its title names them, above the first
    section (`lines[:opening]`), in letters ("Child AC") or a word ("Child Kestrel"); else the
    first "Child X" in the text, else the first "Child Word" (not a phrase, `_NOT_NAMES`).
    Until 5 December 2026 only letters were read: "Child Kestrel: 7-minute briefing" in
    brief.md was review `brief`, titled with its layout's name (a trial)."""
    def named(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        return [m for m in pattern.finditer(text) if m.group(2) not in _NOT_NAMES]

    top, text = "\n".join(lines[:opening]), "\n".join(lines)
    found = sorted(named(_CHILD, top) + named(_NAMED_CHILD, top), key=lambda m: m.start())
    found = found or named(_CHILD, text)[:1] or named(_NAMED_CHILD, text)[:1]
    return found[0] if found else None


_LAYOUT = re.compile(
    r"(?:(?:\d{1,2}|one|two|three|five|seven|ten)[- ]?minute|learning|practice|rapid|review"
    r"|thematic|executive|multi-agency|safeguarding|the|a)(?:\s+(?:learning|practice|rapid"
    r"|review|thematic|executive|safeguarding))*\s+(?:briefing|brief|guide|summary)"
    r"|briefing|brief", re.IGNORECASE)
"""The name of a layout a briefing is published in ("7-minute briefing", "Learning
briefing", "rapid review briefing", "one-minute guide"): not the review's title."""
_LAYOUT_PART = re.compile(rf"^\s*(?:{_LAYOUT.pattern})\s*(?::|\s[-–—]\s)\s*(?=\S)"
                          rf"|(?<=\S)\s*(?::|\s[-–—]\s)\s*(?:{_LAYOUT.pattern})\s*$",
                          re.IGNORECASE)


def layout_name(text: str) -> bool:
    """Whether `text` is only a layout's name ("Seven-minute briefing")."""
    return _LAYOUT.fullmatch(text.strip(" .,:;#*")) is not None


def heading_title(line: str) -> str:
    """The title a heading gives, without the layout's name before or after a colon or a dash
    ("Neglect at home: 7-minute briefing", "Learning briefing – Neglect at home": "Neglect at
    home"), as "Child Y: learning briefing" is titled "Child Y" (until 5 December 2026 only a
    child named in letters lost it)."""
    return cut_at_a_word(heading_words(line), TITLE_LENGTH)


def heading_words(line: str) -> str:
    """The words of a heading giving the title, uncut (`heading_title`)."""
    text = line.strip("# *")
    return _LAYOUT_PART.sub("", text).strip() or text


def title(child: re.Match[str] | None, review_id: str, first: str, headed: bool
          ) -> tuple[str, str | None]:
    """The review's title, and a warning when none was found: "Child X" from the child's name
    (`_CHILD`) or a "child-x" id (unless `first` is a heading naming that child, "# Child
    Zed: 7-minute briefing" in child-zed.md: the heading, as under another file name); else
    `first`, the briefing's first line that is not the partnership's, if it is marked as a
    heading (`#`) or the text has a heading reflect knows (`headed`); else (a paragraph, or a
    text with no heading at all: a shopping list's "milk" was its title, and nothing said so)
    the placeholder."""
    if child is not None:
        return f"{child.group(1)} {child.group(2)}" + (
            f" ({child.group(3)})" if child.group(3) else ""), None
    if review_id.startswith("child-") and 0 < len(review_id) - 6 <= 3:
        names = re.search(rf"\bchild {re.escape(review_id[6:])}\b", first, re.IGNORECASE)
        if first.startswith("#") and names and H.normalise(first):
            return heading_title(first), None
        return f"Child {review_id[6:].upper()}", None
    if (re.search(r"[.!?]$", first.strip()) and len(first.split()) > 12) or not (
            first.startswith("#") or headed):
        return placeholders.TITLE, NO_TITLE
    return H.normalise(first) and heading_title(first) or review_id, None
