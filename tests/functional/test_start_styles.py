"""The start screen is styled from its own rules of app.tcss before the rest is read
(`reflect.ui.start_styles`): every widget on it is styled exactly as the whole file styles it,
at every size class, with focus in each box and without colour; and a
screen shown before the rest has been read is styled from the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widget import Widget

from reflect.ui import app as ui_app
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.start_styles import START, WHOLE, style_all
from tests.functional.helpers import wait_for


def _styles(app: App[object]) -> dict[str, str]:
    """Each widget on the screen (by its place in the tree) and its styles' rules."""
    out = {}
    for n, node in enumerate(app.screen.walk_children(with_self=True)):
        assert isinstance(node, Widget)
        out[f"{n} {type(node).__name__}#{node.id} {sorted(node.classes)}"] = \
            node.styles.css
    return out


async def _seen(library: Path, sessions: Path, settings: Path,
                size: tuple[int, int]) -> tuple[list[dict[str, str]], bool]:
    app = make_app(library, sessions, settings)
    seen = []
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.pause()
        read_whole = app.stylesheet.has_source(*WHOLE)
        seen.append(_styles(app))
        app.screen.query_one("#search").focus()
        await pilot.pause()
        seen.append(_styles(app))
        app.screen.query_one("#sessions").focus()
        await pilot.pause()
        seen.append(_styles(app))
    return seen, read_whole


@pytest.mark.parametrize("no_colour", [False, True])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30), (130, 40), (240, 60)])
async def test_the_start_screen_is_styled_as_the_whole_file_styles_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int],
        no_colour: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if no_colour:
        monkeypatch.setenv("NO_COLOR", "1")
    (fictional_dir / "broken.toml").write_text("title = [", encoding="utf-8")  # a problem listed
    monkeypatch.setattr("reflect.ui.warm.WARM_AFTER", 60.0)  # the rest not read meanwhile
    split, read_whole = await _seen(fictional_dir, sessions_dir, tmp_path / "s.toml", size)
    assert not read_whole  # the start screen's rules alone were in use
    monkeypatch.setattr(ui_app, "style_start_only", style_all)  # the whole file from the start
    whole, _ = await _seen(fictional_dir, sessions_dir, tmp_path / "s.toml", size)
    assert split == whole


async def test_a_screen_shown_before_the_rest_is_read_is_styled_from_the_whole_file(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reflect.ui.warm.WARM_AFTER", 60.0)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "s.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        assert not app.stylesheet.has_source(*WHOLE)
        app.push_screen(ConfirmScreen("Delete the invented session?"))
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert app.stylesheet.has_source(*WHOLE)
        assert app.screen.styles.align_horizontal == "center"  # ConfirmScreen's rule
        # the start screen's rules, read twice until now, once (the whole file's, later)
        assert not app.stylesheet.has_source(*START)
        selectors = [rule.selectors for rule in app.stylesheet.rules]
        assert selectors.count("#reviews") == 1
        assert not any("nocolor" in s for s in selectors)  # none can match with colour


async def test_the_rest_is_read_once_the_lists_are_on_screen(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reflect.ui.warm.WARM_AFTER", 0.01)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "s.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.stylesheet.has_source(*WHOLE))
