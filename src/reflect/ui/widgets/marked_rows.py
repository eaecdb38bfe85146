"""Lists whose chosen row starts with ▶, with the focus or without it, with colour or without:
the import preview's list of blocks (`MarkedList`) and its *Move it into…* choice
(`MarkedSelect`), whose open list marks its highlighted row the same way.

The chosen row was shown by its colour alone: once the list lost the focus (to *Move it
into…*, to *Move*) its bar was a faint teal few could see, and the open section choice's bar,
on its prompt when first opened, read as on Introduction, so two ↓ meant for Key learning
chose Context (a docs helper's trial moved a block into Context by mistake). A mark is seen
at a glance, on a monochrome projector too.

The open choice leaves the chosen block's row in sight (`MarkedSelect.in_sight`): at 60x20
Textual moved the list up to fit on the screen, over the block list's ▶ row, so the block
being moved could not be seen while its section was chosen (at 80x24 it could)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.containers import ScrollableContainer
from textual.content import Content
from textual.widgets import OptionList, Select
from textual.widgets.option_list import Option

from reflect.ui.toast_place import fresh_row

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

    in_sight: OptionList | None = None
    """A list whose chosen row the open list keeps clear of (`_keep_in_sight`)."""

    def on_mount(self) -> None:
        self.watch(self._overlay(), "highlighted", self._mark, init=False)
        self.watch(self, "expanded", self._keep_in_sight, init=False)

    def _keep_in_sight(self, expanded: bool) -> None:
        """The open list clear of `in_sight`'s chosen row: Textual moves a list too long for
        the room below it up, over what is above it (the chosen row, at 60x20), so the body
        it is in is scrolled on, as far as that takes, the row kept in its view. (At the end
        of the import dialog's scroll, ten lines from its choice to the screen's foot, the
        list, twelve, moved up two, covers only the block list's foot: so on a screen of 15
        lines or more.)"""
        chosen = fresh_row(self.in_sight) if expanded and self.in_sight is not None else None
        overlay = self._overlay()
        limit = overlay.styles.max_height
        body = next((node for node in self.ancestors if isinstance(node, ScrollableContainer)),
                    None)
        if not chosen or limit is None or body is None:
            return
        tall = min(int(limit.resolve(self.screen.size, self.app.size)),
                   overlay.option_count + overlay.styles.gutter.height)
        over = chosen.bottom - (self.screen.region.bottom - tall)
        by = min(over, round(body.max_scroll_y - body.scroll_y),
                 chosen.y - body.scrollable_content_region.y)
        if by > 0:
            body.scroll_to(y=body.scroll_y + by, animate=False, immediate=True)

    def _overlay(self) -> OptionList:
        return self.query_one("SelectOverlay", OptionList)

    def _mark(self, highlighted: int | None) -> None:
        bare = [Text(self.prompt, style="dim") if value is Select.NULL else Text(str(label))
                for label, value in self._options]
        mark_rows(self._overlay(), bare, highlighted)
