"""The import preview's boxes for what the importer found of the review itself: its *Title*,
*Partnership*, *Review type* and *Summary* (`import_review.ImportScreen`).

Each box, shown once a briefing is read, holds what the importer found until something else
is typed in it; what it holds is saved. Where the importer found no title or partnership, its
box is empty, with the placeholder the file would get ("Unknown partnership — please edit")
shown in grey: left so, Save writes the placeholder (the library marks the review not finished
until its file is edited), as `reflect import` does. A fresh-eyes trial's learning lead, told
"edit `partnership` in the file", had to edit the review's TOML by hand. The summary, the
review's line in the library (the briefing's first sentence about the case, cut short where
it is long), had a line of the preview only: seen, it could be put right in the file alone.

Reading the same file again (a Move, a review id and Enter, Save) keeps what was typed in them;
another file empties them, as it has its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import on
from textual.widgets import Input

from reflect.importer.alike import Held
from reflect.importer.facts import NO_PARTNERSHIP
from reflect.importer.found import CUT_SHORT, TITLE_CUT, cut_said
from reflect.importer.review_title import NO_TITLE
from reflect.model import placeholders
from reflect.text import plural
from reflect.ui.screens.base import ReflectModal
from reflect.ui.screens.import_loaded import Loaded
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal


@dataclass(frozen=True)
class Box:
    """One box: the review's field it fills, its widget's id, its label and an example."""

    field: str
    id: str
    label: str
    example: str

    @property
    def typed(self) -> str:
        """What leaving the preview would lose once something is typed in it."""
        return f"the {self.label} you typed"


BOXES = (Box("title", "import-title", "Title", "the review's title, e.g. Child ZZ"),
         Box("partnership", "import-partnership", "Partnership",
             "the partnership's name, as the briefing gives it"),
         Box("review_type", "import-type", "Review type",
             "Rapid Review, LCSPR, Learning briefing…"),
         Box("summary", "import-summary", "Summary",
             "one sentence: the review's line in the library"))
"""In the order shown; the first three, the order the preview's first line names them in."""
TYPE_BOX = BOXES[2]
SUMMARY_BOX = BOXES[3]
TYPE_TYPED = TYPE_BOX.typed
TYPED = frozenset(box.typed for box in BOXES)
PLACEHOLDER = {"title": placeholders.TITLE, "partnership": placeholders.PARTNERSHIP}
"""The fields the importer may fill with a placeholder: their box is then left empty."""
NOTES = {
    NO_TITLE: (BOXES[0], "no title found: ", "type it in the Title box above (left empty, the "
               f"review is saved titled “{placeholders.TITLE}”, and the library marks it not "
               "finished until its file is edited)"),
    NO_PARTNERSHIP: (BOXES[1], "no partnership named in the text: ", "type it in the "
                     f"Partnership box above (left empty, “{placeholders.PARTNERSHIP}” is "
                     "saved in its place, and the library marks the review not finished until "
                     "its file is edited)")}
"""`reflect import`'s notes for a placeholder, as the preview says them: it has a box (its
box, what was not found, and what to do while it is empty)."""
NOTE = "Note: "


def boxes() -> Iterator[InOrderInput]:
    """The boxes, hidden until a briefing is read."""
    for box in BOXES:
        widget = InOrderInput(placeholder=box.example, id=box.id)
        widget.border_title = box.label
        widget.display = False
        yield widget


class PreviewBoxes(ReflectModal[Path | None]):
    """The import dialog's Title, Partnership, Review type and Summary boxes."""

    loaded: Loaded | None
    found: dict[str, str]
    """Field -> what the importer found in the briefing last read."""
    guessed: dict[str, str]
    """Field -> what the importer found, as its box shows it ("" for a placeholder)."""
    below: list[str]
    """The preview's lines under its first, its notes as `reflect import` says them
    (`show_preview`)."""

    def box(self, box: Box) -> Input:
        return self.query_one(f"#{box.id}", Input)

    def show_boxes(self, shown: bool) -> None:
        for box in BOXES:
            self.box(box).display = shown

    def forget_boxes(self) -> None:
        """Another file is read: its own title, partnership, type and summary, not those
        typed."""
        for box in BOXES:
            self.box(box).value = self.guessed[box.field] = ""

    def fill_boxes(self, review: dict[str, Any]) -> None:
        """What the importer found, just read, in the boxes nothing else is typed in (a
        placeholder as the empty box's grey text); what is typed stays."""
        for box in BOXES:
            found = self.found[box.field] = review[box.field]
            widget = self.box(box)
            if widget.value.strip() in ("", self.guessed.get(box.field, "")):
                shown = "" if found == PLACEHOLDER.get(box.field) else found
                widget.value = self.guessed[box.field] = shown
                widget.placeholder = box.example if shown else found

    def value(self, box: Box) -> str:
        """What is saved: the box's words (its spaces as typed aside), else, for an empty box
        or one of spaces only, what the importer found."""
        return " ".join(self.box(box).value.split()) or self.found[box.field]

    def from_boxes(self, review: dict[str, Any]) -> None:
        """The review's title, partnership, type and summary, as the boxes say them."""
        for box in BOXES:
            review[box.field] = self.value(box)

    read_partnership = ""
    """The partnership typed when the briefing was last read (`partnership_typed`)."""

    def partnership_typed(self) -> str:
        """The partnership typed in its box over what was found ("" for none): the line that
        is it is the partnership's (`import_briefing(partnership_typed=...)`), read again by
        Enter there or by Save. It stayed "not placed", to be moved by hand (a trial)."""
        box = BOXES[1]
        typed = " ".join(self.box(box).value.split())
        return "" if typed in ("", self.guessed.get(box.field, "")) else typed

    def boxes_typed(self) -> list[str]:
        """The boxes something else than the importer's is typed in (`TYPED`)."""
        return [box.typed for box in BOXES
                if self.box(box).value.strip() not in ("", self.guessed.get(box.field, ""))]

    def head(self) -> str:
        """The preview's first line: what will be saved, as the boxes say it."""
        title, partnership, kind = (self.value(box) for box in BOXES[:3])
        return f"{title}: {kind}, {partnership}"

    def said(self, line: str) -> str:
        """A line of the preview as shown: a note for a placeholder, or for a summary or a
        title cut short, says what its box does now (typed in, what is typed is saved)."""
        if line.startswith(NOTE + CUT_SHORT) and self.loaded is not None and (
                cut := self.loaded.report.summary_cut) is not None:
            return NOTE + cut_said(cut, "the one typed in the Summary box above is saved"
                                   if SUMMARY_BOX.typed in self.boxes_typed() else
                                   "shorten it in the Summary box above, or type another")
        if line.startswith(NOTE + TITLE_CUT):  # "… (it runs to 299 characters, over 80): "
            return line.rsplit("): ", 1)[0] + "): " + (
                "the one typed in the Title box above is saved" if BOXES[0].typed in
                self.boxes_typed() else "shorten it in the Title box above, or type another")
        found = NOTES.get(line.removeprefix(NOTE)) if line.startswith(NOTE) else None
        if found is None:
            return line
        box, missing, empty = found
        return NOTE + missing + (f"the one typed in the {box.label} box above is saved"
                                 if self.box(box).value.strip() else empty)

    def show_preview(self) -> None:
        """The preview: its first line (`head`) and the lines below it (`below`), as the
        boxes now make them."""
        lines = [self.head(), *(self.said(line) for line in self.below)]
        self.query_one("#import-preview", Literal).show("\n".join(lines), hung=True)

    @on(Input.Changed, "#import-title, #import-partnership, #import-type, #import-summary")
    def typed_in_a_box(self) -> None:
        """The preview's first line, and its notes, follow what is typed: they say what will
        be saved; so does the warning of a review already there (`show_warning`), and the
        Review id box's grey text (`id_hint`)."""
        if self.loaded is not None and not self.loaded.already and self.below:
            self.show_preview()
            self.show_warning()
            self.show_id_hint(self.loaded)

    def id_hint(self, loaded: Loaded) -> str:
        """The Review id box's grey text once a briefing is read: the id it is saved under
        left empty, and where that comes from. The example names this briefing (it said
        'Child V' after the preview found "Child Y", a trial); a file imported already, the
        review it is (a learning lead's trial). A title typed over leaves the id as read:
        "child-q (left empty: from the title)" stood over a title that could not give it (a
        learning lead's trial). Short, whole in the box at 60 columns."""
        review_id, came_from = loaded.report.review["id"], loaded.report.id_from
        if loaded.already:
            return f"{loaded.already_id} (already in the library)"
        if came_from == "the title" and BOXES[0].typed in self.boxes_typed():
            return f"{review_id} (left empty: kept, whatever the title)"
        return f"{review_id} (left empty: from {came_from})"

    def show_id_hint(self, loaded: Loaded) -> None:
        self.query_one("#import-id", Input).placeholder = self.id_hint(loaded)

    def alike_now(self, loaded: Loaded) -> list[Held]:
        """The reviews in the library this briefing seems to be, under another id than the one
        it would be saved under, as the boxes say its title, partnership and type
        (importer/alike.py)."""
        from reflect.importer.alike import same_briefing

        review = dict(loaded.report.review)
        self.from_boxes(review)
        return same_briefing(review, loaded.held, str(review["id"]))

    def warnings(self, loaded: Loaded) -> list[str]:
        """What is wrong with the briefing read, said above the rest (`show_warning`): a file
        with none of a briefing's parts, and a briefing the library seems to hold already."""
        from reflect.importer.alike import alike_said
        from reflect.importer.parse import MISSING

        name, out = loaded.path.name, []
        if not loaded.report.parts and (plan := plan_said(loaded)):
            out.append(plan)
        elif not loaded.report.parts:
            out.append(f"{name} does not read as a learning briefing: none of a briefing's "
                       f"parts was found in it ({MISSING}). Is it the briefing you meant? If "
                       "not, give another file above; what was read is below, and Save asks "
                       "before saving it anyway.")
        if found := self.alike_now(loaded):
            review = dict(loaded.report.review)
            self.from_boxes(review)
            one = len(found) == 1
            out.append(f"{name} looks like a briefing already in the library: "
                       f"{alike_said(found, review)}. To use {'it' if one else 'one'}, choose "
                       f"{'that review' if one else 'it'} in the library (Esc); Save asks "
                       f"before saving this one beside {'it' if one else 'them'}.")
        return out

    def show_warning(self) -> None:
        """The warnings (`warnings`) under the file's path, in view as the preview is shown,
        naming the file; nothing for none, nor while no briefing is read or one already
        imported is. A party invitation's "is it the briefing you meant?" was the first of the
        notes, under four boxes, off the screen at 80x24 (a learning lead's trial)."""
        loaded = self.loaded
        said = self.warnings(loaded) if loaded is not None and not loaded.already else []
        warning = self.query_one("#import-warning", Literal)
        warning.show("\n\n".join(f"⚠ {w}" for w in said), "bold")
        warning.display = bool(said)


def plan_said(loaded: Loaded) -> str | None:
    """The warning for an action plan given as a briefing (`action_plan.plan_items`): what it
    is, and the command that adds it to its review, which the dialog does not do; None for any
    other file. It said "does not read as a learning briefing … Save asks before saving it
    anyway" (a learning lead's trial)."""
    import shlex

    from reflect.commands import command
    from reflect.importer.action_plan import plan_items

    items = plan_items(loaded.text)
    if not items:
        return None
    into = loaded.report.review["id"]
    into = into if any(held.id == into for held in loaded.held) else "REVIEW_ID"
    return (f"{loaded.path.name} reads as an action plan, not a briefing "
            f"({plural(items, 'recommendation')}, each with its action and status): this "
            "dialog imports briefings; an action plan is added to its review at the command "
            f"line: `{command(f'import {shlex.quote(str(loaded.path))} --into {into}')}`"
            + ("" if into != "REVIEW_ID" else
               f", REVIEW_ID its review's id (`{command('list reviews')}` lists them)")
            + ". Save asks before saving it as a review anyway.")
