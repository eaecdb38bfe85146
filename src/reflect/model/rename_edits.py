"""The session's edits of a person on *Who is here*: renamed, the agreed actions whose owner
named them follow the new name. A part of `SessionEdits` (model/edits.py), the one writer of
an open session.

An owner is free text (someone from another agency, a role, a name not on the list), so only
an owner that named this person, and no one else listed, follows (`name_key`: case, spacing
and punctuation aside): "Pat Example" renamed "Pat Example Renamed" left action a1 owned by
"Pat Example", who was no longer on the list (a trial). Points name whoever said them by id
(`Point.by`), so they follow already.
"""

from __future__ import annotations

from reflect.model.changes import Change, PeopleChanged
from reflect.model.roles import name_key, one_named
from reflect.model.session import Action, Participant, Session
from reflect.model.undo import UndoLog, keep_lists


class RenameEdits(UndoLog):
    session: Session
    _renaming: tuple[Participant, str, list[Action]] | None = None
    """The person whose name is being typed, their name before, and the actions that named
    them then: the name is typed a letter at a time, each its own edit, undone together (Esc
    while editing sets the name from before: the actions follow it back)."""

    def edit_participant(self, person: Participant, **values: str | bool | None) -> Change | None:
        """Change a person's details; one change to undo for a run of typing into one box,
        the actions that followed a new name put back with it."""
        changed = {k: v for k, v in values.items() if getattr(person, k) != v}
        if not changed:
            return None
        key = (id(person), tuple(sorted(changed)))
        top = self._undo[-1] if self._undo else None
        run = self._renaming
        if "name" in changed and (run is None or run[0] is not person or top is None
                                  or top.merge_key != key):
            run = self._renaming = (person, person.name, owned_by(self.session, person))
        restore = keep_lists(self.session.participants, self.session.actions)
        for name, value in changed.items():
            setattr(person, name, value)
        if "name" in changed and run is not None:
            _, before, owned = run
            for action in owned:  # (a name emptied while typed: the name they had)
                if action in self.session.actions:
                    action.owner = person.name.strip() or before
        return self._record(PeopleChanged(), restore, merge_key=key)


def owned_by(session: Session, person: Participant) -> list[Action]:
    """The actions whose owner names `person` and no one else listed."""
    if one_named(session.participants, person.name) is not person:
        return []  # no name, or two people of that name: which one was meant is a guess
    return [a for a in session.actions if name_key(a.owner) == name_key(person.name)]
