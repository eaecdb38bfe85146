"""Plain mode's *Who is here*: the facilitator, each person listed (here? y or n), then
anyone else who is here, a line each (`name, role, agency`).
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
        got = d.ask(f"Facilitator (Enter: {last}, as last time):" if last
                    else "Facilitator (Enter to skip):")
        if got is None:
            return False
        w.edits.set_detail("facilitator", got or last)
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
        got = d.ask("Add someone who is here: name, role, agency (Enter when everyone is in):")
        if got is None:
            return False
        if not got:
            return True
        typed = Participant.parse(got)
        if typed.blank:
            d.say("Type a name, a role or an agency (name, role, agency).")
            continue
        person = w.edits.add_participant(typed.name, typed.role, typed.agency)
        d.say(f"Added: {person.describe()}")
        w.save()
