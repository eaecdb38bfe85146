"""`reflect cpd-fill`: a session's CPD choices set from the command line, saying what changed.

Nothing typed is lost without the person choosing it (a trial: `--theme "Preserve safety"`
dropped two themes ticked in the app, and the "how" typed for one, without a word). So
`--theme` and `--standard` add to what is chosen, a theme chosen already keeping its how
unless a new one is given; `--remove-theme` and `--remove-standard` take one away, or `all`;
and an option that replaces a field (`--why`, `--activity`, `--method`, a theme's how, ...)
says what it replaced, word for word, so the person can type it back. The options are
defined in `reflect.cpd_cli`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reflect.commands import YOUR_WORDS, command
from reflect.console import echo
from reflect.model.changes import MINUTES_DRAFT
from reflect.text import one_line, plural, tidy_name

if TYPE_CHECKING:
    from reflect.model.session import Session

ALL = "all"
"""`--remove-theme all`, `--remove-standard all`: every one chosen."""
FILLED_IN = "(left empty: reflect fills it in)"
"""An empty method or activity type, as the F8 dialog says it."""

TEXTS = (("activity", "activity_type", "Type of CPD activity"),
         ("why", "why_relevant", "Why relevant to my practice"),
         ("method", "method", "CPD method"))
"""The free-text options: option, CpdChoices field, and how the field is shown."""

OWN_WORDS = {"activity": "the type of CPD activity", "why": "why this review matters for your work",
             "method": "the CPD method for your NMC log"}
"""What each free-text option's own words are, said when a placeholder is given instead."""
HOW = "HOW"
"""Where a Code theme's how goes in `--theme "THEME=HOW"`, as cpd-fill prints it."""


def placeholder(text: str, *marks: str) -> str | None:
    """The placeholder of a printed command (`YOUR_WORDS`, or one of `marks`) that `text` is,
    pasted unchanged (case, spaces and quotes aside), else None: saved, `--why "YOUR WORDS"`
    put the words "YOUR WORDS" in the record as why it was relevant to practice."""
    bare = " ".join(text.strip(" \t\n\"'“”‘’").split()).casefold()
    return next((m for m in (YOUR_WORDS, *marks) if bare == m.casefold()), None)


CHANGING = ("activity", "why", "method", "standard", "remove_standard", "theme", "remove_theme",
            "participatory", "name")
"""The options that change something (`--minutes` too, absent unless given)."""


def _standards() -> dict[int, str]:
    from reflect.export.forms import swe_standards

    return dict(enumerate(swe_standards(), 1))


def participatory_shown(session: Session, value: bool | None) -> str:
    """Participatory as `value` makes it: what auto gives this session, not "auto"."""
    return {True: "yes", False: "no", None: (
        "yes (a team discussion: auto)" if session.mode == "team"
        else "no (a reflection on your own: auto)")}[value]


def minutes_shown(session: Session) -> str:
    if not session.minutes_for_cpd:
        return ("none measured (the records leave the time and hours for you to fill in; "
                "--minutes sets them)")
    return (plural(session.minutes_for_cpd, "minute")
            + (" (measured)" if session.minutes_spent is None else ""))


NO_REGULATOR = ("For a regulator's record, nothing is chosen: --standard N for Social Work "
                "England (social workers); --theme, --participatory, --method for the NMC "
                "(nurses, midwives, nursing associates).")
"""What `shown` says of the regulators' choices while none is made: one line, where three
("Standards: (none chosen)", "Code themes: (none chosen)", "Participatory: no") spoke a
nurse's language to a teacher (a trial)."""


NONE_YET = {"swe": "For Social Work England's record, chosen last time, nothing of its own is "
                   "chosen yet: --standard N (1 to 6).",
            "nmc": "For the NMC's record, chosen last time, nothing of its own is chosen yet: "
                   "--theme \"THEME=HOW\" (1 to 4), --participatory, --method."}
"""`NO_REGULATOR` where the record remembered (`record_for`) is a regulator's: its own."""


def record_for(session: Session) -> str:
    """The record the session's export is suggested as: a reflection's remembered in the
    settings file (`[last_export.individual]`, as the walk and the app's export dialog keep
    it), else the one its CPD choices are for (`opening_format`). A walk that had just
    chosen and remembered the NMC's record was followed by cpd-fill suggesting cpd-docx (a
    screen reader trial); a team's is never a reflection's remembered (the app's rule)."""
    from reflect.store.format_groups import opening_format
    from reflect.store.last_export import kept_record
    from reflect.store.settings import checked_settings, settings_path

    kept: tuple[str | None, str | None] = (None, None)
    if session.mode == "individual":  # (what cannot be used is said by the app's dialog)
        kept = kept_record(checked_settings(settings_path())[0])
    return opening_format(True, kept[0], session.cpd.regulator, kept[1])


def shown(session: Session, record: str = "") -> list[str]:
    """Every choice as it is set, one line each: a regulator's (Social Work England's
    standards; the NMC's Code themes, participatory and method) once one of its own is
    chosen (`CpdChoices.for_swe`, `for_nmc`), and while neither is, how to choose them (the
    `record` remembered's own, where it is a regulator's)."""
    c = session.cpd
    standards = _standards()
    whose = [] if session.mode == "team" else [
        f"Whose reflection: {session.facilitator or '(not recorded: --name sets it)'}"]
    swe = ["Social Work England standards: " + "; ".join(
        f"{n} {standards[n]}" for n in c.standards)] if c.for_swe else []
    nmc = ["NMC Code themes: " + ("; ".join(f"{t}: {h or '(how not given)'}"
                                             for t, h in c.themes.items()) or "(none chosen)"),
           f"Participatory (NMC): {participatory_shown(session, c.participatory)}",
           f"CPD method (NMC log): {c.method or FILLED_IN}"] if c.for_nmc else []
    return [f"Session: {session.id} ({session.label})", *whose,
            f"Type of CPD activity: {c.activity_type or FILLED_IN}",
            f"Why relevant to my practice: {c.why_relevant or '(not set)'}",
            f"Time logged for CPD: {minutes_shown(session)}",
            *(swe + nmc or [NONE_YET.get(record.split("-")[0], NO_REGULATOR)])]


class Refused(Exception):
    """Options that contradict each other: nothing is changed."""


def _themes(c: dict[str, Any], args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """Apply --remove-theme, then --theme, to `c["themes"]`: what changed, and notes on what
    was asked but needed no change."""
    themes: dict[str, str] = dict(c["themes"])
    changes: list[str] = []
    notes: list[str] = []
    removing = list(dict.fromkeys(args.remove_theme or []))
    adding: dict[str, str | None] = {}
    for theme, how in args.theme or []:
        if how is not None and (mark := placeholder(how, HOW)):
            raise Refused(f"--theme \"{theme}={how}\": {mark} only marks where your own words "
                          f"go. Put how this review relates to {theme} in its place "
                          "(after the =)")
        if how is not None and adding.get(theme) not in (None, how):
            raise Refused(f"--theme gives {theme} two different hows: give it once")
        adding[theme] = how if how is not None else adding.get(theme)
    if both := [t for t in removing if t in adding]:
        raise Refused(f"--theme and --remove-theme both name {both[0]}: give one (to replace "
                      f"its how, --theme \"{both[0]}=HOW\" alone)")
    for theme in list(themes) if ALL in removing else removing:
        if theme not in themes:
            notes.append(f"Code theme {theme} was not chosen: nothing to remove.")
            continue
        was = themes.pop(theme)
        changes.append(f"Code theme removed: {theme}" + (
            f"; its how was: {was}" if was else " (it had no how)"))
    if ALL in removing and not c["themes"]:
        notes.append("No Code theme was chosen: nothing to remove.")
    for theme, how in adding.items():
        old = themes.get(theme)
        if old is None:
            themes[theme] = how or ""
            changes.append(f"Code theme added: {theme}: {how}" if how else
                           f"Code theme added: {theme} (how not given: --theme \"{theme}=HOW\" "
                           "gives it)")
        elif how is None or how == old:
            notes.append(f"Code theme {theme} was chosen already; its how is kept: {old}"
                         if old else f"Code theme {theme} was chosen already.")
        else:
            themes[theme] = how
            changes.append(f"How for Code theme {theme}: " + (
                f"replaced; it was: {old}" if old and how else
                f"removed; it was: {old}" if old else f"given: {how}"))
    c["themes"] = themes
    return changes, notes


def _standards_changed(c: dict[str, Any], args: argparse.Namespace
                       ) -> tuple[list[str], list[str]]:
    """Apply --remove-standard, then --standard, to `c["standards"]`."""
    names = _standards()
    chosen: list[int] = list(c["standards"])
    changes: list[str] = []
    notes: list[str] = []
    removing = list(dict.fromkeys(args.remove_standard or []))
    adding = list(dict.fromkeys(args.standard or []))
    if both := [n for n in removing if n in adding]:
        raise Refused(f"--standard and --remove-standard both name {both[0]}: give one")
    for n in chosen[:] if ALL in removing else removing:
        if n in chosen:
            chosen.remove(n)
            changes.append(f"Standard removed: {n} {names[n]}")
        else:
            notes.append(f"Standard {n} was not chosen: nothing to remove.")
    if ALL in removing and not c["standards"]:
        notes.append("No standard was chosen: nothing to remove.")
    for n in adding:
        if n in chosen:
            notes.append(f"Standard {n} was chosen already.")
        else:
            chosen.append(n)
            changes.append(f"Standard added: {n} {names[n]}")
    c["standards"] = sorted(chosen)
    return changes, notes


def _text_change(label: str, old: str, new: str) -> str | None:
    if new == old:
        return None
    if not old:
        return f"{label}: set."
    return f"{label}: " + ("cleared" if not new else "replaced") + f"; it was: {old}"


def apply(session: Session, args: argparse.Namespace) -> tuple[dict[str, Any], list[str],
                                                                list[str]]:
    """The session's CPD choices with the options given applied (not yet validated), what
    changed (each replaced text said word for word) and notes on what needed no change.
    Raises `Refused` for options that contradict each other."""
    c = session.cpd.model_dump()
    changes, notes = _themes(c, args)
    more, said = _standards_changed(c, args)
    changes, notes = more + changes, said + notes
    for option, field, label in TEXTS:
        if (given := getattr(args, option)) is not None:
            if mark := placeholder(given):
                raise Refused(f"--{option} \"{given}\": {mark} only marks where your own words "
                              f"go. Put {OWN_WORDS[option]} in its place, in the quotes")
            if change := _text_change(label, c[field], given.strip()):
                changes.append(change)
            c[field] = given.strip()
    if args.participatory is not None:
        new = {"yes": True, "no": False, "auto": None}[args.participatory]
        if new != c["participatory"]:
            changes.append(f"Participatory: now {participatory_shown(session, new)}; it was "
                           f"{participatory_shown(session, c['participatory'])}.")
        c["participatory"] = new
    return c, changes, notes


def _session_changes(session: Session, args: argparse.Namespace, minutes_was: str,
                     minutes_before: int | None, name_before: str) -> list[str]:
    """What --minutes and --name changed (said once they are set)."""
    out = []
    if hasattr(args, "minutes") and args.minutes != minutes_before:
        out.append(f"Time logged for CPD: now {minutes_shown(session)}; it was {minutes_was}.")
    if args.name is not None and session.facilitator != name_before:
        out.append(f"Whose reflection: now {session.facilitator or '(not recorded)'}" + (
            f"; it was {name_before}." if name_before else "."))
    return out


def cmd_cpd_fill(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from reflect.cli.output import say_path
    from reflect.cli.sessions import read_named_session
    from reflect.model.cpd import CpdChoices
    from reflect.store.autosave import OnDisk
    from reflect.store.errors import ChangedOutside, SessionError
    from reflect.store.locks import OPENER_WAITS, SessionLock

    named = read_named_session("cpd-fill", args)
    if named is None:
        return 1
    path, session, read_only, read_as = named
    record = record_for(session)
    if not hasattr(args, "minutes") and all(getattr(args, k) is None for k in CHANGING):
        for line in shown(session, record):
            echo(line)
        return 0
    if read_only:
        echo(f"reflect cpd-fill: {path}: {read_only}", err=True, whole=(path,))
        return 1
    if args.name is not None and session.mode == "team":
        echo(f"reflect cpd-fill: {session.id} is a team session: --name is for a reflection "
             "of your own. A team session counts as yours where you are ticked as here in it "
             f"or are its facilitator ({command(f'open {session.id}')}).", err=True)
        return 1
    try:
        c, changes, notes = apply(session, args)
    except Refused as e:
        echo(f"reflect cpd-fill: {e}. Nothing was changed.", err=True)
        return 1
    minutes_was, minutes_before = minutes_shown(session), session.minutes_spent
    typed_before = session.drafts.get(MINUTES_DRAFT, "")
    name_before = session.facilitator
    try:
        session.cpd = CpdChoices.model_validate(c)
        if hasattr(args, "minutes"):
            session.minutes_spent = args.minutes
            session.set_draft(MINUTES_DRAFT, "")  # ("lots" left in the app's box: replaced)
        if args.name is not None:  # whose it is (model/whose.py)
            session.facilitator = tidy_name(args.name)
    except ValidationError as e:
        echo(f"reflect cpd-fill: {e.errors()[0]['msg']}", err=True)
        return 1
    changes += _session_changes(session, args, minutes_was, minutes_before, name_before)
    if typed_before and not session.drafts.get(MINUTES_DRAFT):
        changes.append(f"“{one_line(typed_before, 30)}”, left in the app's box for the time "
                       "(not a time), is replaced by it.")
    if not changes:
        for line in [*notes, "Nothing changed.", "", *shown(session, record)]:
            echo(line)
        return 0
    lock = SessionLock(path)
    if not lock.acquire(wait=OPENER_WAITS):  # (not lost to a listing's look)
        echo(f"reflect cpd-fill: {path}: this session is open in reflect; close it there "
             "first", err=True, whole=(path,))
        return 1
    try:
        OnDisk(path, read_as).save(session)  # not over a change made since it was read
    except ChangedOutside as e:
        echo(f"reflect cpd-fill: {e}. Nothing was changed: run it again.", err=True)
        return 1
    except (OSError, SessionError) as e:
        echo(f"reflect cpd-fill: could not save {path}: {e}", err=True, whole=(path,))
        return 1
    finally:
        lock.release()
    # Each change a line of its own, saying so: a list under "Changed:", each line begun
    # "- ", was read "dash" by a screen reader (a trial, after the walk suggested cpd-fill).
    for line in [*(f"Changed: {line}" for line in changes), *notes, "", *shown(session, record)]:
        echo(line)
    say_path("Saved to", path)
    suggest_export(session, args, record_for(session))
    return 0


def suggest_export(session: Session, args: argparse.Namespace, fmt: str) -> None:
    """The command that exports the record into the exports folder, as printed working as
    printed: with --force where an earlier export of it is there, said to be replaced (it
    failed, "already exists", for everyone re-exporting after a change: a trial)."""
    from reflect import paths
    from reflect.cli.output import say_command
    from reflect.store.exports import default_export_path

    folder = paths.sessions_dir(args.sessions_dir)
    # `fmt`: the record remembered, or the regulator's once its choices are made (a
    # standard: Social Work England's), as the app's dialog opens on it (`record_for`)
    earlier = [p for redacted in (False, True)
               if (p := default_export_path(folder, session, fmt, redacted=redacted))
               .exists()]
    lead = ("Export the record into the exports folder, where the app puts it (cpd-docx: the "
            "reflective account for any profession; swe-docx for Social Work England, "
            "nmc-docx for the NMC; cpd-pdf for a PDF, ...; -o FILE names the file)")
    if not earlier:
        echo(f"{lead}:")
        say_command(f"export {session.id} --format {fmt}")
        return
    echo(f"{lead}. An earlier export of this record is there, {earlier[0].name}: --force "
         "replaces it with one that has these choices (anything changed in that file since "
         "it was written would be lost; -o FILE writes to another name instead):",
         whole=(earlier[0].name,))
    say_command(f"export {session.id} --format {fmt} --force")
