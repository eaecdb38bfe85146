"""Shift+→ on a question's points moves the point highlighted to another question: a
facilitator's point typed under Question 1 belonged to Question 3, and the only way was
Delete, PgDn and typing it again, naming who said it again (a trial). A small dialog offers
the session's other questions; the point goes to the end of the one chosen, the same point,
saved, said; Esc changes nothing; Ctrl+Z puts it back. All people and text invented."""

from __future__ import annotations

import tomllib
from pathlib import Path

from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.store.sessions import load_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.point_move import PointMoveScreen, QuestionPicker
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.points_panel import PointList
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import press_in_order, said, screen_lines, wait_for

SESSION_ID = "s-moved"


async def open_with_points(pilot, size_note: str = "") -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    """A team meeting on Question 1, its three points there (the second Sam Example's, typed
    with an "@…"), one on Question 2, none on Question 3; the points list given the focus,
    point 2 highlighted."""
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    session = Session.start(review, SESSION_ID, team="Team Blue")
    sam = session.add_participant(Participant(name="Sam Example", role="Nursery nurse"))
    session.answer("zz-first").points = [  # type: ignore[union-attr]
        Point(text="Invented point one"),
        Point(text="Invented point for question three", by=sam.id,
              typed_as="Invented point for question three @Sam"),
        Point(text="Invented point three")]
    session.answer("zz-second").points = [Point(text="Invented point on two")]  # type: ignore[union-attr]
    session.current_step = "q:zz-first"
    screen = WalkthroughScreen(session, review)
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    listed = screen.query_one(PointList)
    listed.focus()
    listed.highlighted = 1
    await wait_for(pilot, lambda: pilot.app.focused is listed and listed.highlighted == 1)
    return screen


def on_disk(tmp_path: Path) -> Session | None:
    path = session_path(tmp_path / "sessions", SESSION_ID)
    return load_session(path) if path.exists() else None


def texts_on_disk(tmp_path: Path, question_id: str) -> list[str]:
    saved = on_disk(tmp_path)
    answer = saved.answer(question_id) if saved is not None else None
    return [p.text for p in answer.points] if answer is not None else []


async def test_shift_right_moves_the_point_to_the_question_chosen_saved_and_said(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_with_points(pilot)
        footer = screen.query_one(ReflectFooter)
        assert any(k.description == "Move to…" for k in footer.keys)  # the list's key
        point = screen.session.answer("zz-first").points[1]  # type: ignore[union-attr]
        await pilot.press("shift+right")
        await wait_for(pilot, lambda: isinstance(app.screen, PointMoveScreen))
        picker = app.screen.query_one(QuestionPicker)
        await wait_for(pilot, lambda: app.focused is picker)
        lines = screen_lines(app)
        text = "\n".join(lines)
        assert "Move point 2 of Question 1 to…" in text
        assert "Invented point for question three" in text
        assert "Question 2: Who would you tell?" in text
        assert "Question 3: What will you change?" in text
        assert "Question 1:" not in text  # only the other questions
        assert any("Esc: no change" in line for line in lines)  # the whole dialog at 80x24

        await pilot.press("down", "enter")  # Question 3
        await wait_for(pilot, lambda: app.screen is screen)
        third = screen.session.answer("zz-third").points  # type: ignore[union-attr]
        assert third == [point] and third[0] is point  # the same point: who, as typed
        assert [p.text for p in screen.session.answer("zz-first").points] == [  # type: ignore[union-attr]
            "Invented point one", "Invented point three"]
        listed = screen.query_one(PointList)
        await wait_for(pilot, lambda: app.focused is listed and listed.highlighted == 1)
        assert screen.steps[screen.index].key == "q:zz-first"  # still on its question
        assert ("Moved to Question 3: Invented point for question three. Ctrl+Z puts it back."
                in said(app))
        await wait_for(pilot, lambda: texts_on_disk(tmp_path, "zz-third")
                       == ["Invented point for question three"])
        saved = on_disk(tmp_path)
        assert saved is not None
        kept = saved.answer("zz-third").points[0]  # type: ignore[union-attr]
        assert (kept.by, kept.typed_as) == (point.by, "Invented point for question three @Sam")
        assert texts_on_disk(tmp_path, "zz-first") == ["Invented point one",
                                                       "Invented point three"]

        await pilot.press("pagedown", "pagedown")  # Question 3 shows it, last
        await wait_for(pilot, lambda: screen.steps[screen.index].key == "q:zz-third")
        shown = screen.panes[screen.index].query_one(PointList)
        await wait_for(pilot, lambda: shown.option_count == 1)

        await pilot.press("ctrl+z")  # back on Question 1, at its place
        await wait_for(pilot, lambda: screen.steps[screen.index].key == "q:zz-first")
        assert [p.text for p in screen.session.answer("zz-first").points] == [  # type: ignore[union-attr]
            "Invented point one", "Invented point for question three", "Invented point three"]
        assert screen.session.answer("zz-third").points == []  # type: ignore[union-attr]
        await wait_for(pilot, lambda: app.focused is listed and listed.highlighted == 1)
        assert ("Back on Question 1 as point 2: Invented point for question three"
                in said(app))
        assert not any(m.startswith("Moved to Question 3") for m in said(app))  # done with
        await wait_for(pilot, lambda: texts_on_disk(tmp_path, "zz-third") == [])


async def test_esc_changes_nothing_and_the_last_point_leaves_the_one_before(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        screen = await open_with_points(pilot)
        listed = screen.query_one(PointList)
        footer = screen.query_one(ReflectFooter)  # the key shown at 60 columns too
        await wait_for(pilot, lambda: any(k.description == "Move to…" for k in footer.keys))
        before = list(screen.session.answer("zz-first").points)  # type: ignore[union-attr]
        await pilot.press("shift+right")
        await wait_for(pilot, lambda: isinstance(app.screen, PointMoveScreen))
        text = "\n".join(screen_lines(app))
        assert "Question 3: What will you change?" in text  # one line each at 60x20
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.answer("zz-first").points == before  # type: ignore[union-attr]
        await wait_for(pilot, lambda: app.focused is listed and listed.highlighted == 1)
        assert not screen.edits.can_put_back

        listed.highlighted = 2  # the last point, to Question 2 by its number
        await pilot.press("shift+right")
        await wait_for(pilot, lambda: isinstance(app.screen, PointMoveScreen))
        await pilot.press("2")  # chooses Question 2, as the line under the list says,
        picker = app.screen.query_one("#point-move-questions")  # and Enter moves it there
        await wait_for(pilot, lambda: picker.highlighted is not None and str(
            picker.get_option_at_index(picker.highlighted).prompt).startswith("Question 2"))
        assert isinstance(app.screen, PointMoveScreen)
        await pilot.press("enter")  # (it went on to the points, opening one for editing)
        await wait_for(pilot, lambda: app.screen is screen)
        assert [p.text for p in screen.session.answer("zz-second").points] == [  # type: ignore[union-attr]
            "Invented point on two", "Invented point three"]
        await wait_for(pilot, lambda: app.focused is listed and listed.highlighted == 1)
        await wait_for(pilot, lambda: texts_on_disk(tmp_path, "zz-second")
                       == ["Invented point on two", "Invented point three"])


def footer_line(app: object) -> str:
    """The footer as drawn: the keys that fit, not all it holds."""
    return screen_lines(app)[-1]


async def test_after_a_move_the_footer_keeps_move_to_beside_put_back(tmp_path: Path) -> None:
    """At 80 columns `^z Put back`, given room first once a point was moved, took the place
    of `⇧→ Move to…` until Ctrl+Z was pressed: a second point typed under the wrong question
    had no key on screen to move it (a trial). Both are kept now."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_with_points(pilot)
        await wait_for(pilot, lambda: "Move to…" in footer_line(app))
        await pilot.press("shift+right")
        await wait_for(pilot, lambda: isinstance(app.screen, PointMoveScreen))
        await pilot.press("down", "enter")  # Question 3
        await wait_for(pilot, lambda: app.screen is screen)
        listed = screen.query_one(PointList)
        await wait_for(pilot, lambda: app.focused is listed and "Put back" in footer_line(app))
        assert "Move to…" in footer_line(app), footer_line(app)
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: "Put back" not in footer_line(app))
        await pilot.press("ctrl+z")  # nothing left: said for moves as for removals
        await wait_for(pilot, lambda: any(m.startswith("Nothing removed or moved to put back")
                                          for m in said(app)))


async def test_f12_and_the_palette_move_the_point_where_shift_right_never_arrives(
        tmp_path: Path) -> None:
    """PuTTY sends → alike with Shift or Ctrl or neither, and VS Code's terminal takes Ctrl+P:
    F12 opens the palette, whose *Move a point to another question* does Shift+→'s work on
    the point highlighted (docs/keys.md, Keys your terminal may take first)."""
    from textual.command import CommandPalette

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_with_points(pilot)
        points = screen.session.answer("zz-first").points  # type: ignore[union-attr]
        await press_in_order(app, ["f12"])
        await wait_for(pilot, lambda: CommandPalette.is_open(app))
        await press_in_order(app, list("the point up"))  # Shift+↑'s
        await wait_for(pilot, lambda: "Move the point up" in "\n".join(screen_lines(app)))
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: points[0].text == "Invented point for question three")
        await press_in_order(app, ["f12"])
        await wait_for(pilot, lambda: CommandPalette.is_open(app))
        await press_in_order(app, list("move a point"))
        await wait_for(pilot, lambda: "Move a point to another question" in
                       "\n".join(screen_lines(app)))
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: isinstance(app.screen, PointMoveScreen))
        text = "\n".join(screen_lines(app))
        assert "Move point 1 of Question 1 to…" in text
        assert "Invented point for question three" in text
