"""The room's link (#18) shown whole, however narrow the place it is shown in: on the room's
panel and on the presentation view's line under a presented step (F5).

A link is never cut nor broken where the terminal would wrap it: it is on one line where it
fits, else whole over a few lines of its own, broken where it is read best (after "/r/", then
only where a part is still too wide), under a heading that says it is one link
(`link_lines`). It was cut at the panel's edge with nothing to show it at 60x20, and a
participant copied a wrong address off the shared screen (a trial); the presentation view's
line was wrapped as text is, where the terminal chose (after a "-" in the room's token).
"""

from __future__ import annotations

import functools

from rich.cells import cell_len

from reflect.ui.widgets.literal import Fitted

LINK = "Link: "
LINK_SPLIT = "Link (one line, no spaces, when typed):"


def link_lines(url: str, width: int) -> list[str]:
    """The link whole, in lines of at most `width` cells: after "Link: " where it fits; else
    under a heading that says it is one link, broken after "/r/" (the address, then the
    room's token) and, where a part is still wider than `width`, folded there. Never cut."""
    if cell_len(LINK + url) <= width:
        return [LINK + url]
    head, sep, token = url.partition("/r/")
    parts = [head + sep, token] if sep else [url]
    width = max(width, 1)
    return [LINK_SPLIT] + [part[i:i + width] for part in parts if part
                           for i in range(0, len(part), width)]


def address(url: str) -> str:
    """The address that asks for the room code: the link without its "/r/<token>"."""
    return url.split("/r/", 1)[0]


def join_lines(code: str, url: str, width: int) -> list[str]:
    """The presentation view's room lines: the code and the address to type it at ("Join the
    room: code … · type it at http://…"), then the link ("· <link>" on the same line where
    all fits in `width` cells, else in lines of its own: `link_lines`); the code and the
    address on lines of their own where they do not fit on one. The shared screen showed the
    code and the link but not where to type the code (a trial)."""
    join, there = f"Join the room: code {code}", f"type it at {address(url)}"
    line = f"{join} · {there}"
    if cell_len(f"{line} · {url}") <= width:
        return [f"{line} · {url}"]
    head = [line] if cell_len(line) <= width else [join, there[0].upper() + there[1:]]
    return head + link_lines(url, width)


class RoomLine(Fitted):
    """The room's code and link under a presented step, fitted to its width again whenever
    that changes (it has none until the presentation view shows it). Empty: no room open."""

    def show_room(self, room: tuple[str, str] | None) -> None:
        """The open room's code and link, or None: no room open."""
        self.set_class(room is not None, "-open")
        self.fit(None if room is None else functools.partial(join_lines, *room), "bold")
