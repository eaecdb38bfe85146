"""The start screen's problems area is one summary line under the lists until it is Tabbed to:
with an unfinished review and an emergency copy it took six rows of 80x24, the library showing
one review and a half (a trial). Tabbed to, it shows all of it, its paths broken after a "/",
never inside a file's name (`….tom`, then `l`, in the trial); a copy's name wider than a line
is cut short in the middle, under its folder."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import tempfile
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.placeholders import PARTNERSHIP
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import dumps, load_session, save_session
from reflect.ui.app import make_app
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for

SESSION_ID = "20260101-child-zz-0000c0de"
TYPED = "An invented point typed while the folder was read-only"


def on_view(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize(("size", "reviews"), [((80, 24), 4), ((60, 20), 2)])
async def test_the_library_keeps_its_room_and_paths_break_between_names(
        bundled_dir: Path, home: Path, size: tuple[int, int], reviews: int) -> None:
    # Short folders' names, as a person's are: the folders' line under the lists is one line.
    with tempfile.TemporaryDirectory(prefix="r") as short:
        content_dir, sessions_dir = Path(short) / "content", Path(short) / "sessions"
        shutil.copytree(bundled_dir, content_dir)
        sessions_dir.mkdir()
        await _tried(content_dir, sessions_dir, home, size, reviews)


def newer_copy_of_a_session(content_dir: Path, sessions_dir: Path, home: Path) -> Path:
    """A session (of an unfinished review) and, in `home`, an emergency copy holding what its
    file does not."""
    (content_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        'partnership = "Invented Shire Safeguarding Partnership"',
        f'partnership = "{PARTNERSHIP}"'), encoding="utf-8")
    session = Session.start(load_library(content_dir).get("child-zz"), SESSION_ID,
                            title="Invented copy meeting")
    save_session(sessions_dir, session)
    session.answers[1].text = TYPED
    copy = home / f"reflect-copy-{SESSION_ID}-20260101-101010.toml"
    copy.write_bytes(dumps(session))
    later = (sessions_dir / f"{SESSION_ID}.toml").stat().st_mtime + 30
    os.utime(copy, (later, later))
    return copy


async def problems_read(pilot, problems) -> list[str]:  # type: ignore[no-untyped-def]
    """The problems area Tabbed to, and every row of the screen as it is scrolled through."""
    pilot.app.screen.query_one("#sessions").focus()
    await pilot.press("tab")
    await wait_for(pilot, lambda: problems.has_focus_within and problems.query_one(
        "#problems-text").content_region.width > 0)
    seen: list[str] = []
    while not seen or problems.scroll_y < problems.max_scroll_y:
        problems.scroll_to(y=len(seen) * 5, animate=False, immediate=True)
        await pilot.pause()
        seen += on_view(pilot.app)
    return seen


async def _tried(content_dir: Path, sessions_dir: Path, home: Path, size: tuple[int, int],
                 reviews: int) -> None:
    copy = newer_copy_of_a_session(content_dir, sessions_dir, home)
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        problems = app.screen.query_one("#problems")
        await wait_for(pilot, lambda: app.library is not None and problems.display
                       and "emergency copy" in str(problems.query_one("#problems-summary")
                                                   .render()))
        await pilot.pause()
        assert problems.outer_size.height <= 2
        rows = app.screen.query_one("#reviews", OptionList).scrollable_content_region.height
        assert rows >= 3 * reviews  # a review's row is three lines
        shown = "\n".join(on_view(app))
        assert "⚠ 1 review not finished, 1 newer emergency copy: Tab twice" in " ".join(
            shown.replace("┃", " ").split())  # (from the library's list: two Tabs away)
        assert "partnership" not in shown  # the whole text folded away

        seen = await problems_read(pilot, problems)
        lines = str(problems.query_one("#problems-text").render()).split("\n")
        assert size[0] < 80 or any(copy.name in line for line in lines)  # whole, on one line
        assert any(line.rstrip().endswith("/") for line in lines)  # broken after a "/"
        named = [row for row in seen if "reflect-copy-" in row]
        # (at 60x20 the copy's name alone is wider than the area: named short, whole)
        name = copy.name if size[0] >= 80 else "reflect-copy-…-0000c0de-20260101-101010.toml"
        assert named and all(name in row for row in named), named
        joined = " ".join(" ".join(seen).split())  # (a line's end: "keeping the ┃ saved")
        assert "restores it, keeping the" in joined and "saved file aside." in joined

        await pilot.press("shift+tab")  # away: folded again
        await wait_for(pilot, lambda: problems.outer_size.height <= 2)


async def test_the_command_restoring_a_copy_fits_one_line_at_60_columns_and_runs(
        bundled_dir: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`reflect restore` and a copy's path (in a home folder as long as a test's) took three
    lines of the area at 60 columns, the path folded mid-name: copied off the screen, it did
    not run (a trial). Named by its session's code, it is one line, and it runs."""
    with tempfile.TemporaryDirectory(prefix="r") as short:
        content_dir, sessions_dir = Path(short) / "content", Path(short) / "sessions"
        shutil.copytree(bundled_dir, content_dir)
        sessions_dir.mkdir()
        copy = newer_copy_of_a_session(content_dir, sessions_dir, home)
        app = make_app(content_dir, sessions_dir)
        async with app.run_test(size=(60, 20)) as pilot:
            problems = app.screen.query_one("#problems")
            await wait_for(pilot, lambda: app.library is not None and problems.display
                           and "emergency copy" in str(problems.query_one("#problems-summary")
                                                       .render()))
            seen = await problems_read(pilot, problems)
        said = [m for row in seen if (m := re.search(r"reflect restore ([^\s`]+)", row))]
        assert said and said[0][1] == "0000c0de", "\n".join(seen)  # the session's code
        code, out, err = run(capsys, *shlex.split(said[0][0])[1:], "--sessions-dir",
                             str(sessions_dir))  # (typed, in a shell: tried in tmux)
        assert code == 0, err
        assert f"Restored {copy}" in " ".join(out.split())
        assert load_session(sessions_dir / f"{SESSION_ID}.toml").answers[1].text == TYPED


async def test_at_60_columns_the_copies_of_a_session_are_told_apart(
        bundled_dir: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A session's newer copy and two older ones: at 60 columns each copy's name was folded
    mid-name, the time telling it from the others cut in two (…-10101, then 0.toml), and so was
    each command restoring an older one (a trial). Each is named short under its folder, said
    once, and `reflect list sessions` gives each path whole, one line each, to copy."""
    with tempfile.TemporaryDirectory(prefix="r") as short:
        content_dir, sessions_dir = Path(short) / "content", Path(short) / "sessions"
        shutil.copytree(bundled_dir, content_dir)
        sessions_dir.mkdir()
        newer = newer_copy_of_a_session(content_dir, sessions_dir, home)
        older = []
        for at, earlier in (("090000", 600), ("083000", 1200)):
            path = home / f"reflect-copy-{SESSION_ID}-20260101-{at}.toml"
            path.write_bytes(newer.read_bytes().replace(TYPED.encode(), b"Invented older words"))
            stamp = (sessions_dir / f"{SESSION_ID}.toml").stat().st_mtime - earlier
            os.utime(path, (stamp, stamp))
            older.append(path)
        app = make_app(content_dir, sessions_dir)
        async with app.run_test(size=(60, 20)) as pilot:
            problems = app.screen.query_one("#problems")
            await wait_for(pilot, lambda: app.library is not None and problems.display
                           and "2 other copies" in str(problems.query_one("#problems-summary")
                                                       .render()))
            await problems_read(pilot, problems)  # (Tabbed to)
            seen: list[str] = []
            for y in range(0, round(problems.max_scroll_y) + 1, 5):  # (it shows eight rows)
                problems.scroll_to(y=y, animate=False, immediate=True)
                await pilot.pause()
                seen += on_view(app)
            text = str(problems.query_one("#problems-text").render())
        for copy in (newer, *older):
            at = copy.stem.rsplit("-", 2)[-2:]
            assert any(f"reflect-copy-…-0000c0de-{'-'.join(at)}.toml" in row for row in seen), \
                "\n".join(seen)
        assert not any("reflect-copy-2026" in row for row in seen)  # (no name folded)
        folder = text.replace("In\n", "In ").replace("/\n", "/")  # (a test's long folder)
        assert folder.count("In /") == 1 and f"In {home}/:" in folder
        assert " ".join(text.split()).count("restore COPY` restores it") == 2
        code, _, err = run(capsys, "list", "sessions", "--sessions-dir", str(sessions_dir))
        assert code == 0
        for copy in older:  # (piped, one line each; at a terminal folded by it, copied whole)
            assert any(f" {copy}` restores it" in line for line in err.splitlines()), err


async def test_an_older_copys_name_read_off_a_60_column_screen_restores_it(
        bundled_dir: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An older copy is named short at 60 columns and its command says `reflect restore COPY`:
    the name copied off the screen into that command was "no such file" (a trial). It runs,
    and the screen says COPY may be the name as shown."""
    with tempfile.TemporaryDirectory(prefix="r") as short:
        content_dir, sessions_dir = Path(short) / "content", Path(short) / "sessions"
        shutil.copytree(bundled_dir, content_dir)
        sessions_dir.mkdir()
        newer = newer_copy_of_a_session(content_dir, sessions_dir, home)
        older = home / f"reflect-copy-{SESSION_ID}-20260101-090000.toml"
        older.write_bytes(newer.read_bytes().replace(TYPED.encode(), b"Invented older words"))
        stamp = (sessions_dir / f"{SESSION_ID}.toml").stat().st_mtime - 600
        os.utime(older, (stamp, stamp))
        app = make_app(content_dir, sessions_dir)
        async with app.run_test(size=(60, 20)) as pilot:
            problems = app.screen.query_one("#problems")
            await wait_for(pilot, lambda: app.library is not None and problems.display
                           and "1 other copy" in str(problems.query_one("#problems-summary")
                                                     .render()))
            await problems_read(pilot, problems)
            seen: list[str] = []
            for y in range(0, round(problems.max_scroll_y) + 1, 5):
                problems.scroll_to(y=y, animate=False, immediate=True)
                await pilot.pause()
                seen += on_view(app)
            text = " ".join(str(problems.query_one("#problems-text").render()).split())
        names = {m[0] for row in seen if (m := re.search(r"reflect-copy-…[^\s,]*090000\.toml",
                                                         row))}
        assert len(names) == 1, "\n".join(seen)
        assert "COPY stands for the copy: its name as shown here, “…” and all" in text
        code, out, err = run(capsys, "restore", names.pop(), "--sessions-dir", str(sessions_dir))
        assert code == 0, err
        assert f"Restored {older}" in " ".join(out.split())
        assert load_session(sessions_dir / f"{SESSION_ID}.toml").answers[1].text == \
            "Invented older words"
