"""The export formats as the export dialog offers them: grouped by what they write (the notes;
each CPD record's form), each format named by its kind of file ("Markdown", "Word", "PDF").

Read from the format table (`exports.FORMATS`, `exports.RECORDS`) alone, so a format added
there finds its place: a record's form is its title before its last bracket ("Social Work
England CPD record (Markdown)"), the kind of file its ending's last part. Nineteen formats in a
list at 80x24 scrolled within a box seven lines high, the CPD records nine ↓ down, and at 60x20
the dialog showed one of them at a time (a trial); grouped, four to a line, all show at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reflect.store.exports import FORMATS, RECORDS

NOTES = "Notes"
"""The heading of the formats that are not a record."""

FILE_KINDS = {".md": "Markdown", ".txt": "text", ".html": "web page", ".docx": "Word",
              ".json": "JSON", ".csv": "CSV", ".pdf": "PDF"}
"""What a format is called in its group, by the last part of its file's ending."""


@dataclass(frozen=True)
class FormatGroup:
    title: str
    """What the formats write: "Notes", or a record's form ("NMC reflective discussion form")."""
    record: bool
    """Whether the formats are a CPD record's."""
    formats: tuple[tuple[str, str], ...]
    """Each format's name in `FORMATS` and what it is called in the group ("Word")."""


def file_kind(fmt: str) -> str:
    """`fmt`'s kind of file, as its group names it: "Markdown", "text", "Word", ..."""
    last = "." + FORMATS[fmt].ending.rsplit(".", 1)[-1]
    return FILE_KINDS.get(last, last[1:].upper())


def form_title(fmt: str) -> str:
    """The form a record format fills: its title without the bracket naming its file."""
    title = FORMATS[fmt].title
    form, bracket, _ = title.rpartition(" (")
    return form if bracket and title.endswith(")") and form else title


def format_groups(records_first: bool = False) -> list[FormatGroup]:
    """The notes' formats and each record form's, in the table's order; the records first
    where `records_first` (a reflection of your own: its record is what it is for)."""
    forms: dict[str, list[tuple[str, str]]] = {}
    for fmt in FORMATS:
        if fmt in RECORDS:
            forms.setdefault(form_title(fmt), []).append((fmt, file_kind(fmt)))
    notes = FormatGroup(NOTES, False, tuple((f, file_kind(f)) for f in FORMATS
                                            if f not in RECORDS))
    records = [FormatGroup(title, True, tuple(found)) for title, found in forms.items()]
    return [*records, notes] if records_first else [notes, *records]


def groups_said(named: Callable[[str], str] = lambda fmt: FORMATS[fmt].ending) -> list[str]:
    """The formats for a message, a line for each group (`Notes: .md, .txt, …`, then each
    record's form), each format `named`: by its ending, else as given (by its name). A
    command's mistake listed all 23 with their titles on one line of some 1,500 characters (a
    new user's trial)."""
    return [f"{group.title}: {', '.join(named(fmt) for fmt, _ in group.formats)}"
            for group in format_groups()]


NOTES_FIRST = "md"
"""What a team session's export opens on when no notes format is remembered: Markdown notes."""
RECORD_FIRST = "cpd-docx"
"""What a reflection of your own opens on when nothing is remembered: the reflective account
for any profession, as Word (its first form's Word: `Ctrl+O, Ctrl+O` writes it)."""


def opening_format(individual: bool, remembered: str | None = None, regulator: str = "",
                   remembered_for: str | None = None) -> str:
    """The format the export dialog opens on: `remembered` (the last chosen for this kind of
    session) where it fits, else the first the session is for. A team session's notes are
    never a CPD record: one remembered from a reflection of your own silently wrote a record
    for a team's Ctrl+O, Ctrl+O (a trial).

    A reflection whose CPD choices are for a `regulator` ("swe", "nmc": `CpdChoices.regulator`)
    opens on that regulator's record, in the kind of file of the record it would have opened
    on: a social worker who had ticked Social Work England's standards in F8 was offered the
    any-profession record, which leaves them out (a trial). Unless the record remembered was
    chosen with the choices already for that regulator (`remembered_for`): a choice made with
    them in view is kept."""
    fmt = remembered if remembered in FORMATS and (individual or remembered not in RECORDS) \
        else RECORD_FIRST if individual else NOTES_FIRST
    if not individual or not regulator or regulator == remembered_for or fmt not in RECORDS \
            or fmt.startswith(f"{regulator}-"):
        return fmt
    theirs = f"{regulator}-{fmt.rsplit('-', 1)[-1]}"
    return theirs if theirs in RECORDS else fmt
