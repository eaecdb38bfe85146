"""reflect's benchmark suite: each case against a floor measured in the same run.

    python bench/run.py                 # full sizes (about two minutes)
    python bench/run.py --tiny          # tiny sizes, one export of each kind, a two-page PDF
                                        # to import: proves the suite works (CI)
    python bench/run.py --sessions 2000 --runs 3
    python bench/run.py --cases report,keystroke --report-runs 5 --keystroke-runs 5
    python bench/terminal_case.py       # only the terminal (tmux) start-up cases

Prints a table and writes bench/out/results.json. Every figure is the median of several runs;
the ratio is case / floor. All data is generated here, invented, in a temp folder.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from tests.conftest import FICTIONAL_REVIEW  # noqa: E402

from reflect.model.session import Answer, Session  # noqa: E402
from reflect.store.atomic import write_atomic  # noqa: E402
from reflect.store.exports import FORMATS, render_bytes  # noqa: E402
from reflect.store.index import list_summaries  # noqa: E402
from reflect.store.library import load_library  # noqa: E402
from reflect.store.sessions import dumps, save_session, snapshot  # noqa: E402

LOAD_REFLECT = r"""
import sys, time
from pathlib import Path
t = time.perf_counter()
from reflect.store.library import load_library
lib = load_library(Path(sys.argv[1]))
print(time.perf_counter() - t)
"""

LOAD_TOMLLIB = r"""
import sys, time, tomllib
from pathlib import Path
t = time.perf_counter()
for p in sorted(Path(sys.argv[1]).glob("*.toml")):
    with p.open("rb") as f:
        tomllib.load(f)
print(time.perf_counter() - t)
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_child(code: str, *args: str) -> tuple[float, float, str]:
    """Wall time, peak memory (MiB) and output of a fresh Python process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=child_env())
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    if status != 0:
        raise RuntimeError(f"benchmark child failed: {err[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, out


def median_of(fn: Callable[[], float | None], runs: int,
              memory: bool = True) -> tuple[float, float]:
    """Median seconds, then the peak traced memory (MiB) of one more run (tracing slows Python
    several times over, so it is never on while timing). Without `memory` (a floor, whose peak
    nobody reads), no such run: the peak is 0."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        got = fn()
        times.append(got if isinstance(got, float) else time.perf_counter() - t)
    if not memory:
        return statistics.median(times), 0.0
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(times), peak


def children(code: str, args: list[str], runs: int, inner: bool = False) -> tuple[float, float]:
    results = [run_child(code, *args) for _ in range(runs)]
    times = [float(r[2].strip()) if inner else r[0] for r in results]
    return statistics.median(times), max(r[1] for r in results)


# --- data -------------------------------------------------------------------------------------

def make_library(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"r{i:05d}.toml").write_text(
            FICTIONAL_REVIEW.replace('id = "child-zz"', f'id = "child-zz{i}"')
            .replace("zz-", f"zz{i}-"), encoding="utf-8")
    return folder


def big_session(answers: int) -> Session:
    text = ("An invented answer about information sharing and escalation, typed in a meeting. "
            * 4).strip()
    return Session(id="20260101-child-zz-0000beef", review_id="child-zz", review_title="Child ZZ",
                   title="Invented benchmark session", team="Invented team",
                   answers=[Answer(question_id=f"zz-q{i}", question=f"Invented question {i}?",
                                   text=f"{i}: {text}") for i in range(answers)],
                   notes={"intro": text})


def make_sessions(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    review = load_library(make_library(folder.parent / "one-review", 1)).reviews[0]
    for i in range(count):
        s = Session.start(review, f"20260101-{review.id}-{i:08x}", title=f"Invented meeting {i}")
        s.set_answer(review.questions[0].id, "q", "An invented answer. " * 10)
        (folder / f"{s.id}.toml").write_bytes(dumps(s))
    return folder


def header_only(path: Path) -> dict[str, object]:
    """The floor for listing: parse only the top-level keys before the first table."""
    text = path.read_text(encoding="utf-8")
    return tomllib.loads(text.split("\n[", 1)[0])


# --- typing latency (in process) -------------------------------------------------------------
# What the UI thread does for one keystroke: the edit, reflect's own handler (answer, step list,
# status) and drawing the visible lines. Pilot's own overhead (tens of ms a key) is left out, so
# the figures can be compared with a frame (16 ms).

def _key_cost(area, handler, draw_lines: int) -> float:
    t = time.perf_counter()
    area.insert("x")
    if handler is not None:
        handler()
    for y in range(draw_lines):
        area.render_line(y)
    return time.perf_counter() - t


async def bare_keystroke(text_len: int, keys: int) -> float:
    """The floor: a bare Textual app with one soft-wrapped TextArea holding the same text."""
    from textual.app import App
    from textual.widgets import TextArea

    class Bare(App):
        def compose(self):
            yield TextArea(("word " * (text_len // 5 + 1))[:text_len], soft_wrap=True)

    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        area = app.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.pause()
        return statistics.median(_key_cost(area, None, area.size.height) for _ in range(keys))


async def keystroke_latency(content: Path, sessions: Path, text_len: int, autosave: bool,
                            keys: int, answers: int = 1) -> float:
    from textual.widgets import TextArea

    from reflect.ui.app import make_app
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_library(content).reviews[0]
    s = Session.start(review, f"20260101-{review.id}-{text_len:08x}{int(autosave)}",
                      current_step="q:" + review.questions[0].id)
    s.set_answer(review.questions[0].id, "q", ("word " * (text_len // 5 + 1))[:text_len])
    s.answers += big_session(answers).answers  # a session as heavy as a long meeting's
    save_session(sessions, s)
    app = make_app(content, sessions, sessions.parent / "settings.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        while app.library is None or not app.screen.query("#sessions"):
            await pilot.pause(0.01)
        sessions_list = app.screen.query_one("#sessions")
        while sessions_list.option_count == 0:  # type: ignore[attr-defined]
            await pilot.pause(0.01)
        sessions_list.focus()
        await pilot.press("enter")
        while not isinstance(app.screen, WalkthroughScreen) or app.focused is None:
            await pilot.pause(0.01)
        screen = app.screen
        area = screen.query_one(f"#answer-{screen.index}", TextArea)  # the summary box
        area.focus()
        await pilot.pause()

        typed = 0

        def handler() -> None:
            nonlocal typed
            # What typing a key does: the change through SessionEdits, then the screen's
            # apply (the pane posts it as SessionChanged in between).
            screen.apply(screen.edits.set_text(area.key, area.text))
            typed += 1
            if autosave and typed % 10 == 0:
                screen.autosave()  # autosave ticks once a second: every 10 keys at 10 keys/s

        times = [_key_cost(area, handler, area.size.height) for _ in range(keys)]
        await pilot.press("ctrl+q")
    return statistics.median(times)


# --- the suite --------------------------------------------------------------------------------

TINY_FORMATS = ("md", "txt", "html", "docx", "pdf", "csv", "json",
                "cpd-md", "swe-txt", "nmc-docx", "nmc-discussion-pdf")
"""The export formats rendered at --tiny: one of each module of reflect.store.exports.FORMATS,
and of the CPD records (reflect.export.cpd) one of each file type, each through another form
(any profession, SWE, NMC, NMC discussion), so every renderer and every record builder runs.
The other formats are these same functions given another form: the full run renders them all.
"""

CASES = ("terminal", "library", "save", "export", "list", "report", "pdf", "room", "search",
         "keystroke")


def run(reviews: int, sessions: int, answers: int, runs: int, keys: int,
        terminal_runs: int, room_participants: int = 50, room_points: int = 20,
        cases: tuple[str, ...] = CASES, report_runs: int = 0,
        keystroke_runs: int = 1, formats: tuple[str, ...] | None = None,
        pdf_copies: int = 2) -> list[dict]:
    """`formats`: the export formats to render (all of them unless named); `pdf_copies`: the
    imported PDF's length, two pages a copy."""
    rows: list[dict] = []

    def row(case: str, value: float, floor: float, peak: float, target: str, note: str = ""):
        rows.append({"case": case, "seconds": value, "floor_seconds": floor,
                     "ratio": value / floor if floor else None, "peak_mib": round(peak, 1),
                     "target": target, "note": note})
        ratio = f"{value / floor:5.2f}x" if floor else "   -  "
        print(f"{case:<44} {value * 1000:9.1f} ms  floor {floor * 1000:8.1f} ms  {ratio}  "
              f"peak {peak:6.1f} MiB  target {target}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["REFLECT_CACHE_DIR"] = str(base / "cache")
        big = make_library(base / "library", reviews)

        if "terminal" in cases:
            from bench import terminal_case

            terminal_case.run_cases(base, REPO, big, reviews, terminal_runs, row)

        if "library" in cases:
            t, mem = children(LOAD_REFLECT, [str(big)], runs, inner=True)
            f, _ = children(LOAD_TOMLLIB, [str(big)], runs, inner=True)
            row(f"library load, {reviews} reviews, cold", t, f, mem, "<= 2x",
                "vs tomllib alone")
            t, mem = median_of(lambda: (load_library(big), None)[1], runs)
            f, _ = median_of(lambda: ([tomllib.loads(p.read_text())
                                       for p in big.glob("*.toml")], None)[1], runs,
                             memory=False)
            row(f"library load, {reviews} reviews, warm", t, f, mem, "<= 2x",
                "vs tomllib alone")

        session = big_session(answers)
        data = dumps(session)
        folder = base / "save"
        if "save" in cases:
            t, mem = median_of(lambda: (save_session(folder, session), None)[1], runs * 4)
            f, _ = median_of(lambda: write_atomic(folder / "floor.toml", data), runs * 4,
                             memory=False)
            row(f"save, {answers} answers", t, f, mem, "<= 2x", "vs write+fsync+replace")

        for fmt in (formats or sorted(FORMATS)) if "export" in cases else []:
            t, mem = median_of(lambda fmt=fmt: (render_bytes(session, fmt), None)[1], runs)
            f, _ = median_of(lambda: (session.model_dump_json(), None)[1], runs, memory=False)
            row(f"export {fmt}, {answers} answers", t, f, mem, "-", "vs model_dump_json")

        if "list" in cases:
            folder = make_sessions(base / "sessions", sessions)
            cache = base / "cache-list"
            files = sorted(folder.glob("*.toml"))
            f, _ = median_of(lambda: ([header_only(p) for p in files], None)[1],
                             max(runs // 2, 1), memory=False)
            t0 = time.perf_counter()
            list_summaries(folder, cache)
            row(f"list {sessions} sessions, cold (first time)", time.perf_counter() - t0, f,
                0.0, "< 1 s", "vs parsing headers alone")
            t, mem = median_of(lambda: (list_summaries(folder, cache), None)[1], runs)
            row(f"list {sessions} sessions, warm (cached)", t, f, mem, "< 1 s",
                "vs parsing headers alone")
        if "report" in cases:
            from bench.report_case import run_case

            run_case(base, sessions, report_runs or max(runs // 2, 1), child_env, row)

        if "pdf" in cases:
            from bench import pdf_import

            pdf = pdf_import.make_pdf(base / "pdf", pdf_copies)
            t, mem = median_of(lambda: pdf_import.full_import(pdf), runs)
            f, _ = median_of(lambda: pdf_import.raw_extraction(pdf), runs, memory=False)
            row(f"import a {pdf_import.pages(pdf)}-page two-column PDF", t, f, mem, "< 1 s",
                "read_source + import_briefing; vs pdfminer extract_text alone")

        if "room" in cases:
            from bench import room_load

            room, f = room_load.measure(room_participants, room_points, max(runs // 2, 1))
            row(f"room: {room_participants} participants x {room_points} points at once",
                float(room["seconds"]), f, 0.0, "lost 0, duplicated 0",  # type: ignore[arg-type]
                f"sent {room['sent']}, received {room['received']}, lost {room['lost']}, "
                f"duplicated {room['duplicated']}, refused {room['refused']}; rate limit raised; "
                "vs a bare aiohttp handler")
            if room["lost"] or room["duplicated"] or room["refused"]:
                raise RuntimeError(f"the room lost or doubled points: {room}")

        if "room" in cases:
            from bench import room_typing

            typing = asyncio.run(room_typing.measure(room_participants, room_points,
                                                     max(runs // 2, 1), keys))
            row(f"keystroke while {room_participants} x {room_points} room points arrive",
                float(typing["busy_seconds"]), float(typing["idle_seconds"]), 0.0, "<= 1.2x",
                "the app typing into an answer with a real room flooded from another process "
                f"({typing['keys_during_flood']} keys a flood); vs the same keys, room idle")

        if "search" in cases:
            from bench import search_case

            texts = search_case.make_text_library(base / "search-library", reviews)
            t, f, _ = asyncio.run(search_case.measure(texts, base / "search-sessions", runs))
            row(f"search box keystroke, {reviews} briefing-sized reviews", t, f, 0.0, "< 16 ms",
                "UI thread CPU; vs titles, summaries and themes alone (bench/search_case.py)")

        if "keystroke" not in cases:
            return rows
        content = make_library(base / "typing-lib", 1)
        # Autosave off and on alternated, each a fresh app: a busy machine weighs on both alike.
        offs, ons = [], []
        for i in range(keystroke_runs):
            offs.append(asyncio.run(keystroke_latency(content, base / f"t-off-{i}", 0, False,
                                                      keys, answers)))
            ons.append(asyncio.run(keystroke_latency(content, base / f"t-on-{i}", 0, True,
                                                     keys, answers)))
        off, on = statistics.median(offs), statistics.median(ons)
        ratios = sorted(b / a for a, b in zip(offs, ons, strict=True))
        row(f"keystroke while autosave runs ({answers} answers)", on, off, 0.0, "<= 1.1x",
            f"vs autosave off; {keystroke_runs} runs alternated, each the median of {keys} "
            f"keys; ratios per run {', '.join(f'{r:.2f}' for r in ratios)}")
        t, mem = median_of(lambda: (snapshot(session), None)[1], runs)
        row(f"autosave snapshot on the UI thread, {answers} answers", t, off, mem, "< 16 ms",
            "once a second (TOML is made off the UI thread); vs one keystroke")
        for size in (10_000, 50_000):
            t = asyncio.run(keystroke_latency(content, base / f"t-{size}", size, True, keys))
            f = asyncio.run(bare_keystroke(size, keys))
            row(f"keystroke at {size:,} characters", t, f, 0.0,
                "< 16 ms" if size == 10_000 else "-", "vs a bare Textual TextArea")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--terminal-runs", type=int, default=7,
                        help="runs of each terminal (tmux) case and of its floor, alternated")
    parser.add_argument("--cases", default=",".join(CASES),
                        help=f"comma-separated cases to run (default: all of {','.join(CASES)})")
    parser.add_argument("--report-runs", type=int, default=0,
                        help="runs of the report case (default: half of --runs)")
    parser.add_argument("--keystroke-runs", type=int, default=3,
                        help="runs of the keystroke case, autosave off and on alternated")
    parser.add_argument("--room-participants", type=int, default=50)
    parser.add_argument("--room-points", type=int, default=20)
    parser.add_argument("--tiny", action="store_true",
                        help="tiny sizes, one run, one export format of each kind (for CI)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "results.json")
    args = parser.parse_args()
    if args.tiny:
        args.reviews, args.sessions, args.answers, args.runs, args.keys = 5, 20, 10, 1, 3
        args.terminal_runs = args.keystroke_runs = 1
        args.room_participants, args.room_points = 5, 4
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, " \
              f"Python {platform.python_version()}"
    print(f"reflect benchmarks on {machine}")
    cases = tuple(c.strip() for c in args.cases.split(",") if c.strip())
    if unknown := set(cases) - set(CASES):
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    rows = run(args.reviews, args.sessions, args.answers, args.runs, args.keys,
               args.terminal_runs, args.room_participants, args.room_points, cases,
               args.report_runs, args.keystroke_runs, TINY_FORMATS if args.tiny else None,
               1 if args.tiny else 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sizes = vars(args) | {"out": str(args.out)}
    args.out.write_text(json.dumps({"machine": machine, "sizes": sizes, "results": rows},
                                   indent=2, default=str))
    print(f"results written to {args.out}")


if __name__ == "__main__":
    main()
