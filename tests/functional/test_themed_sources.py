"""A themed session names, on screen, the review each item comes from, in the words the notes
use ("from Child YA"): the rows of what the session covers, the recommendations an action can
answer (and the one an agreed action answers), and the lines of What to do now; at 100x30,
80x24 and 60x20 (a facilitator on a shared screen could not tell which child's review a
recommendation was). All data here is invented."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w
from textual.widgets import Select, SelectionList

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.literal import BlocksView
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, open_drop_down, wait_for
from tests.functional.test_theme_items import at_the_first_themes_items

SIZES = [(100, 30), (80, 24), (60, 20)]
SHARED = "Invented advice both reviews give: talk it over at the next team meeting."
RECOMMENDATIONS = {
    "YA": "Invented Shire agencies should hold every invented strategy meeting within five "
          "working days.",
    "YB": "Children's centres in the invented town should share their invented records every "
          "week with the invented health visiting team, and say so at each invented meeting.",
}


def two_reviews(folder: Path) -> Path:
    """Child YA and Child YB, on one theme, each with a long recommendation (cut in a list)
    and What to do now: one line of their own, one they share."""
    folder.mkdir()
    for child in ("YA", "YB"):
        data = tomllib.loads(FICTIONAL_REVIEW)
        data.update(id=f"child-{child.lower()}", title=f"Child {child}",
                    what_to_do_now=[f"Invented advice of Child {child} alone.", SHARED])
        data["recommendations"] = [{"text": RECOMMENDATIONS[child]}]
        data["questions"] = [{"id": "first", "text": f"Invented question of Child {child}?"}]
        (folder / f"child-{child.lower()}.toml").write_text(tomli_w.dumps(data))
    return folder


async def at_what_to_do_now(pilot, content: Path) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    review = load_library(content).get("theme-information-sharing")
    assert review is not None
    session = Session.start(review, "s-themed", team="Invented Team")
    session.current_step = "actions"
    screen = WalkthroughScreen(session, review)
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return screen


@pytest.mark.parametrize("size", SIZES)
async def test_each_row_of_what_the_session_covers_names_its_review(
        tmp_path: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(two_reviews(tmp_path / "content"), sessions_dir)
    async with app.run_test(size=size) as pilot:
        await at_the_first_themes_items(pilot)
        items = app.screen.query_one("#theme-items", SelectionList)
        await wait_for(pilot, lambda: items.size.height > 0)
        rows = [items.render_line(y).text for y in range(items.size.height)]
        rows = [row for row in rows if "▐X▌" in row]
        assert len(rows) >= 3, rows
        for row in rows:  # whole, however narrow: "✓ Good practice from Child YA · …"
            assert "from Child YA" in row or "from Child YB" in row, row
        assert any("Question from Child YA ·" in str(o.prompt) for o in items.options)


@pytest.mark.parametrize("size", SIZES)
async def test_what_to_do_now_names_the_review_of_each_line(
        tmp_path: Path, size: tuple[int, int]) -> None:
    content = two_reviews(tmp_path / "content")
    app = make_app(content, tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await at_what_to_do_now(pilot, content)
        advice = screen.query_one(f"#pane-{screen.index}").query(BlocksView).first()
        await wait_for(pilot, lambda: advice.size.height > 0)
        lines = [" ".join(advice.render_line(y).text.split())
                 for y in range(advice.size.height)]
        text = "\n".join(lines)
        assert "• Invented advice of Child YA" in text
        # each line, then the review it comes from; the line both give, once, naming both
        assert [line for line in lines if line.startswith("from ")] == [
            "from Child YA", "from Child YA; Child YB", "from Child YB"], text
        assert text.count("talk it over") == 1


@pytest.mark.parametrize("size", SIZES)
async def test_the_recommendations_an_action_can_answer_name_their_review(
        tmp_path: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    # "c" and "h" are one search however long a loaded machine takes between them (a whole
    # run took over the second that type-ahead allows a person, and "h" searched anew)
    monkeypatch.setattr("reflect.ui.widgets.type_ahead.TYPE_AHEAD_SECONDS", 60.0)
    content = two_reviews(tmp_path / "content")
    app = make_app(content, tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await at_what_to_do_now(pilot, content)
        select = screen.query_one(".action-recommendation", Select)
        await open_drop_down(pilot, select, lines=3)
        await pilot.pause()
        drawn = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any("Child YA · Invented Shire" in line for line in drawn), "\n".join(drawn)
        assert any("Child YB · Children" in line for line in drawn), "\n".join(drawn)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not select.expanded)
        # chosen, the action stores (and the notes print) the review's words, as before
        select.focus()
        # letters typed find a word of the recommendation first, not the review's name that
        # leads its line ("ch": Children's centres, not Child YA)
        await pilot.press("c", "h")
        assert select.value == RECOMMENDATIONS["YB"] + " (Child YB)"


@pytest.mark.parametrize("size", SIZES)
async def test_what_an_agreed_action_answers_names_its_review(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """The line under the table cut long words at 120 characters, and with them the
    "(Child YB)" at their end."""
    content = two_reviews(tmp_path / "content")
    app = make_app(content, tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await at_what_to_do_now(pilot, content)
        words = RECOMMENDATIONS["YB"] + " (Child YB)"
        assert len(words) > 120
        await enter_text(pilot, "Invented action")
        screen.query_one(".action-recommendation", Select).value = words
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        assert screen.session.actions[0].recommendation == words  # stored as before
        detail = screen.query_one(".action-detail")
        await wait_for(pilot, lambda: "answers: Child YB · Children's centres" in " ".join(
            detail.render_line(y).text.strip() for y in range(detail.size.height)))
