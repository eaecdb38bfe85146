"""Plain mode's actions: last time's, where each has got to (status, a progress note, a new
due date, written back to the session that agreed it, as the app does), and those agreed now,
each with who owns it and when it is due.

Every reply here that a person types in their own words is kept as typed when a stop (Ctrl+C,
a signal) comes half way through it: an action, its owner, its due words (with the date they
are read as, as the app's due box keeps them), a progress note; and what a stop keeps is said.
Last time's actions changed here are written back on the stop (`Walk.write_back_carried`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from reflect.model.action_words import action_words
from reflect.model.changes import Change
from reflect.model.dates import due_words, short_date
from reflect.model.last_noted import last_noted
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.session import Action, ActionStatus, CarriedAction
from reflect.model.steps import Step
from reflect.walk_dialogue import ADD, REPLACE
from reflect.walk_due import ask_due, kept_due

if TYPE_CHECKING:
    from reflect.walk_dialogue import Keep
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
        if c.note.strip():  # noted here before (a session carried on): added to, as a box is
            d.say(f"Noted here so far: “{c.note}”")
        note = d.ask(f"Where has it got to? ({ADDING if c.note.strip() else 'Enter to skip'})",
                     partial(_keep_note, w, c))
        if note is None:
            return False
        if note:
            changed.append(w.edits.set_carried_note(c, noted(c.note, note)))
        d.finished()
        due = _new_due(w, c)
        if due is None:
            return False
        if due:
            changed.append(w.edits.set_carried_due(c, due))
        d.finished()
        if any(changed):
            problem = w.write_back(c)
            w.save()
            if problem:
                d.say(f"Saved here; {problem}.")
    return True


def _keep_note(w: Walk, c: CarriedAction, typed: str) -> str:
    """A progress note half typed when a stop came: kept as typed (written back on the stop,
    `Walk.write_back_carried`)."""
    if not typed.strip():
        return ""
    w.edits.set_carried_note(c, noted(c.note, typed))
    return f"Kept as typed for “{c.text}”: where it has got to, “{typed.strip()}”."


ADDING = f"Enter keeps it; what you type is added after it; start with {REPLACE} to replace it"
"""What a reply to a progress note noted here already does to it."""


def noted(before: str, typed: str) -> str:
    """A progress note (one line, as the app's box holds it) once `typed` is given: `before`
    with `typed` after it; or, when `typed` starts with `REPLACE`, the rest of `typed` alone.
    (A note typed when the session was carried on replaced the one noted here before, which
    was not shown: as a box's notes did, a trial.)"""
    start = typed.strip()
    if start.startswith(REPLACE):
        return start[len(REPLACE):].strip()
    more = start.removeprefix(ADD).strip()
    if not more or not before.strip():
        return more or before
    before = before.rstrip()
    return f"{before} {more}" if before.endswith((".", "!", "?")) else f"{before}; {more}"


def _new_due(w: Walk, c: CarriedAction) -> str | None:
    """A carried action's new due words ("" keeps its due date); words that name no date
    replace a date only when the person says so, as they are written back to the session
    that agreed the action (a typo had replaced its date there: a trial). Stopped with words
    typed, they are kept as Enter would have kept them, words naming no date unconfirmed:
    not used."""
    had = c.new_due_date if c.new_due else c.due_date

    def keep(words: str) -> str:
        if not words.strip():
            return ""
        if had is not None and w.edits.read_due(words) is None:
            return (f"“{words.strip()}”, typed as the new due date of “{c.text}”, is not used: "
                    f"it names no date, and its date ({short_date(had)}) stays.")
        w.edits.set_carried_due(c, words)
        return f"Kept as typed for “{c.text}”: new {kept_due(w.edits, words)}."

    while True:
        due = ask_due(w.d, w.edits, "New due date (Enter keeps it):", had is not None, keep)
        if not due or had is None or w.edits.read_due(due) is not None:
            return due
        sure = w.d.yes_no(f"Use '{due}' instead of the date it has ({short_date(had)})?", False,
                          partial(_unconfirmed, keep, due))  # (a stop: n, Enter's answer)
        if sure is None:
            return None
        if sure:
            return due


def _unconfirmed(keep: Keep, words: str, half: str) -> str:
    """A stop while asked whether to use `words` naming no date: `keep` given them unconfirmed,
    as n (Enter's answer) leaves them."""
    return keep(words)


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
        text = d.ask(f"{words.one} (Enter when there are no more):", partial(_keep_action, w))
        if text is None:
            return False
        if not text:
            d.finished()
            break
        action = w.edits.add_action(text)
        d.finished()
        w.save()
        owner = d.ask(f"{words.who_question} (Enter to skip)",
                      partial(_keep_field, w, action, "owner"))
        if owner is None:
            return False
        w.edits.edit_action(action, owner=owner)
        d.finished()
        w.save()
        due = ask_due(w.d, w.edits, "Due when? (Enter to skip)",
                      keep=partial(_keep_field, w, action, "due"))
        if due is None:
            return False
        w.edits.edit_action(action, due=due)  # kept with the date it is read as
        d.finished()
        w.save()
    return True


def _keep_action(w: Walk, typed: str) -> str:
    """An action half typed when a stop came: added as typed, with no owner or due date."""
    if not typed.strip():
        return ""
    w.edits.add_action(typed.strip())
    words = action_words(w.session.mode == "individual")
    return f"Kept as typed, in {words.heading}: “{typed.strip()}”."


def _keep_field(w: Walk, action: Action, field: str, typed: str) -> str:
    """An action's owner or due words half typed when a stop came: kept as typed (due words
    with the date they are read as, `kept_due`)."""
    if not typed.strip():
        return ""
    w.edits.edit_action(action, **{field: typed.strip()})
    words = action_words(w.session.mode == "individual")
    said = kept_due(w.edits, typed) if field == "due" else \
        f"{words.who.lower()} “{typed.strip()}”"
    return f"Kept as typed for “{action.text}”: {said}."
