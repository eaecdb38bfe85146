"""Kill a process with SIGKILL at random moments while it saves a session over and over.

After every kill the session file must parse and hold one of the versions that was written
(never a mix, never empty). Leftover temporary files must be cleaned at the next listing.

    python bench/crash_stress.py --kills 500        # the full run (figures in docs/reliability.md)

The test suite runs the same check with 20 kills (tests/unit/test_crash_stress.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRITER = r"""
import os
import sys
from pathlib import Path
from reflect.model.session import Answer, Session
from reflect.store.sessions import save_session

folder = Path(sys.argv[1])


def save_forever(start):
    answers = [Answer(question_id=f"q{i}", question=f"Invented question {i}?", text="")
               for i in range(40)]
    session = Session(id="20260101-child-zz-00000001", review_id="child-zz",
                      review_title="Child ZZ", answers=answers)
    version = start
    print(f"ready {os.getpid()}", flush=True)
    while True:
        version += 1
        # Every answer carries the version, so a file mixing two versions is detectable.
        for a in answers:
            a.text = f"version {version} " + "x" * 200 + "\nline two é"
        session.title = f"version {version}"
        save_session(folder, session)


# A fork server: reflect is imported once, and each writer to be killed is a fork of this
# process, started from the version last read (a fresh interpreter for each kill spent some
# 0.2 s of CPU and up to a second on a busy machine importing, 20 times over in the suite).
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        save_forever(int(line))
    os.waitpid(pid, 0)
    print("gone", flush=True)  # the writer is dead and reaped: its file may be read
"""


def check(path: Path) -> int:
    """The version held by the file; raises if the file is torn or unparsable."""
    from reflect.store.sessions import load_session

    session = load_session(path)
    version = int(session.title.split()[1])
    assert all(a.text.startswith(f"version {version} ") for a in session.answers), "mixed versions"
    return version


def run(kills: int, seed: int | None = None, quiet: bool = False) -> dict[str, float]:
    from reflect.store.sessions import list_sessions

    rng = random.Random(seed)
    src = Path(__file__).resolve().parent.parent / "src"
    env = dict(os.environ, PYTHONPATH=str(src) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    versions_seen = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "20260101-child-zz-00000001.toml"
        last = 0
        server = subprocess.Popen([sys.executable, "-c", WRITER, tmp], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, env=env, text=True)
        assert server.stdin is not None and server.stdout is not None
        try:
            for n in range(kills):
                server.stdin.write(f"{last}\n")
                server.stdin.flush()
                ready = server.stdout.readline()  # "ready <pid>": saving starts now
                assert ready.startswith("ready "), f"the writer did not start: {ready!r}"
                time.sleep(rng.uniform(0.0, 0.05))
                os.kill(int(ready.split()[1]), signal.SIGKILL)
                assert server.stdout.readline() == "gone\n"
                if path.exists():
                    version = check(path)
                    assert version >= last, f"went back from version {last} to {version}"
                    versions_seen += version > last
                    last = version
                if not quiet and (n + 1) % 50 == 0:
                    print(f"{n + 1} kills, file at version {last}", flush=True)
        finally:
            server.stdin.close()
            server.wait(timeout=30)
            server.stdout.close()
        leftovers = list(folder.glob(".reflect-*.tmp"))
        for tmp_file in leftovers:
            os.utime(tmp_file, (1, 1))  # as if left by a crash a while ago
        list_sessions(folder)
        remaining = list(folder.glob(".reflect-*.tmp"))
        assert not remaining, f"temp files not cleaned: {remaining}"
    return {"kills": kills, "last_version": last, "temp_files_cleaned": len(leftovers),
            "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    result = run(args.kills, args.seed)
    print(f"OK: {result['kills']} SIGKILLs during saves; the file parsed and held a whole "
          f"version every time (reached version {result['last_version']}); "
          f"{result['temp_files_cleaned']} leftover temp file(s) cleaned; "
          f"{result['seconds']} s")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    main()
