"""Another facilitator taking over, on *Who is here*: the Facilitator box given someone else's
name ("Alex Example" to "Sam Sample"), not a correction of it ("Alex Exmaple" to "Alex
Example"; `same_person.corrected`). A part of `SessionEdits` (model/edits.py).

While such a name is typed, nothing that named the one before by name follows it
(rename_edits.py, `handed_over`). Once the box is left (`end_renaming`), what they did stays
theirs: where they own an agreed action (or last time's) or said a point, they are listed on
Who is here, here, their points theirs by id (points said by "the facilitator" would otherwise
become Sam Sample's), their actions named as before: one change to undo. The step says so and
offers the other way (`give_to_facilitator`), and the same key again takes it back
(`give_back`; Ctrl+Z puts back only what was removed): a correction after all, all of it the
new name's. Typing "Alex Example" renamed "Sam Sample" gave Alex's two actions to Sam, with
nothing said (a trial).

Ending a run of typing into a name (`end_renaming`, also as a person's edit ends) leaves the
name reached remembered for the room (`renamed_from`): "Alx" renamed "Alex", saved, then
"Alex Example" made one run of both, and a point sent as "Alex" was nobody's, its sender asked
about as someone not listed.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect.model.changes import Change, PeopleChanged
from reflect.model.rename_edits import RenameEdits, handed_over
from reflect.model.roles import name_key, one_named
from reflect.model.session import FACILITATOR, Participant
from reflect.model.undo import keep_lists

HANDED_OVER = "Facilitator, handed over"
"""The role of a facilitator listed on Who is here once someone else took over."""


@dataclass(frozen=True)
class Handover:
    """What stayed with a facilitator who handed over: `listed` (their row on Who is here),
    how many actions and points, and the name of whoever took over."""

    listed: Participant
    actions: int
    points: int
    to: str

    def said(self, key: str) -> str:
        """The line the step shows, `key` giving it all to the new facilitator."""
        kept = " and ".join(f"{n} {what}{'' if n == 1 else 's'}" for n, what in (
            (self.actions, "action"), (self.points, "point")) if n)
        stay = "stays" if self.actions + self.points == 1 else "stay"
        return (f"{self.to} is now the facilitator. {self.listed.name}'s {kept} {stay} with "
                f"{self.listed.name}, listed here. {key}: give them to {self.to}.")


class HandoverEdits(RenameEdits):
    _given: object = None
    """The change `give_to_facilitator` last made, for `give_back`."""

    def end_renaming(self) -> Handover | None:
        """The name being typed is left (the Facilitator box, or a person's edit ended): the
        next letter begins a new run. A facilitator who handed over (`handed_over`) keeps
        what they did (listed on Who is here, one change to undo): returned, else None."""
        run, self._renaming = self._renaming, None
        s = self.session
        if run is None or run.person is not None or not handed_over(run, s.facilitator):
            return None
        before = run.before.strip()
        actions = [a for a, _ in run.actions if any(x is a for x in s.actions)]
        carried = [c for c, _, _ in run.carried if any(x is c for x in s.carried)]
        points = [p for answer in s.answers for p in answer.points if p.by == FACILITATOR]
        was_called = dict(self._was_called)
        if not (actions or carried or points) or one_named(s.participants, before):
            for key, pid in was_called.items():  # (names of theirs: someone else's now)
                if pid == FACILITATOR:
                    del self._was_called[key]
            return None
        restore = keep_lists(s.participants, *(answer.points for answer in s.answers))
        person = s.add_participant(Participant(name=before, role=HANDED_OVER))
        for point in points:
            point.by = person.id
        self._was_called.update({k: person.id for k, pid in was_called.items()
                                 if pid == FACILITATOR})

        def put_back() -> None:
            restore()
            self._was_called.clear()
            self._was_called.update(was_called)

        self._record(PeopleChanged(), put_back)
        return Handover(person, len(actions) + len(carried), len(points), s.facilitator)

    def give_to_facilitator(self, handover: Handover) -> Change | None:
        """It was a correction after all: what stayed with the facilitator before (their
        points, the actions naming them) is the facilitator's now, and they are off the list;
        one change to undo. None where the list or the box has changed since."""
        s, person = self.session, handover.listed
        if person not in s.participants or name_key(s.facilitator) != name_key(handover.to):
            return None
        restore = keep_lists(s.participants, s.actions,
                             *(answer.points for answer in s.answers))
        owners = [(c, c.owner, c.owner_there) for c in s.carried]
        was_called = dict(self._was_called)
        named, name = name_key(person.name), s.facilitator.strip()
        for point in (p for answer in s.answers for p in answer.points):
            if point.by == person.id:
                point.by = FACILITATOR
        for action in s.actions:
            if name_key(action.owner) == named:
                action.owner = name
        for c in s.carried:
            if name_key(c.owner) == named:
                earlier = c.owner if c.owner_there is None else c.owner_there
                c.owner, c.owner_there = name, None if name == earlier else earlier
        s.participants.remove(person)
        self._was_called.update({k: FACILITATOR for k, pid in was_called.items()
                                 if pid == person.id})
        self._was_called[named] = FACILITATOR

        def put_back() -> None:
            restore()
            for c, owner, there in owners:
                c.owner, c.owner_there = owner, there
            self._was_called.clear()
            self._was_called.update(was_called)

        change = self._record(PeopleChanged(), put_back)
        self._given = self._undo[-1]
        return change

    def give_back(self) -> Change | None:
        """`give_to_facilitator` undone, where nothing was changed since: the same key
        again, as Ctrl+Z puts back only what was removed. None where something was."""
        if self._given is None or not self._undo or self._undo[-1] is not self._given:
            return None
        self._given = None
        return self.undo()
