"""Text typed into a form but never added (drafts): said before anything is exported, and put
into the notes when the person asks, each item marked as typed but not added.

A session keeps what was typed into the point, action and person forms but not added
(`Session.drafts`, by `draft_key`). Notes are made from the items added, so without this a
point typed and never added would be left out with no word. Each is named as everywhere else
reflect says it (model/typed_items.py).

Pure: no files, no Textual.
"""

from __future__ import annotations

from reflect.model.dates import read_date
from reflect.model.session import Action, Participant, Point, Session
from reflect.model.typed_items import typed_items
from reflect.text import plural

MARK = "(typed but not added)"
"""How an item typed but not added is marked in exported notes."""

WORDS = MARK.strip("()")
"""The mark without its brackets: a person's mark goes inside the brackets the notes already
put round their role and agency (`Fay (Invented nurse, typed but not added)`)."""


def drafts_summary(session: Session) -> str:
    """`2 items typed but not added: a point on Question 3 (“Ask the GP”); an action on What
    to do now (owner “Sam”, due “Friday” — no What yet)`, each named by its kind, its step
    and its words in short (`TypedItem.named`); "" when there are none."""
    found = typed_items(session)
    if not found:
        return ""
    return (f"{plural(len(found), 'item')} typed but not added: "
            f"{'; '.join(item.named for item in found)}")


def with_drafts(session: Session) -> Session:
    """A copy with each item typed but not added added to its list, marked `MARK`, and no
    drafts left (so nothing is printed twice). No drafts: this session, unchanged."""
    if not typed_items(session):
        return session
    copy = session.model_copy(deep=True)
    drafts = copy.drafts

    def typed(key: str) -> str:
        return " ".join(drafts.get(key, "").split())

    for answer in copy.answers:
        if text := typed(f"point:{answer.question_id}"):
            answer.points.append(Point(text=f"{text} {MARK}"))
    text, owner, due = typed("action:text"), typed("action:owner"), typed("action:due")
    if text or owner or due:
        copy.add_action(Action(text=f"{text} {MARK}".strip(), owner=owner, due=due,
                               due_date=read_date(due, copy.updated.date())))
    name, role, agency = typed("person:name"), typed("person:role"), typed("person:agency")
    if name or role or agency:
        copy.add_participant(_marked_person(name, role, agency))
    copy.drafts = {}
    return copy


def _marked_person(name: str, role: str, agency: str) -> Participant:
    """A person typed but not added, marked once: the mark's words are the last part of what
    the notes print after the name (`Name (role, agency, typed but not added)`, or `Name
    (typed but not added)`), so no format prints the mark in double brackets."""
    if agency:
        return Participant(name=name, role=role, agency=f"{agency}, {WORDS}")
    return Participant(name=name, role=f"{role}, {WORDS}" if role else WORDS)
