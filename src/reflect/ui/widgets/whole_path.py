"""A file's path shown whole, however narrow the place it is shown in: the summary step's
"Notes written to …" once the notes are exported.

Text wraps at spaces, and a path has none: the terminal folded it wherever the line ended,
mid-name (`…-redacted.m`, then `d` alone on the next line), and the file's name could not be
read off the screen, nor copied. The path is on the message's line where both fit, else on a
line of its own; a path wider than that is broken after a "/" (its folders, then the file's
name), a part wider than a line alone folded (`path_lines`), fitted again whenever the
width changes (`literal.Fitted`, as the room's link is).
"""

from __future__ import annotations

from rich.cells import cell_len

from reflect.wrapping import PATH_PARTS, path_pieces


def path_lines(lead: str, path: str, width: int) -> list[str]:
    """`lead`, then `path` whole, in lines of at most `width` cells: "lead path" where it
    fits; else `lead`, then the path on its own line; else the path broken after a "/" where
    a line is full, a part still wider than `width` folded there. Never cut."""
    if cell_len(f"{lead} {path}") <= max(width, 1):
        return [f"{lead} {path}"]
    return [lead, *path_pieces(path, width)]


def longest_part(path: str) -> int:
    """The cells of `path`'s widest part between "/"s (most often the file's name): the
    narrowest width at which `path_lines` need fold none."""
    return max((cell_len(part) for part in PATH_PARTS.findall(path)), default=0)
