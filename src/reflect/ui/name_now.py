"""The practitioner's name (`settings.my_name`) as the settings file holds it now, for each
screen that shows or fills it in: the new-session form's *Your name*, My CPD so far, and a
reflection after a team session (`a`). It may change while reflect runs: another reflect
window, `reflect walk` (plain mode's *Your name*) or an editor may write it; the app read it at
start-up only, and its form offered that name until My CPD so far was opened (a review).

`read_name` reads the file (in a worker, by the app's rule: docs/architecture.md); `name_now`,
on the UI thread, keeps what it read as the app's setting and says the name."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from reflect.store.settings import MY_NAME, SettingsError, my_name, read_settings

if TYPE_CHECKING:
    from reflect.ui.app import ReflectApp


class NameRead(NamedTuple):
    """The settings file as `read_name` read it."""

    settings: dict[str, object] | None
    """What it held; None when it could not be read (said as the app started, or by the
    command that wrote it so): the name known is kept."""
    chosen: int
    """How many names this app had chosen (`ReflectApp.chosen`) as it was read: one chosen
    since is newer than the file read."""


def read_name(app: ReflectApp) -> NameRead:
    """The settings file, read now (off the UI thread)."""
    chosen = app.chosen[MY_NAME]
    try:
        return NameRead(read_settings(app.settings_file), chosen)
    except SettingsError:
        return NameRead(None, chosen)


def name_now(app: ReflectApp, read: NameRead) -> str:
    """The name, tidied (`my_name`; "" for none), as `read` found it, kept as the app's
    setting: a name removed from the file is removed here. Not when a name was chosen in this
    app since the file was read, or one chosen is still to be written (that one is newer)."""
    if read.settings is not None and read.chosen == app.chosen[MY_NAME] \
            and not app.saving(MY_NAME):
        if MY_NAME in read.settings:
            app.settings[MY_NAME] = read.settings[MY_NAME]
        else:
            app.settings.pop(MY_NAME, None)
    return my_name(app.settings)
