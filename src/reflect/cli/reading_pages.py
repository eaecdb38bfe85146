"""`reflect import` saying the page it reads of a long PDF, on standard error at a terminal:
"Reading page 40 of 250…", one line rewritten in place (a carriage return, never an escape
sequence), at most five times a second, and wiped once the file is read, before anything else
is said. It said nothing for the 10 to 17 seconds a 250-page PDF takes, where the app's import
dialog said each page (a learning lead's trial): the same words, told as often
(`importer.pages_said`). Piped or redirected, nothing is said: a script reads the lines it
always did."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from reflect.console import at_terminal, columns
from reflect.importer.pages_said import every, page_said
from reflect.importer.readers import Progress


@contextmanager
def pages_said(stream: TextIO | None = None) -> Iterator[Progress | None]:
    """A Progress that says each page read on `stream` (stderr for None) where it is a
    terminal, the line wiped on leaving; None (nothing said) where it is not."""
    stream = stream or sys.stderr
    if not at_terminal(stream):
        yield None
        return
    width = 0  # the longest line said: a shorter one pads over it, the wipe covers it

    def say(page: int, pages: int | None) -> None:
        nonlocal width
        line = page_said(page, pages)[:max(columns(stream) - 1, 1)]
        _write(stream, "\r" + line.ljust(width))
        width = max(width, len(line))

    try:
        yield every(say)
    finally:
        if width:
            _write(stream, "\r" + " " * width + "\r")


def _write(stream: TextIO, text: str) -> None:
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):  # (the terminal gone, or stderr closed: nothing to say)
        pass
