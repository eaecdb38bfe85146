"""SIGKILL during saves never leaves a torn or empty session file (fast version of the bench)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
crash_stress = pytest.importorskip("crash_stress")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_saves_keeps_a_whole_version():
    result = crash_stress.run(kills=20, seed=1, quiet=True)
    assert result["kills"] == 20
    assert result["last_version"] > 0
