"""Whether anything was recorded in a session: the one rule for what a report counts as a
review discussed and what *My CPD so far* (`reflect cpd`) logs, and the words both say it in.

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
left on.

A themed session gathers the questions and recommendations of several reviews. It counts a
review as discussed only where something was recorded on that review's own items
(`reviews_recorded`): an answer with anything in it, or a point typed and not yet added, on
one of its questions (a question several reviews ask in the same words is each one's), or an
action linked to one of its recommendations. A note on a step, the confidence check and last
time's actions belong to the session, not to one review: they make it recorded, and name no
review discussed. Counted by the answers the session held, one answer made every review its
questions came from "discussed" (a trial). Pure: no IO.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.changes import FACILITATOR_DRAFT
from reflect.model.links import source_named
from reflect.model.theme_ids import SOURCES_SEP, is_theme_id
from reflect.text import plural

if TYPE_CHECKING:  # (a report says THEMED_NOTE without loading the session model)
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
            or any(text.strip() for key, text in session.drafts.items()
                   if key != FACILITATOR_DRAFT))  # (a name half typed records nothing)


def reviews_recorded(session: Session) -> tuple[str, ...]:
    """The titles of the reviews a themed session recorded something on (see the module's
    docstring), in the order of its questions, then of its actions; () for a session on one
    review."""
    if not is_theme_id(session.review_id):
        return ()
    typed = {key.removeprefix("point:") for key, text in session.drafts.items()
             if key.startswith("point:") and text.strip()}
    found = [title for a in session.answers if a.has_content or a.question_id in typed
             for title in a.source.split(SOURCES_SEP)]
    sources = {t.strip() for a in session.answers for t in a.source.split(SOURCES_SEP)}
    found += [source_named(act.recommendation, sources) for act in session.actions]
    return tuple(dict.fromkeys(t for t in map(str.strip, found) if t))


THEMED_NOTE = ("A themed session counts a review as discussed only where something was "
               "recorded on that review's own questions or recommendations: an answer or a "
               "point on one of its questions (a question several reviews ask counts for "
               "each), or an action linked to one of its recommendations. Its notes, "
               "confidence check and last time's actions count on the theme's own line only.")
"""What a report says of the rule, where it says what it counts."""


def nothing_to_export(session: Session) -> str:
    """Said by the export dialog's check line and `reflect export` of a session with nothing
    recorded: exported, a CPD record of it was a form with every part "for you to fill in",
    logging the minute it was open, and nothing said so; My CPD so far leaves it out ("" for
    a session with something recorded). A fresh-eyes trial."""
    if anything_recorded(session):
        return ""
    return ("Nothing is recorded in this session yet (no answer, point, action or note): what "
            "is exported has its parts empty, and My CPD so far and the reports do not count "
            "it.")


def nothing_recorded_note(n: int, evidence: str, listed: str) -> str:
    """How many sessions with nothing recorded were left out, and why, for `n` of them ("" for
    none): they are no evidence `evidence` ("that a review was discussed"), and they are
    listed `listed` ("at the end of the report"). A report and the CPD log say it alike."""
    if not n:
        return ""
    one = n == 1
    return (f"{plural(n, 'session')} with nothing recorded {'is' if one else 'are'} not "
            f"counted: {'it holds' if one else 'they hold'} no answer, point, action or note, "
            "and no change to last time's actions (a session started and left at once, say), "
            f"so {'it is' if one else 'they are'} no evidence {evidence}. "
            f"{'It is' if one else 'They are'} listed {listed}.")
