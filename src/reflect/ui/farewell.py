"""What the terminal is told once the app has ended: the session saved, where, and the
command that carries on with it. Quitting with Ctrl+Q left a trial's terminal as it was before
the app, with nothing on it: not that everything was saved, nor how to come back to it.

Said of the session open as the app ended, else of the last one this run changed and left
(Esc), once its file holds every edit; nothing after a run that changed no session and ended
on the start screen (looked at and left), nor of one whose edits went to a copy elsewhere
(that copy is said instead, `ReflectApp.rescue_notes`).

First, any message that waited while the "could not save" dialog was read and was never
shown, or was shown only as the app ended (`Notices.unread`): that dialog answered with a way
out that ends reflect (a copy saved, or saved at last, on the way to quitting) said it again
as reflect closed, and no one could read it. Then any warning or error still on screen as
the app ended (`Notices.still_showing`): said a moment before Ctrl+Q, it went with the app,
perhaps unread. A message that only told something was done is not said again.

Last, the new-session forms kept as drafts (store/form_drafts.py), typed and never started:
quit from the form (or its window closed), the terminal said nothing of it, and only `n` on
that review, another day, would have told.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from textual.app import App
from textual.notifications import Notification

from reflect.commands import command, command_lines
from reflect.text import printable
from reflect.ui.widgets.whole_path import path_lines
from reflect.wrapping import fitted

if TYPE_CHECKING:
    from reflect.store.autosave import SessionKeeper


class Kept(NamedTuple):
    """A session this run saved, as the terminal is told of it."""

    id: str
    title: str
    path: Path
    typed: tuple[str, ...] = ()
    """Each item typed into a form and not added, as it was let go of (`TypedItem.kept`), and
    the time to log for CPD kept as typed, not a time (`minutes_kept`)."""
    came_back: bool = False
    """Its file was gone from the sessions folder (deleted, moved or renamed while it was
    open) and the last save wrote it again (`SessionKeeper.came_back`)."""


class Farewell(App[None]):
    settings_file: Path
    """The settings file: drafts are kept beside it (set by `remembering.Remembering`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept: Kept | None = None
        """The last session let go of with its file holding every edit: changed in this run,
        or open as the app ended."""
        self.ending = False
        """The app is ending: the sessions open are let go of as it does."""
        self.width = 0
        """The terminal's width as the app ended (after it, Textual reads COLUMNS, which may
        be stale: the app reads the terminal's own)."""
        self.showing: list[Notification] = []
        """The warnings and errors on screen as the app ended (`Notices.still_showing`)."""

    def left(self, keeper: SessionKeeper, came_back: bool = False) -> None:
        """`keeper`'s session is let go of (left, or the app is ending): remembered when its
        file holds every edit, and this run wrote it or the app is ending with it open (the
        person was in it: they are told how to come back, changed or not), with the items
        typed into its forms and never added."""
        from reflect.model.typed_items import minutes_kept, typed_items

        if keeper.in_file and (keeper.wrote or self.ending):
            minutes = minutes_kept(keeper.session)  # ("lots" for CPD minutes: not a time)
            typed = tuple(item.kept for item in typed_items(keeper.session)) + (
                (minutes,) if minutes else ())
            self.kept = Kept(keeper.session.id, keeper.session.label, keeper.path, typed,
                             came_back)

    def exit(self, *args: Any, **kwargs: Any) -> None:
        from reflect.ui.notices import Notices

        if not self.ending and isinstance(self, Notices):  # as they were as it began to end
            self.showing = self.still_showing()
        self.ending, self.width = True, self.size.width
        super().exit(*args, **kwargs)

    def farewell(self, width: int) -> list[str]:
        """The lines to say once the app has ended, at most `width` cells each where they can
        be: the messages not read (`unread_lines`), then where the session was saved
        (`saved_lines`), then the forms kept as drafts (`drafts_lines`)."""
        return self.unread_lines(width) + self.saved_lines(width) + self.drafts_lines(width)

    def unread_lines(self, width: int) -> list[str]:
        """The messages that waited behind a dialog and were not read as the app ended
        (`Notices.unread`) and the warnings and errors said once it had begun to end
        (`Notices.said_late`), then the warnings and errors on screen as it ended (`showing`),
        each under its title, as it would have been shown."""
        from reflect.ui.notices import Notices

        unread: list[Notification] = []
        if isinstance(self, Notices):
            on_screen = {(n.title, n.message) for n in self.showing}
            unread = self.unread() + [n for n in self.said_late()
                                      if (n.title, n.message) not in on_screen]
        return (said_lines("Not shown before reflect ended:", unread, width)
                + said_lines("On screen as reflect ended:", self.showing, width))

    def saved_lines(self, width: int) -> list[str]:
        """Where the session was saved (its path whole, `path_lines`), each item typed into a
        form and not added, a line each (`Kept.typed`: Ctrl+Q said nothing of an action half
        typed, a trial), and how to carry on (`commands.command`: as this reflect can be typed
        here). None when nothing was saved, or the file is gone since (deleted on the start
        screen)."""
        if self.kept is None or not self.kept.path.is_file():
            return []
        from reflect.store.autosave import CAME_BACK

        said = f"Saved “{self.kept.title}”. {CAME_BACK}" if self.kept.came_back else \
            f"Saved “{self.kept.title}” in"
        lead = fitted(printable(said), width, tones=True)
        lines = lead[:-1] + path_lines(lead[-1], printable(str(self.kept.path)), width)
        for typed in self.kept.typed:
            lines += hung(printable(typed), width)
        carry = command(f"open {self.kept.id}")
        if len(f"To carry on: {carry}") <= width:
            return [*lines, f"To carry on: {carry}"]
        return [*lines, "To carry on:", *command_lines(carry, width)]

    def drafts_lines(self, width: int) -> list[str]:
        """The new-session forms kept as drafts as the app ended, whatever run typed them,
        said in one sentence fitted to `width`; none when there are none."""
        from reflect.store.form_drafts import drafts_folder, kept_titles

        titles = [f"“{printable(t)}”" for t in kept_titles(drafts_folder(self.settings_file))]
        if not titles:
            return []
        if len(titles) == 1:
            said = (f"The new session form on {titles[0]} is kept: n on that review offers it "
                    "back.")
        else:
            said = (f"The new session forms on {', '.join(titles[:-1])} and {titles[-1]} are "
                    "kept: n on each review offers its form back.")
        return fitted(said, width, tones=True)

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Run the app; then say the session saved and how to carry on with it, at the
        terminal's width as the app ended."""
        super().run(*args, **kwargs)
        try:
            for line in self.farewell(self.width or shutil.get_terminal_size().columns):
                print(line, file=sys.stdout, flush=True)
        except (OSError, ValueError):  # the terminal is gone (a hang-up)
            pass


def said_lines(heading: str, notifications: list[Notification], width: int) -> list[str]:
    """`notifications` under `heading`, each under its title, as it would have been shown,
    its lines fitted to `width` between words; none when there are none."""
    if not notifications:
        return []
    lines = [heading]
    for notification in notifications:
        said = [notification.title] if notification.title else []
        for line in [*said, *notification.message.splitlines()]:
            lines += fitted("  " + printable(line), width - 2, tones=True) or [""]
    return lines


def hung(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken at words, each after the first
    indented by two (`wrapping.fitted`: counted in cells, where `textwrap` counts characters:
    a title with an emoji or a wide letter in it ran a cell past the edge, and the terminal
    broke "in" into "i" and "n", a trial at 60 columns)."""
    first, *rest = fitted(text, width - 2, tones=True) or [""]
    return [first, *("  " + line for line in rest)]
