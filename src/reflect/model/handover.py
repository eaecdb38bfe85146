"""Another facilitator taking over, on *Who is here*: the Facilitator box given someone else's
name ("Alex Example" to "Sam Sample"), not a correction of it ("Alex Exmaple" to "Alex
Example"; `correction.corrected`). A part of `SessionEdits` (model/edits.py).

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
puts back only what was removed): a correction after all, all of it the new name's. What it
says is read from the session each time (`Handover`): the name the box holds (a typo in the
new name corrected keeps the handover), what names the one before now, and, for a session
reopened, who is listed as `HANDED_OVER` (`handover`). Typing
"Alex Example" renamed "Sam Sample" gave Alex's two actions to Sam, with nothing said (a
trial).

Ending a run of typing into a name (`end_renaming`, also as a person's edit ends) leaves the
name reached remembered for the room (`renamed_from`): "Alx" renamed "Alex", saved, then
"Alex Example" made one run of both, and a point sent as "Alex" was nobody's, its sender asked
about as someone not listed.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect.model.changes import Change, PeopleChanged
from reflect.model.correction import corrects_each
from reflect.model.rename_edits import RenameEdits, _Renaming, give_facilitator, handed_over
from reflect.model.roles import HANDED_OVER as HANDED_OVER
from reflect.model.roles import name_key, one_named
from reflect.model.session import FACILITATOR, Participant, Session
from reflect.model.undo import keep_lists
from reflect.text import plural


@dataclass(frozen=True)
class Handover:
    """A facilitator who handed over, `listed` on Who is here. What stays with them and who
    has the box are read from the session each time it is said (`kept`, `said`): the line
    kept the counts and the name of the moment it was left, so a typo in the new name
    corrected ("Ray Smaple" to "Ray Sample") left it naming "Ray Smaple", and Ctrl+Y did
    nothing (a trial)."""

    listed: Participant
    was: tuple[str, ...] = ()
    """The names they had before the one listed, each corrected to the next (in this run of
    reflect: `RenameEdits.facilitator_was`)."""

    def holds(self, session: Session) -> bool:
        """Whether it is still so: they are listed, and the Facilitator box names someone
        else (no correction of their name, or of one they had before it: `corrects_each`).
        A correction of the new name keeps it; their own name typed back, or the box
        emptied, ends it."""
        return any(p is self.listed for p in session.participants) and \
            not corrects_each((*self.was, self.listed.name), session.facilitator)

    def kept(self, session: Session) -> tuple[int, int]:
        """How many actions (agreed, and last time's) name them, and points they said, now:
        what `HandoverEdits.give_to_facilitator` would give."""
        named = name_key(self.listed.name)
        actions = sum(name_key(a.owner) == named for a in session.actions) + \
            sum(name_key(c.owner) == named for c in session.carried)
        points = sum(p.by == self.listed.id for answer in session.answers
                     for p in answer.points)
        return actions, points

    def said(self, session: Session, key: str) -> str:
        """The line the step shows, `key` giving it all to the new facilitator."""
        to, name = session.facilitator.strip(), self.listed.name
        kept, n = _counted(*self.kept(session))
        if not n:
            return (f"{to} is now the facilitator. {name}, listed here, has no action or "
                    f"point now. {key}: take {name} off the list.")
        stay = "stays" if n == 1 else "stay"
        return (f"{to} is now the facilitator. {name}'s {kept} {stay} with {name}, listed "
                f"here. {key}: give {_them(n)} to {to}.")

    def given_said(self, session: Session, given: tuple[int, int], key: str) -> str:
        """The line once `given` (actions, points) went to the new facilitator."""
        to, name = session.facilitator.strip(), self.listed.name
        kept, n = _counted(*given)
        if not n:
            return f"{name} is off the list. {key}: list {name} again."
        are = "is" if n == 1 else "are"
        return f"{name}'s {kept} {are} {to}'s now. {key}: give {_them(n)} back to {name}."


def _counted(actions: int, points: int) -> tuple[str, int]:
    """"1 action and 2 points", and how many in all."""
    words = " and ".join(plural(n, what) for n, what in ((actions, "action"), (points, "point"))
                         if n)
    return words, actions + points


def _them(n: int) -> str:
    """One action or point is "it": "give them" for a single action read wrong (a trial)."""
    return "it" if n == 1 else "them"


class HandoverEdits(RenameEdits):
    _given: object = None
    """The change `give_to_facilitator` last made, for `give_back`."""
    _listed: tuple[_Renaming, Participant] | None = None
    """The facilitator before, listed as the run of typing into the Facilitator box named
    someone else (`_list_before`)."""
    _was: dict[str, tuple[str, ...]] | None = None
    """By the id of a facilitator before, listed: the names they had before it (`Handover.was`),
    for `handover`."""

    def rename_facilitator(self, name: str) -> Change | None:
        change = super().rename_facilitator(name)
        if change is not None and self._renaming is not None:
            self._list_before()
            give_facilitator(self.session, self._renaming)  # (after: none goes to the one before)
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
        self._was = {**(self._was or {}), person.id: run.was}
        return Handover(person, run.was)

    def give_to_facilitator(self, handover: Handover) -> Change | None:
        """It was a correction after all: what stayed with the facilitator before (their
        points, the actions naming them) is the facilitator's now, and they are off the list;
        one change to undo, given to the name the box holds now (a correction of the new name
        since: `Handover.holds`). None where it no longer holds."""
        s, person = self.session, handover.listed
        if not handover.holds(s):
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

    def can_give_back(self) -> bool:
        """Whether `give_back` would: nothing changed since `give_to_facilitator`."""
        return self._given is not None and bool(self._undo) and self._undo[-1] is self._given

    def give_back(self) -> Change | None:
        """`give_to_facilitator` undone, where nothing was changed since: the same key
        again, as Ctrl+Z puts back only what was removed. None where something was."""
        if not self.can_give_back():
            return None
        self._given = None
        return self.undo()

    def handover(self) -> Handover | None:
        """The facilitator before who is still so (`Handover.holds`), read from the session:
        the last listed with the role `HANDED_OVER`. The line and Ctrl+Y were gone once the
        session was reopened, the row left (a trial)."""
        was = self._was or {}
        return next((h for h in (Handover(p, was.get(p.id, ()))
                                 for p in reversed(self.session.participants))
                     if h.listed.role == HANDED_OVER and h.holds(self.session)), None)


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
