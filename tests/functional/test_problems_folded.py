"""The start screen's problems area is one summary line under the lists until it is Tabbed to:
with an unfinished review and an emergency copy it took six rows of 80x24, the library showing
one review and a half (a trial). Tabbed to, it shows all of it, its paths broken after a "/",
never inside a file's name (`….tom`, then `l`, in the trial)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.placeholders import PARTNERSHIP
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import dumps, save_session
from reflect.ui.app import make_app
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for

SESSION_ID = "20260101-child-zz-0000c0de"


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


async def _tried(content_dir: Path, sessions_dir: Path, home: Path, size: tuple[int, int],
                 reviews: int) -> None:
    (content_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        'partnership = "Invented Shire Safeguarding Partnership"',
        f'partnership = "{PARTNERSHIP}"'), encoding="utf-8")
    session = Session.start(load_library(content_dir).get("child-zz"), SESSION_ID,
                            title="Invented copy meeting")
    save_session(sessions_dir, session)
    session.answers[1].text = "An invented point typed while the folder was read-only"
    copy = home / f"reflect-copy-{SESSION_ID}-20260101-101010.toml"
    copy.write_bytes(dumps(session))
    later = (sessions_dir / f"{SESSION_ID}.toml").stat().st_mtime + 30
    os.utime(copy, (later, later))
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
        assert "⚠ 1 review not finished, 1 newer emergency copy: Tab here" in " ".join(
            shown.split())
        assert "partnership" not in shown  # the whole text folded away

        app.screen.query_one("#sessions").focus()
        await pilot.press("tab")
        await wait_for(pilot, lambda: problems.has_focus_within and problems.query_one(
            "#problems-text").content_region.width > 0)
        text = problems.query_one("#problems-text")
        lines = str(text.render()).split("\n")
        assert any(copy.name in line for line in lines)  # whole, on one line
        assert any(line.rstrip().endswith("/") for line in lines)  # broken after a "/"
        seen = []
        while not seen or problems.scroll_y < problems.max_scroll_y:
            problems.scroll_to(y=len(seen) * 5, animate=False, immediate=True)
            await pilot.pause()
            seen += on_view(app)
        named = [row for row in seen if "reflect-copy-" in row]
        # (at 60x20 the copy's name alone is wider than the area: folded, as nothing else can be)
        assert named and (size[0] < 80 or all(copy.name in row for row in named)), named
        assert "restores it, keeping the saved file aside." in " ".join(" ".join(seen).split())

        await pilot.press("shift+tab")  # away: folded again
        await wait_for(pilot, lambda: problems.outer_size.height <= 2)
