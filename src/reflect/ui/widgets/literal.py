"""Showing content and user text exactly as written: never parsed as markup, no control codes."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reflect.model.sections import Block
from reflect.text import printable


def literal(text: str, style: str = "") -> Content:
    """`text` as Content: markup characters are shown, control characters removed."""
    return Content.styled(printable(text), style) if style else Content(printable(text))


def blocks_content(blocks: list[Block]) -> Content:
    parts: list[Content] = []
    for n, b in enumerate(blocks):
        if b.kind == "heading":
            if n and blocks[n - 1].kind == "bullet":
                parts.append(Content("\n"))
            parts.append(literal(b.text, "bold underline"))
            parts.append(Content("\n\n"))
        elif b.kind == "para":
            parts += [literal(b.text), Content("\n\n")]
        elif b.kind == "note":
            parts += [literal(b.text, "italic dim"), Content("\n\n")]
        else:
            parts.append(Content(" • "))
            if b.title:
                parts.append(literal(b.title + ": ", "bold"))
            parts.append(literal(b.text))
            if b.extra:
                parts.append(Content("\n   "))
                parts.append(literal(b.extra, "bold"))
            parts.append(Content("\n"))
    return Content("").join(parts).rstrip() if parts else Content("")


class Literal(Static):
    """A Static that only ever shows literal text."""

    def __init__(self, text: str = "", style: str = "", **kwargs: object) -> None:
        super().__init__(literal(text, style), markup=False, **kwargs)  # type: ignore[arg-type]

    def show(self, text: str, style: str = "") -> None:
        self.update(literal(text, style))


class BlocksView(Static):
    """A review section's blocks, formatted but literal."""

    def __init__(self, blocks: list[Block], **kwargs: object) -> None:
        super().__init__(blocks_content(blocks), markup=False, **kwargs)  # type: ignore[arg-type]
