"""The session's edits of a person on *Who is here*: renamed, what named them by their name
follows the new one. A part of `SessionEdits` (model/edits.py), the one writer of an open
session.

The name is typed a letter at a time, each its own edit, undone together; each letter sets
what follows from what it held when the typing began, so Esc while editing, which sets the
name from before, puts every one of them back as it was. What follows:
- the agreed actions whose owner named them: "Pat Example" renamed "Pat Example Renamed" left
  action a1 owned by "Pat Example", who was no longer on the list (a trial);
- last time's actions whose owner named them (`Session.carried`): the step, the notes and
  the next meeting say the new name. The session that agreed them is never written to for
  it: that meeting named the person so, as its own list still does, and a rename is no
  change of the action's status, note or due date, which are all a write-back carries (an
  owner written there would name someone its list does not). The name it gives is kept
  (`CarriedAction.owner_there`), and the next meeting carries the new one
  (store/carry.py, `newest_owner`). They kept the old name, and the notes showed an owner
  no longer listed (a trial);
- an owner typed in the actions form but not yet added (its draft), as an action's (a trial);
- a point typed but not yet added whose "@…" names them (model/attribution.py, as Enter
  reads it): its letters become the new name's where they would no longer name them ("@Pat",
  Pat Example renamed Jo Example), so Enter still credits the point to them.

A point kept as typed, said by no one, whose "@…" names someone here renamed, and only them, by
their new name (`presence.kept_for`) is theirs, its "@…" taken off, as someone added late
takes theirs: "Alx Example" corrected to "Alex Example" left "… notes @Alex" nobody's, and the
export's check took "Alex" for a name to redact. Each letter sets it from what the points held
as the person's edit began (the runs of one edit share them), so Esc puts them back as typed;
`given_in_run` says which, as the edit ends.

A team session's facilitator, renamed in the Facilitator box (`rename_facilitator`), is
followed the same way: they are someone here (attribution.py, `speakers`), the owner box offers
their name (owners.py), and points they said are theirs by id (`FACILITATOR`), so the notes
named them anew by each point and by the old name by each action they owned, a name no one
had any more. Only while the box holds a correction of the name it had (`corrected`: "Alex
Exmaple" to "Alex Example"): another facilitator taking over ("Sam Sample") is someone else,
and nothing that named the one before follows (Alex Example's actions became Sam Sample's as
the name was typed). Once the box is left, model/handover.py keeps their points theirs too and
offers to give all of it to the new name after all.

An owner is free text (someone from another agency, a role, a name not on the list), so only
an owner that named this person, and no one else listed, follows (`name_key`: case, spacing
and punctuation aside); an "@…" that could be someone else too ("@Pat", Pat Sample here as
well) names no one, and stays as typed. Points added name whoever said them by id
(`Point.by`), and Said by… offers people by id, so those follow already.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reflect.model import presence
from reflect.model.attribution import (
    ANONYMOUS,
    at_renamed,
    attribute,
    candidates,
    speakers,
)
from reflect.model.changes import Change, DetailsChanged, PeopleChanged, draft_key
from reflect.model.correction import corrects_each
from reflect.model.roles import name_key, one_named
from reflect.model.session import (
    FACILITATOR,
    Action,
    CarriedAction,
    Participant,
    Point,
    Session,
)
from reflect.model.undo import UndoLog, edit_key, keep_lists

OWNER_DRAFT = draft_key("action", "owner")
POINT_DRAFTS = draft_key("point", "")
"""The start of every point box's draft key (`point:<question id>`)."""


@dataclass
class _Renaming:
    """A run of typing into one person's name: who, their name before, and each thing that
    named them then, with what it held (owners as typed, "pat example" say)."""

    person: Participant | None
    """None: a team session's facilitator (the Facilitator box)."""
    before: str
    actions: list[tuple[Action, str]]
    carried: list[tuple[CarriedAction, str, str | None]]
    """Each with its owner and `owner_there`."""
    drafts: dict[str, str]
    """By key: the owner box's draft, and point boxes' ending in an "@…" that names them."""
    was: tuple[str, ...] = ()
    """The facilitator's names before `before`, each corrected to the next, in this run of
    reflect (`RenameEdits.facilitator_was`): a name typed is judged against them too."""
    points: list[tuple[Point, str, str]] = field(default_factory=list)
    """Each point said by no one with an "@…" as the person's edit began, with its words and
    who said it then (a person's, not the facilitator's)."""
    points_under: str = ""
    """The person's name as the edit began: under it the points are as they were."""


class RenameEdits(UndoLog):
    session: Session
    _renaming: _Renaming | None = None
    """The person whose name is being typed, and what named them when the typing began."""
    _facilitator_run: _Renaming | None = None
    """The last run of typing into the Facilitator box (`facilitator_was`)."""

    def __init__(self) -> None:
        super().__init__()
        self._was_called: dict[str, str] = {}
        """Each name (`name_key`) someone was renamed from here, to their id (the facilitator:
        `FACILITATOR`), for the room: in memory only, as the room is."""

    def _new_run(self, person: Participant | None) -> _Renaming:
        """Typing into `person`'s name begins (None: the facilitator's): what names them now,
        and the name they leave remembered as theirs (`renamed_from`)."""
        was, run = self._renaming, named_by(self.session, person)
        self._renaming = run
        if person is not None and was is not None and was.person is person:
            run.points_under = was.points_under  # (the same edit: its role typed between)
            run.points = was.points + [p for p in run.points
                                       if all(p[0] is not q for q, _, _ in was.points)]
        if person is None:
            run.was, self._facilitator_run = self.facilitator_was(), run
        if _names(self.session, person, run.before):  # (theirs alone)
            self._was_called[name_key(run.before)] = \
                FACILITATOR if person is None else person.id
        return run

    def facilitator_was(self) -> tuple[str, ...]:
        """The names the facilitator had before the one the box holds, each corrected to the
        next in this run of reflect: their points and actions were recorded under the first.
        Judged against the name the box had as it was entered alone, "Alex Example" corrected
        to "Alex", the box left, then "Alex Sample", was a correction of "Alex", and Alex
        Example's actions became Alex Sample's with nothing said (a trial). None once the box
        names someone else (a handover; given to the new name, `give_to_facilitator`: theirs
        from then on, under that name)."""
        run = self._facilitator_run
        if run is None or handed_over(run, self.session.facilitator):
            return ()
        names: dict[str, str] = {}
        for name in (*run.was, run.before):
            if name_key(name):
                names.setdefault(name_key(name), name.strip())
        return tuple(names.values())

    def corrects_facilitator(self, name: str) -> bool:
        """Whether `name` typed into the Facilitator box would correct the facilitator's
        name, the one it holds and those before (`facilitator_was`), rather than name
        someone else taking over."""
        return corrects_each((*self.facilitator_was(), self.session.facilitator), name)

    def renamed_from(self, name: str) -> str:
        """The id of whoever was called `name` (`name_key`) until renamed here and is still
        listed (the facilitator: `FACILITATOR`); "" for no one, or where someone is called
        `name` now (theirs, then). Someone in the room sends their points under the name
        they joined with: after a rename on Who is here, a point sent as "Pat Example" was
        nobody's, and Pat, renamed Jo Example, was asked about as someone not listed.
        Renamed in an earlier run of reflect (the rename is remembered in memory only), the
        session file's own evidence says so (`known_as`)."""
        s, key = self.session, name_key(name)
        if not key or any(name_key(p.name) == key for p in s.participants) \
                or (s.mode == "team" and name_key(s.facilitator) == key):
            return ""
        pid = self._was_called.get(key, "")
        return pid if pid and s.participant(pid) is not None else known_as(s, name)

    def sender(self, name: str) -> Participant | None:
        """Who a name given in the room is: the one listed by it (`one_named`: a team
        session's facilitator too, whom Who is here names apart, `speakers`), else the one
        renamed from it (`renamed_from`: here, or as the session file shows); None for no
        one. A point sent under the facilitator's name was nobody's, given as the name sent:
        the notes by role did not say who made it, and a correction in the Facilitator box
        left it the old spelling (a trial). Theirs (`FACILITATOR`), it follows them as their
        typed points do."""
        found = one_named(speakers(self.session), name)
        pid = self.renamed_from(name) if found is None else ""
        return found or (self.session.participant(pid) if pid else None)

    def edit_participant(self, person: Participant, **values: str | bool | None) -> Change | None:
        """Change a person's details; one change to undo for a run of typing into one box,
        what followed a new name put back with it."""

        def keep(changed: dict[str, object]) -> Callable[[], None]:
            if "name" not in changed:
                return self._keep({})
            run = self._renaming
            if run is None or run.person is not person \
                    or not self._continues(edit_key(person, changed)):
                run = self._new_run(person)
            return self._keep(run.drafts)

        def then(changed: dict[str, object]) -> None:
            if "name" in changed and self._renaming is not None:
                follow(self.session, self._renaming)

        return self._edit_item(person, values, PeopleChanged(), keep, then)

    def rename_facilitator(self, name: str) -> Change | None:
        """The facilitator's name, as typed into its box on *Who is here*; what named them
        follows it, as a person's (`edit_participant`)."""
        session = self.session

        def keep(changed: dict[str, object]) -> Callable[[], None]:
            run = self._renaming
            if run is None or run.person is not None \
                    or not self._continues(edit_key(session, changed)):
                run = self._new_run(None)
            return self._keep(run.drafts)

        def then(changed: dict[str, object]) -> None:
            if self._renaming is not None:
                follow(session, self._renaming)

        return self._edit_item(session, {"facilitator": name.strip()},
                               DetailsChanged("facilitator"), keep, then)

    def given_in_run(self) -> tuple[Participant, list[tuple[int, int]]] | None:
        """Whom the name being typed is (the facilitator too), and the points kept as typed it
        has given them (`follow`), as (answer's index, point's): said as their edit ends (the
        box left); None for none."""
        run = self._renaming
        person = None if run is None else run.person or self.session.participant(FACILITATOR)
        if run is None or person is None:
            return None
        mine = [p for p, _, by in run.points if not by and p.by == person.id]
        given = [(i, j) for i, answer in enumerate(self.session.answers)
                 for j, point in enumerate(answer.points) if any(point is p for p in mine)]
        return (person, given) if given else None

    def emptied_in_run(self) -> tuple[str, int, int] | None:
        """A person's name emptied (a role or agency kept them listed): the name they had,
        and how many agreed actions and last time's actions still name them (`follow` leaves
        an owner as it was for a name emptied); None where no name was emptied."""
        run = self._renaming
        if run is None or run.person is None or run.person.name.strip() or not run.before.strip():
            return None
        return run.before.strip(), len(run.actions), len(run.carried)

    def _keep(self, drafts: dict[str, str]) -> Callable[[], None]:
        """How to put back the people, the actions, last time's actions' owners, the
        `drafts` named as they are now (a draft is otherwise never undone), and the points,
        who said each and their words: a rename gives someone the points kept as typed for
        them (`_give_points`), and a facilitator handing over takes theirs
        (model/handover.py)."""
        s = self.session
        restore = keep_lists(s.participants, s.actions,
                             *(answer.points for answer in s.answers))
        facilitator = s.facilitator
        owners = [(c, c.owner, c.owner_there) for c in s.carried]
        kept = {k: s.drafts.get(k, "") for k in drafts}

        def put_back() -> None:
            restore()
            s.facilitator = facilitator
            for c, owner, there in owners:
                c.owner, c.owner_there = owner, there
            for k, text in kept.items():
                s.set_draft(k, text)

        return put_back


def known_as(session: Session, name: str) -> str:
    """The id of the one listed (or a team session's facilitator: `FACILITATOR`) whom the
    session file shows was sent, or given, as `name` (`name_key`): a point accepted from the
    room under it and said by them (`Point.from_room`, `Point.by`), or last time's action
    they own that its session gives to that name (`CarriedAction.owner_there`, a rename).
    "" for no one, for "anonymous", or where that names more than one (which was meant is
    a guess). Ann Example renamed Anne Exampleton, reflect quit and the session opened
    again: her phone, which keeps the name it joined with, sent a point as "Ann Example",
    and she was asked about as someone not on Who is here; added, she was listed twice (a
    trial). The caller checks first that no one listed has the name now (`renamed_from`)."""
    key = name_key(name)
    if not key or key == ANONYMOUS:
        return ""
    ids = {p.by for answer in session.answers for p in answer.points
           if p.by and p.from_room is not None and name_key(p.from_room) == key}
    people = speakers(session)
    for c in session.carried:
        owner = one_named(people, c.owner) if c.owner_there is not None \
            and name_key(c.owner_there) == key else None
        if owner is not None:
            ids.add(owner.id)
    found = [pid for pid in ids if session.participant(pid) is not None]
    return found[0] if len(found) == 1 else ""


def owned_by(session: Session, person: Participant | None) -> list[Action]:
    """The actions whose owner names `person` (None: the facilitator) and no one else
    listed."""
    return [a for a in session.actions if _names(session, person, a.owner)]


def name_of(session: Session, person: Participant | None) -> str:
    """`person`'s name; None: the facilitator's."""
    return session.facilitator if person is None else person.name


def _names(session: Session, person: Participant | None, owner: str) -> bool:
    """Whether an owner names `person`, and no one else listed: no name, or two people of
    that name, and which one was meant is a guess. The facilitator of a team session (not
    of a reflection: its owners are who else), where Who is here lists no one of their name
    (the same person listed there: theirs, `one_named`)."""
    name = name_of(session, person)
    if person is None:
        alone = session.mode == "team" and bool(name_key(name)) \
            and not any(name_key(p.name) == name_key(name) for p in session.participants)
    else:
        alone = one_named(session.participants, name) is person
    return alone and name_key(owner) == name_key(name)


def _credits(session: Session, person: Participant | None, text: str) -> bool:
    """Whether the "@…" ending `text` names `person` (None: the facilitator), as Enter reads
    a point: among those here, or among everyone listed for someone marked not here (Enter
    then says so)."""
    pid = FACILITATOR if person is None else person.id
    people = speakers(session)
    here = candidates(people)
    pool = here if any(p.id == pid for p in here) else people
    return bool(pid) and attribute(text, pool).by == pid


def handed_over(run: _Renaming, name: str) -> bool:
    """Whether `name`, typed into the Facilitator box, names someone other than the
    facilitator the run began with: no correction of their name, or of one they had before
    it (`corrects_each`)."""
    return run.person is None and not corrects_each((*run.was, run.before), name)


def named_by(session: Session, person: Participant | None) -> _Renaming:
    """What names `person` now, to follow their name as it is typed."""
    drafts = {k: text for k, text in session.drafts.items()
              if k == OWNER_DRAFT and _names(session, person, text)
              or k.startswith(POINT_DRAFTS) and _credits(session, person, text)}
    points: list[tuple[Point, str, str]] = [
        (p, p.text, p.by) for answer in session.answers for p in answer.points
        if not p.by and "@" in p.text]
    return _Renaming(person, name_of(session, person),
                     [(a, a.owner) for a in owned_by(session, person)],
                     [(c, c.owner, c.owner_there) for c in session.carried
                      if _names(session, person, c.owner)], drafts,
                     points=points, points_under=name_of(session, person))


def follow(session: Session, run: _Renaming) -> None:
    """Each thing that named the person names them by the name they have now; as it was, for
    the name they had (Esc), none (a name emptied while typed) or, for the facilitator, a name
    that is no correction of theirs (`handed_over`: someone else took over)."""
    name = name_of(session, run.person).strip()
    back = not name or name == run.before.strip() or handed_over(run, name)
    for action, owner in run.actions:
        if any(a is action for a in session.actions):
            action.owner = owner if back else name
    for c, owner, there in run.carried:
        if any(x is c for x in session.carried):
            earlier = owner if there is None else there  # (what the agreeing session says)
            c.owner, c.owner_there = (owner, there) if back else \
                (name, None if name == earlier else earlier)
    for k, text in run.drafts.items():
        if k == OWNER_DRAFT:
            session.set_draft(k, text if back else name)
            continue
        renamed = text if back or _credits(session, run.person, text) else \
            at_renamed(text, name)
        session.set_draft(k, renamed if _credits(session, run.person, renamed) else text)
    _give_points(session, run, name)


def _give_points(session: Session, run: _Renaming, name: str) -> None:
    """The points kept as typed as the person's edit began, as they were; then, under a name
    other than theirs then, those whose "@…" names them alone among those here
    (`presence.give_kept`; someone marked not here is given theirs as they are ticked). The
    facilitator's are given once what the one before did is theirs (`give_facilitator`)."""
    person = run.person
    for point, text, by in run.points:
        point.text, point.by, point.typed_as = text, by, None
    if person is not None and person.attended and name_key(name) \
            and name_key(name) != name_key(run.points_under) \
            and any(p is person for p in session.participants):
        presence.give_kept(session, person)


def give_facilitator(session: Session, run: _Renaming) -> None:
    """A team session's facilitator, named or renamed in the Facilitator box, given the points
    kept as typed for the name it holds now (`presence.give_kept`), as someone renamed on Who
    is here is: "… @Kim" stayed nobody's once Kim Example was named the facilitator (a
    trial). After model/handover.py has listed the one before with what they said, so that
    none of these goes to them; not where Who is here lists the facilitator (theirs there)."""
    leads = session.participant(FACILITATOR)
    name = session.facilitator
    if run.person is None and leads is not None and name_key(name) \
            and name_key(name) != name_key(run.points_under) \
            and any(p.id == FACILITATOR for p in speakers(session)):
        presence.give_kept(session, leads)
