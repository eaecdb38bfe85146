"""Words typed on the command line in another encoding than UTF-8 (`--name $'Ann\\xff'`, a
terminal or a script set to Latin-1): Python hands each such byte over as a lone surrogate,
which no file can hold. `reflect cpd-fill --why` ended in "could not save …: text cannot be
saved (surrogates not allowed)", naming no option, and every refusal quoted the byte as
`\\udcff`. Such a byte is read as U+FFFD (�), as plain mode reads a line of its input that is
not UTF-8 (`walk.dialogue.not_text`), and the option is named in a note saying so.

A path (a folder, a file, a session given by its file) is kept exactly as typed: a file's
name may hold such a byte and still be opened (`console.echo` shows it as "�")."""

from __future__ import annotations

import argparse

from reflect.text import readable

PATHS = frozenset({"DIR", "FILE", "COPY", "SESSION"})
"""The metavars of arguments that are, or may be, a path: kept as typed."""

NOTED = "options_not_utf8"
"""The attribute of the parsed arguments naming each option read with a "�"."""


def as_read(action: argparse.Action, typed: str) -> tuple[str, str | None]:
    """`typed` as `action` reads it, and the option (or the positional's metavar) to name in
    a note where a byte in it was not UTF-8 (None where none was, or it is a path)."""
    if action.metavar in PATHS or isinstance(action, argparse._SubParsersAction) \
            or (read := readable(typed)) == typed:  # (a command's words: read by its own)
        return typed, None
    named = max(action.option_strings, key=len, default=None) or str(action.metavar
                                                                       or action.dest)
    return read, named


def notes(args: argparse.Namespace) -> list[str]:
    """A line for each option of `args` that held a byte not UTF-8 (`NOTED`)."""
    command = f"reflect {getattr(args, 'command', None) or ''}".rstrip()
    return [f"{command}: {option} is not UTF-8 text: what could not be read is kept as "
            f"“\ufffd”; type it again at a terminal set to UTF-8 to keep every letter."
            for option in getattr(args, NOTED, ())]
