"""Plain mode's actions: last time's, where each has got to (status, a progress note, a new
due date, written back to the session that agreed it, as the app does), and those agreed now,
each with who owns it and when it is due.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.action_words import action_words
from reflect.model.changes import Change
from reflect.model.dates import due_words, short_date
from reflect.model.last_noted import last_noted
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.session import ActionStatus, CarriedAction
from reflect.model.steps import Step
from reflect.store.carry import write_back
from reflect.walk_due import ask_due

if TYPE_CHECKING:
    from reflect.walk_steps import Walk

_STATUSES: dict[str, ActionStatus] = {"o": "open", "p": "in progress", "d": "done"}


def ask_carried(w: Walk, step: Step) -> bool:
    d = w.d
    for c in w.session.carried:
        if d.ended:
            return False
        when = due_words(c.due, c.due_date)  # with its date, as the app shows it (a trial)
        who = "; ".join(p for p in (c.owner, f"due {when}" if c.due else "", last_noted(c)) if p)
        d.say(f"{c.text} ({who + '; ' if who else ''}from {c.session_label}): {c.status}.")
        while True:
            got = d.ask("Now? o open, p in progress, d done (Enter keeps it):")
            if got is None:
                return False
            if not got or got.lower()[:1] in _STATUSES:
                break
            d.say(f"'{got}' is not o, p or d.")
        changed: list[Change | None] = []
        while got and c.status != _STATUSES[got.lower()[:1]]:  # open → in progress → done
            changed.append(w.edits.cycle_carried_status(c))
        note = d.ask("Where has it got to? (Enter to skip)")
        if note is None:
            return False
        if note:
            changed.append(w.edits.set_carried_note(c, note))
        due = _new_due(w, c)
        if due is None:
            return False
        if due:
            changed.append(w.edits.set_carried_due(c, due))
        if any(changed):
            problem, held = write_back(w.folder, c)
            if problem is None:
                w.edits.carried_written_back(c, held)
            w.save()
            if problem:
                d.say(f"Saved here; {problem}.")
    return True


def _new_due(w: Walk, c: CarriedAction) -> str | None:
    """A carried action's new due words ("" keeps its due date); words that name no date
    replace a date only when the person says so, as they are written back to the session
    that agreed the action (a typo had replaced its date there: a trial)."""
    had = c.new_due_date if c.new_due else c.due_date
    while True:
        due = ask_due(w.d, w.edits, "New due date (Enter keeps it):", had is not None)
        if not due or had is None or w.edits.read_due(due) is not None:
            return due
        sure = w.d.yes_no(f"Use '{due}' instead of the date it has ({short_date(had)})?", False)
        if sure is None:
            return None
        if sure:
            return due


def ask_agreed(w: Walk) -> bool:
    """The actions agreed (on one's own: what I will do), each with its owner (who else is
    involved) and due date; False at end of input."""
    session, d = w.session, w.d
    words = action_words(session.mode == "individual")
    d.say(blocks_as_text(section_blocks(w.review, "actions"))
          or f"This briefing has no \"What to do now\" section: {words.decide}.")
    for act in session.actions:
        d.say(f"{words.already}: {act.text} ({act.status})")
    d.say(f"{words.heading}: one at a time, then {words.who_phrase} and when it is due.")
    while True:
        text = d.ask(f"{words.one} (Enter when there are no more):")
        if text is None:
            return False
        if not text:
            break
        action = w.edits.add_action(text)
        w.save()
        owner = d.ask(f"{words.who_question} (Enter to skip)")
        if owner is None:
            return False
        w.edits.edit_action(action, owner=owner)
        w.save()
        due = ask_due(w.d, w.edits, "Due when? (Enter to skip)")
        if due is None:
            return False
        w.edits.edit_action(action, due=due)  # kept with the date it is read as
        w.save()
    return True
