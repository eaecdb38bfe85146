"""The time line shown during a session (TimerBar). The meeting-length chooser the
new-session form and the time plan use is `meeting_length.py`'s: apart, so that drawing a
session's first step does not import its choice buttons and minutes box."""

from __future__ import annotations

from reflect.model import idle
from reflect.model.session import Timing
from reflect.model.timebox import TimeStatus, describe, describe_held, status
from reflect.ui.widgets.literal import Literal

OVER_MARK = "⚠ "
"""Put before the line when the step has run over: the alert never relies on colour."""


class TimerBar(Literal):
    """One line: the time left on this step and in the session (or the time spent, without a
    plan). Over its plan the line gets a warm background and a ⚠ (class `-over`); paused, it
    says so (class `-paused`). Nothing flashes. Narrow panes get the short wording."""

    DEFAULT_CSS = """
    TimerBar {
        height: 1;
        width: 1fr;
        padding: 0 1;
        background: $boost;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    TimerBar.-over {
        background: $warning-muted;
        color: $foreground;
        text-style: bold;
    }
    TimerBar.-paused {
        text-style: italic;
    }
    TimerBar.-over.-paused {
        text-style: bold italic;
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", "", **kwargs)
        self.status: TimeStatus | None = None
        """What is shown, as numbers (None before the first show_time)."""
        self.counted = True
        """False for a read-only session: the time it holds, said not to be counted here."""
        self.idle: tuple[str, float] = ("team", 0.0)
        """The session's mode and the seconds since the last key (model/idle.py)."""

    def show_time(self, timing: Timing, step_key: str, counted: bool = True,
                  idle: tuple[str, float] = ("team", 0.0)) -> None:
        """Show where the time stands on `step_key` (cheap to call every second); not
        `counted` (read-only): the time held, and that none is counted (`describe_held`);
        `idle`, the session's mode and the seconds since a key (`idle_line`)."""
        self.status = status(timing, step_key)
        self.counted = counted
        self.idle = idle
        self._show_status()

    def on_resize(self) -> None:
        self._show_status()

    @property
    def plain(self) -> str:
        """The line shown, as plain text."""
        return getattr(self, "_shown", ("", ""))[0]

    def _show_status(self) -> None:
        s = self.status
        if s is None:
            return
        mode, quiet = self.idle if self.counted and not s.paused else ("team", 0.0)
        away = idle.away(mode, quiet)

        def said(s: TimeStatus, short: bool = False) -> str:
            if not self.counted:
                return describe_held(s, short)
            return idle.idle_line(mode, quiet, describe(s, short), short)

        over = s.over and self.counted and not away
        mark = OVER_MARK if over else ""
        text = mark + said(s)
        width = self.content_size.width
        if width and len(text) > width:
            text = mark + said(s, short=True)
        self.set_class(over, "-over")
        self.set_class((s.paused or away) and self.counted, "-paused")
        self.show(text)
