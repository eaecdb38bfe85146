"""The session's edits for the room's senders (#18): someone who sent points from the room
under a name that is not on *Who is here*, listed there as here, and their points said by
them. A part of `SessionEdits` (model/edits.py), the one writer of an open session."""

from __future__ import annotations

from collections.abc import Callable

from reflect.model import presence
from reflect.model.changes import Change, PeopleChanged
from reflect.model.roles import name_key, one_named
from reflect.model.session import Participant, Session
from reflect.model.undo import UndoLog, keep_lists


class RoomSenderEdits(UndoLog):
    session: Session
    meeting_at: str | None = None
    """The step the meeting is on, once it has moved on from Who is here (model/time_edits.py)."""

    def list_from_room(self, name: str, person: Participant | None = None
                       ) -> tuple[Participant, Change, list[tuple[int, int]]]:
        """The sender of points from the room under `name`, listed as here: `person` (the
        same person, listed under a fuller or shorter name), else a new participant called
        `name`. The points sent under `name` that no one listed is said to have made become
        theirs (`Point.by`), so notes giving roles only, or attendance, have them. "Dee
        Visitor" sent points, was credited in the notes, and was missing from the attendance
        with nothing said (a trial). So do the points kept as typed for them, as for someone
        added on Who is here (`presence.give_kept`: "… @Dee" stayed nobody's, a trial), which
        it returns (as `kept_for` does) with the change, one to undo. Listed once the meeting
        has moved on (or ticked here from not here), they arrived during the step it is on,
        or that of an earlier point of theirs (`arrival.follow_points`), as someone added on
        Who is here does: a phone that joined during Question 1 was in the notes as here
        from the start (a social care team's trial)."""
        restore = self._people_and_points()
        if person is None or person not in self.session.participants:
            person = self.session.add_participant(Participant(name=name, attended=False))
        was = person.presence
        person.attended = True
        person.arrived_during = presence.arrived(person, was, self.meeting_at)
        self._sent_by(person, name)
        given = presence.give_kept(self.session, person)
        return person, self._record(PeopleChanged(), restore), given

    def marked(self, person: Participant, here: bool) -> Callable[[], None]:
        """`person` marked here, or away (model/presence.py); marked here, the room's points
        sent under their name and said by no one become theirs: "Sam Sample is listed as not
        here: if they joined, tick them on Who is here", and once ticked their points stayed
        nobody's (a trial); so are the points kept as typed for them while not here, their
        "@…" taken off (`presence.kept_for`); marked here from not here after the meeting
        moved on, they arrived during the step it is on (`presence.arrived`); marked left early
        then, they left during it (`presence.left`). How to put it all back."""
        restore = self._people_and_points()
        was = person.presence
        person.attended, person.left_early = presence.marked(self.session, person, here)
        person.arrived_during = presence.arrived(person, was, self.meeting_at)
        person.left_during = presence.left(person, was, self.meeting_at)
        if here and person.name.strip() \
                and one_named(self.session.participants, person.name) is person:
            self._sent_by(person, person.name)
        if here:
            presence.give_kept(self.session, person)
        return restore

    def _sent_by(self, person: Participant, name: str) -> None:
        """The room's points sent under `name`, said by no one, said by `person`."""
        key = name_key(name)
        for point in (p for answer in self.session.answers for p in answer.points):
            if not point.by and point.from_room is not None and name_key(point.from_room) == key:
                point.by = person.id

    def _people_and_points(self) -> Callable[[], None]:
        return keep_lists(self.session.participants,
                          *(answer.points for answer in self.session.answers))
