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


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_the_program_has_the_size_the_test_asks_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-xdist's workers set COLUMNS=80 and LINES=24; tmux passed them on, and Textual
    (like shutil) reads them before the terminal's size: every end-to-end test ran at 80x24,
    those asking for 60x20 or 100x30 too."""
    import sys

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "24")
    term = Terminal([sys.executable, "-c", "import shutil, time; time.sleep(0.5); "  # (as above)
                     "s = shutil.get_terminal_size(); print(f'size {s.columns}x{s.lines}')"],
                    {}, size=(61, 21))
    try:
        term.wait_exit()
        assert "size 61x21" in term.screen()
    finally:
        term.kill_server()
