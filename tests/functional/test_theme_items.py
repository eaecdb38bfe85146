"""A themed session: identical questions asked once, items the facilitator unticks left out
(and still left out when the session is opened again) (#15.15)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w
from textual.widgets import OptionList, SelectionList

from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.themes import ThemeItemsScreen, ThemeScreen
from reflect.ui.widgets.literal import BlocksView
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import shown, wait_for


def two_reviews(folder: Path) -> Path:
    folder.mkdir()
    for child, extra in (("YA", "Who would you tell?"), ("YB", "What did the school know?")):
        data = tomllib.loads(FICTIONAL_REVIEW)
        data.update(id=f"child-{child.lower()}", title=f"Child {child}")
        data["good_practice"][0]["text"] = f"Invented strength of Child {child}'s team."
        data["questions"] = [{"id": "first", "text": "What would you do first?"},
                             {"id": "extra", "text": extra}]
        (folder / f"child-{child.lower()}.toml").write_text(tomli_w.dumps(data))
    return folder


def _walkthrough(app):  # type: ignore[no-untyped-def]
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    return app.screen if isinstance(app.screen, WalkthroughScreen) else None


async def at_the_first_themes_items(pilot) -> None:  # type: ignore[no-untyped-def]
    """From the start screen, once the library is read: t, then Enter on the first theme, until
    its items are listed."""
    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None)
    await pilot.press("t")
    await wait_for(pilot, lambda: isinstance(app.screen, ThemeScreen))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, ThemeItemsScreen))


async def test_untick_items_and_identical_questions_once(tmp_path, sessions_dir):
    content = two_reviews(tmp_path / "content")
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_the_first_themes_items(pilot)
        items = app.screen.query_one("#theme-items", SelectionList)
        prompts = [str(items.get_option_at_index(n).prompt) for n in range(items.option_count)]
        questions = [p for p in prompts if p.startswith("✓ Question")]
        assert questions == ["✓ Question from Child YA; Child YB · What would you do first?",
                             "✓ Question from Child YA · Who would you tell?",
                             "✓ Question from Child YB · What did the school know?"]
        items.highlighted = prompts.index(questions[0])
        detail = app.screen.query_one("#theme-item-detail")
        await wait_for(pilot, lambda: shown(detail) == (
            "Question: What would you do first?  (from Child YA; Child YB)"))
        assert len(items.selected) == items.option_count  # everything ticked to begin with
        # untick every question: refused, with a reason
        for n, p in enumerate(prompts):
            if p.startswith("✓ Question"):
                items.deselect(items.get_option_at_index(n).value)
        await pilot.press("ctrl+s")
        status = app.screen.query_one("#theme-items-status")
        await wait_for(pilot, lambda: "at least one question" in shown(status))
        assert isinstance(app.screen, ThemeItemsScreen)
        items.select_all()
        # untick Child YB's good practice and the school question, with the keyboard
        for target in ("✓ Good practice from Child YB · Invented strength: Invented strength",
                       "✓ Question from Child YB · What did the school know?"):
            items.highlighted = next(n for n, p in enumerate(prompts) if p.startswith(target))
            await pilot.press("space")
        await wait_for(pilot, lambda: len(items.selected) == items.option_count - 2)
        # left out reads without colour
        await wait_for(pilot, lambda: [str(o.prompt) for o in items.options].count(
            "✗ left out Question from Child YB · What did the school know?") == 1)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: _walkthrough(app) is not None)
        screen = app.screen
        assert [q.text for q in screen.review.questions] == [
            "What would you do first?", "Who would you tell?"]
        while screen.steps[screen.index].key != "good-practice":
            await pilot.press("pagedown")
        pane = screen.query_one(f"#pane-{screen.index}")
        practice = "\n".join(v.plain for v in pane.query(BlocksView))
        assert "Child YA's team" in practice and "Child YB's team" not in practice
        await pilot.press("ctrl+q")
    [saved] = list_sessions(sessions_dir).entries
    assert len(saved.session.answers) == 2 and len(saved.session.left_out or []) == 2

    app = make_app(content, sessions_dir)  # opened again: still without what was left out
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        sessions.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: _walkthrough(app) is not None)
        assert len(app.screen.review.questions) == 2
        assert len(app.screen.session.answers) == 2
        assert len(app.screen.review.good_practice) == 1
        await pilot.press("ctrl+q")


async def test_an_unticked_item_shows_an_empty_box_as_its_words_say(tmp_path, sessions_dir):
    """A trial: after Space a row read "▐X▌ ✗ left out Good practice · …", the box still
    ticked while the words said left out (the export dialog's boxes are blank unticked)."""
    content = two_reviews(tmp_path / "content")
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_the_first_themes_items(pilot)
        items = app.screen.query_one("#theme-items", SelectionList)
        await wait_for(pilot, lambda: items.has_focus and items.highlighted == 0)

        def row(y: int) -> str:
            return items.render_line(y).text.strip()

        assert row(0).startswith("▐X▌ ✓ ") and row(1).startswith("▐X▌ ✓ ")
        await pilot.press("space")
        await wait_for(pilot, lambda: "left out" in row(0))
        assert row(0).startswith("▐ ▌ ✗ left out ") and row(1).startswith("▐X▌ ✓ ")
        await pilot.press("space")  # ticked again: included again
        await wait_for(pilot, lambda: "left out" not in row(0))
        assert row(0).startswith("▐X▌ ✓ ")


async def test_the_refusal_goes_once_a_question_is_ticked_again(tmp_path, sessions_dir):
    """"Keep at least one question" stayed on screen after questions were ticked again (a
    trial): ticking one takes it away."""
    content = two_reviews(tmp_path / "content")
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await at_the_first_themes_items(pilot)
        items = app.screen.query_one("#theme-items", SelectionList)
        items.deselect_all()
        await pilot.press("ctrl+s")
        status = app.screen.query_one("#theme-items-status")
        await wait_for(pilot, lambda: "at least one question" in shown(status))
        first = next(n for n in range(items.option_count)
                     if "Question from" in str(items.get_option_at_index(n).prompt))
        items.highlighted = first
        await pilot.press("space")
        await wait_for(pilot, lambda: shown(status) == "")
        assert isinstance(app.screen, ThemeItemsScreen)
