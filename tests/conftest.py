"""Shared fixtures: temp folders for content and sessions, and an invented review."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from reflect.model.review import Review

# Property tests judge what the code does, never how fast a loaded 2-core machine runs it:
# Hypothesis's 200 ms deadline and its too-slow check made them fail now and then under load.
# And they draw the same examples on every run (derandomize): a red run is a change in the
# code, never the luck of the draw. (Drawn at random, a clean clone's third run in a row found
# a new way to lose an imported line, and every run after it failed, replaying it from
# .hypothesis/.) `pytest --hypothesis-profile=explore` draws fresh examples on each run and
# replays what it found: run it a few times after changing the importer or session reading.
settings.register_profile("reflect", deadline=None, suppress_health_check=[HealthCheck.too_slow],
                          derandomize=True)
settings.register_profile("explore", settings.get_profile("reflect"), derandomize=False)
settings.load_profile("reflect")

# Python's cyclic collector, at its default thresholds, took some 40% of a worker's time: each
# pilot test leaves a whole app's cycles behind, and every full collection walked the
# worker's ever larger heap (measured: 1.5 s of CPU for a new session at its 10th run in a
# process, 0.6 s of it collecting). Collecting less often keeps the same garbage for a while
# (190 MB a worker, not 120): the suite's user time went from 9m33s to 7m50s (one run each).
# The app itself is not changed: `reflect` pauses collection only while it starts
# (reflect.cli.gc_paused).
gc.set_threshold(10_000, 20, 100)

# Python keeps its compiled modules, as it does by default. Where PYTHONDONTWRITEBYTECODE is set
# (this project's machines set it), each worker compiled reflect and rewrote every test file's
# asserts again at every run (`--collect-only`, as each worker collects: 10.9 s, 5.3 s kept),
# and so did each `reflect` the end-to-end tests and the benchmark's tiny runs start. The
# folders are git-ignored (`__pycache__/`).
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def _share_parsed_css() -> None:
    """Each pilot test starts an app, and each app parsed the same CSS again: app.tcss and
    every widget's DEFAULT_CSS. The rules parsed from one text with one set of variables (a
    theme's colours are part of the key) are the same in every app, and apps only read them,
    so a worker keeps them once. Measured: an app on the start screen took 220-273 ms of CPU
    a start instead of 278-345 ms (ten apps in a process, two runs each); four pilot-test
    files took 8% less CPU (three alternated runs each, on a noisy machine)."""
    from textual.css.stylesheet import Stylesheet

    parse = Stylesheet._parse_rules
    shared: dict[tuple[object, ...], list[Any]] = {}

    def parse_once(self: Stylesheet, css: str, read_from: Any, is_default_rules: bool = False,
                   tie_breaker: int = 0, scope: str = "") -> list[Any]:
        key = (css, read_from, is_default_rules, tie_breaker, scope,
               tuple(self._variables.items()))
        if key not in shared:
            shared[key] = parse(self, css, read_from, is_default_rules, tie_breaker, scope)
        return shared[key]

    Stylesheet._parse_rules = parse_once  # type: ignore[method-assign]


_share_parsed_css()


def _paint_only_at_the_end() -> None:
    """A pilot test's app paints its screen once, as the test ends, not at every frame.

    Headless, Textual still paints every frame (`Screen._compositor_refresh`: every widget's
    lines rendered into strips) and then drops it: nothing is shown. The tests read what is
    shown from the widgets (`helpers.shown`, their content, places and focus), never from
    those strips, and the layout that places the widgets still runs at every frame. Measured
    on twenty pilot-test files, one process, alternated: 45.6 s of CPU painting, 32.2 s not.

    What painting checks is kept: as a test's body ends with its app still running, its
    screen is painted whole, with the screens seen through it, as Textual paints a frame, so a
    widget that cannot render what it holds fails the test with its error; the end-to-end tests
    paint every frame in real terminals, and the benchmarks in real terminals too. A test that
    reads what painting works out (the footer's keys in view, the regions sent to the terminal)
    is marked `paints_every_frame`."""
    from contextlib import asynccontextmanager

    from textual.app import App
    from textual.screen import Screen

    refresh = Screen._compositor_refresh

    def refresh_unpainted(self: Screen[Any]) -> None:
        app = self.app
        if _EVERY_FRAME or not (app.is_headless and self is app.screen and not app.is_inline):
            refresh(self)
            return
        self._compositor._dirty_regions.clear()
        self._dirty_widgets.clear()
        app._update_mouse_over(self)

    Screen._compositor_refresh = refresh_unpainted  # type: ignore[method-assign]

    run_test = App.run_test

    @asynccontextmanager
    async def run_test_painted_at_the_end(self: App[Any], *args: Any, **kwargs: Any) -> Any:
        async with run_test(self, *args, **kwargs) as pilot:
            yield pilot
            if self.is_running and not self._closing and self.screen.is_attached:
                screen = self.screen
                screen._on_timer_update()  # the layout a frame does first, as Textual's
                screen._compositor.render_update(full=True,
                                                 screen_stack=self._background_screens)

    App.run_test = run_test_painted_at_the_end  # type: ignore[method-assign,assignment]


PAINT_EVERY_FRAME = os.environ.get("REFLECT_TEST_PAINT_EVERY_FRAME") == "1"
"""Set (`REFLECT_TEST_PAINT_EVERY_FRAME=1 pytest`): every test paints every frame."""
_EVERY_FRAME = PAINT_EVERY_FRAME
"""True while a test marked `paints_every_frame` runs, or every test with the setting."""
_paint_only_at_the_end()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "paints_every_frame: the test's apps paint every frame, as Textual does "
        "(the test reads what painting works out: _paint_only_at_the_end)")


@pytest.fixture(autouse=True)
def _paints_every_frame_if_marked(request: pytest.FixtureRequest) -> Any:
    global _EVERY_FRAME
    _EVERY_FRAME = (PAINT_EVERY_FRAME
                    or request.node.get_closest_marker("paints_every_frame") is not None)
    yield
    _EVERY_FRAME = PAINT_EVERY_FRAME


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """What is left is collected before a worker reports back, and what survives is frozen
    (`gc.freeze`): no collection after it walks the worker's heap again. A worker still busy
    5 s after reporting back is sent SIGINT by xdist's transport (execnet), and pytest's own
    full collections at its end (in `pytest_unconfigure` and its cleanup), about a second
    each over a worker's heap of some 400,000 objects, more on a loaded machine, took it past
    that now and then: the KeyboardInterrupt landed in Hypothesis's collection callback,
    and the run ended with a `PytestUnraisableExceptionWarning` naming no test ("Exception
    ignored in: <function gc_cumulative_time.<locals>.gc_callback …>"). Before this
    collection was made here too, each run ended so."""
    gc.collect()
    gc.freeze()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: two workers a core, and one more. A pilot test waits for some 40% of its
    time, its process idle (Textual's frame timer, its idle waits after keys, workers'
    threads; one process, 20 files: 68 s of wall, 38 s of CPU), and the end-to-end tests
    nearly all of theirs (tmux, Chromium), which more workers fill. On two cores, whole runs
    on 7 December 2026 at 00:55-01:20 UTC, one after another, nothing else running: three
    workers 6m20s and 6m15s (71-72% of both cores used), four 5m28s, five 5m04s (91%), with the
    same CPU time (518-531 s). (At stop 44, with 3,800 tests, three had taken 5m00s, two
    5m28s and four 5m01s.)"""
    return 2 * (os.cpu_count() or 1) + 1

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
"""The clone's library folder: the bundled reviews and whatever `reflect import` added to it.
Tests read the bundled reviews through `bundled_dir` (or `content_dir`), never this folder."""
BUNDLED_IDS = ("child-ac", "child-h", "child-i", "child-l")
"""The reviews bundled with reflect: the files copied where git cannot list them."""
DATA = Path(__file__).resolve().parent / "data"


def bundled_files() -> list[str]:
    """The bundled library's files, relative to `content/`: those git tracks, so a review a
    user imported into their clone (content/child-z.toml) is never counted as bundled; where
    git or the repository is missing (an unpacked release), the reviews the tests know."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--", "."], cwd=CONTENT,
                                capture_output=True, check=True).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        listed = ""
    tracked = [name for name in listed.split("\0") if name]
    return tracked or [f"{review_id}.toml" for review_id in BUNDLED_IDS]


def copy_bundled(folder: Path) -> Path:
    """The bundled library, and nothing else from content/, copied into `folder`."""
    for name in bundled_files():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CONTENT / name, target)
    return folder

def changed_elsewhere(path: Path, old: str, new: str) -> bytes:
    """Another program rewrites a session file (an editor's save: `old` becomes `new`, and a
    later modification time); returns what it wrote."""
    data = path.read_bytes().replace(old.encode(), new.encode())
    path.write_bytes(data)
    later = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))
    return data


def changed_after_reading(monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> None:
    """A sync lands just after reflect reads a session: the file is changed by another
    program (`changed_elsewhere`) right after it is first read."""
    import reflect.store.sessions as sessions

    read, done = sessions.read_session, set()

    def read_then_changed(path: Path) -> object:
        got = read(path)
        if path not in done:
            done.add(path)
            changed_elsewhere(path, old, new)
        return got

    monkeypatch.setattr(sessions, "read_session", read_then_changed)


# An invented review: no real case, place or person.
FICTIONAL_REVIEW = '''\
id = "child-zz"
title = "Child ZZ"
partnership = "Invented Shire Safeguarding Partnership"
review_type = "Practice exercise"
summary = "An invented case used only for testing."
themes = ["information-sharing"]
introduction = ["Child ZZ is an invented child in an invented town."]
context = ["An invented context point."]

[[good_practice]]
title = "Invented strength"
text = "Agencies in the exercise shared information quickly."

[[development]]
text = "The exercise found that meetings were late."

[[recommendations]]
title = "Invented recommendation"
text = "Hold meetings sooner."
update = "Meetings are now held within five days."

[[questions]]
id = "zz-first"
text = "What would you do first?"

[[questions]]
id = "zz-second"
text = "Who would you tell?"

[[questions]]
id = "zz-third"
text = "What will you change?"
'''


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the real user's settings."""
    monkeypatch.setenv("REFLECT_SETTINGS", str(tmp_path / "settings.toml"))
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(autouse=True)
def _no_folders_carried(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands suggested carry no folder options left by an earlier test's `main`
    (`commands.carry_folders`)."""
    monkeypatch.setattr("reflect.commands._carried", {})


@pytest.fixture(autouse=True)
def _keys_waited_for_not_slept(monkeypatch: pytest.MonkeyPatch) -> None:
    """`pilot.press` on reflect waits for each key through the app's key reader instead of
    sleeping until the process is idle (tests/functional/helpers.py: `press_in_order`)."""
    from reflect.ui.app import ReflectApp
    from tests.functional.helpers import press_in_order

    monkeypatch.setattr(ReflectApp, "_press_keys", press_in_order, raising=False)


@pytest.fixture
def started_as_reflect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """reflect started as `reflect`, found on PATH (this test machine's PATH not read): the
    commands it tells a person to type then read `reflect …` (commands.py)."""
    script = tmp_path / "bin" / "reflect"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(script.parent))
    monkeypatch.setattr(sys, "argv", [str(script)])


@pytest.fixture
def sessions_dir(tmp_path: Path) -> Path:
    return tmp_path / "sessions"


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A team's sessions folder at 0755 in the system's temp folder, every folder above it
    letting others through: anyone using the computer can look into it (pytest's own folders
    are closed to others, 0700). Skipped where the temp folder is closed too, or on Windows."""
    import stat
    import tempfile

    if os.name == "nt":
        pytest.skip("POSIX permissions")
    top = Path(tempfile.mkdtemp(prefix="reflect-open-"))
    try:
        if any(not p.stat().st_mode & stat.S_IXOTH for p in top.resolve().parents):
            pytest.skip("the temp folder is closed to other users here")
        top.chmod(0o755)
        folder = top / "Team Blue sessions"
        folder.mkdir()
        folder.chmod(0o755)
        yield folder
    finally:
        shutil.rmtree(top)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp home folder, where copies of a session are offered or written."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def bundled_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled library alone, copied once per worker: for tests that only read it."""
    return copy_bundled(tmp_path_factory.mktemp("bundled"))


@pytest.fixture
def content_dir(tmp_path: Path, bundled_dir: Path) -> Path:
    """A copy of the bundled library in a temp folder (tests may add broken files to it)."""
    folder = tmp_path / "content"
    shutil.copytree(bundled_dir, folder)
    return folder


@pytest.fixture
def dirs(fictional_dir: Path, sessions_dir: Path) -> list[str]:
    """The command line's folder options for `fictional_dir` and `sessions_dir`
    (tests/command_line.py: `run`)."""
    return ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]


@pytest.fixture
def fictional_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "fictional"
    folder.mkdir()
    (folder / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    return folder


@pytest.fixture
def review(fictional_dir: Path) -> Review:
    """The invented review, child-zz, as the library reads it from `fictional_dir`."""
    from tests.cpd_folder import invented_review

    return invented_review(fictional_dir)


@pytest.fixture(autouse=True)
def _copies_found_in_temp_folders_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Copies of sessions are looked for (store/copies.py) only in a test's own folders (the
    `home` fixture's): never in the real home or temp folder, where a copy left by anything
    else would be listed on every test's start screen."""
    from reflect.store import copies

    real = copies.copy_folders
    monkeypatch.setattr(copies, "copy_folders", lambda: [
        f for f in real() if f.resolve().is_relative_to(tmp_path.resolve())])
