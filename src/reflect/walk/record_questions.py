"""Plain mode's CPD record finished inside the walk: what the chosen record would leave for
the person to fill in, asked as plain questions, one at a time, Enter skipping each.

The walk ended asking a screen reader user to compose a shell command with their own words in
quotes (`cpd-fill ID --why "YOUR WORDS"`, where an apostrophe or a `!` is a shell's hazard),
and never asked the NMC's Code themes at all (a trial). So, once the record is known
(walk/record.py), its form's own questions (export/forms.toml: their names and prompts) are
asked for what reflect cannot take from the session (`NEEDS`): why it matters, for the
account for any profession and Social Work England's record; Social Work England's standards;
the NMC Code's themes, and how it relates to each, after the type of activity and why it is
relevant, both optional (`OFFERED`: F8 carries them into the NMC's account, and the walk
asked only for the themes). They are the fields the app's CPD dialog
(F8) and `cpd-fill` set (`CpdChoices`), changed through the walk's `SessionEdits` and saved at
once; a theme is read as `cpd-fill --theme` reads it (`model.cpd.theme_named`), a standard as
a number 1 to 6 as `--standard` takes it. Asked in a reflection of one's own at a terminal
(walk/next.py): a team's record is each person's own, and a script's lines were written for
the questions it foresaw.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from reflect.commands import command
from reflect.export.forms import Form, FormField, form, swe_standards
from reflect.model.changes import CpdTextField
from reflect.model.cpd import NMC_THEMES, SWE_STANDARDS, theme_named
from reflect.model.typed_minutes import number_in_figures
from reflect.walk.actions import ADDING, noted
from reflect.walk.dialogue import numbered
from reflect.walk.spoken import ENTER_SKIPS, asked, enter_keeps

if TYPE_CHECKING:
    from reflect.walk.steps import Walk

WHY, STANDARDS, CODE = "why_relevant", "standards", "code"
"""The fields of a record's form that plain mode asks (forms.toml's keys)."""
ACTIVITY = "activity_type"
"""The type of CPD activity (the session's field; no form names it)."""
NEEDS = {"cpd": ("any", (WHY,)), "swe": ("swe", (WHY, STANDARDS)),
         "nmc": ("nmc_account", (ACTIVITY, WHY, CODE))}
"""By a record format's first part: its form, and the fields of it asked, in order."""
OFFERED = {
    ACTIVITY: FormField(ACTIVITY, "What type of CPD activity was it",
                        "Such as peer reflection; left empty, reflect words it."),
    WHY: FormField(WHY, "Why is it relevant to your practice",
                   "Optional: the account gives it under the nature of the activity."),
}
"""The fields asked where the record's form has none of its own, optional: Enter skips
each, and nothing is left to fill in (the NMC's account: F8's type of activity and why
relevant, printed under its first question where typed, `export.records.own_activity`)."""


def needs(fmt: str) -> tuple[Form, tuple[str, ...]]:
    """The form of the record `fmt` (`swe-docx`) and the fields of it plain mode asks."""
    key, fields = NEEDS[fmt.split("-")[0]]
    return form(key), fields


def ask_record(w: Walk, fmt: str) -> None:
    """Ask what the record `fmt` needs, a question at a time; what is still left for the
    person to fill in said after, with how to come back to it. Stops at the end of input."""
    f, fields = needs(fmt)
    askers: dict[str, Callable[[Walk, Form], bool]] = {
        ACTIVITY: partial(_ask_text, key="activity_type"),
        WHY: partial(_ask_text, key="why_relevant"), STANDARDS: _ask_standards,
        CODE: _ask_themes}
    for key in fields:
        if w.d.ended or not askers[key](w, f):
            return
    left = left_empty(w, fmt)
    if left:
        w.d.say(f"Left for you to fill in: {'; '.join(left)}. To answer "
                f"{'it' if len(left) == 1 else 'them'} later, carry on to the last step with "
                "the command below, or press F8 in the app:")
        w.d.command(command(f"walk --resume {w.session.id}"))


def left_empty(w: Walk, fmt: str) -> list[str]:
    """What the record `fmt` needs that the session does not hold yet, by the form's names
    (a Code theme chosen with no how: how it relates to it)."""
    f, fields = needs(fmt)
    c = w.session.cpd
    empty = {WHY: not c.why_relevant.strip(), STANDARDS: not c.standards, CODE: not c.themes}
    return [f.field(key).name.rstrip("?") for key in fields
            if (key not in OFFERED or _on_form(f, key)) and empty[key]] + [
        f"how it relates to {theme}" for theme, how in c.themes.items()
        if CODE in fields and not how.strip()]


def _on_form(f: Form, key: str) -> bool:
    return any(field.key == key for field in f.fields)


def _ask_text(w: Walk, f: Form, key: CpdTextField) -> bool:
    """Why it matters for the person's work (or the type of activity), a sentence or two on
    one line, in the form's words or else `OFFERED`'s (False at the end of input): added
    after what was set, as a progress note is, `=` replacing it."""
    d, field = w.d, f.field(key) if _on_form(f, key) else OFFERED[key]
    current = getattr(w.session.cpd, key)
    if current.strip():
        d.say(f"{field.name.rstrip('?')}, so far: “{current}”")
    got = d.ask(asked(f"{field.name.rstrip('?')}? {field.prompt}",
                      ADDING if current.strip() else ENTER_SKIPS),
                partial(_keep_text, w, key, field.name.rstrip("?")))
    if got is None:
        return False
    if got:
        w.edits.set_cpd_text(key, noted(current, got))
        w.save()
        d.say(f"Saved for the record: “{getattr(w.session.cpd, key)}”.")
    else:
        d.say("Left as it was." if current.strip() else "Left empty.")
    d.finished()
    return True


def _keep_text(w: Walk, key: CpdTextField, name: str, typed: str) -> str:
    """A stop with words typed for why it matters (or the type of activity): kept, as Enter
    would have kept them."""
    if not typed.strip():
        return ""
    w.edits.set_cpd_text(key, noted(getattr(w.session.cpd, key), typed))
    return f"Kept as typed for your CPD record's “{name}”."


def numbers_typed(typed: str, count: int) -> tuple[list[int], str]:
    """The numbers 1 to `count` in `typed` ("1 3", "2, 4 and 6", "two"), and the first word
    that is not one ("" where all are)."""
    found: list[int] = []
    for word in re.split(r"[\s,;&+]+|\band\b", typed.strip(), flags=re.IGNORECASE):
        if not word:
            continue
        n = numbered(number_in_figures(word), count)
        if n is None:
            return found, word
        found.append(n)
    return list(dict.fromkeys(found)), ""


def _ask_standards(w: Walk, f: Form) -> bool:
    """Social Work England's standards it relates to, by number; added to those chosen."""
    d, field = w.d, f.field(STANDARDS)
    names = dict(enumerate(swe_standards(), 1))
    d.say(f"{field.name}. {field.prompt} " + "; ".join(f"{n}: {s}" for n, s in names.items())
          + ".")
    chosen = w.session.cpd.standards
    if chosen:
        d.say("Chosen already: " + "; ".join(f"{n}: {names[n]}" for n in chosen) + ".")
    while True:
        got = d.ask(asked("Type the numbers of those it relates to, such as 1 4",
                          enter_keeps("those") if chosen else ENTER_SKIPS))
        if got is None:
            return False
        numbers, wrong = numbers_typed(got, SWE_STANDARDS)
        if not wrong:
            break
        d.say(f"“{wrong}” is not a standard's number: they are 1 to {SWE_STANDARDS}.")
    for n in numbers:
        if n not in w.session.cpd.standards:
            w.edits.toggle_cpd_standard(n)
    w.save()
    d.say("Chosen: " + "; ".join(f"{n}: {names[n]}" for n in w.session.cpd.standards) + "."
          if w.session.cpd.standards else "Left empty.")
    return True


def themes_typed(typed: str) -> tuple[list[str], str]:
    """The Code's themes `typed` names, by number ("1 3") or by name, several between commas
    ("Preserve safety, prioritise people"), and the first that names none ("" where all do)."""
    numbers, wrong = numbers_typed(typed, len(NMC_THEMES))
    if not wrong:
        return [NMC_THEMES[n - 1] for n in numbers], ""
    found: list[str] = []
    for name in re.split(r"[,;]+", typed):
        if not name.strip():
            continue
        theme = theme_named(name)
        if theme is None:
            return found, name.strip()
        found.append(theme)
    return list(dict.fromkeys(found)), ""


def _ask_themes(w: Walk, f: Form) -> bool:
    """The NMC Code's themes it relates to (added to those chosen), then how, for each chosen
    with no how yet."""
    d, field = w.d, f.field(CODE)
    d.say(f"{field.name} The Code's themes: "
          + "; ".join(f"{n}: {t}" for n, t in enumerate(NMC_THEMES, 1)) + ".")
    chosen = w.session.cpd.themes
    if chosen:
        d.say("Chosen already: " + "; ".join(chosen) + ".")
    while True:
        got = d.ask(asked("Type the numbers or names of those it relates to, such as 1 3",
                          enter_keeps("those") if chosen else ENTER_SKIPS))
        if got is None:
            return False
        themes, wrong = themes_typed(got)
        if not wrong:
            break
        d.say(f"“{wrong}” is not one of the Code's themes: type 1 to {len(NMC_THEMES)}, or "
              "their names between commas.")
    for theme in themes:
        if theme not in w.session.cpd.themes:
            w.edits.toggle_cpd_theme(theme)
    w.save()
    if not w.session.cpd.themes:
        d.say("Left empty.")
        return True
    d.say("Chosen: " + "; ".join(w.session.cpd.themes) + ".")
    for theme, how in list(w.session.cpd.themes.items()):
        if how.strip():
            continue
        got = d.ask(asked(f"How does it relate to {theme}?", ENTER_SKIPS),
                    partial(_keep_how, w, theme))
        if got is None:
            return False
        if got:
            w.edits.set_cpd_theme_how(theme, got)
            w.save()
            d.say(f"Saved for {theme}: “{got}”.")
        else:
            d.say("Left empty.")
        d.finished()
    return True


def _keep_how(w: Walk, theme: str, typed: str) -> str:
    """A stop with words typed for how it relates to `theme`: kept as Enter keeps them."""
    if not typed.strip():
        return ""
    w.edits.set_cpd_theme_how(theme, typed)
    return f"Kept as typed for {theme}: “{typed.strip()}”."
