"""Plain mode's owners: a name listed offered for the start of it typed (`Eve`), as the app's
owner box offers it in grey (`model.owners`), for an action agreed now and for one of last
time's actions agreed with no owner, which is asked who will do it, as the app's owner box on
*Last time's actions* asks (`SessionEdits.set_carried_owner`: written back to the session that
agreed it, as a progress note is, by `ask_carried`). Plain mode did not ask: an action agreed
with no owner stayed ownerless however many meetings walked past it (a team lead's trial).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from reflect.model.action_words import action_words
from reflect.model.owners import completions, owner_names
from reflect.walk.dialogue import END, numbered
from reflect.walk.spoken import ENTER_SKIPS, asked, enter_keeps

if TYPE_CHECKING:
    from reflect.model.session import CarriedAction
    from reflect.walk.dialogue import Dialogue, Keep
    from reflect.walk.steps import Walk

NO_OWNER = asked("No owner yet. Who will do it?", ENTER_SKIPS)
"""Asked of one of last time's actions agreed with no owner (the app's owner box says
`No owner yet: type who will do it`)."""


def listed_name(w: Walk, typed: str, keep: Keep) -> str | None:
    """The owner `typed` is to be: typed as the start of a name listed (`Eve`), that name
    offered at a terminal (y, or Enter, takes it; n keeps what was typed), several by their
    numbers; from a script, `typed`, and the names said (its next line answers the next
    question). None at end of input, `keep` given what was half typed of the choice."""
    d, words = w.d, action_words(w.session.mode == "individual")
    offered = completions(typed, owner_names(w.session))
    if not offered:
        if typed.strip():  # said back, as a name taken from the list is
            d.say(f"{words.who}: {typed}.")
        return typed
    if not d.at_terminal:  # a script's next line answers the next question: said, never asked
        d.say(f"{words.who}: “{typed}”, as typed; the names listed: {', '.join(offered)}.")
        return typed
    if len(offered) == 1:
        yes = d.yes_no(f"{words.who} “{typed}”: {offered[0]}, as listed?", True, keep)
        name = None if yes is None else offered[0] if yes else ""
    else:
        name = _which(d, typed, offered, keep)
    if name is None:
        return None
    if name:
        d.say(f"{words.who}: {name}.")
    d.finished()
    return name or typed


def _which(d: Dialogue, typed: str, offered: list[str], keep: Keep) -> str | None:
    """One of the names listed that `typed` starts, by its number; "" keeps `typed` as it is
    (Enter); None at end of input."""
    d.say(f"“{typed}” starts {len(offered)} names listed:")
    for n, name in enumerate(offered, 1):
        d.say(f"  {n}. {name}")
    while True:
        got = d.ask(asked(f"Which? 1 to {len(offered)}", enter_keeps(f"“{typed}” as typed")), keep)
        if got is None or not got:
            return got
        if (which := numbered(got, len(offered))) is not None:
            return offered[which - 1]
        d.say(f"“{got}” is not a number from 1 to {len(offered)}.")


def carried_owner(w: Walk, c: CarriedAction) -> str | None:
    """Who will do last time's action `c`, agreed with no owner: "" none (Enter, or a `.`
    alone, as ends an answer: no owner named "."), else the name (a listed one its letters
    start offered, `listed_name`). None at end of input; a stop keeps what was typed, as the
    app's box keeps it (given to `c` here, and written back on the stop)."""
    owner = w.d.ask(NO_OWNER, partial(_keep_owner, w, c))
    if owner is None:
        return None
    owner = "" if owner == END else owner
    if not owner:
        w.d.finished()
        return ""
    w.d.finished()
    return listed_name(w, owner, partial(_kept_typed, w, c, owner))


def _keep_owner(w: Walk, c: CarriedAction, typed: str) -> str:
    """An owner half typed for `c` when a stop came: kept as typed."""
    if not typed.strip() or typed.strip() == END:
        return ""
    return _kept_typed(w, c, typed.strip(), "")


def _kept_typed(w: Walk, c: CarriedAction, owner: str, half: str) -> str:
    """A stop while a listed name was offered for `owner`: it is given to `c` as typed, said
    so; what was half typed of the choice is not taken."""
    w.edits.set_carried_owner(c, owner)
    return f"Kept as typed for “{c.text}”: owner “{owner}”."
