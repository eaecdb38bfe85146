"""Running reflect's command line in a test, as `reflect …` would be run (the folders to pass
it: the `dirs` fixture, tests/conftest.py)."""

from __future__ import annotations

import pytest

from reflect.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`reflect *argv`: its exit code, and what it wrote to stdout and stderr."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err
