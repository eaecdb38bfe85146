"""The start screen's problems area, Tabbed to, says "1 file could not be read" once (its
summary line counts the files; its body said it again), and at 60 columns a file's path too
long to follow its "!" is broken after a "/" beside it: the "!" sat alone on a line above
the path (a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_bad_files import _tab_to_problems

BROKEN = "20261201-invented-broken-session-file-of-team-blue.toml"


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_one_file_said_once_its_mark_beside_it(content_dir: Path, sessions_dir: Path,
                                                      size: tuple[int, int]) -> None:
    sessions_dir.mkdir(exist_ok=True)
    (sessions_dir / BROKEN).write_text("this is = not [valid toml\n", encoding="utf-8")
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await _tab_to_problems(pilot, app)
        lines = [strip.text.strip(" ┃▇▁") for strip in app.screen._compositor.render_strips()]
        shown = "\n".join(lines)
        assert shown.count("could not be read") == 1, shown
        assert "⚠ 1 file could not be read:" in shown
        said = getattr(app.screen.query_one("#problems"), "said", "")
        assert "could not be read" not in said and "Everything else works." in said
        assert "!" not in lines, shown
        assert any(line.startswith("! /") for line in lines), shown
