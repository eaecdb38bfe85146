"""The floor for the terminal cases: a bare Textual app (Header, Static, Footer), started the
same way as reflect (a fresh process of the same Python), drawn in the same terminal."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

READY = "Bare Textual app ready"


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(READY)
        yield Footer()


if __name__ == "__main__":
    Bare().run()
