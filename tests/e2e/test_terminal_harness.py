"""The end-to-end tests' terminal itself."""

import shutil

import pytest

from tests.e2e.terminal import Terminal


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_a_screen_read_after_the_program_ended_keeps_its_first_line() -> None:
    """tmux wrote "Pane is dead" on a line of its own at the bottom, scrolling the first line
    out of sight, and a test that read the screen just after the exit failed (CI, once)."""
    term = Terminal(["sh", "-c", "sleep 0.5; printf 'Invented first line\\nsecond\\n'"], {},
                    size=(40, 3))
    try:
        term.wait_exit()
        assert term.screen().splitlines()[0] == "Invented first line"
    finally:
        term.kill_server()
