"""Plain mode's CPD record at the end of a walk: which record the export command names.

It named the reflective account for any profession (`cpd-docx`) for everyone, with a list of
the regulators' formats after it, and a social worker or a nurse listening to it had to change
the command by hand to get the record their regulator asks for (a trial). The full-screen app's
export dialog opens on the record the session's CPD choices are for, or the one chosen last
time, kept in the settings file (`[last_export.individual]`, its `format` and `chosen_for`:
store/last_export.py, its names, reading and writing for both; `opening_format`, one rule for
both). Plain mode reads the same entry: a record remembered, or CPD choices for one regulator,
name the record at once. Else, in a reflection of one's own at a terminal, it asks once, one
plain question with numbered answers (`ASKED`), and keeps the answer there, so the next walk,
and the app's export dialog, open on it. A team session, and a script's answers (its lines
written for what it foresaw), are not asked: the record for any profession is named, with the
regulators' after it; a team's never the one remembered from a reflection of one's own (the
app's dialog keeps a team's apart).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reflect.model.typed_minutes import number_in_figures
from reflect.store.exports import FORMATS
from reflect.store.format_groups import RECORD_FIRST, opening_format
from reflect.store.last_export import kept_record, remember_record
from reflect.store.settings import SettingsError, settings_path
from reflect.walk.dialogue import numbered
from reflect.walk.spoken import asked, enter_for
from reflect.walk.whose import walk_settings

if TYPE_CHECKING:
    from reflect.model.session import Session
    from reflect.walk.dialogue import Dialogue

ASKED = (("swe-docx", "Social Work England's CPD record, for social workers"),
         ("nmc-docx", "the NMC's reflective account and CPD log entry, for nurses, midwives "
                      "and nursing associates"),
         ("cpd-docx", "the reflective account for any profession: the HCPC's professions, "
                      "teachers, doctors, police and everyone else"))
"""The records asked about, in the order numbered; Enter takes the last."""

SHORT = ("Social Work England's", "the NMC's", "for any profession")
"""`ASKED`'s records in short, said again after a reply that is none of their numbers."""

ANY = ("cpd-docx suits any profession; social workers: swe-docx; nurses and midwives: "
       "nmc-docx")
"""Said where no record is known and none asked: the formats to choose from."""


def spoken(fmt: str) -> str:
    """A record's format as a sentence says it: `Social Work England CPD record, a Word file`
    (its title's brackets, read "bracket", left out)."""
    title, _, kind = FORMATS[fmt].title.partition(" (")
    kind = kind.rstrip(")")
    return f"{title}, {KINDS.get(kind, kind)}" if kind else title


KINDS = {"Word": "a Word file", "PDF": "a PDF", "Markdown": "a Markdown file"}


def record_format(session: Session, d: Dialogue) -> tuple[str, str] | None:
    """The record to export `session` as, and why it is that one, said with the command (`the
    record chosen last time`; "" where asked now; `ANY`, the formats to choose from, where
    none is known). None at the end of the input."""
    settings = walk_settings(d)  # (a team's: never the record kept from a reflection, as the
    # app's dialog: a team's walk after a social worker's named their record: a trial)
    individual = session.mode == "individual"
    fmt, chosen_for = kept_record(settings) if individual else (None, None)
    regulator = session.cpd.regulator
    if fmt is not None or regulator:
        chosen = opening_format(True, fmt, regulator, chosen_for)
        return chosen, "the record your CPD choices are for" if chosen != fmt \
            else "the record chosen last time"
    if not individual or not d.at_terminal:
        return RECORD_FIRST, ANY
    d.say("Which CPD record do you keep? " + "; ".join(
        f"{n}: {words}" for n, (_, words) in enumerate(ASKED, 1)) + ".")
    while True:
        got = d.ask(asked(f"Type 1 to {len(ASKED)}", enter_for(str(len(ASKED)))))
        if got is None:
            return None
        n = numbered(number_in_figures(got), len(ASKED)) if got else len(ASKED)  # (`two`,
        # as the minutes question takes `twenty`, was refused: a screen reader trial)
        if n is not None:
            break
        d.say(f"“{got}” is not a number from 1 to {len(ASKED)}: " + ", ".join(  # (the
            # records said again, in short: only "Type 1 to 3" followed, the list far up: a trial)
            f"{n} {short}" for n, short in enumerate(SHORT, 1)) + ".")
    d.finished()
    chosen = ASKED[n - 1][0]
    d.say(_kept(settings, chosen, regulator, d))
    return chosen, ""


def _kept(settings: Mapping[str, object], fmt: str, regulator: str, d: Dialogue) -> str:
    """`fmt` kept in the settings file as the app's export dialog keeps a reflection's record
    (its other entries, and the team's, as they are); what is said of it."""
    title = spoken(fmt)
    if d.settings_unread:
        return f"{title}; not remembered: the settings file cannot be read."
    try:
        remember_record(settings_path(), settings, fmt, regulator)
    except (OSError, SettingsError) as error:
        return f"{title}; not remembered: {getattr(error, 'strerror', None) or error}."
    return (f"{title}, remembered for next time, here and in the app's export dialog, where "
            "another can be chosen.")
