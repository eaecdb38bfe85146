"""Plain mode's facilitator, first on *Who is here*: asked, and at a terminal asked again each
time the step is reached, as the app's Facilitator box can be typed into at any time.

- **None yet**: asked (Enter: last time's facilitator). A name half typed when a stop comes
  (Ctrl+C, Ctrl+D after typing) is not made the facilitator: it is kept aside and offered,
  said as half typed, when the walk is carried on (Enter takes it), as *Your name* is
  (walk/half_name.py). Made the facilitator as typed, it was never asked again (a trial).
- **One already** (at a terminal): Enter keeps the name; a name typed corrects it or hands
  over, by the app's rule (`RenameEdits.corrects_facilitator`, model/handover.py): a correction is
  followed by all that named them, a new facilitator leaves what the one before did theirs,
  listed here, and `GIVE` gives it to the new name after all (again: gives it back), as the
  app's Ctrl+Y. A name half typed at a stop replaces nothing. From a script the name is said,
  not asked: the script's next line is an answer to the next question. (Plain mode never let
  the facilitator be corrected or handed over: a trial.)
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from reflect.model.handover import Handover
from reflect.model.presence import given_said
from reflect.walk.half_name import FACILITATOR
from reflect.walk.spoken import ENTER_SKIPS, asked, enter_for, enter_keeps

if TYPE_CHECKING:
    from reflect.walk.steps import Walk

GIVE = "g"
"""Typed after a handover: what stayed with the one before given to the new facilitator (the
app's Ctrl+Y); again, given back."""


def ask_facilitator(w: Walk) -> bool:
    """The facilitator asked, or said; False at the end of input (what was typed is kept, or
    said not taken, first)."""
    session, d = w.session, w.d
    now = session.facilitator.strip()
    if now and not d.at_terminal:
        d.say(f"Facilitator: {now}")
        return True
    if now:
        got = d.ask(asked("Facilitator", enter_keeps(now), "type the name corrected, or the "
                          "name of whoever takes over"), lambda half: _not_replaced(half, now))
    else:
        half = FACILITATOR.offered(session, d)
        default = half or w.last_facilitator
        got = d.ask(asked("Facilitator", enter_for(half) if half else
                          enter_for(f"{default}, as last time") if default else ENTER_SKIPS),
                    partial(FACILITATOR.keep, w.edits))
        got = got if got is None else got or default
    if got is None:
        return False
    if got and got != now:
        correction = w.edits.corrects_facilitator(got)  # (judged as the edit will judge it)
        w.edits.set_detail("facilitator", got)
        given = w.edits.given_in_run()  # (the points kept as typed for the name: theirs)
        handover = w.edits.end_renaming()  # (the name typed is left, as the app's box is)
        d.finished()
        w.save()
        if now and correction:
            d.say(f"The facilitator's name is corrected: {got}, in place of {now}.")
        elif now and handover is None:
            d.say(f"{got} is now the facilitator.")
        if given is not None:
            d.say(given_said(*given, lead="{} is the facilitator"))
    d.finished()
    return _offer_handover(w) if d.at_terminal else True


def _not_replaced(half: str, now: str) -> str:
    """A name half typed over the facilitator's when a stop came: not taken."""
    half = " ".join(half.split())
    return f"“{half}”, typed but not entered, was not taken: {now} is still the facilitator." \
        if half else ""


def _offer_handover(w: Walk) -> bool:
    """After a handover (now, or with the session carried on): what stays with the one before
    said, as the app's line says it (`Handover.said`), and `GIVE` offered until Enter. False
    at the end of input."""
    session, d = w.session, w.d
    handover: Handover | None = w.edits.handover()
    given: tuple[int, int] | None = None
    while handover is not None:
        d.say(handover.said(session, GIVE) if given is None else
              handover.given_said(session, given, GIVE))
        got = d.ask(f"Type {GIVE} for that, or Enter to carry on:")
        if got is None:
            return False
        if not got:
            return True
        if got.casefold() != GIVE:
            d.say(f"“{got}” is not an answer here: type {GIVE}, or press Enter.")
            continue
        if given is None:
            kept = handover.kept(session)
            if w.edits.give_to_facilitator(handover) is not None:
                given = kept
        elif w.edits.give_back() is not None:
            given = None
        w.save()
    return True
