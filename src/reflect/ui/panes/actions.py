"""The pane of what to do now: the briefing's advice, the agreed actions, notes, resources."""

from __future__ import annotations

import re

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, Static

from reflect.model.action_words import action_words
from reflect.model.changes import NotesKey
from reflect.model.sections import section_blocks
from reflect.model.session import Session
from reflect.text import printable
from reflect.ui.panes.base import finding_place
from reflect.ui.panes.content import NotesHolder
from reflect.ui.widgets.actions_panel import ActionsPanel
from reflect.ui.widgets.hanging import HangingLabel
from reflect.ui.widgets.literal import BlocksView, Literal
from reflect.ui.widgets.tables import RowTable


class ActionsPane(NotesHolder):
    PANE_CLASS = "actions-pane"
    BINDINGS = [Binding("ctrl+t", "add_typed_action", "Add action", show=False, priority=True)]


    def compose(self) -> ComposeResult:
        blocks = section_blocks(self.review, "actions")
        if blocks:
            yield BlocksView(blocks, classes="blocks")
        words = action_words(self.session.mode == "individual")
        if not blocks:
            yield Literal(f"This briefing has no \"What to do now\" section: {words.decide} "
                          "below.", "italic", classes="blocks")
        if self.session.mode == "individual":  # what to turn into actions, in view
            yield NowWhats(self.session, classes="blocks now-whats")
        yield Literal(words.heading, "bold", classes="label")
        yield ActionsPanel(self.edits, self.review, id="actions")
        yield Literal("Notes on this section", classes="label notes-label")
        yield self.editor(f"notes-{self.index}", NotesKey(self.step.key), "notes")
        yield BlocksView(section_blocks(self.review, "resources"), classes="blocks")

    def focus_target(self) -> Widget:
        what = self.query_one(".action-what", Input)
        return self if what.disabled else what

    def typing_target(self, focused: Widget) -> Widget | None:
        """A letter typed on the table of actions starts (or carries on) the action in the
        form's first box (Space still moves a status on)."""
        if focused.has_class("actions-table"):
            what = self.query_one(".action-what", Input)
            return None if what.disabled else what
        return None

    def shown(self) -> None:
        self.query_one(ActionsPanel).shown()
        for said in self.query(".now-whats").results(NowWhats):  # typed on since
            said.show(self.session)

    def go_to_field(self, field: str) -> None:
        """An agreed action: its row highlighted and opened for editing in the form (its
        progress, which the form does not hold: its row)."""
        place, name = finding_place(field)
        if "actions" not in place:
            super().go_to_field(field)
            return
        panel = self.query_one(ActionsPanel)
        focused = panel.go_to_item(place["actions"], name)
        self.keep_in_view(panel.query_one(RowTable), focused)

    def make_read_only(self) -> None:
        super().make_read_only()
        panel = self.query_one(ActionsPanel)
        panel.make_read_only()
        panel.query_one(".action-hint", Literal).show(  # (not the keys: they do nothing)
            "In the table: ○ open, ◐ in progress, ✓ done, ⊘ dropped.", "dim")

    def action_add_typed_action(self) -> None:
        self.query_one(ActionsPanel).save_action()


class NowWhats(Static):
    """A reflection's Now what? answers (`now_whats`), each wrapped line hung under the words
    after its number or its answer's indent: they went back to column 0, under the "1." (a
    trial at 60 columns). Each question is bold, as a question step shows its own: its words
    began in the answer's column, in the answer's style, and at 60x20 the eye could not tell
    the question from the answer (a team lead's trial). Never parsed as markup (HangingLabel:
    `Text`)."""

    said = ""
    """What it says, as plain text (`now_whats`)."""

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.show(session)

    def show(self, session: Session) -> None:
        if (said := now_whats(session)) != self.said:
            self.said = said
            # (bold as a span: HangingLabel renders a Text's spans, not its own style)
            self.update(Group(*(HangingLabel(
                Text(head), Text.assemble((printable(line), "bold" if head[:1].isdigit() else "")),
                one_line_below=0, cut_long_words=False)
                for head, line in map(_head, said.splitlines()))))


def _head(line: str) -> tuple[str, str]:
    """A line of `now_whats` as its number ("1. ") or indent, and the words after it."""
    found = re.match(r"\d+\. |\s+", line)
    return (found.group(), line[found.end():]) if found else ("", line)


def now_whats(session: Session) -> str:
    """A reflection's Now what? answers, each under its question: README's step 5 said What
    I will do follows them here, and the step showed none of them, only "Nothing recorded
    yet" (a trial). Shown, not edited: each is changed on its question. An answer keeps its
    lines, as the CPD record does: run together, "by 31/01/2027 Pasted from the minutes…" read
    as one sentence (a trial). "Turn any into what you will do below" read as if a key did it
    (a trial): none does; one is typed into the form's first box."""
    said = [f"{n}. {' '.join(a.question.split())}\n{_indented(a.now_what)}"
            for n, a in enumerate(session.answers, 1) if a.now_what.strip()]
    if not said:
        return "Your Now what? answers show here once you write them on the questions."
    return ("Your Now what? answers (change them on their questions). To act on one, type it "
            f"into the {action_words(True).what} box below and press Enter:\n"
            + "\n".join(said))


def _indented(answer: str) -> str:
    """`answer`'s lines under its question, each tidied of extra spaces; an empty line kept."""
    lines = (" ".join(line.split()) for line in answer.strip().splitlines())
    return "\n".join(f"   {line}" if line else "" for line in lines)
