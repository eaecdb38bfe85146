"""Plain mode's *Who is here*: the facilitator, each person listed (here? y or n), then
anyone else who is here, a line each (`name, role, agency`).

A stop (Ctrl+C, a signal) keeps the facilitator or a person half typed as typed, as Enter
would have taken them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.session import Participant
from reflect.model.steps import Step

if TYPE_CHECKING:
    from reflect.walk_steps import Walk


def ask_people(w: Walk, step: Step) -> bool:
    session, d = w.session, w.d
    if session.facilitator:
        d.say(f"Facilitator: {session.facilitator}")
    else:
        last = w.last_facilitator

        def keep_facilitator(typed: str) -> str:
            if not typed.strip():
                return ""
            w.edits.set_detail("facilitator", typed)
            return f"The facilitator is kept as typed: “{typed.strip()}”."

        got = d.ask(f"Facilitator (Enter: {last}, as last time):" if last
                    else "Facilitator (Enter to skip):", keep_facilitator)
        if got is None:
            return False
        w.edits.set_detail("facilitator", got or last)
        d.finished()
        w.save()
    if w.offered:
        d.say(f"The {w.offered} people on this team's list last time are listed as not yet "
              "here.")
    if session.participants:
        d.say("Say who is here: y for here, n for not here.")
    for person in session.participants:
        here = d.yes_no(f"{person.describe()}: here?", person.attended)
        if here is None:
            return False
        if here != person.attended:
            w.edits.toggle_attended(person)
        w.save()
    while True:
        got = d.ask("Add someone who is here: name, role, agency (Enter when everyone is in):",
                    lambda typed: _keep(w, typed))
        if got is None:
            return False
        if not got:
            d.finished()
            return True
        typed = Participant.parse(got)
        if typed.blank:
            d.finished()
            d.say("Type a name, a role or an agency (name, role, agency).")
            continue
        person = w.edits.add_participant(typed.name, typed.role, typed.agency)
        d.finished()
        d.say(f"Added: {person.describe()}")
        w.save()


def _keep(w: Walk, line: str) -> str:
    """A person half typed when a stop came: listed as here, as typed; what to say of it."""
    typed = Participant.parse(line)
    if typed.blank:
        return ""
    person = w.edits.add_participant(typed.name, typed.role, typed.agency)
    return f"Kept as typed, and listed as here: {person.describe()}."
