"""The export dialog's *Go and edit* (`e`) goes to the flagged point, action or participant
itself, not just to its step: it went to Question 1 with the focus in the empty point box, and
at 60x20 the flagged point was below the fold, to be found by Tab, the arrows and Enter."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.model.session import Action, Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.item_form import ItemForm
from reflect.ui.widgets.points_panel import PointList
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import open_saved_session, screen_lines, wait_for

FLAGGED = "Ring 07700 900123 about the invented case"
SIZES = [(80, 24), (60, 20)]


def a_session(fictional_dir, sessions_dir, kind: str) -> Session:  # type: ignore[no-untyped-def]
    """A team session, on its summary, with one likely personal detail: in the 9th of ten
    points on question 1, the 6th of seven agreed actions, or the 7th of eight people."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-go-and-edit", team="Invented team",
                            title="Invented huddle")
    session.participants = [Participant(name=f"Sam Sample {n}", role="Social worker",
                                        agency=FLAGGED if kind == "person" and n == 7
                                        else "Invented council")
                            for n in range(1, 9)]
    session.answers[0].points = [Point(text=FLAGGED if kind == "point" and n == 9
                                       else f"Invented point {n} on the case")
                                 for n in range(1, 11)]
    session.actions = [Action(text=FLAGGED if kind == "action" and n == 6
                              else f"Invented action {n}") for n in range(1, 8)]
    session.current_step = "summary"
    save_session(sessions_dir, session)
    return session


async def go_and_edit(pilot) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    screen = await open_saved_session(pilot)
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen)
                   and pilot.app.screen.checked)
    await pilot.press("e")
    await wait_for(pilot, lambda: pilot.app.screen is screen)
    return screen


def in_view(app, widget) -> bool:  # type: ignore[no-untyped-def]
    """Drawn whole inside the step's pane (not scrolled away below the fold)."""
    pane = app.screen.query_one(f"#pane-{app.screen.index}")
    region = widget.region
    return bool(region.height) and pane.region.y <= region.y \
        and region.bottom <= pane.region.bottom


@pytest.mark.parametrize("size", SIZES)
async def test_go_and_edit_opens_the_flagged_point_for_editing(fictional_dir, sessions_dir,
                                                              size):
    a_session(fictional_dir, sessions_dir, "point")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await go_and_edit(pilot)
        points = screen.query_one(f"#pane-{screen.index} {PointList.__name__}", PointList)
        form = screen.query_one(f"#pane-{screen.index} .point-form", ItemForm)
        box = form.first
        await wait_for(pilot, lambda: app.focused is box and box.value == FLAGGED
                       and in_view(app, box))
        assert screen.steps[screen.index].key == "q:zz-first"
        assert form.editing is screen.session.answers[0].points[8]
        assert points.highlighted == 8
        # and its line in the list is on the screen too, once the list has scrolled to it (a
        # full run under load read the screen before: points 2-8 shown)
        try:
            await wait_for(pilot, lambda: any("9. Ring 07700 900123" in line
                                              for line in screen_lines(app)), timeout=5)
        except AssertionError:
            raise AssertionError("\n".join(screen_lines(app))) from None


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("flagged", "kind", "item", "row"), [
    ("action", "actions", "action", 5), ("person", "people", "person", 6)])
async def test_go_and_edit_opens_the_flagged_action_or_person_for_editing(
        fictional_dir, sessions_dir, size, flagged, kind, item, row):
    a_session(fictional_dir, sessions_dir, flagged)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await go_and_edit(pilot)
        pane = screen.query_one(f"#pane-{screen.index}")
        box = pane.query_one(".action-what" if kind == "actions" else ".person-agency", Input)
        table = pane.query_one(f".{kind}-table", RowTable)
        await wait_for(pilot, lambda: app.focused is box and box.value == FLAGGED
                       and in_view(app, box))
        assert screen.steps[screen.index].kind == kind
        items = screen.session.actions if kind == "actions" else screen.session.participants
        assert pane.query_one(f".{item}-form", ItemForm).editing is items[row]
        assert table.cursor_row == row


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("mode", "where", "box"), [
    ("team", "notes", "#notes-{}"), ("team", "summary", "#answer-{}"),
    ("individual", "so_what", "#so_what-{}"), ("team", "title", ".detail-title")])
async def test_go_and_edit_puts_the_cursor_in_the_box_holding_it(fictional_dir, sessions_dir,
                                                                 size, mode, where, box):
    """Notes (under a section's text, below the fold), a team's summary (under its points),
    a reflection's So what? (after What?) and the title: the box holding it has the focus."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-go-and-edit", mode=mode, team="Invented team")
    answer = session.answers[0]
    answer.points = [Point(text=f"Invented point {n}") for n in range(1, 7)]
    if where == "notes":
        session.notes["intro"] = FLAGGED
    elif where == "summary":
        answer.text = FLAGGED
    elif where == "title":
        session.title = FLAGGED
    else:
        answer.what = "Invented words on what happened"
        answer.so_what = FLAGGED
    session.current_step = "summary"
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await go_and_edit(pilot)
        await wait_for(pilot, lambda: app.focused is not None
                       and app.focused in screen.query(box.format(screen.index))
                       and in_view(app, app.focused))


async def test_a_dialog_closed_just_after_it_asked_to_scroll_leaves_the_app_running(
        fictional_dir, sessions_dir):  # type: ignore[no-untyped-def]
    """The export dialog asks to bring its check's result into view once drawn; closed by
    "Go and edit" before that, the asking found its widgets gone (NoMatches) on the screen
    below, and the app closed with a traceback (CI, one run in many)."""
    a_session(fictional_dir, sessions_dir, "point")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_saved_session(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.call_after_refresh(dialog.show_chosen)  # asked, then closed before it is drawn
        dialog.dismiss(dialog._choice(go_to=dialog.findings[0]))
        await wait_for(pilot, lambda: app.screen is screen and screen.focused is not None)
        await pilot.pause()
        assert app.is_running and app._exception is None
        assert FLAGGED in str(screen.focused.value)  # type: ignore[union-attr]
