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

from pydantic import ValidationError

from reflect.importer import headings as H
from reflect.model.review import Review

# ---------------------------------------------------------------- small tables

# Keyword (matched in lower-case text) -> theme slug, in the order themes are listed.
THEME_KEYWORDS: list[tuple[str, str]] = [
    ("safer sleep", "safer-sleep"),
    ("co-sleep", "safer-sleep"),
    ("sleeping", "safer-sleep"),
    ("mental health", "parental-mental-health"),
    ("psychosis", "parental-mental-health"),
    ("neurodiver", "neurodiversity"),
    ("alcohol", "substance-use"),
    ("substance", "substance-use"),
    ("drug", "substance-use"),
    ("domestic abuse", "domestic-abuse"),
    ("non-accidental", "non-accidental-injury"),
    ("bruising", "non-accidental-injury"),
    ("cumulative risk", "cumulative-risk"),
    ("information shar", "information-sharing"),
    ("escalat", "escalation"),
    ("safety plan", "safety-planning"),
    ("family network", "family-network"),
    ("multi-agency meeting", "multi-agency-meetings"),
    ("strategy meeting", "multi-agency-meetings"),
    ("professional curiosity", "professional-curiosity"),
    ("assertive outreach", "assertive-outreach"),
    ("fathers", "fathers"),
    ("early help", "early-help"),
    ("pre-birth", "pre-birth"),
    ("neglect", "neglect"),
]
DEFAULT_THEMES = ["learning-culture"]

# (pattern, review type), first match wins.
REVIEW_TYPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Serious Case Review|\bSCR\b"), "Serious Case Review (SCR)"),
    (re.compile(r"Local Child Safeguarding Practice Review|\bLCSPR\b"),
     "Local Child Safeguarding Practice Review (LCSPR)"),
    (re.compile(r"rapid review", re.IGNORECASE), "Rapid Review"),
]
DEFAULT_REVIEW_TYPE = "Learning briefing"

NYSCP = "North Yorkshire Safeguarding Children Partnership (NYSCP)"
UNKNOWN_PARTNERSHIP = "Unknown partnership — please edit"

# ---------------------------------------------------------------- errors and results


class BriefingError(ValueError):
    """The text cannot be made into a review (or action plan); the message says why."""


@dataclass
class ImportReport:
    review: dict
    unplaced: list[tuple[int, str]]
    counts: dict[str, int]
    # (line number, section) of every recognised heading, for a preview
    headings: list[tuple[int, str]] = field(default_factory=list)


LIST_FIELDS = ("introduction", "context", "notes", "good_practice", "development",
               "recommendations", "questions", "what_to_do_now", "resources", "contact")

# ---------------------------------------------------------------- line-level helpers

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARKER = re.compile(r"^(?:[-*•·‣▪◦●–]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\))(?:\s+|$)")
_WORDCHAR = re.compile(r"[^\W_]")
_LINK = re.compile(r"(?<!\w)\[((?:\\.|[^\]\\\n]){0,300})\]\(\s*([^()\s]{0,2000})\s*\)(?!\w)")
_ANGLE = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_BARE_URL = re.compile(r"(?<![\w(<\[])https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?]")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STRAY_BOLD = re.compile(r"(?<!\w)\*\*|\*\*(?!\w)")

_PURPOSE = re.compile(r"^the purpose of\b.*\breviews?\b", re.IGNORECASE)
_PLEASE_NOTE = re.compile(r"^please note\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<!\d)\+?\d[\d ]{8,}\d(?!\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_FOOTER = re.compile(r"^(?:recommendations|actions)\b.*\b(?:reviewed|monitored)\b", re.IGNORECASE)

_BOLD_TITLE = re.compile(r"^\*\*(?P<t>[^*\n]{1,100}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?P<r>.*)$")
_BROKEN_TITLE = re.compile(r"^\*?(?P<t>[^*:\n]{1,100}?)\s*(?::\*\*|\*\*:)\s*(?P<r>.*)$")
_PLAIN_TITLE = re.compile(r"^(?P<t>[^:*\[\]\n]{1,60}?):\s+(?P<r>\S.*)$")
_BOLD_SPAN = re.compile(r"\*\*([^*]+)\*\*")
_UPDATE_GAP = re.compile(r"[\s.;,]*")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
                "or", "the", "to", "with", "vs", "via"}
_CHILD = re.compile(r"\bChild ([A-Z]{1,3})\b(?:\s+\(([A-Z][a-z]+)\))?")
_PARTNERSHIP = re.compile(
    # Words of one line only: a title on the line above is not part of the name.
    r"\b((?:[A-Z][\w'&-]*[ \t]+){1,5}Safeguarding[ \t]+(?:Children(?:'s)?[ \t]+)?Partnership"
    r"(?:[ \t]*\([A-Z]{2,10}\))?)")


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


def _real_links(s: str) -> list[tuple[str, str]]:
    out = [(m.group(1), m.group(2)) for m in _LINK.finditer(s) if m.group(2) not in ("", "#")]
    out += [(m.group(1), m.group(1)) for m in _ANGLE.finditer(s)]
    return out


def _has_link(s: str) -> bool:
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


def split_title(body: str) -> tuple[str | None, str]:
    """(title, rest) for `**Title:** text`, `Title:** text` and short `Title: text` lead-ins."""
    for pattern, plain in ((_BOLD_TITLE, False), (_BROKEN_TITLE, False), (_PLAIN_TITLE, True)):
        m = pattern.match(body)
        if not m:
            continue
        title, rest = clean(m.group("t")), m.group("r")
        if plain and not _is_short_title(title):
            continue
        if has_words(title) and has_words(rest):
            return title, rest
    return None, body


def split_update(body: str) -> tuple[str, str | None]:
    """(text, update): the bold text ending a recommendation is its update."""
    rest = body.rstrip()
    end, updates = len(rest), []
    for m in reversed(list(_BOLD_SPAN.finditer(rest))):
        gap = rest[m.end():end]
        if not _UPDATE_GAP.fullmatch(gap) or not has_words(m.group(1)):
            break
        updates.append((m.group(1) + gap).strip())
        end = m.start()
    text = rest[:end].rstrip()
    if not updates or not has_words(text):
        return body, None
    return text, " ".join(reversed(updates))


def _first_sentence(text: str, limit: int = 100) -> str:
    s = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


# ---------------------------------------------------------------- the briefing


class _Builder:
    def __init__(self) -> None:
        self.section: str | None = None
        self.f: dict[str, list] = {k: [] for k in LIST_FIELDS}
        self.purpose: str | None = None
        self.rec_note: str | None = None
        self.rec_footer: str | None = None
        self.preamble: list[tuple[int, str, str]] = []
        self.unplaced: list[tuple[int, str]] = []
        self.headings: list[tuple[int, str]] = []

    # one input line
    def feed(self, n: int, raw: str) -> None:
        s = raw.strip()
        if not s:
            return
        h = H.match_heading(s)
        if h is not None:
            self.heading(n, raw, h)
            if h.run_in is not None and has_words(h.run_in):
                self.item(n, raw, h.run_in, bullet=False)
            return
        if H.looks_like_heading(s):
            self.section = H.UNKNOWN
            self.unplaced.append((n, raw))
            return
        bullet, body = strip_marker(s)
        if has_words(body):
            self.item(n, raw, body, bullet)

    def heading(self, n: int, raw: str, h: H.Heading) -> None:
        section = h.section
        if section == H.INTRODUCTION and self.f["introduction"]:
            section = H.CONTEXT
        self.section = section
        self.headings.append((n, section))
        if section == H.RECOMMENDATIONS and h.note:
            if self.rec_note is None:
                self.rec_note = clean(h.note)
            elif clean(h.note) != self.rec_note:
                self.unplaced.append((n, raw))

    def add_contact(self, text: str) -> None:
        if text not in self.f["contact"]:
            self.f["contact"].append(text)

    def item(self, n: int, raw: str, body: str, bullet: bool) -> None:
        text = clean(body)
        # boilerplate, wherever it appears
        if self.purpose is None and _PURPOSE.match(text):
            self.purpose = text
            return
        if text == self.purpose:
            return
        if _PLEASE_NOTE.match(text):
            self.f["notes"].append(text)
            return
        if (re.search(r"\breferral\b", text, re.IGNORECASE) and _PHONE.search(text)) or (
                re.search(r"\be-?mail\b", text, re.IGNORECASE) and _EMAIL.search(text)):
            self.add_contact(text)
            return
        sec = self.section
        if sec is None:
            self.preamble.append((n, raw, text))
        elif sec == H.UNKNOWN:
            self.unplaced.append((n, raw))
        elif sec in (H.INTRODUCTION, H.CONTEXT):
            self.f[sec].append(text)
        elif sec == H.CONTACT:
            self.add_contact(text)
        elif sec == H.RESOURCES or (not bullet and _has_link(body)):
            self.f["resources"] += _resources(body)
        elif sec == H.RECOMMENDATIONS:
            if not bullet and self.f["recommendations"] and self.rec_footer is None \
                    and _FOOTER.match(text):
                self.rec_footer = text
            else:
                self.f["recommendations"].append(_recommendation(body))
        elif sec in (H.GOOD_PRACTICE, H.DEVELOPMENT):
            self.f[sec].append(_point(body))
        else:  # questions, what_to_do_now
            self.f[sec].append(text)


def _point(body: str) -> dict:
    title, rest = split_title(body)
    out: dict = {}
    if title is not None:
        out["title"] = title
    out["text"] = clean(rest)
    return out


def _recommendation(body: str) -> dict:
    title, rest = split_title(body)
    text, update = split_update(rest)
    out: dict = {}
    if title is not None:
        out["title"] = title
    out["text"] = clean(text)
    if update is not None:
        out["update"] = clean(update)
    return out


def _resources(body: str) -> list[dict]:
    title = clean(body, links="text")
    urls = [target for _, target in _real_links(body)]
    if not urls:
        urls = _BARE_URL.findall(body)[:1]
    if not urls:
        return [{"title": title}]
    out = [{"title": title, "url": urls[0]}]
    out += [{"title": u, "url": u} for u in urls[1:]]
    return out


def _themes(review: dict) -> list[str]:
    parts: list[str] = list(review.get("introduction", [])) + list(review.get("context", []))
    for key in ("good_practice", "development", "recommendations"):
        for p in review.get(key, []):
            parts += [p.get("title") or "", p["text"], p.get("update") or ""]
    parts += [q["text"] for q in review["questions"]]
    text = " ".join(parts).lower()
    themes: list[str] = []
    for keyword, theme in THEME_KEYWORDS:
        if keyword in text and theme not in themes:
            themes.append(theme)
    return themes or list(DEFAULT_THEMES)


def _partnership(text: str) -> str:
    if "NYSCP" in text or "North Yorkshire" in text:
        return NYSCP
    found = [re.sub(r"^The\s+", "", " ".join(m.group(1).split()))
             for m in _PARTNERSHIP.finditer(text)]
    with_acronym = [f for f in found if f.endswith(")")]
    return (with_acronym or found or [UNKNOWN_PARTNERSHIP])[0]


def _review_type(text: str) -> str:
    for pattern, name in REVIEW_TYPES:
        if pattern.search(text):
            return name
    return DEFAULT_REVIEW_TYPE


def _question_prefix(review_id: str) -> str:
    prefix = review_id.removeprefix("child-")
    prefix = prefix.strip("-")[:56].strip("-")
    return prefix or "review"


def validate(data: dict) -> None:
    try:
        Review.model_validate(data)
    except ValidationError as e:  # a bug in the importer, reported in its own terms
        raise BriefingError(f"the imported review is not valid: {e}") from e


def import_briefing(text: str, review_id: str | None = None) -> ImportReport:
    """Read a learning briefing's text into review data, reporting every line it did not place.

    Raises BriefingError if the text is empty, has no introduction or no questions, if no
    "Child X" name gives an id and `review_id` is not given, or if `review_id` is not a slug."""
    if not isinstance(text, str):
        raise BriefingError("the briefing must be text")
    if review_id is not None and not _SLUG.match(review_id):
        raise BriefingError(f"{review_id!r} is not a valid review id: use lowercase letters, "
                            "digits and '-', e.g. child-q")
    text = text.removeprefix("\ufeff")
    lines = split_lines(text)
    if not any(line.strip() for line in lines):
        raise BriefingError("the briefing is empty")

    b = _Builder()
    for n, raw in enumerate(lines, 1):
        b.feed(n, raw)

    if not b.f["introduction"]:
        b.f["introduction"] = [t for _, _, t in b.preamble]
    else:
        b.unplaced += [(n, raw) for n, raw, _ in b.preamble]
    b.unplaced.sort()
    if not b.f["introduction"]:
        raise BriefingError("no introduction found: give the briefing an 'Introduction' "
                            "heading (or 'Background', 'What happened?')")
    if not b.f["questions"]:
        raise BriefingError("no questions for reflection found: give the briefing a "
                            "'Questions for Reflection' heading followed by the questions")

    child = _CHILD.search(text)
    if review_id is None:
        if child is None:
            raise BriefingError("no 'Child X' name found to make the review id from: "
                                "give the id (e.g. child-q)")
        review_id = f"child-{child.group(1).lower()}"
    if child is not None:
        title = f"Child {child.group(1)}" + (f" ({child.group(2)})" if child.group(2) else "")
    elif review_id.startswith("child-") and 0 < len(review_id) - 6 <= 3:
        title = f"Child {review_id[6:].upper()}"
    else:
        title = review_id

    prefix = _question_prefix(review_id)
    review: dict = {
        "id": review_id,
        "title": title,
        "partnership": _partnership(text),
        "review_type": _review_type(text),
        "summary": _first_sentence(b.f["introduction"][0]),
        "themes": [],
    }
    if b.purpose is not None:
        review["purpose"] = b.purpose
    review["introduction"] = b.f["introduction"]
    for key in ("context", "notes", "good_practice", "development"):
        if b.f[key]:
            review[key] = b.f[key]
    if b.rec_note is not None:
        review["recommendations_note"] = b.rec_note
    if b.f["recommendations"]:
        review["recommendations"] = b.f["recommendations"]
    if b.rec_footer is not None:
        review["recommendations_footer"] = b.rec_footer
    review["questions"] = [{"id": f"{prefix}-q{i}", "text": q}
                           for i, q in enumerate(b.f["questions"], 1)]
    for key in ("what_to_do_now", "resources", "contact"):
        if b.f[key]:
            review[key] = b.f[key]
    review["themes"] = _themes(review)
    validate(review)
    counts = {key: len(b.f[key]) for key in LIST_FIELDS}
    counts["introduction"] = len(review["introduction"])
    return ImportReport(review, b.unplaced, counts, b.headings)
