"""Pasting several lines into a one-line box (a point, an action, a name) keeps them all."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import press_in_order, wait_for


def _opened_on_a_question(fictional_dir: Path, sessions_dir: Path, tmp_path: Path, sid: str,
                          step: str = "q:zz-first") -> tuple[ReflectApp, Session]:
    """The app as `reflect open` starts it, on a saved session's first question (or `step`)."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, sid, title="Invented paste test", current_step=step)
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    app.first_session = (session, review, None)
    return app, session


async def test_a_pasted_block_of_lines_becomes_one_whole_point(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    app, session = _opened_on_a_question(fictional_dir, sessions_dir, tmp_path,
                                         "20260101-child-zz-0000c0de")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and isinstance(app.focused, Input))
        box = app.focused
        assert isinstance(box, Input)
        box.post_message(events.Paste("Invented first line\n  Invented second line\r\n\n"
                                      "\tInvented  third line\n"))
        await wait_for(pilot, lambda: bool(box.value))
        assert box.value == "Invented first line Invented second line Invented third line"
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: bool(session.answer("zz-first").points))
        assert [p.text for p in session.answer("zz-first").points] == [
            "Invented first line Invented second line Invented third line"]
        box.post_message(events.Paste("one line as Textual pastes it"))
        await wait_for(pilot, lambda: box.value == "one line as Textual pastes it")


async def test_a_paste_straight_after_typing_lands_after_what_was_typed(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Typed fast and pasted at once, the paste went to the box while the letters before it
    still waited their turn, and landed among them ("SLine one…hort one"): fresh-eyes trial."""
    from tests.functional.helpers import burst

    app, _ = _opened_on_a_question(fictional_dir, sessions_dir, tmp_path,
                                   "20260101-child-zz-0000c0df")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and isinstance(app.focused, Input))
        box = app.focused
        assert isinstance(box, Input)
        burst(pilot, "Invented short one ")
        paste = events.Paste("pasted line one\npasted line two")
        paste.set_sender(app)
        assert app._driver is not None
        app._driver.send_message(paste)
        burst(pilot, " typed after")
        await wait_for(pilot, lambda: box.value.endswith("after"))
        assert box.value == "Invented short one pasted line one pasted line two typed after"


async def test_a_tab_pasted_into_a_persons_agency_is_kept_as_a_space(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A spreadsheet cell pasted into Agency on Who is here kept its tab: the Markdown notes
    printed it raw and the text export expanded it (a new user's trial)."""
    app, session = _opened_on_a_question(fictional_dir, sessions_dir, tmp_path,
                                         "20260101-child-zz-0000c0e0", "people")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        name = app.screen.query_one(".person-name", Input)
        agency = app.screen.query_one(".person-agency", Input)
        app.screen.set_focus(name)
        await wait_for(pilot, lambda: app.focused is name)
        name.post_message(events.Paste("Pat\tExample"))
        await wait_for(pilot, lambda: bool(name.value))
        app.screen.set_focus(agency)
        await wait_for(pilot, lambda: app.focused is agency)
        agency.post_message(events.Paste("Fictional\tYOT team!"))
        await wait_for(pilot, lambda: bool(agency.value))
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: bool(session.participants))
        [person] = session.participants
        assert (person.name, person.agency) == ("Pat Example", "Fictional YOT team!")


async def test_a_tab_pasted_into_agency_shows_as_one_space_before_the_person_is_added(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """The box showed the tab itself (a gap of up to eight columns) and the draft kept it,
    until the person was added, when it became the space kept (a new user's trial)."""
    app, session = _opened_on_a_question(fictional_dir, sessions_dir, tmp_path,
                                         "20260101-child-zz-0000c0e0", "people")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        agency = app.screen.query_one(".person-agency", Input)
        app.screen.set_focus(agency)
        await wait_for(pilot, lambda: app.focused is agency)
        agency.value = "Invented "
        agency.cursor_position = len(agency.value)
        agency.post_message(events.Paste("YOT\t \tteam\n"))
        await wait_for(pilot, lambda: "team" in agency.value)
        assert agency.value == "Invented YOT team"
        assert agency.cursor_position == len(agency.value)
        assert session.drafts["person:agency"] == "Invented YOT team"


async def test_a_tab_pasted_into_an_answer_box_is_a_space_there_and_in_the_notes(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A tab pasted into a summary (a box of several lines) reached the notes raw: Markdown
    and Word printed it, and the PDF none, joining the words ("🎉Tabbed": a fresh-eyes
    trial). As in a one-line box, it is a space as it is pasted; the lines stay lines, each
    line end pasted one (line_ends.py)."""
    from textual.widgets import TextArea

    from reflect.store.exports import render_bytes

    app, session = _opened_on_a_question(fictional_dir, sessions_dir, tmp_path,
                                         "20260101-child-zz-0000c0e1")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        area = app.screen.query_one(f"#answer-{app.screen.index}", TextArea)
        area.focus()
        await wait_for(pilot, lambda: app.focused is area)
        paste = events.Paste("🎉\tTabbed by Invented Team\nPat\t \tExample\tnurse")
        paste.set_sender(app)  # from the terminal, as the driver hands it on
        assert app._driver is not None
        app._driver.send_message(paste)
        await wait_for(pilot, lambda: "nurse" in session.answer("zz-first").text)
        assert area.text == "🎉 Tabbed by Invented Team\nPat Example nurse"
        assert session.answer("zz-first").text == area.text
        notes = render_bytes(session, "md").decode()
        assert "🎉 Tabbed by Invented Team" in notes and "\t" not in notes
        # Windows line ends through xterm or tmux (CR CR each) are one line end each, the
        # blank line pasted one blank line: each was two (a new user's trial)
        area.move_cursor(area.document.end)
        paste = events.Paste("\r\rInvented line\r\r\r\rafter a blank one")
        paste.set_sender(app)
        app._driver.send_message(paste)
        await wait_for(pilot, lambda: "blank one" in session.answer("zz-first").text)
        assert area.text == ("🎉 Tabbed by Invented Team\nPat Example nurse\nInvented line\n\n"
                             "after a blank one")
