"""What the export dialog says of a personal-details check's result (`ExportScreen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from reflect.model.whose import record_unnamed

if TYPE_CHECKING:
    from reflect.model.session import Session

ANYWAY = "Export anyway (Ctrl+A)"
"""The button exporting the notes as they are past a finding, with its key: it had none, and
a facilitator Tabbed seven times to reach it (a trial). A Ctrl key, never a letter: a word
typed on after Ctrl+O must not send the personal details out."""

NO_NAME = "Your name is not recorded: the record leaves Name blank (F8 records it)."
"""Said first in a record's note where the record has a *Name* and the reflection records
none, the rest of the note shortened to keep it three lines at 80 columns."""


def check_message(n: int, lines: list[str], record: bool, colleagues: str = "",
                  problem: str = "", unattributed: str = "", letters: bool = True,
                  minutes: str = "", nothing: str = "", names: str = "names") -> str:
    """The check's result (`check_lead`), then its notes (`check_notes`), a line each."""
    return "\n".join([check_lead(n, lines, record, letters, names),
                      *check_notes(colleagues, problem, unattributed, minutes, nothing)])


def check_lead(n: int, lines: list[str], record: bool, letters: bool = True,
               names: str = "names") -> str:
    """The check's result: its `n` findings, said in `lines` (with how to settle an "@…"),
    and what can be done about them (a CPD `record` replaces them either way; how it names
    nobody is `record_note`, under the formats). `letters`: whether r and e answer (off once
    typing is seen in the dialog: then the buttons are named, as "(r: …)" was said of an r
    that did not answer, a trial). `names`: whose names it looked for (`names_checked`)."""
    if n:
        them = "it" if n == 1 else "them"
        # A record replaces them whichever way it goes: "export anyway" wrote [redacted]
        # too, and said nothing of it (a trial).
        if not letters:
            choices = (f"A CPD record replaces {them} by [redacted] however it is exported "
                       "(Export redacted names its file as redacted too); Go and edit to "
                       "word it your own way. Tab to a button, then Enter." if record else
                       f"Go and edit {them}, export with {them} replaced by [redacted] (Export "
                       "redacted: in the exported copy only; the session is not changed), or "
                       "export anyway (Ctrl+A). Tab to a button, then Enter.")
        elif record:
            choices = (f"A CPD record replaces {them} by [redacted] however it is exported "
                       f"(r names its file as redacted too); go and edit {them} (e) to word "
                       "it your own way.")
        else:
            choices = (f"Go and edit {them} (e), export with {them} replaced by [redacted] (r: "
                       "in the exported copy only; the session is not changed), or export "
                       "anyway (Ctrl+A).")
        return (f"CHECK: {n} likely personal detail{'' if n == 1 else 's'} found. "
                f"{choices}\n" + "\n".join(lines))
    # What it looked for, and no more: "no likely personal details found" was said over a
    # child's name the check could not then find (a trial).
    return ("Checked for NHS, phone and NI numbers, emails, addresses, postcodes, dates of "
            f"birth and {names}: none found; not every name can be found.")


def names_checked(listed: bool, nameless: bool) -> str:
    """Whose names the check looked for, as its result says them: notes that name people
    (not `nameless`) may name those `listed` on *Who is here*, and only others' are looked
    for. "names: none found" was said over notes naming four people on every point (a
    trial), as though it had missed them; notes by role or agency, and a CPD record, hold
    theirs back too."""
    if not listed:
        return "names"
    return "names, of the people here too" if nameless else "names other than the people here"


def check_notes(colleagues: str = "", problem: str = "", unattributed: str = "",
                minutes: str = "", nothing: str = "") -> list[str]:
    """The notes under the check's result, a `Note: …` each: `colleagues`, the colleagues a
    reflection's notes name; `problem`, why the team session's file could not be read;
    `unattributed`, whose points the notes print "no role or agency given", and what to add
    (`store.exports.unattributed_note`); `minutes`, the time to log for CPD typed and not a
    time, and what is logged instead (`typed_items.minutes_note`); `nothing`, that nothing is
    recorded in the session (`recorded.nothing_to_export`). "" for none of a kind."""
    notes = [f"{colleagues[:1].upper()}{colleagues[1:]} (tick “No names” below)."
             if colleagues else "",  # (notes that name people: a colleague's name is said)
             f"{problem[:1].upper()}{problem[1:]}." if problem else "",
             f"{unattributed[:1].upper()}{unattributed[1:]}." if unattributed else "",
             minutes, nothing]
    return [f"Note: {note}" for note in notes if note]


def first_finding(lines: list[str]) -> tuple[list[str], list[str]]:
    """`finding_lines` split after the first finding (with its advice, indented further)."""
    ends = next((i for i, line in enumerate(lines[1:], 1) if not line.startswith("    ")),
                len(lines))
    return lines[:ends], lines[ends:]


def more_below(lines: list[str], notes: int = 0) -> str:
    """The line under the first finding when the rest, and the `notes` (`check_notes`), are
    said under the formats: at 60x20 with four findings, the first and the "Chosen:" line
    did not both fit above them; at 80x24, with two findings and three notes, the third note
    was out of view under the list of formats. One line at 60 columns (it took two, and the
    list of formats, given the focus, was pushed out of view under the dialog's title)."""
    n = sum(not line.startswith("    ") for line in lines)
    found = f"{n} more finding{'' if n == 1 else 's'}"
    noted = f"{notes} note{'' if notes == 1 else 's'}"
    if n and notes:  # (one line at 60 columns up to 9 findings and 5 notes)
        return f"  … {found}, {noted} under the formats (PgDn)."
    return f"  … and {found if n else noted}, under the formats (PgDn)."


def record_note(named: bool, session: Session | None = None, fmt: str = "") -> str:
    """How a CPD record names nobody (`named`: whether the check knows names to look for, the
    session's participants' or the team session's), said under the formats while a record is
    chosen: over them, six lines at 60x20, it pushed the check's finding out of view as the
    dialog opened on the record's "Chosen:" line (a trial). Three lines at 80 columns at most:
    at 80x24 five were cut after the first, "…never with" (a trial).

    A reflection of your own recording no name (`session`), exported as the account for any
    profession (`fmt`, the record with a *Name*), is told so first (`NO_NAME`): one started
    from an empty form was written with *Name* left blank and nothing said (a trial)."""
    if session is not None and record_unnamed(session, fmt):
        return NO_NAME + (" Anyone else appears by role only; their names, and what looks like "
                          "a name, are replaced by [redacted]." if named else
                          " Anyone else appears by role only, a likely name as [redacted]; "
                          "not every name can be found: read it through before you submit it.")
    if named:
        return ("A CPD record names nobody: participants appear by role only, never with "
                "their organisation; their names, and what looks like a name, are replaced "
                "by [redacted].")
    return ("A CPD record names nobody: anyone in it appears by role only, never with their "
            "organisation; what looks like a name is replaced by [redacted], but not every "
            "name can be found: read it through before you submit it.")


def dialog_title(record: bool) -> str:
    """The dialog's title, as what is chosen: "Export the notes" was its title while a CPD
    record was chosen (a trial)."""
    return "Export your CPD record" if record else "Export the notes"


INTO = " into "
"""Between the dialog's title and the folder it writes into (`titled_into`)."""


def titled_into(title: str, folder: str, width: int, home: str = "") -> str:
    """The dialog's first line: `title`, then the folder the export goes into, shortened to
    the line's `width` (`wrapping.folder_within`: "Export the notes into …/sessions/exports"
    at 60 columns); `title` alone where even the folder's last part has no room. The notes
    and records were named by the session's id and written to a folder nothing named until
    they were written (a health visitor's trial). On the title's line: a line of its own
    under it left the formats' list no room at 80x24 beside the check's findings."""
    from reflect.wrapping import folder_within

    said = title + INTO + folder_within(folder, width - cell_len(title + INTO), home)
    return said if cell_len(said) <= width else title


def check_state(checked: bool, found: bool) -> str:
    """The line under the title: what Ctrl+O does now the check has run, or that it is
    running. "Ctrl+O again exports (once the check finds nothing)" left a teacher unsure
    whether the check had run (it had, and found nothing: a trial); "Nothing found" was said
    over a child's name it could not find (another): what it looked for is said under it.
    Each fits one line at 60 columns: "choose below what to do" took two at 60x20, and with
    the title and the check's findings left the list of formats no room."""
    if not checked:
        return "Checking for personal details first… Esc cancels."
    if found:
        return "The check found something: choose below. Esc cancels."
    return "Checked: Ctrl+O again exports. Esc cancels."


def choose_after_finding(record: bool, letters: bool = True) -> str:
    """What Ctrl+O says when the check found something, having put the focus on Export
    redacted: the buttons there are to choose from, by the names and keys they show, and
    that Ctrl+O again presses the one with the focus (it did nothing more, and Export anyway
    had no key: a facilitator's trial). A CPD record's is "Export", not "Export anyway" (it
    said "Export anyway (its button)", a button a record does not have: a trial). Without
    `letters` (off once typing is seen), by the buttons and Ctrl keys alone."""
    if not letters:
        enter = ("The check found likely personal details: Enter exports redacted (its button "
                 "has the focus; Ctrl+O again too), ")
        if record:
            return enter + "or Tab to Export or Go and edit, then Enter."
        return enter + "Ctrl+A exports anyway, or Tab to Go and edit, then Enter."
    again = " Ctrl+O again exports redacted: its button has the focus."
    if record:
        return ("The check found likely personal details, which a CPD record replaces by "
                "[redacted] either way: choose Export redacted (r) or Export (its button), "
                "or Go and edit (e)." + again)
    return ("The check found likely personal details: choose Export redacted (r), Go and "
            "edit (e), or Export anyway (Ctrl+A)." + again)


def typed_note(summary: str, first_step: str, record: bool = False) -> str:
    """What the dialog says of the items typed but not added (`summary`: `drafts_summary`,
    each named by its kind, step and words): left out unless ticked, or added first, the
    button under it going to `first_step`. It said `1 item typed but not added: 1 action`,
    neither which nor where (a fresh-eyes trial); and "left out of the notes" with a CPD
    `record` chosen (another)."""
    one = summary.startswith("1 ")
    left_out = "the record" if record else "the notes"
    return (f"{summary}. {'It is' if one else 'They are'} left out of {left_out} unless you "
            "tick “Include the items typed but not added” below; or add "
            f"{'it' if one else 'them'} first: the button goes to {first_step}.")
