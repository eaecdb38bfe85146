"""Whether anything was recorded in a session: the one rule for what a report counts as a
review discussed.

A session started and left at once (say, to see what the steps are) holds what starting it
put there — its title, team and facilitator, who was expected, the time plan — and nothing
the meeting or the practitioner said. Counted, it told a partnership's learning lead that a
review was discussed when nothing shows it was.

Something is recorded when the session holds any of:

- an answer with anything in it: a point, a summary, What? / So what? / Now what?, other
  thoughts;
- an agreed action (on your own, something under *What I will do*);
- a note on a step;
- on your own, what you will do differently;
- one of last time's actions gone through: its status moved on, a progress note or a new due
  date typed;
- the room's confidence check, answered by at least one person;
- text typed into a box and not yet added (a point, an action, a person), as the notes can
  include it.

Not on their own: the title, team and facilitator; who is listed and who is ticked as here
(set when the session is started, and a file does not say whether a tick came later); the time
plan and the time spent, or minutes typed for CPD; the CPD record's choices; the step it was
left on. Pure: no IO.
"""

from __future__ import annotations

from reflect.model.session import Session


def anything_recorded(session: Session) -> bool:
    """True when the session holds something recorded (see the module's docstring)."""
    return (any(a.has_content for a in session.answers)
            or bool(session.actions)
            or any(text.strip() for text in session.notes.values())
            or bool(session.differently.strip())
            or any(c.status != c.status_before or c.note.strip() or c.new_due.strip()
                   for c in session.carried)
            or any(c.answers for c in session.confidence or [])
            or any(text.strip() for text in session.drafts.values()))
