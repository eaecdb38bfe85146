"""SessionEdits: the one writer of an open session.

Every change the walkthrough makes to a `Session` goes through a method here. Each returns a
small typed change saying what changed (or None when nothing did), so the screen knows what
to save and redraw without asking which widget sent it; and each records what it needs to be
undone (`undo()`). No Textual here: the UI calls these and posts what they return.

Fields are named by typed keys (`AnswerField`, `DetailField`, `TextKey`), never by parsing a
widget's id; the keys and the changes are defined in changes.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reflect.model import arrival, presence
from reflect.model.changes import (
    FACILITATOR_DRAFT,
    MINUTES_DRAFT,
    ActionsChanged,
    AnswerChanged,
    AnswerField,
    AnswerKey,
    CarriedChanged,
    Change,
    ConfidenceChanged,
    CpdMinutesChanged,
    DetailField,
    DetailsChanged,
    DifferentlyChanged,
    DifferentlyKey,
    DraftChanged,
    NotesChanged,
    NotesKey,
    PeopleChanged,
    PointsChanged,
    TextKey,
    WordingKept,
    next_status,
)
from reflect.model.clean import as_lines
from reflect.model.cpd_edits import CpdEdits
from reflect.model.dates import read_date
from reflect.model.given import edited_here
from reflect.model.handover import HandoverEdits
from reflect.model.late_team import LateTeamEdits
from reflect.model.point_move_edits import PointMoveEdits
from reflect.model.review import Question, Review
from reflect.model.reworded import asked_as, same_words
from reflect.model.room_edits import RoomSenderEdits
from reflect.model.session import (
    Action,
    CarriedAction,
    Confidence,
    ConfidencePhase,
    EarlierHeld,
    Participant,
    Point,
    Session,
)
from reflect.model.time_edits import TimeEdits
from reflect.model.undo import Removed, keep_items, keep_lists, taken_out


class SessionEdits(CpdEdits, RoomSenderEdits, HandoverEdits, PointMoveEdits, LateTeamEdits,
                   TimeEdits):
    """The only code that changes an open `Session`."""

    def __init__(self, session: Session, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.session = session
        self.today = today
        """The day relative due dates ("next Friday") are read from."""

    # --- free text -------------------------------------------------------------------------

    def sync_questions(self, review: Review) -> list[arrival.Moved]:
        """On opening: an answer for every question the review has, and an arrival saved
        after a point of that person's own (a file from before the rule) moved to the point's
        step (model/arrival.py), returned for the opener to say (not undoable); and the step
        the meeting is on, the one it opens on (`meeting_as_opened`)."""
        self.session.sync_questions(review)
        self.review = review  # (its steps' order: model/arrival.py)
        self.meeting_as_opened()
        return self._follow_points()

    def offer_last_time(self, people: Sequence[Participant],
                        carried: Sequence[CarriedAction], minutes: int = 0) -> None:
        """On starting a team session: the team's participants last time (as given: not yet
        here), its open actions from earlier sessions and the length it last planned
        (`minutes`), offered as the app's new-session form offers them (not undoable: nobody
        typed them)."""
        for person in people:
            self.session.add_participant(person)
        self.session.carried = list(carried)
        self.session.timing.minutes = minutes

    def set_text(self, key: TextKey, text: str) -> Change | None:
        """Set the free-text box `key` names (an answer's field, notes, what I'll do instead)."""
        if isinstance(key, AnswerKey):
            return self.set_answer(key.question_id, key.field, text)
        if isinstance(key, NotesKey):
            return self.set_notes(key.step_key, text)
        return self.set_differently(text)

    def text(self, key: TextKey) -> str:
        """What the box `key` names holds now."""
        if isinstance(key, AnswerKey):
            answer = self.session.answer(key.question_id)
            return "" if answer is None else str(getattr(answer, key.field))
        if isinstance(key, NotesKey):
            return self.session.notes.get(key.step_key, "")
        return self.session.differently

    def set_answer(self, question_id: str, field: AnswerField, text: str) -> Change | None:
        answer = self.session.answer(question_id)
        if answer is None:
            return None
        typed = {"last_typed": field} if self.session.mode == "individual" else None
        return self._set(answer, field, text, AnswerChanged(question_id, field),
                         merge_key=AnswerKey(question_id, field), also=typed)  # (`carry_on_box`)

    def keep_under_new_wording(self, question: Question) -> Change | None:
        """The answers given under other words than `question` has now (model/reworded.py)
        stand under its words: the note above them goes, and the words they were given under
        are kept with them (`Answer.given_under`, the first such words) for the notes to say.
        None where there is nothing to keep (the same words, or no answer). Undone by `undo`,
        or by `take_back` after other changes: it changes no text typed."""
        answer = self.session.answer(question.id)
        if answer is None or asked_as(answer, question) is None:
            return None
        before = (answer.question, answer.source, answer.origin, answer.given_under)
        first = answer.given_under or answer.question
        answer.given_under = None if same_words(first, question.text) else first
        answer.question = question.text
        answer.follow(question)  # its source and origin as a new answer takes them

        def restore() -> None:
            answer.question, answer.source, answer.origin, answer.given_under = before

        return self._record(WordingKept(question.id), restore)

    def set_notes(self, step_key: str, text: str) -> Change | None:
        text = as_lines(text)  # set in place, so not validated by pydantic
        notes = self.session.notes
        before = notes.get(step_key, "")
        if before == text:
            return None
        if text:
            notes[step_key] = text
        else:
            notes.pop(step_key, None)

        def restore() -> None:
            if before:
                notes[step_key] = before
            else:
                notes.pop(step_key, None)

        return self._record(NotesChanged(step_key), restore, merge_key=NotesKey(step_key))

    def set_differently(self, text: str) -> Change | None:
        return self._set(self.session, "differently", text, DifferentlyChanged(),
                         merge_key=DifferentlyKey())

    def set_cpd_minutes(self, minutes: int | None, unread: str = "") -> Change | None:
        """The minutes to log for CPD (None: the time measured), and what the box holds when
        it is not a time (`unread`, kept as typed: `MINUTES_DRAFT`; "" forgets it)."""
        kept = self.session.set_draft(MINUTES_DRAFT, unread)
        change = self._set(self.session, "minutes_spent", minutes, CpdMinutesChanged(),
                           merge_key="cpd")
        return change or (DraftChanged(MINUTES_DRAFT) if kept else None)

    def set_detail(self, field: DetailField, value: str) -> Change | None:
        """The session's title, team or facilitator (what named them following: rename_edits)."""
        if field == "facilitator":
            if value.strip():  # (a name typed: one half typed before is no longer offered)
                self.session.set_draft(FACILITATOR_DRAFT, "")
            return self.rename_facilitator(value)
        return self._set(self.session, field, value.strip(), DetailsChanged(field),
                         merge_key=("detail", field))

    # --- drafts ----------------------------------------------------------------------------

    def set_draft(self, key: str, text: str) -> Change | None:
        """Keep (or, when empty, forget) text typed into a form but not yet added. Drafts are
        not undone: they are what is in the form."""
        return DraftChanged(key) if self.session.set_draft(key, text) else None

    # --- participants ----------------------------------------------------------------------

    def add_participant(self, name: str = "", role: str = "", agency: str = ""
                        ) -> Participant:
        """Add someone (attending), given the points kept as typed for them (`presence.give_kept`:
        "… notes @Alex" typed before Alex Example, late, was listed stayed nobody's, "@Alex"
        in the notes, a trial); `presence.added_said` says which. Added after the meeting has
        moved on, they arrived during the step it is on (`TimeEdits.meeting_at`). Returns them;
        the change is always `PeopleChanged`, one to undo."""
        restore = keep_lists(self.session.participants,
                             *(answer.points for answer in self.session.answers))
        person = self.session.add_participant(Participant(
            name=name, role=role, agency=agency, arrived_during=self.meeting_at))
        presence.give_kept(self.session, person)
        self._record(PeopleChanged(), restore)
        return person

    def toggle_attended(self, person: Participant) -> Change:
        """Space on *Who is here*: someone here marked away (`mark_here`), anyone else here."""
        return self.mark_here(person, person.presence != "here")

    def mark_here(self, person: Participant, here: bool) -> Change:
        """`person` here, or away: left early or not here, as model/presence.py says."""
        return self._record(PeopleChanged(), self.marked(person, here),
                            removed=Removed("marking", person, PeopleChanged()))

    def remove_participant(self, person: Participant, into: Participant | None = None,
                           **values: str | bool | None) -> Change | None:
        """Remove someone; points they made stay, without their name (those given them from
        an "@…" kept as typed again, `presence.taken_off`), or become `into`'s (the same
        person, listed twice), whose fields become `values`: one change to undo."""
        if person not in self.session.participants or into is person:
            return None
        points = [p for answer in self.session.answers for p in answer.points]
        if into is None:  # (put back alone by Ctrl+Z, whatever was changed since)
            restore = presence.taken_off(self.session, person)
        else:
            restore = keep_lists(self.session.participants,
                                 *(answer.points for answer in self.session.answers))
        self.session.participants.remove(person)
        for point in points:
            if point.by == person.id:
                point.by = into.id if into is not None else ""
        for name, value in values.items() if into is not None else ():
            setattr(into, name, value)
        return self._record(PeopleChanged(), restore, removed=None if into is not None
                            else Removed("person", person, PeopleChanged()))

    # --- points ----------------------------------------------------------------------------

    def _points(self, question_id: str) -> list[Point]:
        answer = self.session.answer(question_id)
        if answer is None:
            raise KeyError(f"no answer for question {question_id!r}")
        return answer.points

    def add_point(self, question_id: str, text: str, by: str = "",
                  from_room: str | None = None, typed_as: str | None = None) -> Change:
        """A point `text` said by `by`; `typed_as`, its words as typed where an "@…" at their
        end named `by` (`said_by.PointRead.typed_as`), kept for `presence.taken_off`."""
        points = self._points(question_id)
        restore = keep_items(points)  # type: ignore[arg-type]
        if not by and from_room:  # sent as one's name: theirs, where they are here
            # (A point sent as "Alex Example" was nobody's, so notes giving roles only lost who
            # said it: a trial. One sent under the name of someone marked not here stays the
            # name sent, as `@` and the name of someone not here does: the notes listed them as
            # not attending yet saying it, a trial.)
            sender = self.sender(from_room)
            by = sender.id if sender is not None and sender.attended else ""
        points.append(Point(text=text, by=by, from_room=from_room,
                            typed_as=typed_as if by else None))
        return self._record(PointsChanged(question_id), restore)

    def edit_point(self, question_id: str, point: Point, typed_as: str | None = None,
                   **values: str) -> Change | None:
        """`point` edited; `typed_as`, as for `add_point`: the words as typed where their
        "@…" named who said it, else those kept stay while it is said by the same person."""
        points = self._points(question_id)
        changed: dict[str, object] = {**values}  # (said by another: `typed_as` theirs no more)
        if typed_as is not None and values.get("by", point.by):
            changed["typed_as"] = typed_as
        elif values.get("by", point.by) != point.by:
            changed["typed_as"] = None
        return self._edit_item(point, changed, PointsChanged(question_id),
                               lambda _: keep_items(points))  # type: ignore[arg-type]

    def remove_point(self, question_id: str, point: Point) -> Change | None:
        points = self._points(question_id)
        index = next((i for i, p in enumerate(points) if p is point), None)
        if index is None:
            return None
        restore = taken_out(points, point)
        del points[index]  # (this one: another may have the same words)
        change = PointsChanged(question_id)
        return self._record(change, restore, removed=Removed("point", point, change,
                                                             question_id))

    def set_confidence(self, phase: ConfidencePhase, prompt: str, counts: list[int]) -> Change:
        """Record the room's answers to the confidence check (replacing that phase's)."""
        new = [c for c in self.session.confidence or [] if c.phase != phase]
        new = sorted(new + [Confidence(phase=phase, prompt=prompt, counts=counts)],
                     key=lambda c: c.phase != "start")
        return self._set(self.session, "confidence", new,
                         ConfidenceChanged(phase)) or ConfidenceChanged(phase)

    # --- actions ---------------------------------------------------------------------------

    def _actions(self) -> Callable[[], None]:
        return keep_items(self.session.actions)  # type: ignore[arg-type]

    def read_due(self, words: str) -> date | None:
        """The date due words name, read from today (reflect's one reader, model/dates.py)."""
        return read_date(words, self.today())

    def add_action(self, text: str, owner: str = "", due: str = "",
                   recommendation: str = "") -> Action:
        """Add an action; its due words are also kept as the date they were read as."""
        restore = self._actions()
        action = self.session.add_action(Action(text=text, owner=owner, due=due,
                                                due_date=self.read_due(due),
                                                recommendation=recommendation))
        self._record(ActionsChanged(), restore)
        return action

    def edit_action(self, action: Action, **values: str) -> Change | None:
        changed: dict[str, object] = dict(values)
        if "due" in values and values["due"] != action.due:
            changed["due_date"] = self.read_due(values["due"])
        return self._edit_item(action, changed, ActionsChanged(), lambda _: self._actions(),
                               lambda done: edited_here(action, done))

    def cycle_action_status(self, action: Action) -> Change:
        restore = self._actions()
        action.status = next_status(action.status)
        action.done_in = None  # (its own status again, no later meeting's: `done_said`)
        return self._record(ActionsChanged(), restore)

    def remove_action(self, action: Action) -> Change | None:
        if action not in self.session.actions:
            return None
        restore = taken_out(self.session.actions, action, self.session.fill_ids)
        self.session.actions.remove(action)
        return self._record(ActionsChanged(), restore,
                            removed=Removed("action", action, ActionsChanged()))

    # --- last time's actions ---------------------------------------------------------------

    def cycle_carried_status(self, carried: CarriedAction) -> Change:
        """Move a carried action's status on; it is to be written back to its session."""
        index = self.session.carried.index(carried)
        restore = keep_items(self.session.carried)  # type: ignore[arg-type]
        carried.status = next_status(carried.status)
        carried.written_back = False
        return self._record(CarriedChanged(index, written_back=False), restore)

    def set_carried_note(self, carried: CarriedAction, text: str) -> Change | None:
        """Where a carried action got to, typed here; to be written back to its session."""
        return self._carried(carried, {"note": text.strip()}, "note")

    def set_carried_due(self, carried: CarriedAction, words: str) -> Change | None:
        """A new due date for a carried action, read as a date ("" is the one carried)."""
        words = words.strip()
        return self._carried(carried, {"new_due": words, "new_due_date": self.read_due(words)},
                             "due")

    def set_carried_owner(self, carried: CarriedAction, name: str) -> Change | None:
        """An owner given to a carried action here (one agreed with none, say); written back
        to its session as its owner ("" none). The earlier session's owner as this one last
        saw it is kept first (`CarriedAction.known_earlier`: an older file's stood in with the
        owner carried, which this replaces), so the write-back can tell it was changed."""
        name = name.strip()
        if name == carried.owner:  # (the box filled with it, a renamed owner's name too)
            return None
        came = carried.owner if carried.owner_before is None else carried.owner_before
        values: dict[str, object] = {"owner": name, "owner_there": None, "owner_noted_in": "",
                                     "owner_noted_in_id": "",
                                     "owner_before": None if name == came else came}
        if carried.earlier is None or carried.earlier.owner is None:
            values["earlier"] = carried.known_earlier
        return self._carried(carried, values, "owner")

    def _carried(self, carried: CarriedAction, values: dict[str, object],
                 field: str) -> Change | None:
        if all(getattr(carried, k) == v for k, v in values.items()):
            return None
        index = self.session.carried.index(carried)
        restore = keep_items(self.session.carried)  # type: ignore[arg-type]
        for name, value in values.items():
            setattr(carried, name, value)
        carried.written_back = False
        return self._record(CarriedChanged(index, written_back=False, typing=True), restore,
                            merge_key=("carried", index, field))

    def carried_written_back(self, carried: CarriedAction, held: EarlierHeld | None = None,
                             done: bool = True) -> Change | None:
        """The earlier session holds `held` (what the next write-back compares against:
        `store.write_back.write_back`) and, if `done`, all changed here (not undoable: written)."""
        if carried not in self.session.carried:
            return None
        newer = held is not None and carried.earlier != held
        if (carried.written_back or not done) and not newer:
            return None
        if newer:
            carried.earlier = held
        carried.written_back = carried.written_back or done
        return CarriedChanged(self.session.carried.index(carried), written_back=True)

