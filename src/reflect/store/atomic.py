"""Atomic, owner-only file writes: temp file in the same folder, fsync, os.replace."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

TEMP_PREFIX = ".reflect-"
TEMP_SUFFIX = ".tmp"


def ensure_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) if missing; a folder this creates is owner-only (0700)."""
    if not folder.is_dir():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` so that readers see the old bytes or the new, never a mix.

    Files are owner-only (0600) unless another `mode` is asked for (review content is public).
    """
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX + path.name + ".",
                               suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as f:
            if mode != 0o600:
                os.fchmod(f.fileno(), mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def clean_stale_temp_files(folder: Path, older_than: float = 60.0) -> int:
    """Remove temp files left by a write that was killed; returns how many were removed."""
    removed = 0
    cutoff = time.time() - older_than
    for tmp in folder.glob(TEMP_PREFIX + "*" + TEMP_SUFFIX):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
                removed += 1
        except OSError:
            pass
    return removed
