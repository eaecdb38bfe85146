"""At 60x20 the start screen said nowhere how to import a briefing, nor what `m` was: the
footer left out `i Import`, the line over the lists named neither, and F1 opened on a
paragraph filling the help (a fresh-eyes trial, a partnership's learning lead). The footer
gives Import and Reports room first (Themed session steps aside), the line over the lists
names `i` and `m` at every size, and F1 opens on the start screen's keys, Import in the first
lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.help import HelpScreen
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_footer_keys import footer_keys, labels, whole
from tests.functional.test_screen_sizes import library


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_start_screen_says_how_to_import_and_what_m_is(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None and len(labels(app)) > 4)
        await wait_for(pilot, lambda: whole(app))
        keys = footer_keys(app) or []
        assert "i Import" in keys and "^r Reports" in keys, keys
        assert "n New session" in keys  # (Enter does it too: the line above the lists says)
        lines = screen_lines(app)
        said = " ".join(" ".join(lines[1:6]).split())  # the lines over the lists
        assert "i imports a briefing" in said and "m shows My CPD" in said, lines[:6]
        assert "F1: every key" in said

        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        help_lines = " ".join(" ".join(screen_lines(app)[:size[1] // 2]).split())
        assert "ON THE START SCREEN" in help_lines
        assert "i import a newly published briefing" in help_lines, help_lines
        assert "m, F9 my CPD so far" in help_lines
        how = " ".join(" ".join(screen_lines(app)).split())
        assert how.index("ON THE START SCREEN") < how.index("Enter, n") < how.index("i import")
