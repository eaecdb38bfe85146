"""Recognising reflect's own files by what they hold, not by their name: output must never
replace a session or a review, whatever it is called or wherever it is."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

_MAX_BYTES = 32 * 1024 * 1024  # larger than any session; bigger files are not ours


def reflect_file_kind(path: Path) -> Literal["session", "review"] | None:
    """"session" or "review" when `path` is an existing file that reads as one, else None."""
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            return None
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if "review_id" in data and ("schema_version" in data or "answers" in data):
        return "session"
    if "id" in data and "questions" in data:
        return "review"
    return None
