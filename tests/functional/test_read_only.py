"""A session open elsewhere, or written by a newer reflect, opens read-only and is never written."""

from __future__ import annotations

import math
from contextlib import contextmanager

from textual.widgets import TextArea

from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import Point, Session
from reflect.store.library import load_library
from reflect.store.locks import SessionLock
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import open_saved_session, said, type_text, wait_for


def saved_session(content_dir, sessions_dir, mode="team"):
    review = load_library(content_dir).get("child-ac")
    s = Session.start(review, new_session_id(review.id), title="Shared", current_step="q:" +
                      review.questions[0].id, mode=mode)
    s.set_answer(review.questions[0].id, review.questions[0].text, "original answer")
    return save_session(sessions_dir, s)


@contextmanager
def open_elsewhere(path):
    """The session held open by another reflect (its lock taken) meanwhile."""
    other = SessionLock(path)
    assert other.acquire()
    try:
        yield
    finally:
        other.release()


async def test_session_open_elsewhere_is_read_only(content_dir, sessions_dir):
    path = saved_session(content_dir, sessions_dir)
    before = path.read_bytes()
    with open_elsewhere(path):
        app = make_app(content_dir, sessions_dir)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_saved_session(pilot)
            banner = str(screen.query_one("#read-only").render())
            assert "READ-ONLY" in banner and "open in another copy of reflect" in banner
            area = app.focused
            assert isinstance(area, TextArea) and area.read_only
            await type_text(pilot, "should not be saved")
            await pilot.press("ctrl+s")
            await pilot.press("ctrl+q")
        assert path.read_bytes() == before


async def test_lock_is_released_when_leaving_the_session(content_dir, sessions_dir):
    path = saved_session(content_dir, sessions_dir)
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_saved_session(pilot)
        assert not SessionLock(path).acquire()  # this app holds it
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, WalkthroughScreen))
        probe = SessionLock(path)
        assert probe.acquire()
        probe.release()


async def test_newer_schema_session_is_read_only(content_dir, sessions_dir):
    path = saved_session(content_dir, sessions_dir)
    path.write_text(path.read_text().replace(f"schema_version = {SCHEMA_VERSION}",
                                             f"schema_version = {SCHEMA_VERSION + 1}"))
    before = path.read_bytes()
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_saved_session(pilot)
        assert "newer reflect" in str(screen.query_one("#read-only").render())
        assert app.focused.text == "original answer"
        await type_text(pilot, "x")
        await pilot.press("ctrl+q")
    assert path.read_bytes() == before


async def test_a_read_only_reflection_still_says_which_box_is_which(content_dir, sessions_dir):
    """Every box was labelled "The answer so far (read-only: …)", What? and So what? alike (a
    trial): each keeps its own label, and says it is read-only."""
    from reflect.ui.panes.question import AnswerLabel

    with open_elsewhere(saved_session(content_dir, sessions_dir, mode="individual")):
        app = make_app(content_dir, sessions_dir)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_saved_session(pilot)
            pane = screen.panes[screen.index]
            await wait_for(pilot, lambda: pane.read_only)
            labels = [str(label.render()) for label in pane.query(AnswerLabel)]
            assert [label.split()[0] for label in labels] == ["What?", "So", "Now", "Other"]
            assert all(label.endswith("(read-only: changes here are not saved)")
                       for label in labels)


async def test_a_read_only_team_session_with_nobody_listed_opens_with_the_focus(
        content_dir, sessions_dir):
    """Read-only, Who is here's box for a first name is disabled and takes no focus: opened
    there with nobody listed yet, nothing had the focus, and letters and arrows did nothing
    (a trial at 80x24; the step list had been given it first, before the session screen gave
    the focus itself). The table, empty, has it, and a letter typed says it is not kept."""
    review = load_library(content_dir).get("child-ac")
    session = Session.start(review, new_session_id(review.id), title="Nobody listed",
                            current_step="people", mode="team")
    with open_elsewhere(save_session(sessions_dir, session)):
        app = make_app(content_dir, sessions_dir)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            screen = await open_saved_session(pilot)
            await wait_for(pilot, lambda: screen.enter_from < math.inf)  # built, focus given
            await pilot.pause()
            assert app.focused is not None and app.focused.has_class("people-table")
            await pilot.press("x")
            await wait_for(pilot, lambda: any("read-only" in m for m in said(app)))


async def test_a_read_only_window_says_the_file_changed_and_exports_it_as_saved(
        content_dir, sessions_dir, monkeypatch):
    """Two windows on one session: the read-only one still showed, 8 seconds after the other
    had saved a new point, the notes as it had read them, and its export (Ctrl+O) left the
    point out without saying of when its notes were (a trial). It now says the file changed
    and when, and exports the file as saved, saying the time."""
    from reflect.store.atomic import file_stamp
    from reflect.store.exports import exports_dir
    from reflect.store.sessions import read_session
    from reflect.ui.screens import following
    from reflect.ui.screens.export import ExportScreen

    monkeypatch.setattr(following, "FOLLOW_SECONDS", 0.1)
    path = saved_session(content_dir, sessions_dir)
    with open_elsewhere(path):
        app = make_app(content_dir, sessions_dir)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            screen = await open_saved_session(pilot)
            assert "READ-ONLY" in str(screen.query_one("#read-only").render())
            other, _ = read_session(path)  # the other window adds a point, and saves it
            other.timing.spent["intro"] = 99  # saved every few seconds: not said alone
            save_session(sessions_dir, other)
            await wait_for(pilot, lambda: screen._seen == file_stamp(path))  # looked at
            assert "Changed there" not in str(screen.query_one("#read-only").render())
            other.answers[0].points.append(Point(text="Invented point typed in the other window"))
            save_session(sessions_dir, other)
            await wait_for(pilot, lambda: "since this window read it" in
                           str(screen.query_one("#read-only").render()))
            await pilot.press("ctrl+o")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen)
                           and app.screen.checked)
            await pilot.press("ctrl+o")  # (the format the dialog chose: Markdown)
            await wait_for(pilot, lambda: list(exports_dir(sessions_dir).glob("*.md")))
            [notes] = exports_dir(sessions_dir).glob("*.md")
            await wait_for(pilot, lambda: any("Of the session's file as saved at" in m
                                              for m in said(app)))
        assert "Invented point typed in the other window" in notes.read_text(encoding="utf-8")
