"""Writing a command's output file: where it may not go (and what its name says it holds),
and writing it atomically, never replacing a file unless asked."""

from __future__ import annotations

from pathlib import Path

from reflect.console import echo


def unsafe_target(target: Path, inputs: list[Path], force: bool) -> str | None:
    """Why output must not be written to `target`, or None when it may (see `refusal`)."""
    from reflect.store.atomic import real_target
    from reflect.store.exports import refusal

    real = real_target(target)
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
             "replace it)", err=True)
        return False
    except OSError as e:
        echo(f"reflect {command}: cannot write {target}: {e.strerror or e}", err=True)
        return False
    return True


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
