"""The box for the minutes to log for CPD: one widget, shown on the step of what I will do
differently and in the CPD record dialog (F8), so both keep one rule for a figure that is not
a time. (Each had its own copy; the dialog's logged the last figure that read as a time on the
way, so typing 99999 logged 999 minutes.)"""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from reflect.model import timebox
from reflect.model.changes import MINUTES_DRAFT, Change
from reflect.model.edits import SessionEdits
from reflect.model.session import Session, whole_minutes
from reflect.model.typed_minutes import minutes_refused, parse_minutes
from reflect.text import one_line, plural
from reflect.ui.widgets.form_input import FormInput

SETTLE_SECONDS = 2.0
"""A figure left standing this long, typing paused, is the one kept when what is typed after it
is not a time: 90 and then a slip of the finger logs 90 (it went back to the 40 from before
the box was entered, "as before"), while 99999 typed at once never logs the 999 on its way."""
FIELD = "Time to log for CPD"
LABEL = f"{FIELD} (45, 1h30 or 1.5 hours)"


def _minutes(n: int) -> str:
    return plural(n, "minute")


def logging_words(session: Session) -> str:
    """What is logged for CPD, said back: the figure read from the box (in hours and minutes
    too, from an hour up), or the time measured when the box is empty."""
    measured = (f"reflect has measured {_minutes(whole_minutes(session.timing.total_spent))} "
                "on this session so far")
    logged = session.minutes_spent
    if logged is None:
        return f"{measured}; leave the box empty to log that."
    read = f"{timebox.hours_and_minutes(logged)}; " if logged >= 60 else ""
    return f"Logging {_minutes(logged)} ({read}{measured})."


def shown_in_box(session: Session) -> str:
    """What the box shows: what it held that is not a time, kept as typed (`MINUTES_DRAFT`),
    else the minutes logged (`timebox.minutes_to_type`: "an hour and a half" typed there came
    back as `90` after quitting and reopening); "" for the time measured."""
    minutes = session.minutes_spent
    if minutes is None or session.drafts.get(MINUTES_DRAFT):
        return session.drafts.get(MINUTES_DRAFT, "")
    return timebox.minutes_to_type(minutes)


class MinutesBox(FormInput):
    """Minutes to log (45, 1h, 1h30, 1.5 hours, 0.75h); empty logs the time measured. Anything
    else is said plainly, and the figure logged is the one from before the box was typed in, or
    the last left standing (`SETTLE_SECONDS`): not the last that read as a time on the way.
    Each change is made through `edits` (never when the box is disabled, read-only) and handed
    up as `MinutesBox.Logged`."""

    class Logged(Message):
        """The box was changed: what changed in the session (None: nothing), and what to say."""

        def __init__(self, change: Change | None, said: str, understood: bool) -> None:
            super().__init__()
            self.change = change
            self.said = said
            self.understood = understood

    def __init__(self, edits: SessionEdits) -> None:
        minutes = edits.session.minutes_spent
        super().__init__(shown_in_box(edits.session), select_on_focus=False,
                         id="cpd-minutes")  # its size in app.tcss
        self.border_title = LABEL
        self.edits = edits
        self.before_typing = minutes
        """The minutes logged when the box was entered, or the last left standing (None: the
        time measured)."""
        self._settle: Timer | None = None

    _refusal_said = ""
    """The words the box was last left (or Enter pressed) holding, said not a time then."""
    _refusal_message = ""
    """What was said of them, withdrawn once untrue: other words said not a time, or a time
    typed ("-5" said, then "999999", the two stacked, the first of words gone: a trial)."""

    def _on_focus(self, event: events.Focus) -> None:
        self.before_typing = self.edits.session.minutes_spent

    def _on_blur(self, event: events.Blur) -> None:
        self.say_refused()

    def _on_input_submitted(self, event: Input.Submitted) -> None:
        self.say_refused()

    def say_refused(self) -> None:
        """Left holding words that are not a time (or Enter pressed on them): why, at once,
        naming the box, and that the words are kept. "lots" typed there and the step left
        was marked ✎ (typed, not added), and why was said only under the box, out of view
        at 60x20, and on coming back (a trial). Once for the same words."""
        value = self.value.strip()
        if self.disabled or self.understood() or value == self._refusal_said \
                or self.covered() or getattr(self.app, "ending", False):
            return  # (reflect ending: its farewell says it, `typed_items.minutes_kept`)
        self.withdraw_refusal()
        self._refusal_said = value
        self._refusal_message = (f"{FIELD}: “{one_line(value, 30)}” "
                                 f"{minutes_refused(value)}. Kept in the box as typed, "
                                 "not logged.")
        self.notify(self._refusal_message, severity="warning", timeout=10, markup=False)

    def withdraw_refusal(self) -> None:
        """Take back what `say_refused` said last (no longer true)."""
        said, self._refusal_message, self._refusal_said = self._refusal_message, "", ""
        if said and hasattr(self.app, "withdraw"):
            self.app.withdraw(said)

    def show_logged(self) -> None:
        """Show the session's figure, or what it keeps as typed, not a time, when it was
        changed elsewhere (the other box)."""
        session, shown = self.edits.session, shown_in_box(self.edits.session)
        if self.value != shown and (session.drafts.get(MINUTES_DRAFT)
                                    or session.minutes_spent != self.read()):
            # What is logged meanwhile, as the change this makes is read (`_on_input_changed`):
            # "450x" from the dialog, shown here, put back this box's own figure from before
            self.before_typing = session.minutes_spent
            self.value = shown

    def read(self) -> int | None:
        """The minutes the box holds now; None when empty or not a time."""
        value = self.value.strip()
        return parse_minutes(value) if value else None

    def half_typed(self) -> bool:
        """Only a figure that is not a time: a time is logged as it is typed, and said so under
        the box. With 1h30 logged there, Esc asked for a second Esc, and the `m` typed next
        (for My CPD so far, on the start screen) went into the box as 1h30m (a trial)."""
        minutes = self.read()
        return bool(self.value.strip()) and (
            minutes is None or minutes != self.edits.session.minutes_spent)

    def covered(self) -> bool:
        """Whether a dialog has opened over the box's screen (the F8 dialog's own box says
        why under it; the export dialog's check says it too)."""
        stack = self.app.screen_stack
        return self.screen in stack and stack[-1] is not self.screen

    def _settled(self) -> None:
        self.before_typing = self.edits.session.minutes_spent

    def _on_input_changed(self, event: Input.Changed) -> None:
        value = event.value.strip()
        minutes = parse_minutes(value) if value else None
        understood = not value or minutes is not None
        if self._settle is not None:
            self._settle.stop()
        self._settle = self.set_timer(SETTLE_SECONDS, self._settled) if understood else None
        if not understood:
            minutes = self.before_typing
        elif self._refusal_message:
            self.withdraw_refusal()
        # Not a time: kept as typed (MINUTES_DRAFT), as a point not added is, on every way out
        change = None if self.disabled else self.edits.set_cpd_minutes(
            minutes, "" if understood else event.value)
        self.post_message(self.Logged(change, self.said(), understood))

    def said(self) -> str:
        """What is logged, as the box now holds it: the figure read, or, for one that is not
        a time, why, and what is logged meanwhile (the session's figure, kept). Coming back to
        the step with "lots" left in the box, the line under it said "leave the box empty to
        log that" (the time measured), as if it were empty (a fresh-eyes trial)."""
        if self.understood():
            return logging_words(self.edits.session)
        value = self.value.strip()
        minutes = self.edits.session.minutes_spent
        kept = "the time measured" if minutes is None else _minutes(minutes)
        return (f"“{one_line(value, 30)}” {minutes_refused(value)}. Logged "
                f"meanwhile: {kept}, as before.")

    def understood(self) -> bool:
        """Whether the box is empty or holds a time (`said`)."""
        return not self.value.strip() or self.read() is not None
