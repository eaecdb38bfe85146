"""The help screen: how a session flows and every key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from reflect.ui.widgets.literal import Literal

FLOW = (
    "Pick a review in the library and press Enter to start a session, or pick a saved session "
    "and press Enter to resume it. A session walks through the review in order: introduction "
    "and context, good practice, areas for development, recommendations, then one step per "
    "question for reflection, then what to do now (with your agreed actions), then a summary "
    "you can export as notes. Everything you type is saved as you go, and again whenever you "
    "leave."
)

KEYS = """\
ON THE START SCREEN
  /              search the library (filters as you type)
  Tab            move between the search box, the library and saved sessions
  Enter, n       start a new session on the selected review
  Enter          resume the selected saved session
  F2, c, Delete  on a saved session: rename it, duplicate it (same team, empty answers),
                 delete it (asks first)
  r              read the library and sessions again
  Ctrl+R         reports across all sessions
  i              import a newly published briefing into the library

IN A SESSION
  PgDn, Ctrl+N   next step
  PgUp           previous step
  Ctrl+G         go to a step: choose it in the step list, then Enter
  Ctrl+S         save now (it also saves by itself within two seconds)
  Ctrl+O         export the notes as Markdown (plain text: summary step or Ctrl+P)
  Ctrl+T         on What to do now: add the action you typed
  Space, Delete  in the actions table: change status, remove (asks first)
  Esc            back to the start screen (saves first)

EVERYWHERE
  F1             this help
  Ctrl+P         command palette (new session, export, themes, ...)
  Ctrl+Q         save and quit"""



class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Literal("How a session works", "bold")
            yield Literal(FLOW)
            yield Literal("")
            yield Literal(KEYS)
            yield Literal("Press Esc to close.", "italic")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
