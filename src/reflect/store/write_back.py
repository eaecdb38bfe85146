"""Writing a carried action's changes back to the session that agreed it.

A status, a progress note, a new due date or an owner set on one of last time's actions
(`Session.carried`, store/carry.py) is written back to the earlier session's file too
(`write_back`), under that session's lock, and only while that session still holds what this
one last saw there (`EarlierHeld`): a change made there since is never overwritten (`Clash`).
"""

from __future__ import annotations

from pathlib import Path

from reflect.model.due import due_words
from reflect.model.given import given
from reflect.model.session import Action, CarriedAction, EarlierHeld, MovedIn, Session
from reflect.store import sessions as session_files
from reflect.store.errors import SessionError
from reflect.store.locks import OPENER_WAITS, SessionLock
from reflect.store.sessions import session_path

__all__ = ["Clash", "held", "wanted", "write_back"]


def held(action: Action) -> EarlierHeld:
    """What an earlier session's action holds now, of what a write-back may change."""
    return EarlierHeld(status=action.status, progress=action.progress, due=action.due,
                       due_date=action.due_date, owner=action.owner)


def wanted(carried: CarriedAction) -> dict[str, object]:
    """What the earlier session's action is to hold after writing back: the status, the
    progress note, the due date and the owner (`CarriedAction.owner_for_earlier`) on screen
    here: the note and the new due date typed, else
    the progress and the due date it had when carried (a note or a new due date written back,
    then emptied here, stayed there: the earlier session said what this one no longer
    showed). Only what differs from what this session last saw there is written
    (`write_back`), so a note or a due date never changed here is never written. A carried
    action from a file older than `progress_before` leaves the progress there as it is when
    its note is emptied: what it had when carried is not known."""
    out: dict[str, object] = {"status": carried.status}
    if carried.note or carried.progress_before is not None:
        out["progress"] = carried.note or carried.progress_before
    out["due"], out["due_date"] = carried.due_here()  # (words naming no date: never over one)
    out["owner"] = carried.owner_for_earlier  # (a rename here: the name there, never written)
    return out


_TOGETHER = (("status",), ("progress",), ("due", "due_date"), ("owner",))
"""The fields a write-back compares and sets together (a due date is its words and its date)."""


class Clash(str):
    """Why a write-back was refused because the earlier session's action was changed there
    since this session last saw it: trying again changes nothing until the two agree."""


def _clash(action: Action, carried: CarriedAction, known: EarlierHeld, fields: tuple[str, ...],
           here: dict[str, object]) -> str | None:
    """How the field(s) now differ, when the earlier session changed them since; else None."""
    there = tuple(getattr(action, k) for k in fields)
    if there == tuple(getattr(known, k) for k in fields) \
            or there == tuple(here[k] for k in fields):
        return None
    if fields[0] == "status":
        return f"it says {action.status} there, {carried.status} here"
    if fields[0] == "progress":
        return f"its progress says {_said(action.progress)} there, {_said(carried.note)} here"
    if fields[0] == "owner":
        return (f"its owner is {_named(action.owner)} there, "
                f"{_named(carried.owner_for_earlier)} here")
    words, day = carried.due_here()
    return (f"it is due {due_words(action.due, action.due_date) or 'with no date'} there, "
            f"{due_words(words, day) or 'with no date'} here")


def _said(progress: str) -> str:
    """A progress note quoted, or "nothing" for none (a note emptied here)."""
    return f"“{progress}”" if progress else "nothing"


def _named(owner: str) -> str:
    """An owner quoted, or "no one" for none."""
    return f"“{owner}”" if owner else "no one"


def write_back(sessions_dir: Path, carried: CarriedAction, known: EarlierHeld | None = None,
               by: MovedIn | None = None, here: Session | None = None,
               ) -> tuple[str | None, EarlierHeld | None]:
    """Set what was changed here of the carried action's status, progress note, due date and
    owner (`wanted`) in the earlier session's file, compared and set: a field is set only while the
    earlier session still holds what this one last saw there (`known`; by default
    `CarriedAction.known_earlier`). A new due date set there names the meeting writing it,
    `by` (`model.moved.meeting`), as `Action.moved_in`: that session's notes say which meeting
    moved it, and when (None: not known, said as a later session). An owner given there keeps
    the one that session agreed (`Action.agreed_owner`) and names `by` as the meeting that gave
    it (`Action.given_in`: model/given.py), with the role and agency `here`, the session
    writing, lists them by. A status written back as done names the meeting that marked it
    done (`Action.done_in`, `_done_by`); written back as another, none.

    Returns the problem and what the earlier session's action holds now. The problem is None
    when the file now says them (written, or already so); otherwise why it was not updated,
    in words to show the facilitator: a `Clash` when the earlier session changed one of them
    since (then nothing is written). What it holds now is None unless it was written (or
already held what is wanted); the caller
    keeps it as `CarriedAction.earlier` through SessionEdits (`carried_written_back`), which
    is the session's only editor: this runs in a worker and changes nothing of `carried`.
    The earlier session is locked first, so a session open in another reflect is never
    written behind its back; a file that cannot be read is reported and left as it is.
    """
    try:
        path = session_path(sessions_dir, carried.session_id)
    except SessionError as e:
        return f"the earlier session could not be read: {e}", None
    if not path.is_file():
        return ("the earlier session is no longer in the sessions folder, so it was not "
                "updated"), None
    lock = SessionLock(path)
    if not lock.acquire(wait=OPENER_WAITS):  # (not lost to a listing's look)
        return "that session is open in another reflect, so it was not updated there yet", None
    try:
        try:
            session, read_only = session_files.read_session(path)
        except SessionError as e:
            return f"the earlier session could not be read: {e}", None
        if read_only:
            return (f"the earlier session can only be read here ({read_only}), so it was not "
                    "updated"), None
        action = session.action_by_id(carried.action_id)
        if action is None:
            return "that action was removed from the earlier session", None
        values = wanted(carried)
        known = known or carried.known_earlier
        changed = [fields for fields in _TOGETHER if fields[0] in values
                   and any(getattr(known, k) != values[k] for k in fields)]
        clashes = [c for fields in changed
                   if (c := _clash(action, carried, known, fields, values))]
        if clashes:
            return Clash(f"“{carried.text}” was changed there since it was carried here: "
                         + "; ".join(clashes)), None  # known stays: it clashes until they agree
        setting = {k: values[k] for fields in changed for k in fields}
        if any(getattr(action, k) != v for k, v in setting.items()):
            if "due" in setting:
                if action.agreed_due is None:  # the meeting's own, kept
                    action.agreed_due, action.agreed_due_date = action.due, action.due_date
                action.moved_in = by
            if "owner" in setting:
                if action.agreed_owner is None:  # the meeting's own, kept
                    action.agreed_owner = action.owner
                action.given_in = given(by, here, carried.owner)
            if setting.get("status", action.status) != action.status:
                action.done_in = _done_by(sessions_dir, carried, by) \
                    if setting["status"] == "done" else None
            for name, value in setting.items():
                setattr(action, name, value)
            if (action.due, action.due_date) == (action.agreed_due, action.agreed_due_date):
                action.agreed_due = action.agreed_due_date = None  # back to what it agreed
                action.moved_in = None
            if action.owner == action.agreed_owner:  # given back to the one who agreed it
                action.agreed_owner = action.given_in = None
            try:
                session_files.save_session(sessions_dir, session)
            except (OSError, SessionError) as e:
                why = getattr(e, "strerror", None) or e
                return f"the earlier session could not be saved: {why}", None
        return None, _known_now(action, known, values)
    finally:
        lock.release()


def _done_by(sessions_dir: Path, carried: CarriedAction, by: MovedIn | None) -> MovedIn | None:
    """The meeting that marked `carried` done: `by`, the one writing, unless the status
    came to it done from a meeting between that could not write it back (`noted_in_id`):
    that one, by its title and the day it was held as the session list has them (None where
    it is no longer in the folder), or by `by`'s where `by` is that meeting."""
    if carried.status_before != "done" or not carried.noted_in_id:
        return by
    if by is not None and by.session_id == carried.noted_in_id:
        return by
    from reflect.model.dates import local_day
    from reflect.store.index import list_summaries

    for s in list_summaries(sessions_dir).entries:
        if s.id == carried.noted_in_id:
            return MovedIn(session_id=s.id, label=s.label, held=local_day(s.created))
    return None


def _known_now(action: Action, known: EarlierHeld, values: dict[str, object]) -> EarlierHeld:
    """What this session knows the earlier session's action holds after a write-back, field by
    field: what it holds there where that is what this session wants (written now, or so
    already); else, for a field not changed here but changed there since, what was known
    before. Taking all of what it held there (until 3 December 2026) took a change made there
    since for one this session had seen: the next write-back then wrote the status, or the due
    date, shown here over it, though neither was changed here."""
    keep = {k: getattr(known, k) for fields in _TOGETHER if fields[0] in values
            and any(getattr(action, k) != values[k] for k in fields) for k in fields}
    return held(action).model_copy(update=keep)
