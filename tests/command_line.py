"""Running reflect's command line in a test, as `reflect …` would be run (the folders to pass
it: the `dirs` fixture, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reflect.cli import main

if TYPE_CHECKING:
    from reflect.model.session import Session


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`reflect *argv`: its exit code, and what it wrote to stdout and stderr."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def record_exported(capsys: pytest.CaptureFixture[str], dirs: list[str], session: Session,
                    sessions_dir: Path, out: Path) -> str:
    """`session` saved, then `reflect export ID --format cpd-md -o out`, which must succeed:
    what it said on stderr, its lines joined by single spaces."""
    from reflect.store.sessions import save_session

    save_session(sessions_dir, session)
    code, _, err = run(capsys, "export", session.id, "--format", "cpd-md", "-o", str(out),
                       *dirs)
    assert code == 0, err
    return " ".join(err.split())
