"""What the importer reads about a briefing as a whole rather than line by line: the
partnership, the kind of review and the lines under the title giving it or a date, themes by
keyword, reflect's standard questions for a briefing with none of its own, and where the file
came from. The child's name and the review's title are importer/review_title.py's.

Pure: no files, no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from reflect.importer.page_footer import FURNITURE_SEPARATORS
from reflect.known_themes import DEFAULT_THEMES as DEFAULT_THEMES
from reflect.known_themes import THEME_KEYWORDS
from reflect.model import placeholders
from reflect.model.dates import MONTH_WORDS
from reflect.model.review import Review
from reflect.model.review_text import shown

# ---------------------------------------------------------------- small tables

NO_THEME = ("no theme reflect knows was found in the briefing: it is filed under "
            "learning-culture until you write its own as `themes` in the file (a themed "
            "session, t on the start screen, gathers the reviews that share a theme)")
"""The import's note for a briefing given DEFAULT_THEMES (said nowhere, a trial)."""

# (pattern, review type), first match wins.
REVIEW_TYPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Serious Case Review|\bSCR\b"), "Serious Case Review (SCR)"),
    (re.compile(r"Local Child Safeguarding Practice Review|\bLCSPR\b"),
     "Local Child Safeguarding Practice Review (LCSPR)"),
    (re.compile(r"Child Safeguarding Practice Review|\bCSPR\b"),
     "Child Safeguarding Practice Review"),
    (re.compile(r"rapid review", re.IGNORECASE), "Rapid Review"),
]
DEFAULT_REVIEW_TYPE = "Learning briefing"

NYSCP = "North Yorkshire Safeguarding Children Partnership (NYSCP)"
_NORTH_YORKSHIRE = re.compile(r"\bNYSCP\b|\bNorth[ \t]+Yorkshire\b", re.IGNORECASE)
"""North Yorkshire's briefings, named in any case, as every other partnership's name is read
(a banner's "NORTH YORKSHIRE SAFEGUARDING CHILDREN PARTNERSHIP" was kept in capitals, and
"north yorkshire …" gave the placeholder, until 3 December 2026)."""
UNKNOWN_PARTNERSHIP = placeholders.PARTNERSHIP
"""Written when the text names no partnership: `reflect validate` refuses it until edited."""
NO_PARTNERSHIP = "no partnership named in the text: edit `partnership` in the file"
"""The note for the placeholder (`reflect import`'s; a title's, `review_title.NO_TITLE`); the
import preview says its own, as it has a box for each (`ui/screens/import_boxes.py`)."""


_WORD = r"(?:(?:City|Isles?|Borough|County)[ \t]+of[ \t]+)?[A-Z][\w'&-]*[ \t]+"
_NAME = rf"\b((?:{_WORD}(?:(?:and|&)[ \t]+{_WORD})?){{1,5}}"  # two areas: "X and Y", "X & Y"
# Words of one line only: a title on the line above is not part of the name.
_PARTNERSHIP = re.compile(_NAME + r"Safeguarding[ \t]+(?:Children(?:'s)?[ \t]+)?Partnership"
                          r"(?:[ \t]*\([A-Z]{2,10}\))?)")
# Words of one line only, as above: a partnership named some other way.
_OTHER_PARTNERSHIP = re.compile(
    _NAME + r"(?:Children's[ \t]+Partnership|LSCB|"  # a Board: "Local" or not, as _NAME takes
    r"Safeguarding[ \t]+Children[ \t]+Board)(?:[ \t]*\([A-Z]{2,10}\))?)")

_CAPITALS_LINE = re.compile(
    # The words title case writes in lower case ("by", "of") are no part of a name in capitals
    # either ("PUBLISHED BY …"), but for AND or & between two areas' names and CITY OF.
    r"(?:THE\s+)?((?:(?:(?:CITY|ISLES?|BOROUGH|COUNTY)\s+OF\s+|(?<=\s)(?:AND|&)\s+)?(?!(?:A|AN|AND"
    r"|AT|BY|FOR|FROM|IN|OF|ON|THE|TO|WITH)\s)[A-Z][A-Z0-9'&-]*\s+){1,5}(?:SAFEGUARDING\s+(?:"
    r"CHILDREN(?:'S)?\s+)?PARTNERSHIP|CHILDREN'S\s+PARTNERSHIP|LSCB|SAFEGUARDING\s+"
    r"CHILDREN\s+BOARD)(?:\s*\([A-Z]{2,10}\))?)")
"""A partnership's name in capitals ("NORTHSHIRE SAFEGUARDING CHILDREN PARTNERSHIP"), as
briefings set it on a banner or a running footer: read only where it is all of a line, or of a
part of one between a header's or footer's separators: in capitals, the words of a sentence
or a title before it would look like the name's."""

_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_WORDS}\.?,?\s+\d{{4}}"
         r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_PUBLISHED = re.compile(
    rf"^(?P<label>(?:date\s+)?published|issued|(?:last\s+)?updated)"
    rf"(?:\s+by\s+(?P<by>[^,:–—]+?))?\s*[,:–—-]?\s*(?:(?:on|in)\s+)?(?P<date>{_DATE})\.?$",
    re.IGNORECASE)
"""A line dating the briefing: "Published by Nowhereshire Safeguarding Children Partnership,
March 2027", "Published: 12 March 2027", "Last updated 01/03/2027"."""


def published(line: str) -> tuple[str, str, str | None] | None:
    """(label, date, by whom) of a line dating the briefing, else None."""
    m = _PUBLISHED.match(line.replace("**", "").strip().strip("#* "))
    if m is None:
        return None
    label = " ".join(m.group("label").split())
    return label[:1].upper() + label[1:], " ".join(m.group("date").split()), m.group("by")


_TITLE_PARTS = re.compile(r"\s[-–—|•·]\s|\s*[|•·]\s*|,\s+")
_DATE_ALONE = re.compile(rf"(?:{_DATE}|(?:19|20)\d\d)", re.IGNORECASE)
_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "our",
                "the", "this", "to", "with"}
DATE_LABEL = "Date"
"""The label of a date a title's line gives with no word of its own for it ("March 2027")."""


def title_line(line: str, name: str, child: str | None = None
               ) -> tuple[str | None, tuple[str, str] | None] | None:
    """(the kind of review, (label, date)) a line under a briefing's title gives, a line made
    only of the partnership's name, the child's, a kind of review, a briefing's name and a date,
    between separators ("Invented Vale Safeguarding Children Partnership · Child Safeguarding
    Practice Review · March 2027", "Rapid Review, January 2027"); None for a line with anything
    else, or with neither a kind of review nor a date. A kind reflect knows is named as it names
    it; another, "… Review", as written. Such a line was listed as not placed, though its
    partnership or type was taken from it, and its date kept nowhere (a trial)."""
    kind: str | None = None
    day: tuple[str, str] | None = None
    for part in _TITLE_PARTS.split(line.replace("**", "").strip().strip("#* ")):
        p = part.strip(" .,:;")
        words = p.split()
        known = next((said for pattern, said in REVIEW_TYPES if pattern.search(p)), None)
        if not p:
            continue
        if _DATE_ALONE.fullmatch(p) or published(p) is not None:
            day = day or ((published(p) or (DATE_LABEL, " ".join(words)))[:2])
        elif known is not None and len(words) <= 8:
            kind = kind or known
        elif 2 <= len(words) <= 5 and words[-1].casefold() == "review" and not re.search(
                r"[.!?;]", p) and not _SMALL_WORDS.intersection(w.casefold() for w in words):
            kind = kind or p  # "Multi-agency learning review", not "Learning from the review"
        elif not (_fold(p) == _fold(name) or (child is not None and child in p
                                              and len(words) <= 12)
                  or _DOCUMENT_NAME.match(p)):
            return None
    return None if kind is None and day is None else (kind, day)


def themes(review: dict[str, Any]) -> list[str]:
    parts: list[str] = list(review.get("introduction", [])) + list(review.get("context", []))
    for key in ("learning", "good_practice", "development", "recommendations"):
        for p in review.get(key, []):
            parts += [p.get("title") or "", p["text"], p.get("update") or ""]
    parts += [q["text"] for q in review["questions"] if q.get("origin") != "reflect"]
    text = " ".join(parts).lower()
    themes: list[str] = []
    for keyword, theme in THEME_KEYWORDS:
        if keyword in text and theme not in themes:
            themes.append(theme)
    return themes or list(DEFAULT_THEMES)


def partnership(text: str, furniture: Iterable[str] = ()) -> str:
    """The partnership the briefing's text names; else the one its pages' headers or footers
    name (`Source.furniture`: a PDF's running footer is not in its text); else the
    placeholder."""
    if _NORTH_YORKSHIRE.search(text):
        return NYSCP
    found = [re.sub(r"^The\s+", "", " ".join(m.group(1).split()))
             for pattern in (_PARTNERSHIP, _OTHER_PARTNERSHIP) for m in pattern.finditer(text)]
    # In capitals only where the text writes it no other way, and then as written: the
    # wording is the partnership's (the lines naming it are found whatever their case).
    found = found or _in_capitals(text)
    with_acronym = [f for f in found if f.endswith(")")]
    edges = "\n".join(furniture)
    return (with_acronym or found or [
        partnership(edges) if edges else UNKNOWN_PARTNERSHIP])[0]


def _in_capitals(text: str) -> list[str]:
    """Each partnership's name written in capitals on a line of its own, or as a part of a
    running header or footer (`_CAPITALS_LINE`), as written, in the text's order."""
    found = []
    for line in text.splitlines():
        for part in FURNITURE_SEPARATORS.split(line.replace("**", "").strip().strip("#* ")):
            m = _CAPITALS_LINE.fullmatch(part.strip(" .,:;"))
            if m is not None:
                found.append(" ".join(m.group(1).split()))
    return found


_PAGE_MARKS = re.compile(r"\bpage\s+\d+(?:\s*(?:of|/)\s*\d+)?\b|\b\d+\s*(?:of|/)\s*\d+\b"
                         r"|^\d+$|©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
_DOCUMENT_NAME = re.compile(r"^(?:[\w'-]+\s+){0,4}(?:briefing|review|guide|summary)$",
                            re.IGNORECASE)


def partnership_line(line: str, name: str, child: str | None = None) -> str | None:
    """"name" for a line that is the partnership's name alone ("Invented Borough Safeguarding
    Children Partnership", any case, with or without its acronym in brackets); "page" for page
    furniture naming it: a running header or footer with a page number, a copyright, a year or
    the briefing's name ("... Partnership | Child Z: Learning Briefing | Page 2 of 4", in
    capitals too: "… PARTNERSHIP | CHILD Z: LEARNING BRIEFING | PAGE 2 OF 4"; "… Partnership ·
    Rapid Review · March 2027", its month and year, was filed as learning at a briefing's
    foot until 4 December 2026); else None.
    Such a line is the partnership's, never learning: until 3 December 2026 a footer was
    listed as not placed, or filed under the section above it."""
    if name == UNKNOWN_PARTNERSHIP:
        return None
    names = {_fold(name)}
    found, furniture = False, False
    for part in FURNITURE_SEPARATORS.split(line.replace("**", "").strip().strip("#* ")):
        marks = _PAGE_MARKS.sub(" ", part)
        folded = _fold(marks)
        if folded in names:
            found = True
        elif folded and not ((child is not None and child.casefold() in part.casefold()
                              and len(part.split()) <= 12)
                             or _DOCUMENT_NAME.match(" ".join(marks.split()))
                             or _DATE_ALONE.fullmatch(part.strip(" .,:;"))):
            return None
        furniture = furniture or folded != _fold(part)
    return None if not found else ("page" if furniture or "|" in line else "name")


def _fold(text: str) -> str:
    """A partnership's name compared: case, "The", an acronym after it (in any case: a name
    written in lower case writes it so) and spaces aside."""
    text = re.sub(r"\s*\([A-Za-z]{2,10}\)$", "", text.strip(" .,:;–—-"))
    return " ".join(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).casefold().split())


def review_type(text: str) -> str:
    for pattern, name in REVIEW_TYPES:
        if pattern.search(text):
            return name
    return DEFAULT_REVIEW_TYPE


def question_prefix(review_id: str) -> str:
    prefix = review_id.removeprefix("child-")
    prefix = prefix.strip("-")[:56].strip("-")
    return prefix or "review"


# ---------------------------------------------------------------- reflect's own questions

STANDARD_QUESTIONS: tuple[str, ...] = (
    "Where do you recognise the learning in this briefing in your own work, or in a family "
    "you are working with now?",
    "What will you do differently, or keep doing, because of what this briefing describes?",
    "What would help you act on this learning, and what gets in the way?",
    "What will you take back to your team, and who else needs to hear it?",
)
"""Used when a briefing has no questions of its own; each is marked `origin = "reflect"`."""


def standard_questions(prefix: str) -> list[dict[str, str]]:
    return [{"id": f"{prefix}-reflect-q{i}", "text": text, "origin": "reflect"}
            for i, text in enumerate(STANDARD_QUESTIONS, 1)]


# ---------------------------------------------------------------- where it came from


def imported_from(file_name: str, sha256: str, day: date) -> dict[str, Any]:
    """The review's `imported_from` table (the file's name as shown: a name can hold a
    control character, which `reflect validate` refuses in a review)."""
    return {"file": shown(file_name, "file"), "sha256": sha256, "imported_on": day}


def with_imported_from(review: dict[str, Any], file_name: str, sha256: str,
                       day: date) -> dict[str, Any]:
    """A copy of imported `review` data recording where it came from (before `themes`, as a
    table, so the TOML reads in order)."""
    out = {k: v for k, v in review.items() if k != "themes"}
    out["imported_from"] = imported_from(file_name, sha256, day)
    out["themes"] = review["themes"]
    return out


def already_imported(reviews: Iterable[Review], sha256: str) -> Review | None:
    """The review in `reviews` imported from a file with this SHA-256, if any."""
    return next((r for r in reviews
                 if r.imported_from is not None and r.imported_from.sha256 == sha256), None)


def already_said(review: Review, path: Path | None) -> str:
    """Which review a briefing file was already imported as, and from which file: "review
    child-z (Child Z), /…/child-z.toml, imported from child-z.pdf on 3 Dec 2026" (the file's
    name then, which may not be its name now: the same bytes are the same briefing)."""
    from reflect.model.dates import short_date
    from reflect.text import one_line

    said = f"review {review.id} ({one_line(review.title)})" + (f", {path}" if path else "")
    if review.imported_from is not None:
        said += (f", imported from {one_line(review.imported_from.file)} on "
                 f"{short_date(review.imported_from.imported_on, weekday=False)}")
    return said
