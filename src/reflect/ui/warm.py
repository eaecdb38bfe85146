"""Importing what the next screens need while the person reads the start screen.

The start screen is drawn without pydantic, the models or the walkthrough (see `reflect.cli`),
so the first Enter on a review used to import them (about 0.15 s of the new-session form's
opening and of the first session's). Once the lists have been on screen a moment, they are
imported here, one module a step on the UI thread (an import in a thread could meet the UI's
own import of the same modules half-way): a key pressed meanwhile waits no longer than it
would have waited for the import it needed.
"""

from __future__ import annotations

import importlib
import sys

from textual.app import App

from reflect.ui.start_styles import WHOLE, style_all

WARM_AFTER = 1.0
"""Seconds after the lists are shown: the start screen's first frame never waits for this."""

MODULES = ("reflect.ui.screens.new_session", "reflect.ui.screens.walkthrough")
"""Starting a session (the form; pydantic and the models) and the session's own screen."""


def warm_up_later(app: App[object]) -> None:
    """Import `MODULES` not yet imported, WARM_AFTER seconds from now, one a refresh apart."""
    waiting = [name for name in MODULES if name not in sys.modules]
    styled = app.stylesheet.has_source(*WHOLE)
    if not waiting and styled:
        return

    def next_module() -> None:
        if not style_all(app) and waiting:  # the rest of app.tcss first (start_styles)
            importlib.import_module(waiting.pop(0))  # at once if imported meanwhile
        if waiting:
            app.call_after_refresh(next_module)

    app.set_timer(WARM_AFTER, next_module)
