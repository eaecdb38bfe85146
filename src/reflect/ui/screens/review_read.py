"""`v` on a review in the library: its title, kind, summary and themes whole, to read before
choosing it. The library's row cuts each to one line at 80 columns ("A premature baby on an
Interim Care Order w…"), and only `reflect list reviews`, at a shell, showed them whole (a
health visitor's trial). Read only: Enter starts a session on it, Esc goes back. Made on
demand: the start screen's first frame does not wait for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding

from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.scroll_dialog import ScrollDialog

if TYPE_CHECKING:
    from reflect.store.catalogue import ReviewSummary


def questions_said(count: int) -> str:
    """How many questions the review asks, in words: `3 questions to discuss`."""
    return f"{count} question{'' if count == 1 else 's'} to discuss"


class ReviewReadScreen(ReflectModal[bool]):
    """Dismisses with True (Enter: start a session on the review) or False (Esc: back)."""

    DEFAULT_CSS = """
    #review-read Literal { margin-bottom: 1; }
    #review-read #review-read-keys { margin-bottom: 0; }
    """

    BINDINGS = [Binding("enter", "start", "New session"),
                Binding("escape", "back", "Back")]

    def __init__(self, review: ReviewSummary) -> None:
        super().__init__()
        self.review = review

    def compose(self) -> ComposeResult:
        review = self.review
        with ScrollDialog(classes="dialog", id="review-read"):
            yield Literal(review.title, "bold", id="review-read-title")
            yield Literal(f"{review.review_type} · {questions_said(review.questions)}",
                          "italic", id="review-read-kind")
            yield Literal(review.summary, id="review-read-summary")
            yield Literal("Themes: " + (", ".join(review.themes) or "none given"), "dim",
                          id="review-read-themes")
            yield Literal("Enter starts a session on it; Esc goes back to the library.",
                          "dim", id="review-read-keys")

    def on_mount(self) -> None:
        self.query_one("#review-read", ScrollDialog).focus()

    def action_start(self) -> None:
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)
