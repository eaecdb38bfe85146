"""Messages the command line prints: one place that makes them safe for a terminal, and fits
them to it.

Any message may quote a file name or a file's content (a crafted name can hold `ESC]52`,
`ESC[2J` or a right-to-left override), so every one goes through `reflect.text.printable`.
At a terminal, a message wider than it is wrapped at words, a path whole on a line of its own
where it does not fit on the rest of one (`wrapping.fitted`): the terminal folded
`reflect export: will not write …` mid-path at 60 columns (a trial). Piped or redirected, a
message is one line, as a script reads it. Data written on purpose (notes exported to
standard output) does not come through here.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import PurePath
from typing import TextIO

from reflect.text import printable, readable


def echo(message: str = "", *, err: bool = False, whole: Iterable[str | PurePath] = (),
         wrap: bool = True, keep_gaps: bool = False) -> None:
    """Print `message` (without terminal control characters) to stdout, or stderr with `err`:
    at a terminal fitted to its width, the paths in `whole` (those that may hold a space)
    kept together, as are an option and its value, and a command it quotes where it fits on a
    line (`wrapping.fitted`). `wrap=False`: lines already fitted another way (a command to
    type, broken with ` \\`: `commands.command_lines`), printed as they are. `keep_gaps`: the
    gaps of two spaces or more between words kept where a line wraps (a CPD log's columns:
    `wrapping.fitted`). An emoji's skin
    tone is printed, at a terminal too, and counted as the two cells tmux draws it in
    (`wrapping.tones_counted`): left out there, as the app's window draws it (7 December
    2026), a session's title in `reflect list sessions` was said without it."""
    stream = sys.stderr if err else sys.stdout
    text = readable(printable(message))  # (a path's byte not UTF-8: "�", never "\udcff")
    if wrap and at_terminal(stream):
        from reflect.commands import program
        from reflect.wrapping import wrap_words

        text = wrap_words(text, columns(stream), [readable(printable(str(p))) for p in whole],
                          [program()], tones=True,  # (an emoji's skin tone as tmux draws it)
                          keep_gaps=keep_gaps)
    try:
        print(text, file=stream)
    except BrokenPipeError:
        # The reader went away (`reflect import FILE | head -1`): what is left to say goes
        # nowhere, and the command carries on. Stopped here, an import said "FILE -> …" and
        # was gone before writing the review (a trial: 2 files of 8 missing).
        silence(stream)


def unicode_streams() -> None:
    """Standard output and error able to print any text: a file or a pipe is written UTF-8
    (the encoding of every file reflect writes), a terminal that cannot show a letter shows
    "?" for it. On Windows a redirected stream is the ANSI code page's (cp1252), and
    `reflect list sessions > sessions.txt`, or `reflect export ID > notes.md`, ended in a
    UnicodeEncodeError's traceback at the first emoji or Hebrew letter of a title or a
    point (a trial, with PYTHONIOENCODING=ascii standing in for it)."""
    import codecs
    import io

    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue  # not a real stream (tests capture it)
        try:
            if codecs.lookup(stream.encoding or "ascii").name.startswith("utf-"):
                continue
            if at_terminal(stream):
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")
        except (LookupError, OSError, ValueError):
            pass  # written to already: left as it is


def silence(stream: TextIO) -> None:
    """Point `stream`'s file at the null device: whatever it still holds, or is still given,
    is dropped there, and no flush (at exit too) can fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture it): nothing is flushed to a closed pipe


def at_terminal(stream: TextIO) -> bool:
    """Whether `stream` writes to a terminal (not a file or a pipe, nor closed)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a file at all
        return False


def columns(stream: TextIO | None = None) -> int:
    """The width of the terminal `stream` (stdout for None) writes to: `COLUMNS` where it is
    set, as `shutil.get_terminal_size` reads it; else the terminal's own (stderr's where only
    stderr is a terminal: stdout piped on to a file); else 80."""
    if os.environ.get("COLUMNS", "").isdigit():
        return shutil.get_terminal_size().columns
    try:
        return os.get_terminal_size((stream or sys.stdout).fileno()).columns
    except (AttributeError, OSError, ValueError):
        return shutil.get_terminal_size().columns
