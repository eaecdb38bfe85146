"""Plain mode's actions: last time's, where each has got to (status, said back; a progress
note; a new due date, not asked of one done; and an owner for one agreed with none, not
asked of one done either: `walk.owners`; written back to the session that agreed it, as the
app does), and those agreed now, each with who owns it and when it is due.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from reflect.model.action_words import action_words
from reflect.model.changes import Change
from reflect.model.dates import long_date
from reflect.model.due import OVERDUE, closed, due_day, due_spoken, gone_by, held_spoken
from reflect.model.last_noted import due_not_a_date, last_noted
from reflect.model.moved import done_said
from reflect.model.owners import owner_unlisted
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.session import Action, ActionStatus, CarriedAction
from reflect.model.steps import Step
from reflect.walk.action_change import (
    LIST,
    TO_UNANSWERED,
    UNANSWERED,
    change_action,
    chosen,
    lists,
    no_such_number,
    unanswered_before,
    unanswered_offered,
    word_said,
)
from reflect.walk.dialogue import ADD, END, MOVES, REPLACE, unreplaced
from reflect.walk.due import ask_due, due_kept, kept_due, weekday_said
from reflect.walk.owners import carried_owner, listed_name
from reflect.walk.point_change import ended
from reflect.walk.spoken import ENTER_SKIPS, asked, enter_keeps

if TYPE_CHECKING:
    from reflect.walk.dialogue import Keep
    from reflect.walk.steps import Walk

_STATUSES: dict[str, ActionStatus] = {"o": "open", "p": "in progress", "d": "done",
                                       "x": "dropped"}
STATUS_ASKED = asked("Now?", "o open, p in progress, d done, x dropped, no longer needed",
                     enter_keeps())


def status_typed(got: str) -> ActionStatus | None:
    """The status a letter typed at `STATUS_ASKED` names (its first letter), or a word
    beginning "dr" (`dropped`, `drop`: its `d` is done's); None for any other."""
    said = got.strip().lower()
    return "dropped" if said.startswith("dr") else _STATUSES.get(said[:1])


def ask_carried(w: Walk, step: Step) -> bool:
    d = w.d
    if not w.asks_last_time:  # a script: said (its lines answer what its writer foresaw)
        for c in w.session.carried:
            d.say(_carried_said(c, w.edits.today()))
        d.say(NOT_ASKED)
        return True
    for c in w.session.carried:
        if d.ended:
            return False
        d.say(_carried_said(c, w.edits.today()))
        while True:
            got = d.ask(STATUS_ASKED)
            if got is None:
                return False
            if not got or status_typed(got):
                break
            d.say(f"“{got}” is not o, p, d or x.")
        changed: list[Change | None] = []
        while got and c.status != status_typed(got):  # open → in progress → done → dropped
            changed.append(w.edits.cycle_carried_status(c))
        if got:  # said back, as a date typed is (`d` was not: a trial)
            d.say(f"Marked {c.status}.")
        if c.note.strip():  # noted here before (a session carried on): added to, as a box is
            d.say(f"Noted here so far: “{c.note}”")
        # (done: not where it has got to, a question for one still to do: a trial)
        question = {"done": "Anything to note on it, now it is done?",
                 "dropped": "Why is it no longer needed?"}.get(c.status, "Where has it got to?")
        note = d.ask(asked(question, ADDING if c.note.strip() else ENTER_SKIPS),
                     partial(_keep_note, w, c))
        if note is None:
            return False
        if note:  # said back, as the status is (in silence, "New due date" came next: a trial)
            changed.append(w.edits.set_carried_note(c, noted(c.note, note)))
            d.say(f"Noted: “{c.note}”.")
        d.finished()
        due = "" if closed(c.status) else _new_due(w, c)  # (done, dropped: no date to move)
        if due is None:
            return False
        if due:
            changed.append(w.edits.set_carried_due(c, due))
            if kept := due_not_a_date(c, due_spoken):  # (y to no date: never over a date)
                d.say(f"New due date “{due.strip()}” for “{c.text}”: {kept}.")
        d.finished()
        if not c.owner.strip() and not closed(c.status):  # agreed with no owner: who will do
            # it, as the app's box asks (done: nobody is left to do it, a trial)
            owner = carried_owner(w, c)
            if owner is None:
                return False
            changed.append(w.edits.set_carried_owner(c, owner) if owner else None)
        if any(changed):
            problem = w.write_back(c)
            w.save()
            if problem:
                d.say(f"Saved here; {problem}.")
    return True


NOT_ASKED = ("A script is not asked where these have got to: they are the team's, from its "
             "earlier sessions on any review, so they are left as they are. --answer-last-time "
             "asks; or carry on at a terminal, or in the app.")
"""Said to a script after last time's actions (`Walk.asks_last_time`)."""


def _carried_said(c: CarriedAction, today: date) -> str:
    """Last time's action as it is said, in sentences, as an action agreed already is
    (`agreed_already`): with its owner, its date, as the app shows it (a trial), one typed
    here (carried on), overdue where it is (`CarriedAction.overdue`, the app's word), the note
    last noted, the meeting that agreed it (by the day it was held: `held_spoken`), then its
    status (`Ring the school (Ada; due …; from Last month): open.` was read with brackets)."""
    when = ", ".join(p for p in (
        c.due and f"due {due_spoken(c.due, c.due_date)}",
        c.new_due and f"new due date {due_spoken(c.new_due, c.new_due_date)}",
        OVERDUE if c.overdue(today) else "") if p)
    held = c.session_held  # (the meeting's day; its title where that session is gone)
    came = f"the meeting on {held_spoken(held, today)}" if held else c.session_label
    facts = "; ".join(p for p in (c.owner and f"owner: {c.owner}", when,
                                  last_noted(c, due_spoken), f"from {came}") if p)
    return f"{ended(c.text)} {facts[:1].upper()}{facts[1:]}. Status: {c.status}."


def _keep_note(w: Walk, c: CarriedAction, typed: str) -> str:
    """A progress note half typed when a stop came: kept as typed (written back on the stop,
    `Walk.write_back_carried`)."""
    rest = unreplaced(typed) if c.note.strip() else None  # a stop adds, never replaces
    typed = typed if rest is None else rest
    if not typed.strip():
        return ""
    w.edits.set_carried_note(c, noted(c.note, typed))
    after = "" if rest is None else ", added after the note there: a stop replaces nothing"
    return f"Kept as typed for “{c.text}”: where it has got to, “{typed.strip()}”{after}."


ADDING = f"{enter_keeps()}; what you type is added after it; start with {REPLACE} to replace it"
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
    words, day = c.due_here()  # the model's rule: new words naming no date keep the date
    had = due_day(words, day)

    def keep(words: str) -> str:
        if not words.strip():
            return ""
        if had is not None and w.edits.read_due(words) is None:
            return (f"“{words.strip()}”, typed as the new due date of “{c.text}”, is not used: "
                    f"it names no date, and its date, {long_date(had)}, stays.")
        w.edits.set_carried_due(c, words)
        return f"Kept as typed for “{c.text}”: new {kept_due(w.edits, words)}."

    while True:
        kept = long_date(had) if had else due_kept(words, None) if words.strip() else ""
        due = ask_due(w.d, w.edits, "New due date", enter_keeps(kept) if kept else ENTER_SKIPS,
                      had is not None, keep)
        if not due or had is None or w.edits.read_due(due) is not None:
            return due
        sure = w.d.yes_no(f"Use “{due}” instead of the date it has, {long_date(had)}?", False,
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
    # (none: said without the section's name in straight quotes, read "quote": a trial)
    d.say(blocks_as_text(section_blocks(w.review, "actions"))
          or f"This briefing has no section on what to do now: {words.decide}.")
    for act in session.actions:
        for line in agreed_already(w, act):
            d.say(line)
    listed = " " + lists("what you have decided" if session.mode == "individual"
                         else "the actions agreed") + unanswered_offered(w) \
        if d.at_terminal else ""
    d.say(f"{words.heading}: one at a time, then {words.who_phrase} and when it is due."
          f"{listed}")
    number = ""  # a bare number that numbers no action, or `l`, `u`, `remove` (`word_said`),
    # said so: typed again at once, words
    while True:
        have = len(session.actions)
        change = f"; {'1' if have == 1 else f'a number, 1 to {have},'} changes " \
            f"{'it' if have == 1 else 'that one'}" if have else ""
        text = d.ask(asked(words.one, f"Enter when there are no more{change}"),
                     partial(_keep_action, w))
        if text is None:
            return False
        if (which := chosen(w, text)) is not None:  # (no action "2": the second changed)
            d.finished()
            if not change_action(w, which):
                return False
            continue
        bare = text.rstrip(".")  # (no action "6", with 2 listed: said so, not added)
        if bare.isdecimal() and bare != number:
            number = bare if d.at_terminal else ""
            d.say(no_such_number(bare, have, session.mode == "individual", d.at_terminal))
            if d.at_terminal:
                d.finished()
                continue
        elif d.at_terminal and text.strip().casefold() != number.casefold() and \
                (said := word_said(text, have, session.mode == "individual")) is not None:
            if text.strip().casefold() == UNANSWERED and unanswered_before(w) is not None:
                w.move = TO_UNANSWERED  # (as a resume's `u`: walk/session.py goes there)
                d.finished()
                return False
            number = text.strip()  # (`l`, `u`, `remove`: said, not added; typed again, words)
            if text.strip().casefold() == LIST:
                for act in session.actions:
                    for line in agreed_already(w, act):
                        d.say(line)
            d.say(said)
            d.finished()
            continue
        number = ""
        if text.casefold() in MOVES:  # (no action ".back": the step before, or the next)
            w.move = MOVES[text.casefold()]
            d.finished()
            return False
        if not text or text == END:  # (a `.` alone, as ends an answer: no action ".")
            d.finished()
            break
        action = w.edits.add_action(text)
        d.finished()
        w.save()
        d.say(added_said(w, action))
        if not _ask_owner(w, action):
            return False
        due = ask_due(w.d, w.edits, "Due when?", ENTER_SKIPS,
                      keep=partial(_keep_field, w, action, "due"))
        if due is None:
            return False
        if not due:
            d.say(NO_DUE)
        w.edits.edit_action(action, due=due)  # kept with the date it is read as
        d.finished()
        w.save()
    return True


NO_DUE = "No due date."
"""Said when an action is given no due date: Enter said nothing (a screen reader user's
trial)."""


def added_said(w: Walk, action: Action) -> str:
    """An action just added, said back as typed (`Added action: Ring the school`; on one's
    own, `Added: …`), as a person added is: its text was never said back (a screen reader
    user's trial)."""
    return f"Added{' action' if w.session.mode == 'team' else ''}: {action.text}"


def agreed_already(w: Walk, act: Action) -> list[str]:
    """An action agreed earlier in the session, as `--resume` lists it: with its owner and due
    date, and what is wrong with them and how to mend it (an owner that is no name listed, due
    words that name no date). It was listed with its status alone, an owner `Eve Exa` kept by
    a stop unseen until the export printed it (a trial)."""
    words = action_words(w.session.mode == "individual")
    facts = "; ".join(p for p in (act.owner.strip() and f"{words.who}: {act.owner}",
                                  act.due.strip() and f"due {due_spoken(act.due, act.due_date)}"
                                  + (f", {OVERDUE}" if gone_by(act.status, act.due, act.due_date,
                                                               w.edits.today()) else ""),
                                  f"status: {done_said(act, in_words=True) or act.status}")
                    if p)
    number = f"{w.session.actions.index(act) + 1}. " if act in w.session.actions else ""
    said = f"{number}{words.already}: {ended(act.text)}" + \
        (f" {facts[:1].upper()}{facts[1:]}." if facts else "")  # (sentences, as the notes'
    # plain text says an action: `(due …; open)` was read with brackets, no full stop)
    unlisted = owner_unlisted(w.session, act.owner)
    # due words naming no date: said so once, in `facts` (and why, where that says none);
    # a second line said it twice more, "not a date", "not read as a date" (a trial)
    no_date = bool(act.due.strip()) and due_day(act.due, act.due_date) is None
    unsaid = no_date and due_spoken(act.due, None) == " ".join(act.due.split())  # (`next
    # Friday` with no date, as an older file holds it: said as typed, not said no date)
    wrong = [p for p in (unlisted and f"{words.who} {unlisted}",
                         no_date and weekday_said(act.due, w.edits.today()),
                         unsaid and "its due date is not read as a date") if p]
    if not unlisted and not no_date:
        return [said]
    what = "them" if unlisted and no_date else "its due date" if no_date else "it"
    wrong_said = "; ".join(wrong)
    mend = f"To mend {what}: type {number.rstrip('. ')} below."
    return [said, f"{wrong_said[:1].upper()}{wrong_said[1:]}. {mend}" if wrong else mend]


def _ask_owner(w: Walk, action: Action) -> bool:
    """Who owns `action` (who else is involved); typed as the start of a name listed (`Eve`),
    that name offered at a terminal, as the app's owner box offers it (`walk.owners`); from a
    script, kept as typed and the names said. False at end of input."""
    d, words = w.d, action_words(w.session.mode == "individual")
    owner = d.ask(asked(words.who_question, ENTER_SKIPS),
                  partial(_keep_field, w, action, "owner"))
    if owner is None:
        return False
    if owner == END:  # a `.` alone ends an answer: no owner named "."
        owner = ""
    w.edits.edit_action(action, owner=owner)  # as typed, until a listed name is chosen
    d.finished()
    w.save()
    if not owner:  # (said, as no due date is)
        d.say(f"{words.who}: none.")
    name = listed_name(w, owner, partial(_kept_owner, w, action, owner))
    if name is None:
        return False
    if name != owner:
        w.edits.edit_action(action, owner=name)
        w.save()
    return True


def _kept_owner(w: Walk, action: Action, owner: str, half: str) -> str:
    """A stop while a listed name was offered for `owner`: the owner stays as typed (stored
    already), said so; what was half typed of the choice is not taken."""
    words = action_words(w.session.mode == "individual")
    return f"Kept as typed for “{action.text}”: {words.who.lower()} “{owner}”."


def _keep_action(w: Walk, typed: str) -> str:
    """An action half typed when a stop came: added as typed, with no owner or due date."""
    if typed.strip() in ("", END):
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
