"""Another facilitator taking over, on *Who is here*: the Facilitator box given someone else's
name ("Alex Example" to "Sam Sample"), not a correction of it ("Alex Exmaple" to "Alex
Example"; `same_person.corrected`). A part of `SessionEdits` (model/edits.py).

While such a name is typed, nothing that named the one before by name follows it
(rename_edits.py, `handed_over`), and what they did stays theirs at once, as the session
holds every box's words as they are typed: where they own an agreed action (or last time's)
or said a point, they are listed on Who is here, here, their points theirs by id (points said
by "the facilitator" would otherwise become Sam Sample's), their actions named as before.
Typed back to a correction of their name, they are off the list again; undone with the
typing. Kept only once the box was left, every way out of the session that left it unleft
(Ctrl+Q, a closed window, Esc to the library, an export) saved Alex Example's points as Sam
Sample's (a trial). Once the box is left (`end_renaming`), the step says so and offers the
other way (`give_to_facilitator`), and the same key again takes it back (`give_back`; Ctrl+Z
puts back only what was removed): a correction after all, all of it the new name's. Typing
"Alex Example" renamed "Sam Sample" gave Alex's two actions to Sam, with nothing said (a
trial).

Ending a run of typing into a name (`end_renaming`, also as a person's edit ends) leaves the
name reached remembered for the room (`renamed_from`): "Alx" renamed "Alex", saved, then
"Alex Example" made one run of both, and a point sent as "Alex" was nobody's, its sender asked
about as someone not listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reflect.model.changes import Change, PeopleChanged
from reflect.model.rename_edits import RenameEdits, _Renaming, handed_over
from reflect.model.roles import name_key, one_named
from reflect.model.session import FACILITATOR, Participant, Session
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
    _listed: tuple[_Renaming, Participant] | None = None
    """The facilitator before, listed as the run of typing into the Facilitator box named
    someone else (`_list_before`)."""

    def _keep(self, drafts: dict[str, str]) -> Callable[[], None]:
        """As a rename's (rename_edits.py), and who said each point: the one before listed
        as the name is typed takes theirs, and undoing the typing gives them back."""
        put_back = super()._keep(drafts)
        points = keep_lists(*(answer.points for answer in self.session.answers))

        def restore() -> None:
            put_back()
            points()

        return restore

    def rename_facilitator(self, name: str) -> Change | None:
        change = super().rename_facilitator(name)
        if change is not None:
            self._list_before()
        return change

    def _list_before(self) -> None:
        """The name in the Facilitator box names someone else (`handed_over`): the one before
        listed, here, with the points they said, where they own an action or said a point and
        no one listed has their name; a correction of their name again: off the list, their
        points the facilitator's. As each letter is typed, so every save holds it."""
        run, s = self._renaming, self.session
        if run is None or run.person is not None:
            return
        person = _still_listed(s.participants, self._listed, run)
        before = run.before.strip()
        others = [p for p in s.participants if p is not person]
        if handed_over(run, s.facilitator) and one_named(others, before) is None:
            points = [p for answer in s.answers for p in answer.points if p.by == FACILITATOR]
            if person is None and (points or _kept(s, run)):
                person = s.add_participant(Participant(name=before, role=HANDED_OVER))
                for point in points:
                    point.by = person.id
        elif person is not None:
            for point in (p for answer in s.answers for p in answer.points):
                if point.by == person.id:
                    point.by = FACILITATOR
            s.participants[:] = others
            person = None
        self._listed = None if person is None else (run, person)

    def end_renaming(self) -> Handover | None:
        """The name being typed is left (the Facilitator box, or a person's edit ended): the
        next letter begins a new run. A facilitator who handed over (`handed_over`), listed
        with what they did as the name was typed (`_list_before`): returned, to say, else
        None."""
        run, self._renaming = self._renaming, None
        listed, self._listed = self._listed, None
        s = self.session
        if run is None or run.person is not None or not handed_over(run, s.facilitator):
            return None
        person = _still_listed(s.participants, listed, run)
        if person is None:
            for key, pid in dict(self._was_called).items():  # (theirs: someone else's now)
                if pid == FACILITATOR:
                    del self._was_called[key]
            return None
        self._was_called.update({k: person.id for k, pid in self._was_called.items()
                                 if pid == FACILITATOR})
        points = sum(p.by == person.id for answer in s.answers for p in answer.points)
        return Handover(person, _kept(s, run), points, s.facilitator)

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


def _still_listed(people: list[Participant], listed: tuple[_Renaming, Participant] | None,
                  run: _Renaming) -> Participant | None:
    """The one before, listed during `run` and on the list still (not undone since)."""
    if listed is None or listed[0] is not run:
        return None
    return next((p for p in people if p is listed[1]), None)


def _kept(session: Session, run: _Renaming) -> int:
    """How many actions (agreed, and last time's) named the one before as `run` began, and
    are the session's still."""
    return sum(any(x is a for x in session.actions) for a, _ in run.actions) + \
        sum(any(x is c for x in session.carried) for c, _, _ in run.carried)
