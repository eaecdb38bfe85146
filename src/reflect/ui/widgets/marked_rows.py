"""Lists whose chosen row starts with ▶, with the focus or without it, with colour or without:
the import preview's list of blocks (`MarkedList`) and its *Move it into…* choice
(`MarkedSelect`), whose open list marks its highlighted row the same way.

The chosen row was shown by its colour alone: once the list lost the focus (to *Move it
into…*, to *Move*) its bar was a faint teal few could see, and the open section choice's bar,
on its prompt when first opened, read as on Introduction, so two ↓ meant for Key learning
chose Context (a docs helper's trial moved a block into Context by mistake). A mark is seen
at a glance, on a monochrome projector too."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.content import Content
from textual.widgets import OptionList, Select
from textual.widgets.option_list import Option

MARK = "▶ "
"""Before the chosen row."""
UNMARKED = "  "
"""Before every other row, so a row's words stay where they are as the mark moves."""


def marked(prompt: Content | Text, chosen: bool) -> Content | Text:
    """`prompt` with the mark (`chosen`) or the blank that keeps its place before it."""
    mark = MARK if chosen else UNMARKED
    if isinstance(prompt, Text):  # (Textual's Select searches a Text's words as typed)
        return Text.assemble((mark, "bold"), prompt)
    return Content.styled(mark, "bold") + prompt


def mark_rows(rows: OptionList, bare: Sequence[Content | Text], chosen: int | None) -> None:
    """Each of `rows`' options shown as `bare` says, the one at `chosen` marked."""
    for index, prompt in enumerate(bare[:rows.option_count]):
        wanted = marked(prompt, index == chosen)
        if str(rows.get_option_at_index(index).prompt) != str(wanted):
            rows.replace_option_prompt_at_index(index, wanted)


class MarkedList(OptionList):
    """An option list whose highlighted row starts with ▶ (see the module)."""

    _bare: list[Content] = []
    """The rows' prompts, as listed (`list_rows`), without a mark."""

    def list_rows(self, rows: Iterable[tuple[Content, str]]) -> None:
        """List these rows (each its prompt and its option's id), none chosen yet."""
        rows = list(rows)
        self._bare = [prompt for prompt, _ in rows]
        self.clear_options()
        self.add_options([Option(marked(prompt, False), id=option_id)
                          for prompt, option_id in rows])

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        mark_rows(self, self._bare, highlighted)


class MarkedSelect(Select[str]):
    """A drop-down whose open list marks its highlighted row with ▶ (see the module). Opened,
    the list is on the choice the box shows (Textual's), or, with none, on the prompt's row,
    marked: ↓ from there is the first choice."""

    def on_mount(self) -> None:
        self.watch(self._overlay(), "highlighted", self._mark, init=False)

    def _overlay(self) -> OptionList:
        return self.query_one("SelectOverlay", OptionList)

    def _mark(self, highlighted: int | None) -> None:
        bare = [Text(self.prompt, style="dim") if value is Select.NULL else Text(str(label))
                for label, value in self._options]
        mark_rows(self._overlay(), bare, highlighted)
