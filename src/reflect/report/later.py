"""Each agreed action as the team's latest meeting to carry it shows it, for a report: its
status, progress note and due date at their newest, and the meeting that moved its due date
named as titled now.

A later meeting that sets a new due date (or a status, or a note) on last time's actions
writes it back to the session that agreed the action; where it could not (that session open
in another reflect, changed there since), the new date stays in the later meeting's copy
(`CarriedAction`), and the meeting after carries it from there (store/carry.py,
`newest_due`: `later_is_newer`, one rule). The report read the agreeing session's file alone:
an action moved on to 18 December at week 2 was listed overdue since 1 November, where week
3's last time's actions said it was due on the 18th (a trial). And it named the meeting that
moved a date by the title it had when it wrote the date back, where the sessions list shows
it renamed since.

`carried_facts` keeps what a meeting's copies show (names redacted, as every text of the
facts: report/facts.py); `carried_on` sets each action by the latest meeting to carry it,
over every session read, whatever the filters (the team's next meeting may be on another
review, or after the period). Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, cast

from reflect.model.moved import moved_words
from reflect.model.newest import Noted, later_is_newer, noted_by
from reflect.model.teams import team_key
from reflect.report.dates import due_date, due_parts, utc
from reflect.text import one_line

if TYPE_CHECKING:
    from reflect.model.session import Session
    from reflect.report.facts import ActionFacts, SessionFacts


class Moved(NamedTuple):
    """The later meeting that moved an action's due date (`Action.moved_in`)."""

    session_id: str
    label: str
    """Its title as kept with the action (names redacted): said where the meeting is not
    among the sessions read; else its title now."""
    held: date | None
    """The day it was held; None where not known (a date not yet written back, set at a
    meeting not among the sessions read)."""


class CarriedFacts(NamedTuple):
    """What a meeting's copy of one of last time's actions shows, and what it last saw in the
    session that agreed it (`CarriedAction.known_earlier`): texts redacted."""

    session_id: str
    action_id: str
    status: str
    known_status: str
    progress: str | None
    """The note typed there, else the one carried there; None: none (an older file)."""
    known_progress: str
    due: str
    """`CarriedAction.due_here`: the new due date typed there, else the one carried."""
    due_date: date | None
    known_due: str
    known_due_date: date | None
    due_by: Noted
    """The meeting that set `due` where it is not the agreeing session's (`noted_by`)."""
    status_before: str = ""
    """The status it came to the meeting with (`CarriedAction.status_before`)."""


def carried_facts(session: Session, clean: Callable[[str], str]) -> tuple[CarriedFacts, ...]:
    """What each of `session`'s copies of last time's actions shows (`clean` redacts a text)."""
    out = []
    meeting = (session.id, session.label)
    for c in session.carried:
        known, (due, day) = c.known_earlier, c.due_here()
        progress = c.note or c.progress_before
        by = noted_by((due, day) == (c.due, c.due_date), (c.due_noted_in_id, c.due_noted_in),
                      meeting)
        out.append(CarriedFacts(
            c.session_id, c.action_id, c.status, known.status,
            None if progress is None else clean(progress), clean(known.progress), clean(due),
            day, clean(known.due), known.due_date, (by[0], clean(by[1])), c.status_before))
    return tuple(out)


def to_rows(carried: tuple[CarriedFacts, ...]) -> list[list[object]]:
    return [[c.session_id, c.action_id, c.status, c.known_status, c.progress,
             c.known_progress, c.due, _iso(c.due_date), c.known_due, _iso(c.known_due_date),
             list(c.due_by), c.status_before] for c in carried]


def from_rows(rows: object) -> tuple[CarriedFacts, ...]:
    """`to_rows`' data read back; raises TypeError or ValueError when damaged."""
    out = []
    for sid, aid, status, known_status, progress, known_progress, due, day, known_due, \
            known_day, by, before in checked_rows(rows, 12, "carried action"):
        if not (type(sid) is type(aid) is type(status) is type(known_status) is type(before)
                is type(known_progress) is type(due) is type(known_due) is str) \
                or (progress is not None and type(progress) is not str) \
                or type(by) is not list or len(by) != 2 or any(type(x) is not str for x in by):
            raise TypeError("a damaged carried action")
        out.append(CarriedFacts(sid, aid, status, known_status, progress, known_progress, due,
                                _day(day), known_due, _day(known_day), (by[0], by[1]),
                                before))
    return tuple(out)


def checked_rows(rows: object, width: int, what: str) -> list[list[object]]:
    """`rows` as the report's cache writes them: a list of lists of `width` values each;
    TypeError ("a damaged `what`") where they are not (the cache is then read again)."""
    if type(rows) is not list:
        raise TypeError("a damaged list")
    if any(type(row) is not list or len(row) != width for row in rows):
        raise TypeError(f"a damaged {what}")
    return cast("list[list[object]]", rows)


def moved_row(moved: Moved | None) -> list[object] | None:
    return None if moved is None else [moved.session_id, moved.label, _iso(moved.held)]


def moved_from_row(row: object) -> Moved | None:
    if row is None:
        return None
    if type(row) is not list or len(row) != 3 or type(row[0]) is not str \
            or type(row[1]) is not str:
        raise TypeError("a damaged meeting")
    return Moved(row[0], row[1], _day(row[2]))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: object) -> date | None:
    if value is None:
        return None
    if type(value) is not str:
        raise TypeError("a damaged date")
    return date.fromisoformat(value)


def carried_on(sessions: Iterable[SessionFacts]) -> Callable[[SessionFacts], SessionFacts]:
    """Of `sessions` (every one read), a session with each agreed action as the team's latest
    meeting to carry it shows it (by when each was started, as carry-over orders them): its
    status, progress note and due date where that meeting's are newer (`later_is_newer`), the
    date first agreed kept and that meeting said as having moved it; and the meeting that
    moved a date named as titled now. The session itself where nothing changes."""
    every = list(sessions)
    by_id = {s.id: s for s in every}
    latest: dict[tuple[str, str, str], CarriedFacts] = {}
    carrier: dict[tuple[str, str, str], str] = {}  # the meeting that carried it last, by id
    for s in sorted((s for s in every if s.carried and s.mode == "team" and not s.read_only),
                    key=lambda s: (utc(s.created), s.id)):
        for c in s.carried:  # (carried into a session of the same team only: carry.py)
            key = (team_key(s.team), c.session_id, c.action_id)
            latest[key], carrier[key] = c, s.id

    def label(moved: Moved) -> Moved:
        met = by_id.get(moved.session_id)
        if met is None:
            return moved
        from reflect.report.gather import session_date

        return Moved(moved.session_id, met.title or one_line(met.review_title),
                     moved.held or session_date(met))

    carried = {key[1] for key in latest}  # the sessions whose actions a meeting carried

    def newest(s: SessionFacts) -> SessionFacts:
        if s.mode != "team" or s.id not in carried and all(
                a.moved is None and a.done_in is None for a in s.actions):
            return s  # (most sessions: the pass took 1 ms over 3,000, 3.5 ms before this)
        team = team_key(s.team)
        actions = tuple(_done_in(_newest(s, a, latest.get(k := (team, s.id, a.id)), label),
                                 latest.get(k), carrier.get(k, ""), label)
                        for a in s.actions)
        if all(new is old for new, old in zip(actions, s.actions, strict=True)):
            return s
        return replace(s, actions=actions)

    return newest


def _newest(s: SessionFacts, act: ActionFacts, later: CarriedFacts | None,
            label: Callable[[Moved], Moved]) -> ActionFacts:
    """`act`, of `s`, as `later` (the latest meeting's copy of it) shows it."""
    if later is None and act.moved is None:
        return act
    status, progress, due, day = act.status, act.progress, act.due, act.due_date
    agreed, agreed_day, moved = act.agreed_due, act.agreed_due_date, act.moved
    if later is not None:
        if later_is_newer(status, later.status, later.known_status):
            status = later.status
        if later_is_newer(progress, later.progress, later.known_progress):
            progress = later.progress or ""
        # (a date kept without one, in an older file, read as the agreeing session reads it)
        shown = (later.due, due_date(later.due_date, later.due, s.created))
        known = (later.known_due, due_date(later.known_due_date, later.known_due, s.created))
        if later_is_newer((due, day), shown, known):
            if agreed is None:  # the date the meeting agreed, kept beside the new one
                agreed, agreed_day = due, day
            (due, day), moved = shown, Moved(*later.due_by, None)
            if (due, day) == (agreed, agreed_day):  # moved back to the date agreed
                agreed = agreed_day = moved = None
    if moved is not None:
        moved = label(moved)
    if (status, progress, due, day, moved) == (act.status, act.progress, act.due,
                                               act.due_date, act.moved):
        return act
    by = "" if moved is None else moved_words(due, day, moved.label, moved.held)
    return act._replace(status=status, progress=progress, due=due, due_date=day,
                        agreed_due=agreed, agreed_due_date=agreed_day, moved=moved,
                        shown=due_parts(due, day, agreed, agreed_day, by))


def _done_in(act: ActionFacts, later: CarriedFacts | None, meeting: str,
             label: Callable[[Moved], Moved]) -> ActionFacts:
    """`act`, done, with the later meeting that marked it done (`ActionFacts.done_in`):
    the latest meeting to carry it, where it was not done when that meeting carried it; else
    the meeting its session keeps (`Action.done_in`, written back), named as titled now where
    it is among the sessions read, else as kept. A trial's report said `done` alone, where the
    notes of each meeting said which marked it; and it said `done` alone again where that
    meeting's file was not read (in another folder, or gone)."""
    if act.status != "done":  # (reopened by a later meeting: done nowhere)
        return act if act.done_in is None else act._replace(done_in=None)
    if later is None or later.status != "done" or later.status_before == "done":
        return act if act.done_in is None else act._replace(done_in=label(act.done_in))
    return act._replace(done_in=label(Moved(meeting, "", None)))
