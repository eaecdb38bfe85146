"""Last time's actions: a team's open actions from its earlier sessions, and updating them there.

When a team starts a new session, the actions it agreed before and has not finished are offered
at the start (`Session.carried`), so the room can say where each one got to. A status, a
progress note, a new due date or an owner set then is written back to the earlier session's file too
(store/write_back.py, `write_back`).

Which sessions count as the same team's: team sessions (individual reflections are a person's
own and are never offered to a room) whose team, compared by `team_key` (model/teams.py, the
key the report groups teams by too), equals the new one's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from reflect.model.dates import local_day
from reflect.model.due import closed, said_on
from reflect.model.newest import OWN, Noted, later_is_newer, noted_by
from reflect.model.roles import HANDED_OVER
from reflect.model.session import (
    Action,
    ActionStatus,
    CarriedAction,
    Participant,
    Session,
)
from reflect.model.teams import one_spaced, same_team, team_key
from reflect.store import sessions as session_files
from reflect.store.errors import SessionError
from reflect.store.index import SessionSummary, list_summaries
from reflect.store.write_back import held


def open_actions_for_team(sessions_dir: Path, team: str, exclude_id: str = "",
                          cache: Path | None = None) -> list[CarriedAction]:
    """Every action not yet done (nor dropped) from the team's earlier sessions, oldest session
    first, at its newest known status, progress note, due date and owner (`newest_status`,
    `newest_progress`, `newest_due`: a later meeting's that could not be written back, said;
    `newest_owner`).

    Candidates are found from the cached session summaries, so only the team's own files are
    read. Read-only sessions (written by a newer reflect, or a renamed copy) and files that
    cannot be read are skipped: the start screen reports those. `exclude_id` is the session
    being started. The same action (session id and action id) is never offered twice.
    """
    sessions = _team_sessions(sessions_dir, team, exclude_id, cache)
    sessions.sort(key=lambda s: (s.created, s.id))
    held_on = {s.id: s.created for s in sessions}  # (the day due words were typed)
    titles = {s.id: s.label for s in sessions}  # a meeting that noted a value: as titled now
    latest = {(c.session_id, c.action_id): ((s.id, s.label), c)
              for s in sessions for c in s.carried}
    out: list[CarriedAction] = []
    seen: set[tuple[str, str]] = set()
    for session in sessions:
        for action in session.actions:
            key = (session.id, action.id)
            later = latest.get(key)
            status, by = newest_status(action, later)
            if closed(status) and not by[1] or key in seen:  # done, or dropped
                continue
            seen.add(key)
            progress, progress_by = newest_progress(action, later)
            (due, due_date), due_by = newest_due(action, later)
            owner, owner_there, owner_by = newest_owner(action, later)
            out.append(CarriedAction(
                session_id=session.id, session_label=session.label, action_id=action.id,
                text=action.text, owner=owner, owner_there=owner_there, due=due,
                due_date=due_date,
                status_before=status, status=status, progress_before=progress,
                noted_in_id=by[0], noted_in=titles.get(*by),
                progress_noted_in_id=progress_by[0],
                progress_noted_in=titles.get(*progress_by),
                due_noted_in_id=due_by[0], due_noted_in=titles.get(*due_by),
                owner_noted_in_id=owner_by[0], owner_noted_in=titles.get(*owner_by),
                earlier=held(action)))
            out[-1].session_held = local_day(session.created)
            out[-1].due_typed_on = typed_on(out[-1], held_on)
    return out


def typed_on(c: CarriedAction, held_on: Mapping[str, datetime]) -> date | None:
    """The day `c`'s due words were typed (`CarriedAction.due_typed_on`), of the days the
    team's meetings in `held_on` (session id: when each was started; this one left out) were
    held: the meeting whose due date is carried (the one that agreed it, or one since that
    could not write its new date back, `due_noted_in_id`), or one after it that may have
    moved it; named only where one of those days alone reads the words as the date carried
    (`due.said_on`)."""
    start = held_on.get(c.due_noted_in_id or c.session_id)
    if start is None or not c.due.strip():
        return None
    days = {local_day(when) for when in held_on.values() if when >= start}
    return said_on(c.due, c.due_date, days)


Later = tuple[Noted, CarriedAction]
"""The latest meeting to carry an action, and its carried copy of it."""


def newest_status(action: Action, later: Later | None) -> tuple[ActionStatus, Noted]:
    """The action's newest known status, and the meeting that noted it when that is not the
    session that agreed it (`OWN` then). A status the latest meeting to carry it set (or
    carried on from the one before) but never got written back there (refused: open
    elsewhere, the file unreadable, or changed there since, a `Clash`) is newer than the
    file's. One written back there is in the file, and anything there since is newer."""
    if later is None:
        return action.status, OWN
    meeting, carried = later
    if not later_is_newer(action.status, carried.status, carried.known_earlier.status):
        return action.status, OWN  # the same, or written back (then changed there since)
    return carried.status, noted_by(carried.status == carried.status_before,
                                    (carried.noted_in_id, carried.noted_in), meeting)


def newest_progress(action: Action, later: Later | None) -> tuple[str, Noted]:
    """As `newest_status`, for the progress note: the note the latest meeting to carry the
    action shows (typed there, or carried on from the one before) when it never got written
    back there. The next meeting carried the file's, and the note was lost (a known gap)."""
    if later is None:
        return action.progress, OWN
    meeting, carried = later
    shown = carried.note or carried.progress_before
    if shown is None or not later_is_newer(action.progress, shown,
                                           carried.known_earlier.progress):
        return action.progress, OWN
    return shown, noted_by(shown == carried.progress_before,
                           (carried.progress_noted_in_id, carried.progress_noted_in), meeting)


def newest_due(action: Action, later: Later | None
               ) -> tuple[tuple[str, date | None], Noted]:
    """As `newest_status`, for the due date (its words and the date they were read as): a new
    due date the latest meeting to carry the action shows that never got written back there.
    The next meeting carried the file's, and the new date was lost (a known gap)."""
    there = (action.due, action.due_date)
    if later is None:
        return there, OWN
    meeting, carried = later
    shown = carried.due_here()
    known = carried.known_earlier
    if not later_is_newer(there, shown, (known.due, known.due_date)):
        return there, OWN
    return shown, noted_by(shown == (carried.due, carried.due_date),
                           (carried.due_noted_in_id, carried.due_noted_in), meeting)


def newest_owner(action: Action, later: Later | None) -> tuple[str, str | None, Noted]:
    """The action's owner as the latest meeting to carry it shows it, and what the session
    that agreed it says where that is another (`CarriedAction.owner_there`): a person renamed
    on that meeting's *Who is here* (or at one before it, carried on), never written back
    (model/rename_edits.py). The meeting after showed the old name again, of someone its list,
    the latest meeting's, names anew. An owner given at that meeting (typed in its box, or
    carried on from the one before) that never got written back there is newer than the
    file's, as `newest_progress`'s note: that meeting's, written back at the next write-back.
    An owner changed in the agreeing session since is newer: that one, as it says. Third, the
    meeting that gave an owner never written back (`OWN` for the file's own): that meeting, or
    the one before it where it passed the owner on unchanged (`owner_noted_in`, emptied there
    as another owner is given)."""
    if later is None:
        return action.owner, None, OWN
    meeting, carried = later
    if later_is_newer(action.owner, carried.owner_for_earlier, carried.known_earlier.owner):
        by = noted_by(True, (carried.owner_noted_in_id, carried.owner_noted_in), meeting)
        return carried.owner, carried.owner_there, by  # (given there, perhaps renamed too)
    if carried.owner_there != action.owner:
        return action.owner, None, OWN
    owner = carried.owner
    return owner, None if owner == action.owner else action.owner, OWN


def relabel(sessions_dir: Path, session: Session, cache: Path | None = None) -> None:
    """Name each of last time's actions' earlier sessions, the later meetings that noted
    what could not be written back to them (`noted_in`, ...), and those that moved an agreed
    action's due date, gave it to another owner or marked it done (`Action.moved_in`,
    `Action.given_in`, `Action.done_in`) by their titles now, as read
    when `session` is opened: the names were kept as they were when the action was carried
    here, and after a rename (F2) the warnings, the table and the notes all quoted the old
    one. A session no longer in the folder keeps the name it had. In memory only: the file
    says the new name when it is next saved. Each earlier session's day is read with its
    title (`CarriedAction.session_held`, never saved)."""
    if not session.names_earlier_sessions():
        return
    moved = [by for a in session.actions for by in (a.moved_in, a.given_in, a.done_in)
             if by is not None]
    summaries = list_summaries(sessions_dir, cache).entries
    titles = {s.id: s.label for s in summaries}
    days = {s.id: local_day(s.created) for s in summaries}
    held_on = {s.id: s.created for s in summaries if s.id != session.id and s.mode == "team"
               and same_team(s.team, session.team) and s.created <= session.created}
    for by in moved:  # the meeting that moved an action's due date, or gave it on
        by.label = titles.get(by.session_id, by.label)
    for c in session.carried:
        c.session_label = titles.get(c.session_id, c.session_label)
        c.session_held = days.get(c.session_id)  # (for the table's From column)
        c.noted_in = titles.get(c.noted_in_id, c.noted_in)  # (no id, in older files: as kept)
        c.progress_noted_in = titles.get(c.progress_noted_in_id, c.progress_noted_in)
        c.due_noted_in = titles.get(c.due_noted_in_id, c.due_noted_in)
        c.owner_noted_in = titles.get(c.owner_noted_in_id, c.owner_noted_in)
        c.due_typed_on = typed_on(c, held_on)


def team_as_before(sessions_dir: Path, team: str, cache: Path | None = None) -> str:
    """`team` as the latest earlier session of that team spells it (case, spaces and
    punctuation aside, as `same_team` matches), or as typed for a team new here: one team
    keeps one name in the session list, which showed "Riverside HV team" and "riverside hv
    team" side by side (a trial). Either one-spaced (`one_spaced`: a file written before
    may hold "team   purple")."""
    if not team_key(team):
        return team
    earlier = [s for s in list_summaries(sessions_dir, cache).entries if same_team(s.team, team)]
    latest = max(earlier, key=lambda s: s.updated, default=None)
    return one_spaced(team if latest is None else latest.team)


def last_participants(sessions_dir: Path, team: str, exclude_id: str = "",
                      cache: Path | None = None) -> list[Participant]:
    """Who was at the team's latest session (by when it was started) that had anyone on its
    list, or typed for it and not there (`brought`), each marked not yet here (attended False,
    no id) for the facilitator to tick who came; [] for a team new to this folder. The team's
    sessions are found as `open_actions_for_team` finds them (cached summaries; only the
    team's files are read)."""
    return last_time(sessions_dir, team, exclude_id, cache)[0]


def last_time(sessions_dir: Path, team: str, exclude_id: str = "",
              cache: Path | None = None) -> tuple[list[Participant], str, int]:
    """`last_participants`, who facilitated the team's latest session that names a
    facilitator ("" for none), and the length its latest session planned (0 for no plan):
    what a new session for a returning team starts from. The length went back to *No time
    plan* at every meeting, while the facilitator and the people were carried (a
    health-visiting team lead's trial); the form offers it, chosen, for another to be chosen.

    The team's files are read newest first (by when each was started, as summarised), only
    until both are found: usually its latest alone. Every one of them was read (some 40 ms
    for a team with 19 sessions of 200), and the new-session form's keys wait for this."""
    people: list[Participant] | None = None
    led: str | None = None
    minutes: int | None = None
    candidates = sorted(_candidates(sessions_dir, team, exclude_id, cache),
                        key=lambda s: (s.created, s.id), reverse=True)
    for session in _read(candidates, team):
        if minutes is None:
            minutes = session.timing.minutes
        if people is None and session.participants:
            people = brought(session.participants)
        if led is None and session.facilitator.strip():
            led = session.facilitator
        if people is not None and led is not None:
            break
    return people or [], led or "", minutes or 0


def brought(people: Sequence[Participant]) -> list[Participant]:
    """Those a meeting's list brings to the team's next (each `offered`): who came, and who
    was typed for it and did not come; never one on it only because the meeting before
    brought them (`listed_last_time`) who did not come either. A locum who came once, and a
    leaver, were offered at every meeting after, and every set of notes listed them as on
    last time's list (a team manager's six-month trial). A list where that leaves nobody (a
    meeting started and never held: no one ticked, no one typed) is brought whole."""
    kept = [p for p in people if p.attended or not p.listed_last_time]
    return [offered(p) for p in kept or people]


def offered(p: Participant) -> Participant:
    """One of last time's participants as a new session offers them: not yet here, no id,
    brought from last time's list (`listed_last_time`: not ticked, the notes list them apart
    from those invited); a facilitator who handed over then, without that role
    (`HANDED_OVER`: theirs at that meeting, not this one's), which made the new session's Who
    is here say a handover no one made there ("Sam Sample is now the facilitator. Alex
    Example… has no action or point now", a trial)."""
    role = "" if p.role == HANDED_OVER else p.role
    return p.model_copy(update={"id": "", "attended": False, "left_early": None,
                                "arrived_during": None, "left_during": None,
                                "listed_last_time": True,
                                "role": role})


def _candidates(sessions_dir: Path, team: str, exclude_id: str,
                cache: Path | None) -> list[SessionSummary]:
    """The summaries of the team's earlier team sessions that can be written, in no set
    order."""
    if not team_key(team):
        return []
    summaries = list_summaries(sessions_dir, cache).entries
    return [s for s in summaries if s.id != exclude_id and s.mode == "team"
            and not s.read_only and same_team(s.team, team)]


def _team_sessions(sessions_dir: Path, team: str, exclude_id: str,
                   cache: Path | None) -> list[Session]:
    """The team's earlier team sessions that can be read and written, in no set order."""
    return list(_read(_candidates(sessions_dir, team, exclude_id, cache), team))


def _read(candidates: list[SessionSummary], team: str) -> Iterator[Session]:
    """Each of `candidates` read, in order, passing over those that cannot be read, can only
    be read, or are no longer the team's team sessions."""
    for summary in candidates:
        try:
            session, read_only = session_files.read_session(summary.path)
        except SessionError:
            continue
        # The file may have changed since it was summarised: check again what was read.
        if read_only or session.mode != "team" or not same_team(session.team, team):
            continue
        yield session


NO_TEAM_LEAD = ("No team name: the next meeting will not bring these people or actions back. "
                "They are found by the team's name")
"""What `NO_TEAM` says wherever it is said; plain mode ends it in its own words (no box, no
Shift+Tab there: `walk/last_time.py`)."""

NO_TEAM = (f"{NO_TEAM_LEAD}: type it in Team or service, at the top of Who is here "
           "(Shift+Tab goes up to it), to keep them.")
"""Said once as a team session starts without a team's name: last time's people and open
actions are found by it (`open_actions_for_team`, `last_participants`), and a session started
with the box skipped carried nothing to the next meeting, nothing saying so (a new user's
trial). Where the box is, and the key that reaches it: at 60x20 it is scrolled away above the
Name box the session opens on, and the message named a box nowhere in view (a facilitator's
trial). The focus stays where it is: the first name may already be being typed."""


def no_team(mode: str, team: str) -> list[str]:
    """`NO_TEAM` for a team session (`mode`) started without a `team`; else nothing."""
    return [NO_TEAM] if mode == "team" and not team.strip() else []
