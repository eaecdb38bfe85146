"""The help screen: how a session flows and every key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from reflect.ui.widgets.literal import Literal

HELP = """\
HOW A SESSION WORKS
Pick a review in the library and press Enter (or n) to start a session, or pick a saved
session and press Enter to resume it. A session walks through the review in order:
introduction and context, good practice, areas for development, recommendations, then one
step per question for reflection, then what to do now (with your agreed actions), then a
summary you can export as Markdown notes. Everything you type is saved as you go.

ON THE START SCREEN
  /            search the library (filters as you type)
  Tab          move between the library, the search box and saved sessions
  Enter, n     start a new session on the selected review
  Enter        resume the selected saved session
  r            reload the library and sessions from disk

IN A SESSION
  PgDn, Ctrl+N     next step
  PgUp             previous step
  Ctrl+G           go to a step (choose in the step list, then Enter)
  Ctrl+S           save now (it also saves by itself within two seconds)
  Ctrl+O           export the notes as Markdown (also on the summary step)
  Ctrl+T           on the actions step: add the agreed action you typed
  Delete           in the actions table: remove the selected action
  Space            in the actions table: change the selected action's status
  Esc              back to the start screen (saves first)

EVERYWHERE
  F1           this help
  Ctrl+P       command palette (new session, export, themes, ...)
  Ctrl+Q       quit (saves first)
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Literal(HELP)
            yield Literal("Press Esc to close.", "italic")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
