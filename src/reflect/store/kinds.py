"""Recognising reflect's own files by what they hold, not by their name: output must never
replace a session or a review, whatever it is called or wherever it is."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

_MAX_BYTES = 32 * 1024 * 1024  # larger than any session; bigger files are not ours


def toml_text(data: bytes) -> str:
    """A TOML file's bytes as text, the way every reader of reflect's files takes them: UTF-8,
    with a byte-order mark at the start (left by some Windows editors) dropped. Recognising a
    file and reading it must agree: a session saved with one was recognised, then refused.
    UnicodeDecodeError when the bytes are not UTF-8."""
    return data.decode("utf-8-sig")


def reflect_file_kind(path: Path) -> Literal["session", "review"] | None:
    """"session" or "review" when `path` is an existing file that reads as one, else None."""
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            return None
        data = tomllib.loads(toml_text(path.read_bytes()))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return data_kind(data)


def data_kind(data: Mapping[str, object]) -> Literal["session", "review"] | None:
    """"session" or "review" when a TOML file's `data` is one of reflect's, else None."""
    if "review_id" in data and ("schema_version" in data or "answers" in data):
        return "session"
    if "id" in data and "questions" in data:
        return "review"
    return None
