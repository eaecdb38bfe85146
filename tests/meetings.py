"""An invented team meeting on the invented review (child-zz), for the tests of who was there
when and who said what (model/arrival.py, model/time_edits.py): Lee Madeup facilitating, Pat
Example, a health visitor, listed first, and one other after. Every name and point is
invented."""

from __future__ import annotations

from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session

MEETING_ID = "20261206-child-zz-00000001"


def meeting_of_pat_and(review: Review, other: Participant, *, team: str = "Team Blue",
                       session_id: str = MEETING_ID) -> Session:
    """`team`'s meeting ("`team` meeting"), Lee Madeup facilitating: Pat Example, a health
    visitor, then `other`."""
    return Session.start(review, session_id, title=f"{team} meeting", team=team,
                         facilitator="Lee Madeup", participants=[
                             Participant(name="Pat Example", role="Health visitor"), other])


def point_on_question_1(session: Session, text: str = "Ask about the invented fathers",
                        by: str = "") -> None:
    """`session`'s one point on Question 1 (zz-first): `text`, said by the participant whose
    id is `by` ("": nobody named)."""
    session.answer("zz-first").points = [Point(text=text, by=by)]  # type: ignore[union-attr]


def opened(review: Review, session: Session) -> SessionEdits:
    """`session`'s edits as the app and plain mode open it: its questions as `review` asks
    them now."""
    edits = SessionEdits(session)
    edits.sync_questions(review)
    return edits
