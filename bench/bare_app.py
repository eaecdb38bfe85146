"""The floor for the terminal cases: a bare Textual app (Header, Static, Footer), started the
same way as reflect (a fresh process of the same Python), drawn in the same terminal. For the
step-change case, PgDn changes its Static to the next "Question N of TOTAL" (TOTAL from
`BARE_TOTAL`), the least a step change can draw."""

import os

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

READY = "Bare Textual app ready"


class Bare(App[None]):
    BINDINGS = [Binding("pagedown", "next", "Next", show=False),
                Binding("ctrl+q", "quit", "Quit", show=False)]
    question = 1

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(READY, id="text")
        yield Footer()

    def action_next(self) -> None:
        self.question += 1
        total = os.environ.get("BARE_TOTAL", "9")
        self.query_one("#text", Static).update(f"Question {self.question} of {total}")


if __name__ == "__main__":
    Bare().run()
