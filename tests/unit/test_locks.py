import subprocess
import sys
import time
from pathlib import Path

from reflect.store.locks import SessionLock

HOLDER = """
import sys, time
from pathlib import Path
from reflect.store.locks import SessionLock
lock = SessionLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_second_process_cannot_edit_and_a_killed_holder_releases(tmp_path: Path):
    session = tmp_path / "20260101-child-zz-00000004.toml"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(session)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        assert SessionLock(session).acquire() is False
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert (tmp_path / ".20260101-child-zz-00000004.lock").exists()  # left behind by the kill
    deadline = time.monotonic() + 5
    lock = SessionLock(session)
    while not lock.acquire():
        assert time.monotonic() < deadline, "a killed process's lock still blocks"
        time.sleep(0.05)
    lock.release()


def test_same_process_second_lock_is_refused_until_released(tmp_path: Path):
    session = tmp_path / "s.toml"
    first, second = SessionLock(session), SessionLock(session)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
