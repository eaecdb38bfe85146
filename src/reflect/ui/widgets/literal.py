"""Showing content and user text exactly as written: never parsed as markup, no control codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Self

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import events
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from reflect.text import printable
from reflect.ui.focus_view import brings_into_view
from reflect.ui.laid_out import after_each_layout

if TYPE_CHECKING:  # the start screen shows no blocks: kept out of its start-up
    from reflect.model.sections import Block


def literal(text: str, style: str = "") -> Content:
    """`text` as Content: markup characters are shown, control characters removed."""
    return Content.styled(printable(text), style) if style else Content(printable(text))


TITLE_EDGES = 6
"""The columns of a box's top border its title cannot take: the corners, a line either side
of the title and a space either side of it."""


def literal_title(text: str | None) -> Content | None:
    """`text` for a border title or subtitle, shown as it is: a string given them is read as
    markup, and a last time's action typed `Book [bold]training[/bold]`, cut to 30 characters
    in a progress note's title, ended `reflect open` with a MarkupError (a trial)."""
    return None if text is None else literal(text)


def blocks_renderable(blocks: list[Block]) -> Group:
    """Blocks as Rich renderables built from `Text` (never parsed as markup); bullets get a
    hanging indent so wrapped lines line up under their text."""
    parts: list[RenderableType] = []
    bullets: Table | None = None
    for b in blocks:
        if b.kind != "bullet":
            if bullets is not None:
                parts += [bullets, Text("")]
                bullets = None
            if b.kind == "heading":
                parts += [Text(printable(b.text), style="bold underline"), Text("")]
            else:
                style = "italic dim" if b.kind == "note" else ""
                parts += [Text(printable(b.text), style=style), Text("")]
            continue
        if bullets is None:
            bullets = Table.grid(padding=(0, 1))
            bullets.add_column(width=2, no_wrap=True)
            bullets.add_column(ratio=1)
        elif bullets.row_count:
            bullets.add_row("", "")  # a blank line between bullets
        body = Text(overflow="fold")  # a long link wraps instead of being cut
        if b.title:
            body.append(printable(b.title) + ": ", style="bold")
        body.append(printable(b.text))
        if b.extra:
            body.append("\n" + printable(b.extra), style="bold")
        if b.source:
            body.append("\nfrom " + printable(b.source), style="italic dim")
        bullets.add_row(Text(" •"), body)
    if bullets is not None:
        parts.append(bullets)
    while parts and isinstance(parts[-1], Text) and not parts[-1].plain:
        parts.pop()
    return Group(*parts)


class Literal(Static):
    """A Static that only ever shows literal text."""

    def __init__(self, text: str = "", style: str = "", **kwargs: object) -> None:
        super().__init__(literal(text, style), markup=False, **kwargs)  # type: ignore[arg-type]

    def show(self, text: str, style: str = "", hung: bool = False) -> None:
        """Show `text`; `hung`: each indented line's wrapped lines under its text
        (`hanging.HungLines`), not at the left edge."""
        if (text, style, hung) != getattr(self, "_shown", None):  # typing updates often
            self._shown = (text, style, hung)
            if hung:
                from reflect.ui.widgets.hanging import HungLines

                self.update(HungLines(text, style))
            else:
                self.update(literal(text, style))

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> Self:
        """Textual's, except that text shown while the last text's layout is still to come is
        always measured again. Textual keeps a widget's box model in a cache keyed by
        `_layout_updates`, a count of the layouts asked of it, and `refresh(layout=True)` (so
        `Static.update`) counts one only when none is pending (`_layout_required`). The
        screen laid out between two texts (by another widget's change) kept the first text's
        size under that count, and the second text was cut to it until the terminal's size
        changed: the export dialog showed one line of a finding, in place of "Checking…",
        when the check's result landed there (a trial at 80x24, two openings in six).

        No public call does this (Textual 8.2.8, each tried on the race alone,
        tests/functional/test_literal_measured.py): `clear_cached_dimensions()` clears the
        content's width and height but not the box model; `refresh(layout=True)` again, or
        the parent's or the screen's, counts nothing for this widget while its layout is
        pending; `call_after_refresh(refresh, layout=True)` measures it again only after a
        layout and a frame drawn at the old size, and, as nothing public says whether a
        layout is pending, it would lay the screen out twice for every text shown (16
        layouts in place of 13 for ten keys typed in a due box). Counting here costs no
        layout. (Textual is held below 9; those tests fail should the names change.)"""
        if layout and self._layout_required:
            self._layout_updates += 1
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)


class Fitted(Literal):
    """Literal text laid out in lines by `lines(width)` and laid out again whenever its width
    changes: a room's link or a file's path kept whole (room_link.py, whole_path.py), where
    the terminal folded it wherever the line ended."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", "", **kwargs)
        self._lines: Callable[[int], list[str]] | None = None
        self._style = ""
        self._height = 0
        """Lines in what is shown at the width it was fitted to."""
        self._width = 0
        """The width it was fitted to (0: before it was laid out)."""
        self._into_view = False
        """`bring_into_view` asked, and not yet done at the height fitted."""

    @property
    def fitted(self) -> bool:
        """Whether it shows anything."""
        return self._lines is not None

    def fit(self, lines: Callable[[int], list[str]] | None, style: str = "") -> None:
        """Show `lines` at this widget's width, now and after each resize; None: nothing."""
        self._lines, self._style = lines, style
        self._fit()

    def bring_into_view(self) -> None:
        """Scroll it into view once it is laid out at the height its lines take here: a
        refresh or two away after it is fitted again, later when it is hidden (a pane built
        ahead) and refitted as it is shown. Scrolled at once, it was scrolled to where it
        was before, and its last lines stayed below the fold (the summary's path, 60x20)."""
        self._into_view = True
        self.call_after_refresh(self._seen)

    @brings_into_view
    def _seen(self) -> None:
        if not self._into_view or not self.fitted:
            return
        if self.content_region.height != self._height:  # not laid out anew yet: at Resize
            return
        self._into_view = False
        self.scroll_visible(animate=False, immediate=True)

    def on_mount(self) -> None:
        after_each_layout(self, self._width_kept)  # (Textual may never send its Resize)

    def on_resize(self, event: events.Resize) -> None:
        self._refit()

    def _width_kept(self) -> None:
        """Fitted again where it is laid out at another width than it was fitted to: fitted
        before it was laid out, and its Resize never sent (`after_each_layout`), a path
        stayed one line, cut at the edge (test_width_unsaid)."""
        if self.fitted and self.is_attached and self.content_region.width not in (
                0, self._width):
            self._refit()

    def _refit(self) -> None:
        self._fit()
        if self._into_view:
            self.call_after_refresh(self._seen)

    def _fit(self) -> None:
        self._width = self.content_region.width
        width = self._width or 10_000  # (not laid out yet: fitted once it is)
        lines = self._lines(width) if self._lines else []
        self._height = len(lines)
        self.show("\n".join(lines), self._style)


class Together(Fitted):
    """`items` (each a key and what it does) on lines broken only between two, at whatever
    width it has (`wrapping.kept_together`)."""

    def __init__(self, items: tuple[str, ...], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.items = items

    def on_mount(self) -> None:
        from reflect.wrapping import kept_together

        self.fit(lambda width: kept_together(self.items, width))


class BlocksView(Static):
    """A review section's blocks, formatted but literal."""

    def __init__(self, blocks: list[Block], **kwargs: object) -> None:
        super().__init__(blocks_renderable(blocks), markup=False, **kwargs)  # type: ignore[arg-type]
        self.blocks = blocks

    @property
    def plain(self) -> str:
        """The text shown, as plain text (for tests and screen readers)."""
        from reflect.model.sections import blocks_as_text

        return blocks_as_text(self.blocks)
