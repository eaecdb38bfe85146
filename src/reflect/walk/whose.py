"""Plain mode's *Your name*: whose a reflection of your own is, kept in its `facilitator` field
(model/whose.py) as the app's new-session form keeps it, so *My CPD so far* and `reflect cpd
--name` count it as yours.

At a terminal a new reflection asks for it, filled in with the name *My CPD so far* remembers
(Enter keeps it), as the app's form is; so does one carried on that names no one yet. The name
is kept tidied (`text.tidy_name`, as My CPD keeps it: only its case and spacing change, so
`roles.name_key` matches it as typed) and remembered for next time, in the settings file as My
CPD remembers it (`my_name`); one half typed at a stop is not taken, but offered when the
reflection is carried on (walk/half_name.py). Plain mode asked nobody: a reflection with no
name remembered recorded none, and was left out of the person's CPD (a trial). A script's
answers are not asked (they would all move on by one): `--name` gives it, else the
remembered name, said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.commands import command
from reflect.console import echo
from reflect.store.settings import (
    MY_NAME,
    SettingsError,
    checked_settings,
    my_name,
    name_to_remember,
    save_setting,
    settings_path,
)
from reflect.text import tidy_name
from reflect.walk.half_name import WHOSE
from reflect.walk.spoken import ENTER_SKIPS, asked, enter_for, enter_keeps

if TYPE_CHECKING:
    from reflect.model.edits import SessionEdits
    from reflect.model.session import Session
    from reflect.walk.dialogue import Dialogue

ONLY_YOURS = "--name is for a reflection of your own: a team session records its facilitator " \
    "among who is here."


def walk_settings(d: Dialogue) -> dict[str, object]:
    """The settings file as plain mode uses it, read now; what in it cannot be used said once
    a walk (on stderr, as `reflect cpd` says it), however often it is read. (A broken file
    was passed over at the start, the remembered name lost in silence: a trial.)"""
    settings, problems = checked_settings(settings_path())
    if not d.settings_said:
        d.settings_said = True
        d.settings_unread = bool(problems) and not settings
        for problem in problems:
            echo(f"reflect walk: {problem}", err=True)
    return settings


def record_whose(session: Session, given: str | None, d: Dialogue) -> None:
    """A reflection started by a script: the name given (`--name`, tidied), else the one My
    CPD so far remembers, said so, else none, said with how to record one. A team session
    records its facilitator among who is here instead."""
    if session.mode == "team":
        if given:
            d.say(ONLY_YOURS)
        return
    if given is not None:
        session.facilitator = tidy_name(given)
        return
    session.facilitator = my_name(walk_settings(d))
    if session.facilitator:
        d.say(f"Recorded as the reflection of {session.facilitator}, the name My CPD so far "
              f"remembers; {command('walk --name NAME')} records another.")
    else:
        d.say(unnamed(session))


def unnamed(session: Session) -> str:
    fill = command(f'cpd-fill {session.id} --name "Your Name"')
    return ("This reflection records no name, so My CPD so far counts it as no one's: record "
            f"yours with {fill}, or press F8 in the app.")


def at_start(session: Session, given: str | None, d: Dialogue) -> bool:
    """A session `reflect walk` starts records whose it is: a reflection of your own asks at
    a terminal (unless `--name` gave it), else `record_whose`. False at the end of the input
    (nothing recorded)."""
    if session.mode != "individual" or given is not None or not d.at_terminal:
        record_whose(session, given, d)
        return True
    name = ask_whose(session, d)
    if name is None:
        return False
    session.facilitator = name
    return True


def ask_whose(session: Session, d: Dialogue, edits: SessionEdits | None = None) -> str | None:
    """Ask whose reflection `session` is (Enter keeps the name remembered); the name, tidied,
    remembered for next time; None at the end of the input.

    A name typed but not entered (a stop: Ctrl+C, a signal, Ctrl+D after typing) is never
    remembered for My CPD: Ctrl+D's was, as if entered, though the walk stopped and kept no
    session, and My CPD then opened on it, counting none of the person's sessions (a trial).
    Nor is it taken as whose the reflection is: a session kept already (given its `edits`)
    keeps it aside and offers it when carried on (Enter takes it), as a facilitator's name
    half typed is (walk/half_name.py: recorded as typed, it was never asked again, a trial);
    a new one, not kept, says so. `None` is returned."""
    settings = walk_settings(d)
    kept = my_name(settings)
    half = WHOSE.offered(session, d)

    def half_typed(typed: str) -> str:
        if edits is not None:
            return WHOSE.keep(edits, typed)
        return f"“{typed.strip()}”, typed but not entered, was not kept." if typed.strip() \
            else ""

    d.typed, d.keep = [], half_typed
    offer = enter_for(half) if half else enter_keeps(kept) if kept else ENTER_SKIPS
    got = d.line(asked("Your name, for My CPD", offer) + " ", one_line=True)
    if got is None or d.cut_short():
        d.ended_at(got or "")
        return None
    d.finished()
    name = tidy_name(got or half) or kept
    said = unnamed(session) if not name else \
        _remember(name, kept, d.settings_unread) if name_to_remember(name, settings) else ""
    if said:
        d.say(said)
    return name


def _remember(name: str, before: str, unread: bool = False) -> str:
    """`name` kept in the settings file for My CPD so far (as its *Your name* keeps it); what
    to say of it. `unread`: the walk has said the file cannot be read (`walk_settings`), so
    why is not said again."""
    path = settings_path()
    try:
        save_setting(path, MY_NAME, name)
    except SettingsError as e:
        why = "the settings file cannot be read, as said above." if unread else str(e)
        return f"Recorded as the reflection of {name}; your name could not be remembered " \
            f"for next time, and the settings file is left as it is: {why}"
    except OSError as e:
        from reflect.store.missing_folder import missing_said

        return (f"Recorded as the reflection of {name}; your name could not be remembered "
                f"for next time in {path}: {missing_said(e, path.parent) or e.strerror or e}.")
    if before and before != name:
        return f"Recorded as the reflection of {name}, remembered for My CPD so far, " \
            f"in place of {before}."
    return f"Recorded as the reflection of {name}, remembered for My CPD so far." \
        if not before else ""
