"""One practitioner's What to do now speaks of what *I* will do, not a team's agreed actions
with owners (#15.14)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import Input

from reflect.model.review import Review
from reflect.model.session import Action, Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import shown, wait_for


async def test_individual_what_to_do_now_says_what_i_will_do(tmp_path: Path) -> None:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        session = Session.start(review, "s-one", mode="individual")
        session.add_action(Action(text="Read the invented procedure", owner="Invented lead"))
        session.current_step = "actions"
        screen = WalkthroughScreen(session, review)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
        pane = screen.query_one(f"#pane-{screen.index}")
        labels = " | ".join(shown(w) for w in pane.query(Literal))
        titles = [str(box.border_title) for box in pane.query(Input)]
        table = pane.query_one(RowTable)
        columns = [str(c.label) for c in table.columns.values()]
        assert "Agreed actions" not in labels and "What I will do" in labels
        assert "Owner" not in titles and "Who else (optional)" in titles
        assert "What I will do" in titles
        assert "Owner" not in columns and "With" in columns


async def test_the_action_boxes_titles_are_whole_at_80x24(tmp_path: Path) -> None:
    """At 80x24 the boxes said "Who else is involv…" and "Due (e.g. next Frid…" (a trial):
    now "Who else (optional)" and "Due (e.g. Friday)", whole."""
    from tests.functional.helpers import screen_lines

    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    for mode, who in (("individual", "Who else (optional)"), ("team", "Owner")):
        app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
        async with app.run_test(size=(80, 24)) as pilot:
            session = Session.start(review, f"s-{mode}", mode=mode)
            session.current_step = "actions"
            screen = WalkthroughScreen(session, review)
            app.push_screen(screen)
            await wait_for(pilot, lambda s=screen: app.screen is s and app.focused is not None)
            screen.query_one(".action-owner").scroll_visible(animate=False)
            await pilot.pause()
            rows = "\n".join(screen_lines(app))
            assert f" {who} " in rows and " Due (e.g. Friday) " in rows, rows


async def on_actions_step(pilot, review, session_id, mode):  # type: ignore[no-untyped-def]
    """A session of `mode` holding one action, opened on its actions step."""
    app = pilot.app
    session = Session.start(review, session_id, mode=mode)
    session.add_action(Action(text="Read the invented procedure"))
    session.current_step = "actions"
    screen = WalkthroughScreen(session, review)
    app.push_screen(screen)
    await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
    return screen


async def test_the_button_and_the_hint_use_ones_own_words(tmp_path: Path) -> None:
    """On one's own the form said What I will do, but its button still said Add action, the
    hint "Enter or Ctrl+T adds the action" and Delete asked to remove an "agreed action"."""
    from textual.widgets import Button

    from reflect.ui.screens.confirm import ConfirmScreen

    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    for mode, button, hint, remove in (
            ("individual", "Add", "Enter in a text box or Ctrl+T adds it to What I will do.",
             "Remove this from What I will do?"),
            ("team", "Add action", "Enter in a text box or Ctrl+T adds the action.",
             "Remove this agreed action?")):
        app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await on_actions_step(pilot, review, f"s-{mode}", mode)
            pane = screen.query_one(f"#pane-{screen.index}")
            assert str(pane.query_one(".action-save", Button).label) == button
            labels = " | ".join(shown(w) for w in pane.query(Literal))
            assert hint in labels
            assert ("adds the action" in labels) == (mode == "team")
            pane.query_one(RowTable).focus()
            await pilot.press("delete")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            question = " ".join(shown(w) for w in app.screen.query(Literal))
            assert remove in question, question


async def test_while_an_action_is_edited_the_hint_says_enter_saves_it(tmp_path: Path) -> None:
    """Editing an action, the hint under the form still said "Enter in a text box or Ctrl+T
    adds the action", above a button saying Save changes (a fresh-eyes trial)."""
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    for mode, adds in (("team", "Enter in a text box or Ctrl+T adds the action."),
                       ("individual", "Enter in a text box or Ctrl+T adds it to What I will "
                                      "do.")):
        app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await on_actions_step(pilot, review, f"s-hint-{mode}", mode)
            hint = screen.query_one(".action-hint", Literal)
            assert shown(hint).startswith(adds)
            table = screen.query_one(".actions-table", RowTable)
            table.focus()
            await pilot.press("enter")  # edits the action in the form
            saves = "Enter in a text box or Ctrl+T saves the changes; Esc undoes them."
            await wait_for(pilot, lambda h=hint: shown(h).startswith(saves))
            assert "adds" not in shown(hint)
            await pilot.press("escape")  # the edit undone: the form adds again
            await wait_for(pilot, lambda h=hint: shown(h).startswith(adds))
