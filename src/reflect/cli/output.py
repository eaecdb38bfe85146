"""Writing a command's output file: where it may not go (and what its name says it holds),
and writing it atomically, never replacing a file unless asked."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.console import echo

if TYPE_CHECKING:
    from reflect.model.session import Session


def unsafe_target(target: Path, inputs: list[Path], force: bool) -> str | None:
    """Why output must not be written to `target`, or None when it may (see `refusal`)."""
    from reflect.paths import file_in_the_way
    from reflect.store.atomic import real_target
    from reflect.store.exports import refusal

    real = real_target(target)
    if (blocker := file_in_the_way(real.parent)) is not None:  # ("does not exist": it did)
        return f"{blocker} is a file, not a folder"
    if not real.parent.is_dir():
        return f"folder {real.parent} does not exist"
    if problem := refusal(target, tuple(inputs)):
        return problem
    if real.exists() and not force:
        return "it already exists (add --force to replace it)"
    return None


def write_output(command: str, target: Path, data: bytes, force: bool) -> bool:
    """Write `data` to `target` (never replacing a file unless `force`); False on failure,
    after saying why."""
    from reflect.store.atomic import write_atomic

    try:
        write_atomic(target, data, replace=force)
    except FileExistsError:
        echo(f"reflect {command}: will not write {target}: it already exists (add --force to "
             "replace it)", err=True, whole=(target,))
        return False
    except OSError as e:
        echo(f"reflect {command}: cannot write {target}: {e.strerror or e}", err=True,
             whole=(target,))
        return False
    return True


def in_exports(sessions_dir: Path, session: Session, fmt: str, redacted: bool = False) -> Path:
    """Where the app exports `session` as `fmt` (the exports folder beside the sessions, made
    owner-only if need be), under the name the app gives it (`redacted`: `-redacted` before
    its ending): a file written without -o goes there, as the app's does, never into
    whatever folder the command was typed in."""
    from reflect.store.atomic import ensure_private_dir
    from reflect.store.exports import default_export_path, exports_dir

    try:
        ensure_private_dir(exports_dir(sessions_dir))
    except OSError:
        pass  # said as the file is not written (`unsafe_target`)
    return default_export_path(sessions_dir, session, fmt, redacted=redacted)


def say_path(lead: str, path: Path | str) -> None:
    """`lead`, then `path`, on standard output, fitted at a terminal as every message is
    (`console.echo`): the path on a line of its own where both do not fit on one, broken only
    after a "/" where wider than a line, never inside the file's name (at 60 columns the
    terminal folded it mid-name: a trial). Not at a terminal: one line, as a script reads
    it."""
    echo(f"{lead} {path}", whole=(path,))


def say_command(words: str, err: bool = False) -> None:
    """`commands.command(words)` on standard output (stderr with `err`), on a line of its own:
    at a terminal narrower than it, broken between its words only (`commands.command_lines`)."""
    from reflect.commands import command, command_lines
    from reflect.console import columns
    from reflect.wrapping import tones_counted, tones_uncounted

    stream = sys.stderr if err else sys.stdout
    width = columns(stream) if stream.isatty() else 10_000
    for line in command_lines(tones_counted(command(words)), width):  # (a folder's "👍🏽")
        echo(tones_uncounted(line), err=err, wrap=False)


def _kind(ending: str) -> str:
    """The kind of file an ending names, by its last part (`.swe.md` -> md)."""
    return ending.rsplit(".", 1)[-1]


def format_clash(fmt: str, target: Path) -> str | None:
    """Why `fmt` must not be written under `target`'s name, or None: the name ends as another
    kind of file (`--format md -o notes.pdf`). Endings reflect does not know are not judged
    here, and formats of one kind go together (a CPD record in Markdown is a `.md` file)."""
    from reflect.store.exports import FORMATS, canonical, format_for

    named = format_for(target)
    wanted = FORMATS[canonical(fmt)]
    if named is None or _kind(FORMATS[named].ending) == _kind(wanted.ending):
        return None
    return (f"its name ends {FORMATS[named].ending}, the ending for {FORMATS[named].title}, "
            f"but --format {fmt} writes {wanted.title}. Name the file with {wanted.ending}, "
            f"or choose --format {named}.")
