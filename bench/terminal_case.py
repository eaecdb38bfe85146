"""Start-up as a user meets it: the time from launching a command in a real terminal (tmux)
until a given text is on screen, against a bare Textual app started the same way.

Each run starts its own tmux server whose pane signals that it is up (`tmux wait-for`) and
waits on a `read`; the clock starts when Enter is sent (so tmux's own start-up is not counted)
and stops when `tmux capture-pane` first shows the text, polled about every 10 ms. Runs
alternate with the floor, so both meet the same load on a busy machine; each figure is the
median of the runs.
"""

from __future__ import annotations

import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
POLL = 0.01
TIMEOUT = 30.0
SIZE = (100, 30)

Row = Callable[..., None]


def available() -> bool:
    return shutil.which("tmux") is not None


def _tmux(socket: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True,
                          timeout=10)


def _launch(socket: str, command: list[str], env: dict[str, str]) -> float:
    """A fresh tmux server whose pane runs `command` once Enter is sent; when it was sent."""
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    # As a user runs it: Python keeps the compiled modules (a PYTHONDONTWRITEBYTECODE set
    # where the benchmark is run would have reflect compiled from source on every start).
    line = (f"tmux wait-for -S up; read _ && exec env -u PYTHONDONTWRITEBYTECODE {exports} "
            f"TERM=xterm-256color {shlex.join(command)}")
    _tmux(socket, "new-session", "-d", "-s", "b", "-x", str(SIZE[0]), "-y", str(SIZE[1]),
          "sh", "-c", line)
    _tmux(socket, "wait-for", "up")  # the pane's shell is up, about to `read`: nothing runs yet
    start = time.perf_counter()
    _tmux(socket, "send-keys", "-t", "b", "Enter")
    return start


def _until_shown(socket: str, text: str, start: float) -> float:
    """Seconds since `start` until `text` is on the pane."""
    while True:
        screen = _tmux(socket, "capture-pane", "-p", "-t", "b").stdout
        if text in screen:
            return time.perf_counter() - start
        if time.perf_counter() - start > TIMEOUT:
            raise RuntimeError(f"{text!r} not on screen after {TIMEOUT} s:\n{screen}")
        time.sleep(POLL)


def time_to_text(command: list[str], env: dict[str, str], text: str) -> float:
    """Seconds from pressing Enter on `command` in a fresh terminal until `text` is shown."""
    socket = f"reflect-bench-{uuid.uuid4().hex[:8]}"
    try:
        return _until_shown(socket, text, _launch(socket, command, env))
    finally:
        _tmux(socket, "kill-server")
        _remove_socket(socket)


def step_changes(command: list[str], env: dict[str, str], ready: str,
                 texts: list[str]) -> list[float]:
    """In one running app, once `ready` shows: seconds from sending PageDown until each of
    `texts` in turn is on screen (each the next step's own text)."""
    socket = f"reflect-bench-{uuid.uuid4().hex[:8]}"
    try:
        _until_shown(socket, ready, _launch(socket, command, env))
        pid = int(_tmux(socket, "display-message", "-p", "-t", "b", "#{pane_pid}").stdout)
        out = []
        for text in texts:
            _until_idle(pid)  # settled: the last step drawn, the next one built ahead
            start = time.perf_counter()
            _tmux(socket, "send-keys", "-t", "b", "PageDown")
            out.append(_until_shown(socket, text, start))
        _tmux(socket, "send-keys", "-t", "b", "C-q")  # saves and ends; then the folder can go
        deadline = time.perf_counter() + 10
        while _tmux(socket, "has-session", "-t", "b").returncode == 0:
            if time.perf_counter() > deadline:
                break
            time.sleep(POLL)
        return out
    finally:
        _tmux(socket, "kill-server")
        _remove_socket(socket)


def _until_idle(pid: int, quiet: float = 0.05) -> None:
    """Until process `pid` (the app: the pane's shell `exec`s it) has used no CPU for `quiet`
    seconds, as a reader pausing between steps would find it; where /proc cannot say (not
    Linux), for `quiet` seconds."""
    stat = Path(f"/proc/{pid}/stat")

    def used() -> int:  # utime + stime, in clock ticks (after the command name's bracket)
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    try:
        before, since = used(), time.perf_counter()
        deadline = since + TIMEOUT
        while time.perf_counter() - since < quiet and time.perf_counter() < deadline:
            time.sleep(POLL)
            now = used()
            if now != before:
                before, since = now, time.perf_counter()
    except OSError:
        time.sleep(quiet)


def _remove_socket(socket: str) -> None:
    """tmux can leave its socket file behind after kill-server; a benchmark makes dozens."""
    folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
    (folder / socket).unlink(missing_ok=True)


def versus_floor(command: list[str], env: dict[str, str], text: str,
                 runs: int) -> tuple[float, float]:
    """Median seconds of `command` to `text`, and of the bare app to its text, alternated
    (after one warm-up of each: caches filled, files in the page cache; none for a single
    run, `--tiny`, which only shows the case works)."""
    from bench.bare_app import READY

    bare = [sys.executable, str(BENCH / "bare_app.py")]
    if runs > 1:
        time_to_text(command, env, text)
        time_to_text(bare, env, READY)
    case, floor = [], []
    for _ in range(runs):
        floor.append(time_to_text(bare, env, READY))
        case.append(time_to_text(command, env, text))
    return statistics.median(case), statistics.median(floor)


def run_cases(base: Path, repo: Path, big_library: Path, reviews: int, runs: int,
              row: Row, cases: str = "all") -> None:
    """First frame (bundled library; a big one) and `reflect open` (a 6-question review; the
    largest themed session), each against the bare app."""
    if not available():
        print("terminal cases skipped: tmux is not installed (apt-get install tmux)", flush=True)
        return
    import random
    from datetime import UTC, datetime

    from bench.bare_app import READY
    from bench.report_case import realistic_session

    from reflect.store.catalogue import load_catalogue
    from reflect.store.sessions import save_session

    reflect = str(Path(sys.executable).with_name("reflect"))
    bundled = repo / "content"
    note = f"tmux {SIZE[0]}x{SIZE[1]}, until {{}} is on screen; vs bare Textual app"

    def env(content: Path, name: str) -> dict[str, str]:
        folder = base / f"term-{name}"
        (folder / "sessions").mkdir(parents=True, exist_ok=True)
        return {"REFLECT_CONTENT_DIR": str(content), "REFLECT_SESSIONS_DIR":
                str(folder / "sessions"), "REFLECT_SETTINGS": str(folder / "settings.toml"),
                "REFLECT_CACHE_DIR": str(folder / "cache"), "HOME": str(folder)}

    for label, content, target in (("bundled library", bundled, "<= 1.15x"),
                                   (f"{reviews} reviews", big_library, "<= 1.3x")):
        if cases == "open":
            break
        first = load_catalogue(content).reviews[0].title
        case, floor = versus_floor([reflect], env(content, label.split()[0]), first, runs)
        row(f"first frame, {label} (terminal)", case, floor, 0.0, target,
            note.format("the first review's title"))

    if cases == "first":
        return
    catalogue = load_catalogue(bundled)
    six = catalogue.load("child-ac")
    themed = catalogue.load("theme-information-sharing")
    for label, review, target in ((f"{len(six.questions)}-question review", six, "<= 1.3x"),
                                  (f"{len(themed.questions)}-question themed session", themed,
                                   "<= 1.4x")):
        environment = env(bundled, f"open-{len(review.questions)}")
        question = review.questions[0]
        # A meeting's worth (report_case.realistic_session): people, points on most
        # questions, summaries, actions; opened at the first question.
        session = realistic_session(review, f"20260101-bench-{len(review.questions):08x}",
                                    datetime(2026, 1, 1, 9, 30, tzinfo=UTC), random.Random(7))
        session.current_step = f"q:{question.id}"
        save_session(Path(environment["REFLECT_SESSIONS_DIR"]), session)
        text = "Add a point"  # the question's own pane, built and drawn
        case, floor = versus_floor([reflect, "open", session.id], environment, text, runs)
        row(f"reflect open, {label} (terminal)", case, floor, 0.0, target,
            note.format(f"the first question's pane ({text!r})"))
        # PgDn from question to question, each pane built when first shown: the time until
        # the next question's own heading is on screen (tmux polled every ~10 ms).
        total = len(review.questions)
        last = min(total, 8 if runs > 1 else 3)  # a single run (`--tiny`) shows it works
        headings = [f"Question {n} of {total}" for n in range(2, last + 1)]
        changes = step_changes([reflect, "open", session.id], environment, text, headings)
        floor = step_changes([sys.executable, str(BENCH / "bare_app.py")],
                             {**environment, "BARE_TOTAL": str(total)}, READY, headings)
        row(f"step change (PgDn), {label} (terminal)", statistics.median(changes),
            statistics.median(floor), 0.0, "< 50 ms",
            f"median of {len(changes)} PgDn, each until the next question's heading shows; "
            "floor: the bare app's PgDn changing its text the same way (tmux's own part)")


def main() -> None:
    import argparse
    import tempfile

    sys.path.insert(0, str(BENCH.parent / "src"))
    sys.path.insert(0, str(BENCH.parent))
    from bench.run import make_library

    parser = argparse.ArgumentParser(description="reflect's start-up in a real terminal")
    parser.add_argument("--reviews", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", choices=["all", "first", "open"], default="all",
                        help="first frame only, `reflect open` only, or both")
    args = parser.parse_args()

    def row(case: str, value: float, floor: float, peak: float, target: str,
            note: str = "") -> None:
        ratio = f"{value / floor:5.2f}x" if floor else "   -  "
        print(f"{case:<52} {value * 1000:7.0f} ms  floor {floor * 1000:6.0f} ms  "
              f"{ratio}  target {target}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REFLECT_CACHE_DIR"] = str(Path(tmp, "cache"))
        big = make_library(Path(tmp, "library"), args.reviews)
        run_cases(Path(tmp), BENCH.parent, big, args.reviews, args.runs, row, args.cases)


if __name__ == "__main__":
    main()
