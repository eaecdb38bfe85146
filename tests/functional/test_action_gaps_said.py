"""An action added (or saved) with something missing or wrong is said in a message in view at
80x24, and kept all the same: an action due `31/02/2026` showed only `? 31/02/2026` in the
table, the reason on the Selected line below the screen's foot, and one with no owner and no
due date was added with nothing said (a fresh-eyes trial)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, fill_boxes, wait_for


def in_view(app: object, words: str) -> bool:
    """Whether a message saying `words` (its lines joined) is drawn whole on the screen."""
    screen = app.screen  # type: ignore[attr-defined]
    for toast in screen.query(Toast):
        text = " ".join(toast.render().plain.split())
        holder = toast.parent
        if words in text and toast.region and toast.region in screen.region and \
                (holder is None or holder.display):
            return True
    return False


def said(app: object) -> list[str]:
    return [" ".join(n.message.split()) for n in app._notifications]  # type: ignore[attr-defined]


async def on_actions(pilot, mode: str = "team") -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    session = Session.start(review, "s-gaps", team="Invented Team", mode=mode)
    session.current_step = "actions"
    screen = WalkthroughScreen(session, review)
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    await wait_for(pilot, lambda: pilot.app.focused is screen.query_one(".action-what"))
    return screen


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_due_date_that_is_no_date_is_said_in_view(tmp_path: Path,
                                                          size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await on_actions(pilot)
        await fill_boxes(pilot, "Share the invented briefing", "Pat Example", "31/02/2026")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)  # kept all the same
        why = "Its due date is not a date: 31/02/2026 has no 31 Feb."
        await wait_for(pilot, lambda: in_view(app, why), timeout=5)
        assert any(m.startswith("Added. " + why) for m in said(app)), said(app)


async def test_an_action_with_no_owner_nor_due_date_is_said_and_kept(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await on_actions(pilot)
        await enter_text(pilot, "Share the invented leaflet")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        await wait_for(pilot, lambda: in_view(app, "Added without an owner or a due date."),
                       timeout=5)
        assert app.focused is screen.query_one(".action-what")  # the next goes straight in


async def test_an_edited_action_saved_without_a_date_is_said(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await on_actions(pilot)
        await fill_boxes(pilot, "Ring the invented school", "Sam Sample", "Friday")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        assert said(app) == []  # nothing lacking: nothing said
        table = screen.query_one(".actions-table", RowTable)
        table.focus()
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("enter")  # edit it
        due = screen.query_one(".action-due")
        due.focus()
        await wait_for(pilot, lambda: app.focused is due)
        await pilot.press(*["backspace"] * 6, "enter")
        await wait_for(pilot, lambda: in_view(app, "Saved without a due date."), timeout=5)


async def test_one_practitioners_action_needs_no_one_else(tmp_path: Path) -> None:
    """"Who else (optional)": nothing is said of an individual's action without it, nor
    without a due date."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await on_actions(pilot, mode="individual")
        await enter_text(pilot, "Read the invented policy")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        await fill_boxes(pilot, "Ring the invented nurse", "", "31/02/2026")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 2)
        await wait_for(pilot, lambda: in_view(app, "has no 31 Feb"), timeout=5)
        assert not any("without" in m for m in said(app)), said(app)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_messages_leave_the_actions_table_readable(tmp_path: Path,
                                                             size: tuple[int, int]) -> None:
    """At 80x24 "Added. Its due date is not a date…" and "Type what will be done first."
    covered the What and Due of the rows above the one just added, while the empty boxes
    under the one typed in were free (a fresh-eyes trial): no row of the table is covered."""
    from tests.functional.test_toast_place import placed

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await on_actions(pilot)
        table = screen.query_one(".actions-table", RowTable)
        for what, owner in (("Invented action one", "Sam Sample"),
                            ("Invented action two", "Pat Example")):
            await fill_boxes(pilot, what, owner, "Friday")
            await pilot.press("enter")
            await wait_for(pilot, lambda n=what: screen.session.actions[-1].text == n)
        await fill_boxes(pilot, "Invented action three", "Jo Example", "sometime soonish")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 3)
        [toast] = await placed(pilot, app)
        shown_rows = table.region.intersection(screen.panes[screen.index].region)
        assert shown_rows.height > 3 and not toast.overlaps(shown_rows), (toast, shown_rows)
        app.clear_notifications()
        await pilot.press("enter")  # nothing typed: "Type what will be done first."
        [toast] = await placed(pilot, app)
        assert "Type what will be done first." in said(app)
        assert not toast.overlaps(table.region.intersection(
            screen.panes[screen.index].region)), (toast, table.region)
