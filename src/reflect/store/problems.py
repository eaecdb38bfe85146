"""Turning parse and validation failures into one-line messages a person can act on."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from reflect.text import printable


def _field_path(loc: tuple[object, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def describe(path: Path, error: Exception) -> list[str]:
    """Messages naming the file, the field and what is wrong; one per problem.

    A file name (or a TOML parser's quote of the file) can hold terminal control codes; the
    messages are made `printable` here, so every place that shows them shows them safely.
    """
    return [printable(message) for message in _describe(path, error)]


def _describe(path: Path, error: Exception) -> list[str]:
    if isinstance(error, ValidationError):
        msgs = []
        for e in error.errors():
            where = _field_path(tuple(e["loc"]))
            what = e["msg"]
            if e["type"] == "extra_forbidden":
                what = "unknown field (not part of the format; check the spelling)"
            elif e["type"] == "missing":
                what = "required field is missing"
            msgs.append(f"{path}: {where}: {what}")
        return msgs
    if isinstance(error, tomllib.TOMLDecodeError):
        return [f"{path}: not valid TOML: {error}"]
    if isinstance(error, UnicodeDecodeError):
        return [f"{path}: not valid UTF-8 text (byte {error.start})"]
    if isinstance(error, OSError):
        return [f"{path}: cannot be read: {error.strerror or error}"]
    return [f"{path}: {error}"]
