"""The terminal writer never leaves reflect waiting when its terminal is gone (#14)."""

from __future__ import annotations

import sys
import threading

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Linux/macOS driver")


class DeadTerminal:
    """A terminal that has gone away: every write fails as a closed pty's does."""

    def write(self, text: str) -> int:
        raise OSError(5, "Input/output error")

    def flush(self) -> None:
        raise OSError(5, "Input/output error")

    def fileno(self) -> int:
        return 1


def finishes(work, seconds: float) -> bool:
    done = threading.Event()

    def run() -> None:
        work()
        done.set()

    threading.Thread(target=run, daemon=True).start()
    return done.wait(seconds)


def test_writes_and_stop_finish_when_the_terminal_is_gone():
    from reflect.ui.driver import SturdyWriterThread

    writer = SturdyWriterThread(DeadTerminal())  # type: ignore[arg-type]
    writer.start()

    def shut_down_as_textual_does() -> None:
        for n in range(200):  # far more than the queue holds
            writer.write(f"\x1b[{n}H")
        writer.stop()

    assert finishes(shut_down_as_textual_does, 10.0)
    assert not writer.is_alive()


def test_the_app_uses_the_sturdy_driver(tmp_path):
    from reflect.ui.app import make_app
    from reflect.ui.driver import SturdyLinuxDriver

    assert make_app(tmp_path, tmp_path).driver_class is SturdyLinuxDriver


@pytest.fixture
def stop_handlers_kept():
    """Textual's driver puts its own SIGTSTP and SIGCONT handlers in place as it is made:
    the test's process gets its own back."""
    import signal

    kept = {signum: signal.getsignal(signum) for signum in (signal.SIGTSTP, signal.SIGCONT)}
    yield
    for signum, handler in kept.items():
        signal.signal(signum, handler)


def left_in_application_mode(output, fileno: int, attrs):  # type: ignore[no-untyped-def]
    """A SturdyLinuxDriver as Textual leaves it in application mode, drawing on `output` and
    reading `fileno`, whose tty attributes before were `attrs`."""
    from reflect.ui.driver import SturdyLinuxDriver, SturdyWriterThread

    driver = SturdyLinuxDriver(app=None)  # type: ignore[arg-type]
    driver._file, driver.fileno, driver.attrs_before = output, fileno, attrs
    driver._writer_thread = SturdyWriterThread(output)  # (never started: as if stuck)
    return driver


@pytest.mark.usefixtures("stop_handlers_kept")
async def test_leave_now_puts_a_terminal_back_as_it_was_before_the_app():
    """What a stuck app ended from a thread runs (ui/way_out.py `_end_now`): the terminal is
    told what Textual's own stop tells it, straight (its writer thread may be stuck), and the
    tty's attributes are as they were (e2e: tests/e2e/test_stuck_terminal_back.py)."""
    import os
    import termios
    import tty

    master, slave = os.openpty()
    before = termios.tcgetattr(slave)
    tty.setraw(slave)  # as Textual leaves it: no echo, no lines, no signals
    output = os.fdopen(slave, "w", closefd=False)
    try:
        left_in_application_mode(output, slave, before).leave_now()
        told = os.read(master, 4096).decode()
        assert termios.tcgetattr(slave) == before
    finally:
        output.close()
        os.close(slave)
        os.close(master)
    for sequence in ("\x1b[?1049l",  # the alternate screen left
                     "\x1b[?25h",  # the cursor shown
                     "\x1b[?1000l", "\x1b[?1003l", "\x1b[?1006l",  # no mouse reporting
                     "\x1b[?2004l",  # no bracketed paste
                     "\x1b[?1004l"):  # no focus reporting
        assert sequence in told


@pytest.mark.usefixtures("stop_handlers_kept")
async def test_leave_now_writes_nothing_where_the_output_is_no_terminal(tmp_path):
    """`reflect >out` (a file, as the stop-signal tests run the app): nothing is written."""
    drawn = tmp_path / "drawn"
    with drawn.open("w") as output:
        left_in_application_mode(output, output.fileno(), None).leave_now()
    assert drawn.read_bytes() == b""


def terminal_cells(line: str) -> int:
    """A line's width as tmux 3.3a draws it: a skin-tone modifier two cells of its own."""
    from rich.cells import cell_len

    return cell_len(line) + 2 * sum("\U0001F3FB" <= c <= "\U0001F3FF" for c in line)


class Screen:
    """The writer thread's place: what reaches the terminal, as written."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, text: str) -> None:
        self.written.append(text)


def test_every_frame_is_drawn_in_the_widths_it_was_laid_out_in():
    """Rich lays "👶🏽" out in the two cells of "👶", and tmux draws the tone as two more: a
    point holding one pushed the room queue's right border out of line (a room trial), and a
    title typed with one the new-session form's, the queue's own fix reaching no other box.
    The driver writes every frame without the tones, so each box (here the queue's lines, in
    a border as Rich draws it) is as wide on the screen as laid out; the words keep them."""
    from rich.console import Console
    from rich.panel import Panel

    from reflect.ui.driver import SturdyLinuxDriver
    from reflect.ui.widgets.incoming import Waiting
    from tests.unit.test_room_queue_label import point

    text = "Invented: the 👶🏽 emoji Pat Example sent for the baby in Team Blue's notes"
    waiting = Waiting(point(text, "Pat 👍🏿 Example"))
    driver = SturdyLinuxDriver.__new__(SturdyLinuxDriver)  # (as in application mode)
    screen = Screen()
    driver._writer_thread = screen  # type: ignore[assignment]
    for width in (24, 30, 40):
        console = Console(width=width, record=True, color_system=None)
        console.print(Panel(waiting.label()))
        laid_out = console.export_text()
        driver.write(laid_out)
        drawn = screen.written[-1].splitlines()
        assert all(terminal_cells(line) == width for line in drawn), drawn
        assert "👶" in "".join(drawn) and "Pat 👍 Example" in " ".join(drawn)
    assert waiting.point.text == text  # the words kept as sent
