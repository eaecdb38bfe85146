"""The session's edits for the room's senders (#18): someone who sent points from the room
under a name that is not on *Who is here*, listed there as here, and their points said by
them. A part of `SessionEdits` (model/edits.py), the one writer of an open session."""

from __future__ import annotations

from reflect.model.changes import Change, PeopleChanged
from reflect.model.roles import name_key
from reflect.model.session import Participant, Session
from reflect.model.undo import UndoLog, keep_lists


class RoomSenderEdits(UndoLog):
    session: Session

    def list_from_room(self, name: str, person: Participant | None = None
                       ) -> tuple[Participant, Change]:
        """The sender of points from the room under `name`, listed as here: `person` (the
        same person, listed under a fuller or shorter name), else a new participant called
        `name`. The points sent under `name` that no one listed is said to have made become
        theirs (`Point.by`), so notes giving roles only, or attendance, have them. "Dee
        Visitor" sent points, was credited in the notes, and was missing from the attendance
        with nothing said (a trial). One change to undo."""
        restore = keep_lists(self.session.participants,
                             *(answer.points for answer in self.session.answers))
        if person is None or person not in self.session.participants:
            person = self.session.add_participant(Participant(name=name))
        person.attended = True
        key = name_key(name)
        for point in (p for answer in self.session.answers for p in answer.points):
            if not point.by and point.from_room is not None and name_key(point.from_room) == key:
                point.by = person.id
        return person, self._record(PeopleChanged(), restore)
