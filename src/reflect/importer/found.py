"""What an import read, as `reflect import` and the import preview say it first: the
review's title, partnership, type and summary (`read_said`), and its recommendations with
their status in short (`recommendations_said`), so a learning lead checks them without
opening the file (`reflect import --check` said neither, a trial); and the summary itself,
the first sentence of the introduction (`first_sentence`). Pure: no files, no Textual.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from reflect.importer.parse import ImportReport
from reflect.text import one_line
from reflect.wrapping import cut_at_a_word

SUMMARY_LENGTH = 100
"""The most characters of a review's summary, its line in the library, made by the import."""
_CLAUSE_END = re.compile(r"[,;:]\s|\s[–—(]")
_OPEN = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for",
         "with", "from", "his", "her", "their", "its"}
"""Words a cut summary does not end on: they leave it hanging."""


def first_sentence(text: str, limit: int = SUMMARY_LENGTH) -> tuple[str, int | None]:
    """(the first sentence of `text`, None) where it fits in `limit` characters; else (it cut
    short with "…", the sentence's length): after a clause (a comma, a semicolon, a colon, a
    dash or a bracket) where that keeps half of it or more, else after a word. Cut after a word
    alone, "… was missing from…" read as a sentence cut anywhere (a trial)."""
    s = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    if len(s) <= limit:
        return s, None
    cut = s[: limit - 1]
    clauses = [m.start() for m in _CLAUSE_END.finditer(cut) if m.start() >= limit // 2]
    if clauses:
        cut = cut[:clauses[-1]]
    elif " " in cut:
        cut = cut.rsplit(" ", 1)[0]
        while " " in cut and cut.rsplit(" ", 1)[1].casefold() in _OPEN:  # not "… above an…"
            cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—") + "…", len(s)


CUT_SHORT = ("the summary, the review's line in the library, is the briefing's first "
             "sentence about the case")
"""How the import's note for a summary cut short begins (`cut_said`)."""


def cut_said(length: int, then: str = "write a shorter one as `summary` in the file") -> str:
    """The import's note for a summary cut short (`first_sentence`), ending with what to do
    (`then`: the import preview's names its Summary box)."""
    return (f"{CUT_SHORT} cut short (it runs to {length} characters, over {SUMMARY_LENGTH}): "
            f"{then}")


TITLE_LENGTH = 80
"""The most characters of a title a heading gives (`facts.heading_title`), cut after a word
with "…": it was cut at the 80th character, inside a word ("… moved many times Negle"), and
nothing said (a trial)."""
TITLE_CUT = "the title, the briefing's first heading,"
"""How the import's note for a title cut short begins (`title_cut_said`)."""


def title_cut_said(length: int, then: str = "write a shorter one as `title` in the file") -> str:
    """The import's note for a title cut short (`facts.heading_title`), ending with what to do
    (`then`: the import preview's names its Title box)."""
    return f"{TITLE_CUT} is cut short (it runs to {length} characters, over {TITLE_LENGTH}): {then}"


def read_said(report: ImportReport) -> list[str]:
    """The review's title, partnership, type and summary, a line each ("Title: Child Y"); a
    summary cut short says so (`ImportReport.summary_cut`)."""
    review = report.review
    said = [f"{label}: {one_line(str(review.get(key, '')))}" for label, key in (
        ("Title", "title"), ("Partnership", "partnership"), ("Review type", "review_type"),
        ("Summary", "summary"))]
    if report.summary_cut is not None:
        said[-1] += " (cut short: see the note below)"
    if any(note.startswith(TITLE_CUT) for note in report.warnings):
        said[0] += " (cut short: see the note below)"
    return said


REC_WORDS = 60
"""The most cells of a recommendation's words `recommendations_said` gives."""
STATUS_WORDS = 30
"""... and of its status."""


def recommendations_said(review: dict[str, Any]) -> list[str]:
    """Each recommendation on a line, numbered, its title and words cut short, and its status
    in short: "2. The partnership reviews its escalation policy… (status: Completed)"."""
    out = []
    for n, rec in enumerate(review.get("recommendations", []), 1):
        words = (f"{rec['title']}: " if rec.get("title") else "") + str(rec.get("text", ""))
        update = rec.get("update")
        status = f"status: {cut_at_a_word(update, STATUS_WORDS)}" if update else \
            "no status given"
        out.append(f"{n}. {cut_at_a_word(words, REC_WORDS)} ({status})")
    return out


KIND_SAID = {"pdf": ("a PDF", (".pdf",)), "docx": ("a Word document", (".docx",)),
             "html": ("a web page", (".html", ".htm", ".xhtml")),
             "md": ("Markdown", (".md", ".markdown")), "txt": ("text", (".txt", ".text"))}
"""Each kind of file (`sources.KINDS`) in words, and the endings of a name that give it."""


def read_as(name: str, kind: str) -> list[str]:
    """["Read as a Word document, by what it holds: its name ends in .pdf"] where the file's
    content gave another kind (`sources.sniff`) than its name's ending does (a PDF with no
    ending too), so a learning lead who sends the file on knows what it is; else []. A Word
    file named .pdf was read as Word, nothing said (a trial)."""
    said, endings = KIND_SAID[kind]
    suffix = PurePath(name).suffix.lower()
    plain = not re.search(r"[a-z]", suffix)  # no ending, or digits ("v2.1"): no ending
    if suffix in endings or (plain and kind == "txt"):
        return []
    named = "its name has no ending" if plain else f"its name ends in {suffix}"
    return [f"Read as {said}, by what it holds: {named}"]
