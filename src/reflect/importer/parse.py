"""Turning a learning briefing's plain text into review data (and an action plan's into an
`action_plan` table).

Pure: no files, no Textual. Every non-blank line of the input ends up in a field of the review
(its words all there), as a recognised heading, or in `unplaced` with its line number. Text is
quoted as written; only artefacts are removed: bullet markers, stray `**`, markdown escapes
(`\\(`), placeholder links `[text](#)` (the text is kept), `<...>` around bare links, empty
bullets and lines with no letter or digit at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from reflect.model.review import Review
from reflect.text import listed, plural

Json = dict[str, Any]
"""Review data as a TOML file holds it."""

# ---------------------------------------------------------------- errors and results


class BriefingError(ValueError):
    """The text cannot be made into a review (or action plan); the message says why."""


@dataclass(frozen=True)
class Block:
    """Unplaced lines that belong together: an unknown heading and the lines under it, the
    lines before the first heading, or one line. The user may move a block into a section."""

    lines: list[tuple[int, str]]
    """(line number, line as written), in order."""

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def label(self) -> str:
        return self.lines[0][1].strip()


def blocks(unplaced: list[tuple[int, str, int]]) -> list[Block]:
    """The unplaced lines (line number, line, the number of the line its block starts at) as
    blocks, in order."""
    keyed: dict[int, list[tuple[int, str]]] = {}
    for n, raw, key in sorted(unplaced):
        keyed.setdefault(key, []).append((n, raw))
    return [Block(lines) for _, lines in sorted(keyed.items())]


PARTS = {"learning": "key learning", "good_practice": "good practice",
         "development": "areas for development", "recommendations": "recommendations",
         "questions": "questions", "what_to_do_now": "what to do now"}
"""A briefing's parts, by the review field each fills: a file with none of them (the
introduction takes any text) is no briefing, or not one the importer could read."""
MISSING = "no " + ", ".join(list(PARTS.values())[:-1]) + " or " + list(PARTS.values())[-1]
NOT_A_BRIEFING = (f"none of a briefing's parts was found in it ({MISSING}): is it the "
                  "briefing you meant?")


@dataclass
class ImportReport:
    review: Json
    unplaced: list[tuple[int, str]]
    counts: dict[str, int]
    # (line number, section) of every recognised heading, for a preview
    headings: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Things the user should check, e.g. that the introduction was taken from elsewhere."""
    blocks: list[Block] = field(default_factory=list)
    """The unplaced lines, grouped for moving (see `import_briefing(moves=...)`)."""
    standard_questions: bool = False
    """True when the briefing had no questions and reflect's standard ones were added."""
    resource_blocks: list[tuple[Block, list[Json]]] = field(default_factory=list)
    """Each line filed as resources, as a block, with the resources it made (the very
    objects in `review["resources"]`): the preview offers them to move or leave out, as it
    offers the unplaced blocks (`movable`). A footer filed as a resource could be neither (a
    trial)."""
    summary_cut: int | None = None
    """The length of the sentence the summary was cut from (`found.first_sentence`), if it
    was cut."""
    furniture: list[tuple[int | None, str]] = field(default_factory=list)
    """The pages' headers and footers, in no field: (line number, line) for a line of the
    text (`page_footer.page_line`), (None, text) for one a reader took off every page
    (`Source.furniture`). Listed as left out, never dropped unsaid: a PDF's first point on a
    page, taken for a running header, was lost while the import said every line was placed
    (a trial)."""
    id_from: str = "the title"
    """Where the review's id came from, as the preview's Review id box says it: the title (the
    child it names), "the file's name" or "the first line" (it said "from the title" for an id
    made from the file's name, a fresh-eyes trial)."""

    @property
    def movable(self) -> list[Block]:
        """The blocks the preview offers to move or leave out: the unplaced, then each line
        filed as resources."""
        return self.blocks + [block for block, _ in self.resource_blocks]

    @property
    def parts(self) -> list[str]:
        """The parts of a briefing found in it (keys of PARTS; its own questions only): with
        none, `reflect import` refuses it unless forced, and the app's Save asks first."""
        return [key for key in PARTS if self.review.get(key)
                and not (key == "questions" and self.standard_questions)]


USUAL = ("learning", "good_practice", "development", "recommendations")
"""The parts most briefings have (a step each in the walk): the import says which it did not
find (the questions have a note of their own, `standard_questions`)."""


def not_found(report: ImportReport) -> str | None:
    """A note naming the usual parts (USUAL) the briefing was not found to have, for the
    learning lead to check the source; None when it has them all. A briefing of a Background
    and Questions alone was "Every line of the briefing was placed", nothing said of the
    rest (a trial)."""
    missing = [PARTS[key] for key in USUAL if not report.review.get(key)]
    if not missing:
        return None
    it = "it" if len(missing) == 1 else "them"
    where = (f"the lines not placed may hold {it} (move {it} there), or the briefing has none"
             if report.unplaced else f"check in the briefing that it has none (under a heading "
             f"reflect did not read as one, {'it' if it == 'it' else 'they'} would be in the "
             "part before)")
    return f"not found in the briefing: {listed(missing)}: {where}"


def said_first(report: ImportReport) -> ImportReport:
    """`report`, its first note NOT_A_BRIEFING when it has none of a briefing's parts (a
    shopping list was imported as a review of placeholders, and nothing said so, a trial;
    then the note said "All of it went into the introduction" over lines listed as not placed
    and an introduction repeating the first line, a trial); else, first, the usual parts it
    was not found to have (`not_found`)."""
    missing = not_found(report)
    if not report.parts:
        report.warnings.insert(0, NOT_A_BRIEFING)
    elif missing is not None:
        report.warnings.insert(0, missing)
    return report


def empty_headings(headings: list[tuple[int, str]], lines: list[str],
                   counts: dict[str, int]) -> list[str]:
    """A note naming the headings whose part of the review is empty (`counts`: how many items
    each field holds), for the learning lead to fill in; [] when there are none. A thin
    briefing of headings alone imported with nothing said (a trial)."""
    empty = [f"{clean(strip_marker(lines[n - 1].lstrip('#'))[1]).rstrip(' :')[:60]!r} "
             f"(line {n})" for n, section in headings if counts.get(section, 1) == 0]
    if not empty:
        return []
    one = len(empty) == 1
    return [f"nothing under the heading{'' if one else 's'} {listed(empty)}: fill in "
            f"th{'at part' if one else 'ose parts'} in the file if the briefing has "
            f"{'it' if one else 'them'}"]


EDGES_SAID = "Left out as the pages' headers and footers (kept as a comment in the file):"
"""Over the list of `ImportReport.furniture`, each as `edge_label` names it."""
ALL_PLACED = "Every line of the briefing was placed."
ALL_BUT_EDGES = "Every line of the briefing was placed but the pages' headers and footers."


def edge_label(n: int | None) -> str:
    """Where a header or footer left out was: "line 24", or "on the pages" for one a reader
    took off every page (it is in no line of the text)."""
    return "on the pages" if n is None else f"line {n}"


UNITS = {"introduction": "paragraph", "context": "paragraph", "learning": "point",
         "good_practice": "point", "development": "point", "what_to_do_now": "line",
         "contact": "line"}
"""What a section's count counts, where its name does not say it ("questions: 2" does)."""


def count_said(section: str, n: int) -> str:
    """A section's count as an import's summary gives it: "introduction: 4 paragraphs",
    "key learning: 3 points", "recommendations: 2" ("introduction: 4" said not what, a
    trial), each part in the words the briefing and the app give it (PARTS): "development: 2
    points" named a field, not "Areas for development" (a trial)."""
    unit = UNITS.get(section)
    return f"{PARTS.get(section, section.replace('_', ' '))}: {plural(n, unit) if unit else n}"


LIST_FIELDS = ("introduction", "context", "notes", "learning", "good_practice", "development",
               "recommendations", "questions", "what_to_do_now", "resources", "contact")

# ---------------------------------------------------------------- line-level helpers

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARKER = re.compile(
    r"^(?:[-*•·‣▪◦●–]|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\)"
    r"|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)|(?:Q|Question\s*)\d{1,2}[.:)]?)(?:\s+|$)")
_WORDCHAR = re.compile(r"[^\W_]")
_LINK = re.compile(r"(?<!\w)\[((?:\\.|[^\]\\\n]){0,300})\]\(\s*([^()\s]{0,2000})\s*\)(?!\w)")
_ANGLE = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
BARE_URL = re.compile(r"(?<![\w(<\[])https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?]")
"""An address written out in the text, without the punctuation that ends its sentence."""
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STRAY_BOLD = re.compile(r"(?<!\w)\*\*|\*\*(?!\w)")

_PURPOSE = re.compile(r"^the purpose of\b.*\breviews?\b", re.IGNORECASE)
_PLEASE_NOTE = re.compile(r"^please note\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<!\d)\+?\d[\d ]{8,}\d(?!\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_FOOTER = re.compile(r"^(?:recommendations|actions)\b.*\b(?:reviewed|monitored)\b", re.IGNORECASE)

_BOLD_LEAD = re.compile(r"^\*\*(?P<t>[^*\n]{1,100}?)\*\*(?P<after>\s*[:.](?!\w)|\s+[–—-]\s)?"
                        r"\s*(?P<r>.*)$")
_BROKEN_TITLE = re.compile(r"^\*?(?P<t>[^*:\n]{1,100}?)\s*(?::\*\*|\*\*:)\s*(?P<r>.*)$")
_PLAIN_TITLE = re.compile(r"^(?P<t>[^:*\[\]\n]{1,60}?):\s+(?P<r>\S.*)$")
_DASH_TITLE = re.compile(r"^(?P<t>[^–—:*\[\]\n]{1,60}?)\s+[–—-]\s+(?P<r>\S.*)$")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
                "or", "the", "to", "with", "vs", "via"}


def split_lines(text: str) -> list[str]:
    """The lines of `text` as the importer numbers them (\\n, \\r\\n or \\r end a line)."""
    return _LINE_BREAK.split(text)


def strip_marker(line: str) -> tuple[bool, str]:
    """(whether the line had a bullet or number marker, the line without it), stripped."""
    s = line.strip()
    m = _MARKER.match(s)
    if m:
        return True, s[m.end():].strip()
    return False, s


def has_words(s: str) -> bool:
    return bool(_WORDCHAR.search(s))


def _unescape(s: str) -> str:
    return _ESCAPE.sub(r"\1", s)


def clean(s: str, links: str = "inline") -> str:
    """`s` without artefacts. links="inline": a real link reads "text (url)";
    links="text": only its text (the caller keeps the url)."""

    def link(m: re.Match[str]) -> str:
        text, target = m.group(1).strip(), m.group(2)
        if target in ("", "#"):
            return text
        if links == "text":
            return text or target
        if target.lower().startswith("mailto:"):
            address = target[7:]
            if not text or text == address:
                return text or address
            return f"{text} ({address})"
        return f"{text} ({target})" if text else target

    s = _LINK.sub(link, s)
    s = _ANGLE.sub(r"\1", s)
    s = _unescape(s)
    s = _STRAY_BOLD.sub("", s)
    return s.strip()


def real_links(s: str) -> list[tuple[str, str]]:
    """The links written in `s` as Markdown (`[text](address)`, `<address>`), each as (text,
    address); a link to nowhere ("" or "#") is none."""
    out = [(m.group(1), m.group(2)) for m in _LINK.finditer(s) if m.group(2) not in ("", "#")]
    out += [(m.group(1), m.group(1)) for m in _ANGLE.finditer(s)]
    return out


def has_link(s: str) -> bool:
    return bool(_LINK.search(s) or _ANGLE.search(s))


def _is_short_title(t: str) -> bool:
    words = t.split()
    if not 1 <= len(words) <= 7 or re.search(r"[.;?!,\"“”()]", t):
        return False
    if not words[0][:1].isupper():
        return False
    for w in words:
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS
                or not has_words(w)):
            return False
    return True


def _is_phrase(t: str) -> bool:
    """A short sentence-case phrase that can be a title: "Professional curiosity"."""
    words = t.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper() \
        and not re.search(r"[.;?!,\"“”()]", t)


def _bold_lead(body: str) -> tuple[str | None, str]:
    """(title, rest) for a bold lead-in, however it is punctuated: `**Title:** text`,
    `**Title.** text`, `**Title**: text`, `**Title**. text`, `**Title** – text`, `**Why
    now?** text`, or `**Title** Text` (with no mark, only where the text starts a sentence of
    its own: "**All agencies** should ..." is one sentence). A full stop or colon closing the
    title is dropped, a question or exclamation mark kept. (None, body) for anything else;
    `**Unseen men.** Professionals ...` was left whole, though `**Title:**` was a title (a
    trial)."""
    m = _BOLD_LEAD.match(body.strip())
    if m is None:
        return None, body
    title, rest = m.group("t").strip(), m.group("r")
    marked = bool(m.group("after")) or title.endswith((".", ":", "?", "!"))
    if title.endswith((".", ":")):
        title = title[:-1].rstrip()
    if not marked and not (rest[:1].isupper() and len(title.split()) <= 12):
        return None, body
    return (title, rest) if has_words(clean(title)) and has_words(rest) else (None, body)


def split_title(body: str) -> tuple[str | None, str]:
    """(title, rest) for a bold lead-in (`_bold_lead`), `Title:** text`, short `Title: text`
    lead-ins and a short phrase run into its text with a dash ("Professional curiosity –
    workers ...")."""
    title, rest = _bold_lead(body)
    if title is not None:
        return clean(title), rest
    for pattern, plain in ((_BROKEN_TITLE, ""), (_PLAIN_TITLE, "title"),
                           (_DASH_TITLE, "phrase")):
        m = pattern.match(body)
        if not m:
            continue
        title, rest = clean(m.group("t")), m.group("r")
        if plain == "title" and not (_is_short_title(title)
                                     or (_is_phrase(title) and len(title.split()) <= 3)):
            continue
        if plain == "phrase" and not _is_phrase(title):
            continue
        if has_words(title) and has_words(rest):
            return title, rest
    return None, body


def slug_of(text: str) -> str:
    """A review id made of `text`'s letters and digits ("briefing" when it has none)."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    slug = "-".join(words)[:40].strip("-")
    return slug if slug and _SLUG.match(slug) else "briefing"


def asked(questions: list[tuple[Any, str, bool]]) -> list[tuple[Any, str, bool]]:
    """Each (group, text, bulleted) line under a reflective heading with whether it is asked:
    lines ending "?" are questions, and so are bulleted prompts; when some lines are
    questions, an unbulleted line that is not one (a lead-in such as "Consider the
    following:") is set aside rather than asked."""
    asks = any(text.endswith("?") for _, text, _ in questions)
    return [(group, text, always or text.endswith("?") or not asks)
            for group, text, always in questions]


# ---------------------------------------------------------------- items


def point(body: str) -> Json:
    title, rest = split_title(body)
    out: Json = {}
    if title is not None:
        out["title"] = title
    out["text"] = clean(rest)
    return out


_RUN_IN = re.compile(r"(?<=[.!?])\s+(?P<t>[A-Z][^.;:?!*\[\]\n]{2,60}):\s+(?P<r>[A-Z].*)$")


def points(body: str) -> list[Json]:
    """`point(body)`, and each titled item run into its text after a sentence's end, as an
    item of its own: Child L's briefing set `Professional curiosity and persistence: …` in
    the bullet before it (a new user's trial). Only in a titled item, and only a short
    title (`_is_phrase`) before a sentence."""
    first = point(body)
    return _run_in(first) if "title" in first else [first]


def _run_in(item: Json) -> list[Json]:
    """`item`, and the titled items run into its text (`points`), each its own."""
    found = _RUN_IN.search(item["text"])
    if found is None or not _is_phrase(found["t"]) or not has_words(found["r"]):
        return [item]
    item["text"] = item["text"][:found.start()]
    return [item, *_run_in({"title": found["t"], "text": found["r"]})]


def validate(data: Json) -> None:
    try:
        Review.model_validate(data)
    except ValidationError as e:  # a bug in the importer, reported in its own terms
        raise BriefingError(f"the imported review is not valid: {e}") from e
