"""Plain mode: an action agreed earlier in the session changed or removed, by its number.

The actions step lists those agreed already by number (`walk.actions.agreed_already`); the
number typed at the prompt for the next action changes that one: its words, its owner (who
else is involved) and its due date, each kept by Enter, or it is removed. An action added in
plain mode could not be changed there at all: a typo in its due date ("end of Janury") was
kept as words naming no date, and the walk said to mend it in the full-screen app, which a
screen reader user had left it for (a trial).

A reply half typed when a stop comes changes nothing (`Dialogue.ask` with no `keep`: said
not taken), as a reply half typed never replaces what is written.

What Enter keeps is said as plain mode says it elsewhere, with no quotes around it and the
due date in words, not the words typed (`due_spoken`, `_keeps`: `Enter keeps Friday 11
December 2026`, where "next Friday" typed a week before names another Friday now).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.action_words import action_words
from reflect.model.due import due_spoken
from reflect.model.session import Action
from reflect.model.steps import step_index, steps_for
from reflect.walk.dialogue import END, REPLACE
from reflect.walk.due import ask_due
from reflect.walk.owners import listed_name
from reflect.walk.point_change import chosen_number, ended
from reflect.walk.spoken import ENTER_SKIPS, asked, enter_keeps
from reflect.walk.step_list import first_unanswered

if TYPE_CHECKING:
    from reflect.walk.steps import Walk

REMOVE = ("remove", "delete")
"""Typed for an action's words: the action removed."""


def chosen(w: Walk, typed: str) -> Action | None:
    """The action agreed already that `typed` numbers (1 for the first listed; `2.` too, as the
    list says it and as a point's number is taken: `2.` was added as an action), else None."""
    n = chosen_number(typed, len(w.session.actions))
    return None if n is None else w.session.actions[n - 1]


def no_such_number(typed: str, have: int, individual: bool, at_terminal: bool) -> str:
    """Said when `typed`, digits alone, numbers no action agreed already (`have` of them): it
    was taken as an action's words at once (`6`, with 2 listed, added an action called 6),
    where a person typing a bare number at a prompt that changes one by its number meant one
    of the list. At a terminal, typed again at once it is added as words; from a script, whose
    next line answers the next question, it is added as typed, and said so."""
    if individual:
        held = f"it holds {have} so far" if have else "it is empty so far"
        there = f"There is no number {typed} in What I will do: {held}."
    else:
        held = "no actions are agreed yet" if not have else \
            f"{have} {'is' if have == 1 else 'are'} agreed so far"
        there = f"There is no action {typed}: {held}."
    return f"{there} {add_again(typed, individual)}" if at_terminal \
        else f"{there} Taken as typed, as words."


def add_again(typed: str, individual: bool) -> str:
    """How to add `typed` as an action's words after all, where it was said, not added:
    typed again at once."""
    return f"To add {typed} to it as what you will do, type {typed} again." if individual \
        else f"To add an action called {typed}, type {typed} again."


LIST = "l"
"""Typed alone at the prompt for the next action, at a terminal: the actions agreed already
listed, as `l` lists the steps where a resume asks where to carry on (it was added as an
action called l: a trial)."""


def lists(what: str) -> str:
    """How `l` is said where it lists (`what`: "the actions agreed", "the points made"), in one
    way at the actions and at a question's points (the points' line said `.change` and
    `.move`, not `l`, which works there too: a trial)."""
    return f"{LIST} alone lists {what} so far."


UNANSWERED = "u"
"""Typed alone at the prompt for the next action, at a terminal: the walk goes to the first
question left unanswered before the actions (`Walk.move` `TO_UNANSWERED`), as `u` does where
a resume asks where to carry on. It said where `u` works instead ("u goes to a question left
unanswered only when a session carried on asks where to start"), and did nothing: a trial."""

TO_UNANSWERED = "unanswered"
"""`Walk.move` for `UNANSWERED`: walk/session.py goes to the first question left unanswered
(`step_list.first_unanswered`) and carries on from there, as a resume's `u` does."""


def unanswered_before(w: Walk) -> int | None:
    """The index of the first question's step left unanswered before the step the walk is
    at, where `u` goes; None where every question before it is answered."""
    steps = steps_for(w.review, w.session)
    return first_unanswered(w.session, steps, step_index(steps, w.session.current_step))


def unanswered_offered(w: Walk) -> str:
    """Where `u` goes, said with the line before the first action at a terminal (`u alone goes
    to Question 2, the first question left unanswered.`), "" with every question before
    answered. It worked there unsaid, and a listener who had skipped a question with .next
    never heard it could be used (a trial)."""
    at = unanswered_before(w)
    if at is None:
        return ""
    label = steps_for(w.review, w.session)[at].label
    return f" {UNANSWERED} alone goes to {label}, the first question left unanswered."


def word_said(typed: str, have: int, individual: bool) -> str | None:
    """What is said, at a terminal, of `l`, `u`, `remove` or `delete` typed alone at the prompt
    for the next action where it does nothing else (`u` with every question before answered;
    `remove` removes the action being changed): not added, said what to type, and
    (`add_again`) added as words when typed again at once; None for any other reply. They
    were added at once as actions called u and remove (a trial). `l` (`LIST`) lists the
    actions: the caller says them first; `u` with a question left unanswered goes to it (the
    caller: `unanswered_before`)."""
    word = typed.strip().casefold()
    if word == LIST:
        said = "" if have else ("Nothing is in What I will do so far." if individual
                                else "No actions are agreed yet.")
    elif word == UNANSWERED:
        said = ("No question is left unanswered, so u, which goes to the first one left "
                "unanswered, has nowhere to go.")
    elif word in REMOVE:
        said = (f"To remove one, type its number, {'1' if have == 1 else f'1 to {have}'}, "
                f"then {word}." if have else
                "There is nothing to remove yet." if individual else "There is no action to "
                "remove yet.")
    else:
        return None
    return f"{said} {add_again(typed.strip(), individual)}".strip()


def change_action(w: Walk, action: Action) -> bool:
    """Change `action` (its words, owner, due date; Enter keeps each, `=` alone empties the
    owner or the due date) or remove it; False at end of input."""
    d, words = w.d, action_words(w.session.mode == "individual")
    d.say(f"Changing: {ended(action.text)}")
    text = d.ask(asked(words.one, enter_keeps(), "type it corrected, or remove to remove it"))
    if text is None:
        return False
    if text.casefold() in REMOVE:
        w.edits.remove_action(action)
        w.save()
        d.say(f"Removed: {ended(action.text)}")
        return True
    if text and text != END:
        w.edits.edit_action(action, text=text)
        w.save()
        d.say(f"Now: {ended(text)}")
    owner = d.ask(asked(words.who_question, _keeps(action.owner.strip(), action.owner)))
    if owner is None:
        return False
    if owner == REPLACE:
        w.edits.edit_action(action, owner="")
        d.say(f"{words.who}: none.")
    elif owner and owner != END:
        name = listed_name(w, owner, lambda _: "")
        if name is None:
            return False
        w.edits.edit_action(action, owner=name)
    w.save()
    has = due_spoken(action.due, action.due_date) if action.due.strip() else ""
    due = ask_due(d, w.edits, "Due when?", _keeps(has, action.due), empties=True, has=has)
    if due is None:
        return False
    if due == REPLACE:
        w.edits.edit_action(action, due="")
        d.say("No due date.")
    elif due:
        w.edits.edit_action(action, due=due)
    w.save()
    d.finished()
    return True


def _keeps(said: str, held: str) -> str:
    """What Enter keeps, said as a prompt says it: `Enter keeps Friday 11 December 2026; =
    alone for none`, the date in words, not the words typed (`next Friday`, typed a week
    before, names another Friday now); `none yet; Enter to skip` where nothing is held
    (`Enter keeps none; = alone for none`, read aloud, said nothing: a trial)."""
    return f"{enter_keeps(said)}; {REPLACE} alone for none" if held.strip() else \
        f"none yet; {ENTER_SKIPS}"
