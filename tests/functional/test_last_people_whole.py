"""Last time's participants in the new-session form are shown whole, each wrapped under its
own words. A fresh-eyes trial at 60x20: the list cut a role to `(family support wor…`, and
at 80x24 an agency to `Moorvale Council …`, with nothing on screen giving them whole. All
names here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import SelectionList

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, in_the_team_box, wait_for

PEOPLE = [Participant(name="Sam Sample", role="family support worker",
                      agency="Moorvale Council Early Help and Family Support Service"),
          Participant(name="Pat Example", role="health visitor"),
          Participant(role="designated safeguarding lead", agency="Moorvale Primary School")]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_last_times_participants_are_shown_whole(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Moorvale team",
        participants=PEOPLE))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form, _ = await in_the_team_box(pilot)
        await enter_text(pilot, "Moorvale team")
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == 3 and chooser.display)
        chooser.focus()
        await wait_for(pilot, lambda: chooser.has_focus and chooser.size.height > 3)

        def drawn() -> list[str]:
            return [chooser.render_line(y).text.rstrip() for y in range(chooser.size.height)]

        lines = drawn()
        assert chooser.max_scroll_y == 0 and not any("…" in line for line in lines), lines
        # Each tick's box on its first line, its words wrapped under them, not the box.
        firsts = [n for n, line in enumerate(lines) if line.startswith("▐ ▌ ")]
        assert len(firsts) == 3 and len(lines) > 3, lines
        assert all(line.startswith("    ") and line.strip() for n, line in enumerate(lines)
                   if n not in firsts), lines
        said = [" ".join(" ".join(lines[a:b]).replace("▐ ▌", "").split())
                for a, b in zip(firsts, [*firsts[1:], len(lines)], strict=True)]
        assert said == [f"✗ not yet here · {p.describe()}" for p in PEOPLE], said
        # Ticked, the box shows it on the first line of the words, where it is clicked.
        await pilot.press("down", "space")
        await wait_for(pilot, lambda: chooser.selected == [1])
        await wait_for(pilot, lambda: any(line.startswith("▐X▌ ✓ here · Pat Example")
                                          for line in drawn()))
        assert sum(line.startswith("▐X▌") for line in drawn()) == 1
