"""Where a carried action had got to when it came here: the progress note a meeting since it
was agreed wrote back to it (`CarriedAction.progress_before`), said wherever the action is
shown, so the room sees it before updating it (a trial: meeting 2's note was nowhere at
meeting 3, and a note typed there replaced it without anyone seeing it).

The box for this meeting's note starts empty: what is typed is this meeting's note, written
back as the action's progress; the earlier note stays in this session's file
(`progress_before`) and notes, and in the notes of the meeting that wrote it.

And what a later meeting noted but could not write back to the session that agreed the action
(refused there: open elsewhere, the file unreadable, or changed there since): its status, its
progress note, its new due date, its owner (`CarriedAction.noted_in`, `progress_noted_in`,
`due_noted_in`, `owner_noted_in`: an owner given there was carried on unsaid, a team lead's
trial). Each is what is carried here, and what that session says is said beside it
until it holds what is shown here (a change made here is written back as any other).
"""

from __future__ import annotations

from reflect.model.carried import CarriedAction
from reflect.model.due import DueSaid, due_words
from reflect.text import listed


def last_noted(c: CarriedAction, say: DueSaid = due_words) -> str:
    """`last noted: “…”`, and `not_written_back` (its due dates as `say` says them); ""
    when no earlier note was carried (or this meeting's note says the same) and what is
    carried is the earlier session's own."""
    before = earlier_note(c)
    noted = f"last noted: “{before}”" if before else ""
    return "; ".join(said for said in (noted, not_written_back(c, say)) if said)


def earlier_note(c: CarriedAction) -> str:
    """The progress note a meeting since the action was agreed wrote, on one line; "" for none,
    or where this meeting's note says the same."""
    before = " ".join((c.progress_before or "").split())
    return before if before != " ".join(c.note.split()) else ""


def not_written_back(c: CarriedAction, say: DueSaid = due_words) -> str:
    """`“Meeting 1” says open: the status noted in “Meeting 2” (in progress) could not be
    written back there`, for each of the status, the progress note, the due date and the owner
    a later meeting noted, while the earlier session holds another than this one shows (`“Meeting 1”
    says open, no progress note: the status and progress note noted in “Meeting 2” (in
    progress; “Booked”) could not …`), its due dates as `say` says them (the app's `due_words`:
    `due end of March (Wed 31 Mar 2027)`); else ""."""
    there = c.known_earlier
    unwritten: list[tuple[str, str, str, str]] = []  # what, there, noted, by whom
    if c.noted_in and there.status != c.status:
        unwritten.append(("status", there.status, c.status_before, c.noted_in))
    if c.progress_noted_in and there.progress != (c.note or c.progress_before or ""):
        unwritten.append(("progress note", f"progress “{there.progress}”" if there.progress
                          else "no progress note", f"“{c.progress_before or ''}”",
                          c.progress_noted_in))
    if c.due_noted_in and (there.due, there.due_date) != c.due_here():
        there_due = say(there.due, there.due_date)
        unwritten.append(("due date", f"due {there_due}" if there_due else "no due date",
                          say(c.due, c.due_date) or "none", c.due_noted_in))
    if c.owner_noted_in and there.owner != c.owner_for_earlier:
        unwritten.append(("owner", f"owner {there.owner}" if there.owner else "no owner",
                          c.owner_for_earlier or "none", c.owner_noted_in))
    if not unwritten:
        return ""
    meetings = list(dict.fromkeys(by for *_, by in unwritten))
    noted = listed([f"the {listed([w for w, *_, b in unwritten if b == by])} noted in “{by}” "
                    f"({'; '.join(n for *_, n, b in unwritten if b == by)})"
                    for by in meetings])
    return (f"“{c.session_label}” says {', '.join(t for _, t, *_ in unwritten)}: {noted} "
            "could not be written back there")


def due_not_a_date(c: CarriedAction, say: DueSaid = due_words) -> str:
    """When the new due date typed here names no date and so stays here, not written over the
    date the earlier session holds (`CarriedAction.new_due_kept_here`): that, and the date it
    keeps (`kept here only: “Meeting 1” keeps due 31 Jan (Sun 31 Jan 2027) until a date is
    typed`, the date as `say` says it: the app's `due_words`); else ""."""
    if not c.new_due_kept_here:
        return ""
    kept = say(*c.due_here())
    return f"kept here only: “{c.session_label}” keeps due {kept} until a date is typed"
