"""Who is here, who left early and who did not come: the one rule for marking someone away.

A facilitator unticks someone who leaves mid-meeting. Marked "not here", they read in the
notes as "Invited, did not attend" beside the points they made and the action they own, and
`@` and their name found no one (a fresh-eyes trial). So someone who has said a point or owns
an action here, marked away, has *left early*: here for part of the meeting, listed as
attended (`Participant.presence`), still `@`-named and in *Said by…*. Anyone else marked away
is not here. The app's Space on *Who is here* and plain mode's `n` both come here.

Marked here again, someone is given the points kept as typed for them while they were not here
(`kept_for`): "“@Robin” is Robin Madeup, marked not here, so point 2 is kept as typed. Tick
them on Who is here…", and once ticked the point stayed nobody's, "@Robin" in the notes, where
the export's check took it for a name to redact (a fresh-eyes trial). So is someone added late
(`added_said`: "… notes @Alex" typed before Alex Example was listed stayed nobody's, a trial),
someone listed from the room (model/room_edits.py), and someone renamed to the name an "@…"
gives, or named so in the Facilitator box (model/rename_edits.py): `give_kept`, one rule.
Taken off the list again, they give those points back, kept as typed (`taken_off`).

What the notes' attendance says (`attendance`, one rule for every format): who attended, those
who arrived after the meeting had moved on from Who is here so marked ("arrived during
Question 2", `arrived`: a late arrival read as there throughout, a children's team's trial),
those who left early so marked, with the step the meeting was on ("left early during Question
3", `left`: "left early" alone left a school's lead asking when),
then those invited who did not attend, then, apart, those the team's last meeting brought onto
the list who were not ticked (`Participant.listed_last_time`): in week 2 everyone at week 1 not
ticked read "Invited, did not attend", though nobody had invited them (the same trial).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reflect.model.attribution import at_off, at_on, at_typed, attribute, candidates, speakers
from reflect.model.roles import name_key
from reflect.model.session import Participant, Presence, Session, Timing
from reflect.model.steps import Step
from reflect.model.undo import taken_out
from reflect.text import listed, plural, printable

LEFT_EARLY_MEANS = "here for part of the meeting"
"""What *left early* means, wherever it is explained."""


ATTENDED = "Participants"
INVITED = "Invited, did not attend"
LISTED_LAST_TIME = "On last time's list, not at this meeting"
"""The notes' attendance headings: who came, who was typed for this meeting and did not come,
and who was only brought onto the list from the team's last meeting."""

MOVED_ON_SECONDS = 60
"""Time counted on a step after Who is here before the meeting is taken to be on it: people
ticked as they come in, after the facilitator has glanced through the steps before the meeting
began, are not late."""


BACK_SECONDS = 15
"""Time counted on a step before the one the meeting was on, in one stay, before the meeting is
taken to be back on it: PgUp from Question 1 back to Who is here passes each step between in
under a second, and someone added there then "arrived during Introduction and context", a step
shown for one second, the meeting long past it (a facilitator's trial)."""


def attendance(people: Sequence[Participant]) -> list[tuple[str, list[Participant]]]:
    """(heading, people) for each of `ATTENDED`, `INVITED` and `LISTED_LAST_TIME` with anyone
    under it, in that order: the one rule every notes format lists attendance by."""
    away = [p for p in people if not p.attended]
    groups = [(ATTENDED, [p for p in people if p.attended]),
              (INVITED, [p for p in away if not p.listed_last_time]),
              (LISTED_LAST_TIME, [p for p in away if p.listed_last_time])]
    return [(heading, group) for heading, group in groups if group]


def under_way(timing: Timing) -> bool:
    """Whether the meeting has begun: `MOVED_ON_SECONDS` counted in all on the steps after Who
    is here (a glance through them before it began counts a few seconds each)."""
    return sum(s for key, s in timing.spent.items() if key != "people") >= MOVED_ON_SECONDS


def meeting_step(step: Step, timing: Timing) -> str | None:
    """The label of `step` where the meeting is on it: a step after Who is here with at least
    `MOVED_ON_SECONDS` counted on it, or any step after it once the meeting is under way
    (`under_way`); else None (SessionEdits keeps the last one found). A step had to have its
    own minute until 6 December 2026: under a seven-minute plan a step may have less, and
    someone who came in on Question 3's eighth second arrived "during Question 2" (a trial)."""
    if step.kind == "people":
        return None
    if timing.spent.get(step.key, 0) < MOVED_ON_SECONDS and not under_way(timing):
        return None
    return step.label


def arrived(person: Participant, was: Presence, meeting_at: str | None) -> str | None:
    """`Participant.arrived_during` for `person` just marked here or away (`was`: before):
    marked here from not here, the step the meeting is on (`meeting_at`; None while it has not
    moved on from Who is here); here still, or left early, as it was; not here, None."""
    if person.presence == "not here":
        return None
    return meeting_at if was == "not here" else person.arrived_during


def left(person: Participant, was: Presence, meeting_at: str | None) -> str | None:
    """`Participant.left_during` for `person` just marked here or away (`was`: before): marked
    left early from here, the step the meeting is on (`meeting_at`; None while it has not moved
    on from Who is here), as an arrival's is kept (`arrived`); left early still, as it was;
    here or not here, None. "Left early" alone, beside "arrived during Question 1", left a
    facilitator asking when (a school's trial)."""
    if person.presence != "left early":
        return None
    return meeting_at if was != "left early" else person.left_during


def left_words(person: Participant) -> str:
    """`left early during Question 3` for someone marked left early once the meeting had moved
    on (`left early` where it had not, or in a file from before the step was kept); "" for
    anyone else."""
    if person.presence != "left early":
        return ""
    return f"left early during {person.left_during}" if person.left_during else "left early"


def arrived_words(person: Participant) -> str:
    """`arrived during Question 2` for someone here who came late; "" otherwise."""
    return f"arrived during {person.arrived_during}" if person.attended and \
        person.arrived_during else ""


def arrived_said(person: Participant) -> str:
    """What marking `person` here, or adding them, says where they arrived late: `Alex Example
    arrived during Question 2: the notes say so.`; "" otherwise."""
    late = arrived_words(person)
    return f"{printable(person.name.strip() or person.describe())} {late}: the notes say so." \
        if late else ""


def presence_said(person: Participant) -> str:
    """Whether `person` is here, in the words Who is here's Selected line gives it: `here`,
    `arrived during Question 2`, `arrived during Question 2, left early during Question 3`,
    `left early`, `not here`, `not
    here (on last time's list)`: what the notes will say of them."""
    if person.presence == "not here":
        return "not here (on last time's list)" if person.listed_last_time else "not here"
    late = arrived_words(person)
    if person.presence == "left early":
        return f"{late}, {left_words(person)}" if late else left_words(person)
    return late or "here"


def owns(session: Session, person: Participant) -> int:
    """How many of the session's actions `person` owns: the owner typed as their name (their
    role, nameless), case and punctuation aside, and no one else's (two people of one name:
    whose it is would be a guess)."""
    def key(p: Participant) -> str:
        return name_key(p.name.strip() or p.role.strip())

    mine = key(person)
    if not mine or sum(key(p) == mine for p in session.participants) != 1:
        return 0
    return sum(1 for act in session.actions
               if act.owner.strip() and name_key(act.owner) == mine)


def said(session: Session, person: Participant) -> int:
    """How many points on the session's questions are said by `person`."""
    return sum(1 for answer in session.answers for point in answer.points
               if person.id and point.by == person.id)


def took_part(session: Session, person: Participant) -> tuple[int, int]:
    """The points `person` said and the actions they own here: (0, 0) for someone who has
    not yet taken part."""
    return said(session, person), owns(session, person)


def marked(session: Session, person: Participant, here: bool) -> tuple[bool, bool | None]:
    """`attended` and `left_early` for `person` marked here (`here`) or away: away, someone
    who took part has left early, anyone else is not here."""
    if here:
        return True, None
    return (True, True) if any(took_part(session, person)) else (False, None)


def part_taken(session: Session, person: Participant, owns: str = "owns") -> str:
    """`said 2 points and owns 1 action` ("" for someone who has not taken part); `owns`:
    the verb as the sentence needs it ("own" after "They")."""
    points, actions = took_part(session, person)
    return " and ".join(x for x in (
        f"said {plural(points, 'point')}" if points else "",
        f"{owns} {plural(actions, 'action')}" if actions else "") if x)


def away_said(session: Session, person: Participant, again: str = "") -> str:
    """What marking `person` away says where they have left early ("" where they are not
    here): why it is not "not here", then `again` (how to mark them here)."""
    if person.presence != "left early":
        return ""
    done = part_taken(session, person)
    who = person.name.strip() or person.describe()
    when = f" during {person.left_during}" if person.left_during else ""
    return (f"{who} {done} in this session, so is marked left early{when} "
            f"({LEFT_EARLY_MEANS}): "
            "the notes list them as attended, not as did not attend."
            + (f" {again}" if again else ""))



def kept_for(session: Session, person: Participant) -> list[tuple[int, int]]:
    """Each point said by no one whose "@…" names `person`, and only them, once they are
    marked here (among those here, as the point box reads it: model/said_by.py), as (its
    answer's index, its own): the points kept as typed while they were marked not here."""
    here = person.model_copy(update={"attended": True})
    people = candidates([here if p is person else p for p in speakers(session)])
    return [(i, j) for i, answer in enumerate(session.answers)
            for j, point in enumerate(answer.points)
            if not point.by and "@" in point.text
            and attribute(point.text, people).by == person.id]


def give_kept(session: Session, person: Participant) -> list[tuple[int, int]]:
    """The points kept as typed for `person` (`kept_for`) said by them, their "@…" taken
    off and their words as typed kept (`Point.typed_as`, for `taken_off`): as they are
    marked here, added late (`SessionEdits.add_participant`), listed from the room
    (model/room_edits.py), or renamed, or named as the facilitator, to the name an "@…"
    gives (model/rename_edits.py). Returns which, as `kept_for` gives them."""
    given = kept_for(session, person)
    for i, j in given:
        point = session.answers[i].points[j]
        point.text, point.by, point.typed_as = at_off(point.text), person.id, point.text
    return given


def taken_off(session: Session, person: Participant) -> Callable[[], None]:
    """`person`, about to be taken off the list (Delete): the points `give_kept` gave them
    kept as typed again (`Point.typed_as`; their edits since kept, the "@…" at the end),
    said by no one, for whoever is listed by it next: "@Alex" given to Alex Example, added
    late, lost who said it once Alex was removed (a trial); the points they said otherwise
    are left to be said by no one. How to put them back, theirs again, as they were, where
    no one else was given them since (`undo.taken_out`)."""
    mine = [p for answer in session.answers for p in answer.points
            if person.id and p.by == person.id]
    given = [(p, p.text, p.typed_as) for p in mine if p.typed_as is not None]
    restore = taken_out(session.participants, person, session.fill_ids,
                        [p for p in mine if p.typed_as is None])
    kept: list[str] = []
    for point, text, typed in given:
        kept.append(typed if text == at_off(typed) else at_on(text, typed))
        point.text, point.by, point.typed_as = kept[-1], "", None

    def put_back() -> None:
        if any(p is person for p in session.participants):
            return
        restore()
        for (point, text, typed), was in zip(given, kept, strict=True):
            if not point.by and point.text == was:
                point.text, point.by, point.typed_as = text, person.id, typed

    return put_back


def removal_question(session: Session, person: Participant, words: str) -> str:
    """The question Delete asks before removing `person` (`words`: them, as the list shows
    them): for someone who said a point or owns an action, what happens to each
    (`removal_said`: their actions were not mentioned, a trial); then, for anyone, what to do
    instead, as they are marked now (`removal_instead`)."""
    instead = removal_instead(session, person)
    if not any(took_part(session, person)):
        return (f"Remove {words} from the list?\n\nPoints they made stay, without their name. "
                f"{instead}")
    return f"Remove {words} from the list?\n\n{removal_said(session, person)}\n{instead}"


def removal_said(session: Session, person: Participant) -> str:
    """What the question before removing `person`, who said points or owns actions, says
    happens to each, a line each: `They said 2 points and own 1 action.` / `Their 2 points
    stay, with no name.` (and `kept_again_said`) / `Their action stays, their name still in
    its Owner box.` It read "the points stay, without their name (point 2 on Question 1 kept
    as typed again, “@…” and all: theirs if they are added again), and each action keeps its
    owner as typed": two ways to read who the points were then, and whether the action lost
    its owner (a trial)."""
    points, actions = took_part(session, person)
    lines = [f"They {part_taken(session, person, owns='own')}."]
    if points:
        stay = "Their point stays" if points == 1 else f"Their {points} points stay"
        lines.append(f"{stay}, with no name.{kept_again_said(session, person)}")
    if actions:
        lines.append("Their action stays, their name still in its Owner box." if actions == 1
                     else f"Their {actions} actions stay, their name still in each Owner box.")
    return "\n".join(lines)


def removal_instead(session: Session, person: Participant) -> str:
    """The last line of the question before removing `person`: what to do instead, as they are
    marked now. Someone here: `To record that they left early, press Space instead.` (`were
    not here`, for someone who took no part: `marked`). Someone marked away already, whom
    Space would mark here: what keeping them (the dialog's Keep, n) keeps, `Keep (n) leaves them
    in the notes as attended, left early.` (or under `“Invited, did not attend”`). Someone left
    early was told to press Space to record that they left early, which would have marked them
    here (a trial)."""
    if person.presence == "here":
        away = "left early" if any(took_part(session, person)) else "were not here"
        return f"To record that they {away}, press Space instead."
    if person.presence == "left early":
        return "Keep (n) leaves them in the notes as attended, left early."
    heading = LISTED_LAST_TIME if person.listed_last_time else INVITED
    return f"Keep (n) leaves them in the notes under “{heading}”."


def kept_again_said(session: Session, person: Participant) -> str:
    """After `removal_said`'s points, where `taken_off` would give points back the "@…" they
    were typed with: ` Point 2 on Question 1 gets back the “@Robin” typed in it, so it is
    theirs again if Robin Madeup is added back.` (“@…” where the points' differ); "" for
    none."""
    given = [(i, j) for i, answer in enumerate(session.answers)
             for j, point in enumerate(answer.points)
             if person.id and point.by == person.id and point.typed_as is not None]
    if not given:
        return ""
    typed = {at_typed(session.answers[i].points[j].typed_as or "") for i, j in given}
    at = f"“{typed.pop()}”" if len(typed) == 1 else "“@…”"
    where = _where(given)
    name = printable(person.name.strip())
    who = f"{name} is" if name else "they are"
    if len(given) == 1:
        return f" {where[0].upper()}{where[1:]} gets back the {at} typed in it, so it is " \
            f"theirs again if {who} added back."
    return f" {where[0].upper()}{where[1:]} get back the {at} typed in them, so they are " \
        f"theirs again if {who} added back."


def ticked_said(session: Session, person: Participant) -> str:
    """What Space on *Who is here* says as it marks `person` here, where that gives them
    points kept as typed for them (`kept_for`), said before it does: `Robin Madeup is here
    now, so point 2 on Question 1 is said by them, its “@…” taken off.`; "" otherwise (they
    are here already, or no point was kept for them)."""
    kept = kept_for(session, person) if person.presence != "here" else []
    return given_said(person, kept)


def added_said(session: Session, person: Participant) -> str:
    """What adding `person` on *Who is here* says where it gave them points kept as typed
    (`SessionEdits.add_participant`): those are all they have said, just added; "" for none."""
    return given_said(person, said_where(session, person))


def said_where(session: Session, person: Participant) -> list[tuple[int, int]]:
    """Each point said by `person`, as (its answer's index, its own)."""
    return [(i, j) for i, answer in enumerate(session.answers)
            for j, point in enumerate(answer.points) if person.id and point.by == person.id]


def given_said(person: Participant, given: list[tuple[int, int]],
               lead: str = "{} is here now") -> str:
    """The points `given` to `person` from "@…" kept as typed, said: `lead` (their name in
    it), then `so point 2 on Question 1 is said by them, its “@…” taken off.`; "" for none."""
    if not given:
        return ""
    where = _where(given)
    who = lead.format(printable(person.name.strip() or person.describe()))
    if len(given) == 1:
        return f"{who}, so {where} is said by them, its “@…” taken off."
    return f"{who}, so {where} are said by them, each “@…” taken off."


def _where(given: list[tuple[int, int]]) -> str:
    """`points 1 and 2 on Question 1 and point 3 on Question 2`."""
    by_question: dict[int, list[int]] = {}
    for i, j in given:
        by_question.setdefault(i, []).append(j + 1)
    return listed([f"{'point' if len(js) == 1 else 'points'} {listed([str(j) for j in js])}"
                   f" on Question {i + 1}" for i, js in by_question.items()])
