"""A PgDn's work does not grow with the panes built, nor repeat what has not changed.

The screen's lines that follow the room (the step list's title, the count of points waiting
in the presentation view) were looked up with queries of the whole screen on every PgDn: the
screen holds every pane built so far, so each PgDn walked more widgets than the one before
(`follow_room` 1.2 ms at the first, 2.1 ms by the fifth in the stop-66 profile)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.dom import DOMNode
from textual.screen import Screen

from reflect.ui.app import make_app
from tests.functional.helpers import go_forward_to, start_new, wait_for


async def test_a_pgdn_walks_none_of_the_screen_by_query(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_new(pilot, people="Pat Example, chair, Team Blue")
        await go_forward_to(pilot, screen, "question")
        await pilot.pause()
        walked: list[str] = []
        query = DOMNode.query

        def recorded(self: DOMNode, selector: Any = None) -> Any:
            if isinstance(self, Screen):
                walked.append(str(selector))
            return query(self, selector)

        monkeypatch.setattr(DOMNode, "query", recorded)
        before = screen.index
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.index == before + 1
                       and app.focused is not None and app.focused.screen is screen)
        await pilot.pause()
        monkeypatch.undo()
        assert walked == []
        assert str(screen.query_one("#steps-title").render()).startswith("Steps")


async def test_a_question_shown_again_keeps_its_said_by_list_unless_the_people_changed(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each time a question was shown its "Said by…" list was filled anew, the people the
    same (some 0.4 ms of every PgDn): now only when they changed, the choice made kept."""
    from textual.widgets import Select

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_new(pilot, people="Pat Example, chair, Team Blue")
        await go_forward_to(pilot, screen, "question")
        question = screen.index
        said_by = screen.panes[question].query_one(".point-by", Select)
        await wait_for(pilot, lambda: len(said_by._options) > 1)
        pat = screen.session.participants[0]
        said_by.value = pat.id
        filled: list[object] = []
        set_options = Select.set_options

        def recorded(self: Select[Any], options: Any) -> None:
            filled.append(self)
            set_options(self, options)

        monkeypatch.setattr(Select, "set_options", recorded)

        async def there_and_back() -> None:
            await pilot.press("pagedown")
            await wait_for(pilot, lambda: screen.index == question + 1)
            await pilot.press("pageup")
            await wait_for(pilot, lambda: screen.index == question
                           and app.focused is not None and app.focused.screen is screen)
            await pilot.pause()

        await there_and_back()
        assert said_by not in filled
        assert said_by.value == pat.id
        screen.edits.add_participant("Sam Sample", "visitor", "Team Green")
        await there_and_back()
        assert said_by in filled
        assert said_by.value == pat.id
        assert any("Sam Sample" in str(label) for label, _ in said_by._options)
