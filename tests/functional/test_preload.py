"""The start screen's lists read in a thread while Textual is imported (`reflect`): shown in
the screen's first frame when ready; read by the screen's worker as before when they are not,
or when reading them failed; problems in files are reported either way."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.ui.app import make_app
from reflect.ui.preload import Preload, start_preload
from tests.functional.helpers import shown, wait_for


def broken_file(folder: Path) -> None:
    (folder / "broken.toml").write_text('id = "child-broken"\ntitle = \n', encoding="utf-8")


def test_the_preload_reads_the_library_and_the_sessions(fictional_dir: Path,
                                                        sessions_dir: Path) -> None:
    broken_file(fictional_dir)
    read = start_preload(fictional_dir, sessions_dir).wait()
    assert read is not None
    library, sessions = read
    assert [r.id for r in library.reviews] == ["child-zz"]
    assert any("broken.toml" in p for p in library.problems)
    assert sessions.entries == []


def test_a_failed_preload_gives_nothing(fictional_dir: Path, sessions_dir: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise RuntimeError("invented failure")

    monkeypatch.setattr("reflect.store.catalogue.load_catalogue", fail)
    preload = start_preload(fictional_dir, sessions_dir)
    assert preload.wait() is None and preload.ready() is None


async def test_a_ready_preload_is_in_the_first_frame(fictional_dir: Path, sessions_dir: Path,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    broken_file(fictional_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    app.preload = start_preload(fictional_dir, sessions_dir)
    assert app.preload.wait() is not None

    def not_again(*args: object) -> None:
        raise AssertionError("the screen read the library again")

    monkeypatch.setattr("reflect.ui.preload.read_lists", not_again)  # (the screen reads by it)
    async with app.run_test(size=(100, 30)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        # Shown as the screen was mounted: no worker, no waiting.
        assert app.library is not None and reviews.option_count == 1
        assert "child-broken" not in str(reviews.get_option_at_index(0).prompt)
        assert "broken.toml" in shown(app.screen.query_one("#problems-text"))
        assert not [w for w in app.screen.workers if w.group == "load"]
        assert app.preload is None
        await pilot.pause()


async def test_a_preload_still_reading_is_waited_for_by_the_worker(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    real_read = Preload._read

    def slow_read(self: Preload) -> None:
        gate.wait(10)
        real_read(self)

    monkeypatch.setattr(Preload, "_read", slow_read)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    app.preload = start_preload(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        await pilot.press("slash", "z")  # the screen answers while the lists are read
        assert app.library is None
        gate.set()
        await wait_for(pilot, lambda: app.library is not None and reviews.option_count == 1)


async def test_a_failed_preload_is_read_again_by_the_worker(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(self: Preload) -> None:
        self._done.set()  # done, nothing read

    monkeypatch.setattr(Preload, "_read", fail)
    broken_file(fictional_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    app.preload = start_preload(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: app.library is not None and reviews.option_count == 1)
        await wait_for(pilot, lambda: "broken.toml" in shown(
            app.screen.query_one("#problems-text")))


async def test_a_big_librarys_first_frame_lists_a_screenful_then_the_rest(
        tmp_path: Path, sessions_dir: Path) -> None:
    """Textual measures every row of a list before drawing it: the first frame lists what a
    screen can show, and the rest (up to a hundred) straight after, the highlight kept."""
    from reflect.ui.screens.start_lists import FIRST_LISTED
    from reflect.ui.screens.start_rows import MAX_LISTED
    from tests.functional.test_screen_sizes import library

    content = library(tmp_path, MAX_LISTED + 5)
    app = make_app(content, sessions_dir, tmp_path / "settings.toml")
    app.preload = start_preload(content, sessions_dir)
    assert app.preload.wait() is not None
    async with app.run_test(size=(100, 30)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        assert reviews.option_count == FIRST_LISTED + 1  # and the "…and 5 more" line
        assert reviews.highlighted == 0
        await wait_for(pilot, lambda: reviews.option_count == MAX_LISTED + 1)
        assert "and 5 more" in str(reviews.get_option_at_index(MAX_LISTED).prompt)
        assert reviews.highlighted == 0


async def test_collecting_is_turned_back_on_once_the_first_frame_is_drawn(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`reflect` turns Python's garbage collector off while it starts: left off, a long
    meeting's memory would only grow."""
    import gc

    # Counted, not run: a whole run's worker holds every earlier test's objects, and one full
    # collection of them took 1.5 s of CPU; that it comes, once, is what is tested.
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda *a: collected.append(1) or 0)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    app.gc_paused = True
    gc.disable()
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: app.library is not None)
            await wait_for(pilot, gc.isenabled)
            assert not app.gc_paused and collected == [1]
    finally:
        gc.enable()
        gc.unfreeze()  # what the app kept out of collections: this test's process goes on


def test_the_command_line_turns_collecting_on_again_whatever_happens() -> None:
    import gc

    from reflect.cli import gc_paused

    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("invented failure")
    assert gc.isenabled()


async def test_the_note_under_the_hundredth_review_is_reached_from_the_keyboard(
        tmp_path: Path, sessions_dir: Path) -> None:
    """End stopped on the hundredth review: "…and 5 more" below it was seen only by scrolling
    with the mouse."""
    from reflect.ui.screens.start_rows import MAX_LISTED
    from tests.functional.test_screen_sizes import library, widget_lines

    content = library(tmp_path, MAX_LISTED + 5)
    app = make_app(content, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == MAX_LISTED + 1)
        reviews.focus()
        await pilot.press("end")
        await wait_for(pilot, lambda: reviews.highlighted == MAX_LISTED - 1)
        await wait_for(pilot, lambda: any("and 5 more" in line for line in widget_lines(reviews)))
