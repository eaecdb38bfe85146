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
