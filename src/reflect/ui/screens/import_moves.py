"""The import preview's Moves: where an unplaced block can go (a section, the review's type,
or left out), what each Move did, said plainly, and leaving the preview only when asked once
anything has been changed in it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import on
from textual.widgets import Input, OptionList, Select

from reflect.importer import ImportReport
from reflect.importer.set_aside import LEAVE_OUT, REVIEW_TYPE
from reflect.importer.sources import file_path
from reflect.text import listed, one_line, plural, review_id
from reflect.ui.focus_view import follow
from reflect.ui.screens.import_boxes import TYPE_TYPED, TYPED, PreviewBoxes
from reflect.ui.screens.import_loaded import Loaded

SECTION_LABELS = {"introduction": "Introduction", "context": "Context",
                  "learning": "Key learning", "good_practice": "Good practice",
                  "development": "Areas for development",
                  "recommendations": "Recommendations", "questions": "Questions",
                  "what_to_do_now": "What to do now", "resources": "Resources"}
CHOICE_LABELS = {REVIEW_TYPE: "Review type (its words: Rapid Review, LCSPR…)",
                 LEAVE_OUT: "Leave it out (a page's header or footer…)"}
"""Beyond the sections: the block's words as the review's type, or the block left out (a
trial's learning lead could set neither, and a page footer stayed "not placed")."""
MOVE_TO = {**SECTION_LABELS, **CHOICE_LABELS}
"""Every choice of *Move it into…*, in its order."""
ID_TYPED = "the review id you typed"


@dataclass(frozen=True)
class Moved:
    """One Move the user made: the block (its first line's number and text), how many lines
    it held, and the section it went into (or the type, or left out)."""

    start: int
    label: str
    lines: int
    section: str

    def said(self) -> str:
        """"3 lines to Good practice", "1 line to Review type", "2 lines left out"."""
        if self.section == LEAVE_OUT:
            return f"{plural(self.lines, 'line')} left out"
        to = "Review type" if self.section == REVIEW_TYPE else SECTION_LABELS[self.section]
        return f"{plural(self.lines, 'line')} to {to}"

    def done(self) -> str:
        """"Moved 3 lines to Good practice", "Left out 2 lines"."""
        if self.section == LEAVE_OUT:
            return f"Left out {plural(self.lines, 'line')}"
        return f"Moved {self.said()}"


class PreviewMoves(PreviewBoxes):
    """The import dialog's saying of its Moves, and what leaving it loses."""

    loaded: Loaded | None
    """What was read and shown in the preview; None before (or after a file's problem)."""
    moved: list[Moved]
    """The Moves made, in order: what the preview says was moved where."""
    told: int
    """How many of the Moves a toast has told of."""
    read_id: str = ""
    """The review id the briefing was last read under (its box's, stripped)."""
    moving: bool = False
    """A Move's reading is under way: once shown, the focus goes back to the list of blocks
    (`focus_kept`)."""
    QUIT_STAY = "Back to the preview"
    """What "no" to Ctrl+Q's question does (`confirm.quit_question`)."""

    def changes(self) -> list[str]:
        """What the person has changed in the preview since the briefing was read: its Moves,
        a title, partnership, Review type or review id typed; none before a preview, or of a
        file imported already. Esc dropped two lines moved into Key learning unasked, and a
        message said they were moved (a fresh-eyes trial)."""
        if self.loaded is None or self.loaded.already:
            return []
        said = [f"your Moves ({listed([m.said() for m in self.moved])})"] if self.moved else []
        moved_type = any(m.section == REVIEW_TYPE for m in self.moved)
        said += [t for t in self.boxes_typed() if not (moved_type and t == TYPE_TYPED)]
        if self.id_typed() != self.read_id:
            said.append(ID_TYPED)
        return said

    def id_typed(self) -> str:
        """The review id in its box, typed in any case: `CHILD-Q` is child-q, as `reflect
        import --id` takes it (`text.review_id`; the box refused it, a trial); what is no id,
        even in small letters, as typed (stripped), for the reading to refuse."""
        typed = self.query_one("#import-id", Input).value
        return review_id(typed) or typed.strip()

    def lost_by_reading(self, path: Path) -> list[str]:
        """The `changes` that reading a file (again) drops: the Moves, and a title,
        partnership or Review type typed when it is another file (which has its own); the id
        typed is the one it is read under."""
        same = self.loaded is not None and self.loaded.path == path
        return [c for c in self.changes() if c != ID_TYPED and not (same and c in TYPED)]

    def ask_to_discard(self, changes: list[str] | None = None,
                       then: Callable[[], None] | None = None) -> None:
        """Close the dialog (or do `then`, which drops `changes`): at once when nothing has
        been changed in it (`changes`), else once the person chooses to discard them, as the
        new-session form asks. One question for Esc, Cancel and reading the file again."""
        changes = self.changes() if changes is None else changes
        go_on = then or (lambda: self.dismiss(None))
        if not changes:
            go_on()
            return
        from reflect.ui.screens.confirm import ConfirmScreen

        def answered(discard: bool | None) -> None:
            if discard:
                go_on()

        self.app.push_screen(ConfirmScreen(
            f"Discard {listed(changes)}? Nothing of this briefing is in the library until it "
            "is saved.", yes="Discard", no=self.QUIT_STAY), answered)

    def quit_question(self) -> str | None:
        """Asked by Ctrl+Q (`ReflectApp.action_quit`), as Esc asks (`ask_to_discard`)."""
        changes = self.changes()
        return (f"Quit reflect? The briefing being imported is not saved yet: "
                f"{listed(changes)} would be lost." if changes else None)

    def say(self, message: str, **kwargs: Any) -> None:
        """A message about the preview's Moves, taken away as the dialog closes (or a question
        covers it): "Moved 2 lines to Key learning" stayed on the start screen after Esc had
        dropped them (a trial)."""
        self.notify(message, **kwargs)
        self.said_here(message)

    def moved_lines(self, report: ImportReport) -> list[str]:
        """What the Moves did, said plainly: the last one (its block named by its first line)
        and the ones before it; a toast says the last and what is left, once, as the preview
        may be scrolled past it ("Moved by you: 4 line(s)." said neither where nor what was
        left, a new user's trial)."""
        if not self.moved:
            return []
        last = self.moved[-1]
        said = [f"{last.done()} (the block from line {last.start}, "
                f"“{one_line(last.label, 50)}”)."]
        if last.section == REVIEW_TYPE:
            said[0] += f" The review type is “{self.query_one('#import-type', Input).value}”."
        if len(self.moved) > 1:
            said.append(f"Moved before: {listed([m.said() for m in self.moved[:-1]])}.")
        if self.told < len(self.moved):
            self.told = len(self.moved)
            left = (f"{plural(len(report.unplaced), 'line')} still not placed"
                    if report.unplaced else "every line is now placed")
            self.say(f"{last.done()}; {left}.", timeout=6)
        return said

    def focus_kept(self, movable: bool) -> None:
        """The preview just shown again: after a Move (`moving`), the focus on the list of
        blocks, its first row chosen, *Move it into…* back to none (`move_block`), or with no
        block left, in the Title box; else where it was. Either way in view, as the preview
        laid out again may have left it out of sight. The focus stayed on *Move*, the choice
        kept, so a second Enter moved the next block into the same section unasked; and at
        60x20 *Move* was often left out of view, the first Tab only bringing it back, so the
        Enter after a Tab meant for *Preview* moved another block (a docs helper's trial)."""
        if self.moving:
            self.moving = False
            self.query_one("#import-blocks" if movable else "#import-title").focus()
        elif self.focused is not None:
            follow(self, self.focused)

    @on(OptionList.OptionSelected, "#import-blocks")
    def block_chosen(self) -> None:
        """Enter (or a click) on a block chooses it: on to *Move it into…*, its list open.
        Enter there did nothing, where a trial expected it to go on."""
        section = self.query_one("#import-section", Select)
        section.focus()
        section.action_show_overlay()

    def type_taken(self, words: str) -> bool:
        """A block's words into the Review type box (a type reflect knows, named in them, as
        it names it); a block of more than a few words is said, and not taken."""
        from reflect.importer.set_aside import TYPE_LENGTH, type_from

        kind = type_from(words)
        if kind is None:
            self.say(f"A review type is a few words (Rapid Review, LCSPR): this block has "
                        f"more than {TYPE_LENGTH} characters. Type the type in the Review type "
                        "box instead.", severity="warning", timeout=8)
            return False
        self.query_one("#import-type", Input).value = kind
        return True


def unquoted(typed: str) -> str:
    """A path as typed or pasted, without the quotes around it that a terminal adds to a file
    dragged in ('/home/me/Child Y.pdf'; "cannot read '…'", a trial), a `file://` address as
    its path (`sources.file_path`)."""
    typed = typed.strip()
    if len(typed) > 1 and typed[0] == typed[-1] and typed[0] in "'\"":
        typed = typed[1:-1]
    return file_path(typed)
