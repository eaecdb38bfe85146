"""CPU time until the first full frame is handed to the terminal, against the bare Textual app.

    python bench/first_frame_cpu.py [--runs 7] [--reviews 1000] [--open]

On a machine shared with other work, wall-clock start-up moves by a third between runs; the
CPU time a process spends before its first frame moves much less, so it says whether a change
made start-up cheaper. Each run starts the case in its own tmux server (100x30) through this
file's `--child` mode, which records `time.process_time()` when the first write of more than
3,000 characters (a whole screen) reaches Textual's writer thread, then ends the process.
Cases and the bare app alternate; medians are printed. With `--open`, `reflect open` on a
saved session (the 6-question review; the themed session) is measured too, until the first
write holding its question's pane ("Add a point"); and, for each, the bare app after reading and
checking that session and its review with reflect's models (`bench/bare_reading.py`): the
least `reflect open` must do before drawing. (`bench/terminal_case.py` measures what a
user sees: the time until the text is on screen.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FRAME = 3000
"""A write this long is a whole screen, not a terminal query."""
PANE = "Add a point"
"""In `reflect open`'s frame once the question's pane is drawn (its first frame is empty)."""


def child(out: str, target: list[str], until: str = "") -> None:
    """In the measured process: note the CPU time at the first whole frame, then end.

    Textual's writer thread is caught when it starts (nothing of Textual is imported here
    before the app imports it, so the app starts exactly as it does for a user)."""
    import threading

    start = threading.Thread.start

    def caught(thread: threading.Thread) -> None:
        if type(thread).__name__.endswith("WriterThread"):
            real = thread.write  # type: ignore[attr-defined]

            def write(text: str) -> None:
                real(text)
                if len(text) > FRAME and until in text:
                    Path(out).write_text(f"{time.process_time()}\n")
                    os._exit(0)

            thread.write = write  # type: ignore[attr-defined]
        start(thread)

    threading.Thread.start = caught  # type: ignore[method-assign]
    if target[0] == "reflect":
        from reflect.cli import main

        main(target[1:])
    else:
        import runpy

        sys.argv = target
        runpy.run_path(target[0], run_name="__main__")


def cpu_to_first_frame(target: list[str], env: dict[str, str]) -> float:
    out = Path(tempfile.gettempdir()) / f"reflect-cpu-{uuid.uuid4().hex[:8]}"
    socket = f"reflect-cpu-{uuid.uuid4().hex[:8]}"
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = (f"env -u PYTHONDONTWRITEBYTECODE {exports} TERM=xterm-256color {sys.executable} "
               f"{BENCH / 'first_frame_cpu.py'} --child {out} {' '.join(target)}")
    try:
        subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-x", "100", "-y", "30",
                        command], check=True, timeout=10)
        deadline = time.monotonic() + 30
        while not out.exists() or not out.read_text().strip():
            if time.monotonic() > deadline:
                raise RuntimeError(f"no frame from {target} in 30 s")
            time.sleep(0.02)
        return float(out.read_text())
    finally:
        from bench.terminal_case import _remove_socket

        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, timeout=10)
        _remove_socket(socket)  # tmux can leave it behind; a run makes dozens
        out.unlink(missing_ok=True)


def open_cases(sessions: Path, env: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    """`reflect open` on a saved session at its first question: the 6-question review and the
    largest themed session (as `bench/terminal_case.py`)."""
    from reflect.model.session import Session
    from reflect.store.catalogue import load_catalogue
    from reflect.store.sessions import save_session

    catalogue = load_catalogue(BENCH.parent / "content")
    cases = {}
    for review in (catalogue.load("child-ac"), catalogue.load("theme-information-sharing")):
        n = len(review.questions)
        session = Session.start(review, f"20260101-bench-{n:08x}", title="Invented meeting",
                                team="Invented team", current_step=f"q:{review.questions[0].id}")
        path = save_session(sessions, session)
        cases[f"reflect open, {n} questions"] = (["reflect", "open", session.id], env)
        cases[f"bare app reading it ({n})"] = (
            [str(BENCH / "bare_reading.py"), str(path), str(BENCH.parent / "content")], env)
    return cases


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        pane = sys.argv[3:5] == ["reflect", "open"]  # until the pane, not its empty screen
        child(sys.argv[2], sys.argv[3:], PANE if pane else "")
        return
    sys.path.insert(0, str(BENCH.parent))
    sys.path.insert(0, str(BENCH.parent / "src"))
    from bench.run import make_library

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reviews", type=int, default=1000)
    parser.add_argument("--open", action="store_true",
                        help="`reflect open` on a 6-question review and a themed session too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "sessions").mkdir()
        env = {"REFLECT_SESSIONS_DIR": str(base / "sessions"), "HOME": str(base),
               "REFLECT_SETTINGS": str(base / "settings.toml"),
               "REFLECT_CACHE_DIR": str(base / "cache")}
        big = make_library(base / "library", args.reviews)
        # The per-machine caches filled here: a measured run ends at its first frame, which
        # can come before a first reading of 1,000 files has finished and been cached.
        os.environ["REFLECT_CACHE_DIR"] = env["REFLECT_CACHE_DIR"]
        from reflect.store.catalogue import load_catalogue
        from reflect.store.index import list_summaries

        for folder in (BENCH.parent / "content", big):
            load_catalogue(folder)
        list_summaries(base / "sessions")
        cases = {"bare Textual app": ([str(BENCH / "bare_app.py")], env),
                 "reflect, bundled library": (["reflect"], {
                     **env, "REFLECT_CONTENT_DIR": str(BENCH.parent / "content")}),
                 f"reflect, {args.reviews} reviews": (["reflect"], {
                     **env, "REFLECT_CONTENT_DIR": str(big)})}
        if args.open:  # (their own sessions folder: the start screen's cases list none)
            (base / "open").mkdir()
            cases.update(open_cases(base / "open", {
                **env, "REFLECT_SESSIONS_DIR": str(base / "open"),
                "REFLECT_CONTENT_DIR": str(BENCH.parent / "content")}))
        times: dict[str, list[float]] = {name: [] for name in cases}
        for target, case_env in cases.values():  # warm-up: caches filled, modules compiled
            cpu_to_first_frame(target, case_env)
        for _ in range(args.runs):
            for name, (target, case_env) in cases.items():
                times[name].append(cpu_to_first_frame(target, case_env))
    floor = statistics.median(times["bare Textual app"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<28} CPU to first frame {median * 1000:6.0f} ms  {median / floor:5.2f}x")


if __name__ == "__main__":
    main()
