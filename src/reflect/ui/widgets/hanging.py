"""HangingLabel: a list entry that wraps at words under its own text, never inside a word.

A step list at 60 columns broke "Recommendations" into "Recommendatio" / "ns", and wrapped
lines went back under the mark. A HangingLabel wraps at spaces with its continuation lines
indented under the text; a word longer than the line is cut with "…" rather than split (or,
for what a person typed, folded so that nothing is hidden). Where
the line is too narrow for wrapping to read well, the whole entry is one line ending in "…"
(the full text is shown elsewhere: the step's title above its pane). Given `most_lines`, an
entry is no taller than that, its last line cut with "…" before its `tail` (a point of 5,000
characters filled the list and pushed every other point out of sight: a trial).
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, OverflowMethod, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

from reflect.text import printable

ONE_LINE_BELOW = 28
"""Below this many columns an entry is shown on one line, ended with "…" when cut."""


class HangingLabel:
    """`head` (a mark, a tick: never wrapped) then `body`, wrapped with a hanging indent."""

    def __init__(self, head: Text, body: Text, one_line_below: int = ONE_LINE_BELOW,
                 cut_long_words: bool = True, tail: Text | None = None,
                 most_lines: int = 0) -> None:
        self.head = head
        self.body = body
        self.tail = tail or Text()
        """After `body` (a mark: ` ✎`), never cut with it: on one line the body is cut short
        before it. After a long step name, "What I will do d…" hid its ✎ (a trial)."""
        self.one_line_below = one_line_below
        """Narrower than this, the entry is one line cut with "…" (0: always wrapped)."""
        self.overflow: OverflowMethod = "ellipsis" if cut_long_words else "fold"
        """A word longer than the line: cut with "…" (a title shown in full elsewhere), or
        folded onto the next line (what someone typed: every character is shown)."""
        self.most_lines = most_lines
        """The most lines the entry takes wrapped (0: as many as its words need)."""

    @property
    def plain(self) -> str:
        return self.head.plain + self.body.plain + self.tail.plain

    def __str__(self) -> str:
        return self.plain

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        width = self.head.cell_len + self.body.cell_len + self.tail.cell_len
        return Measurement(min(width, options.max_width), width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        indent = self.head.cell_len
        room = max(width - indent, 1)
        if width < self.one_line_below:
            body = self.body.copy()
            body.truncate(max(room - self.tail.cell_len, 1), overflow="ellipsis")
            lines = [body + self.tail]
        else:
            body = self.body + self.tail
            body.overflow = self.overflow
            lines = list(body.wrap(console, room, overflow=self.overflow))
            if 0 < self.most_lines < len(lines):
                lines = self._cut(console, room)
        for n, line in enumerate(lines):
            line.rstrip()
            yield from (self.head if n == 0 else Text(" " * indent)).render(console)
            yield from line.render(console)
            yield Segment(" " * (room - line.cell_len))
            yield Segment.line()

    def _cut(self, console: Console, room: int) -> list[Text]:
        """The body's first `most_lines` lines at `room`, the last cut short for "…" and the
        tail (who said a point) to follow it on that line, where the tail fits beside a word
        of it; else "…" alone ends it."""
        lines = list(self.body.wrap(console, room, overflow=self.overflow))[:self.most_lines]
        last = lines[-1]
        last.rstrip()
        tail = self.tail if room - self.tail.cell_len > 10 else Text()
        last.truncate(max(room - 1 - tail.cell_len, 1))
        last.rstrip()
        last.append("…")
        last.append_text(tail)
        return lines


_HEAD = re.compile(r" +(?:\d{1,3}[.)] )?")
"""An indented line's head: its spaces and any number ("  2. "), its wrapped lines hung under
what follows."""


class HungLines:
    """Lines of literal text, each wrapped at words at the width it is shown at; an indented
    line ("  2. The partnership…", a list's entry) hung under its text after its spaces and
    number. The import preview's recommendations wrapped back to the left edge, under
    "Recommendations:" and the number (a trial at 80x24)."""

    def __init__(self, text: str, style: str = "") -> None:
        self.plain = printable(text)
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max((cell_len(line) for line in self.plain.splitlines()), default=0)
        return Measurement(min(widest, options.max_width), widest)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.plain.split("\n"):
            head = _HEAD.match(line)
            if head is None or head.end() == len(line):
                yield Text(line, style=self.style, overflow="fold")
            else:
                yield HangingLabel(Text(head.group(), style=self.style),
                                   Text(line[head.end():], style=self.style), one_line_below=0,
                                   cut_long_words=False)
