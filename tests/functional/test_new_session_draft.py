"""A new-session form half typed is kept as a draft (ui/screens/new_session_draft.py): a
terminal killed after a title and two participants were typed lost them, and the next `n`
said nothing (a trial). Kept within seconds and on every way out, offered back plainly, gone
once its session is created or the form is thrown away; a draft that cannot be read is said
and left as it is."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import enter_text, new_session_form, said, shown, wait_for

PEOPLE = "Sam Sample, Teacher, Moorvale School\nPat Example, DSL, Moorvale School"


def _draft(tmp_path: Path, n: int = 1) -> Path:
    """Where the conftest's settings file has the form's draft kept."""
    return tmp_path / "drafts" / f"new-session-child-zz{'.' + str(n) if n > 1 else ''}.toml"


async def _type_form(pilot, form) -> None:  # type: ignore[no-untyped-def]
    form.query_one("#title", Input).focus()
    await enter_text(pilot, "Moorvale staff meeting")
    form.query_one("#participants", TextArea).focus()
    await enter_text(pilot, PEOPLE)


async def test_a_form_typed_is_kept_within_seconds_and_offered_back_then_gone_once_started(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await _type_form(pilot, form)
        # the terminal killed (SIGKILL runs nothing): what reached disk meanwhile is all
        await wait_for(pilot, lambda: draft.exists() and PEOPLE in draft.read_text())
    assert (draft.stat().st_mode & 0o777) == 0o600

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        assert form.query_one("#title", Input).value == "Moorvale staff meeting"
        assert form.query_one("#participants", TextArea).text == PEOPLE
        said = shown(form.query_one("#draft-said"))
        assert said.startswith("Filled in with what you typed on ")
        assert "Esc, then Discard, throws it away" in said
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: len(list_sessions(sessions_dir).entries) == 1
                       and not draft.exists())
    session = list_sessions(sessions_dir).entries[0].session
    assert session.title == "Moorvale staff meeting"
    assert [p.name for p in session.participants] == ["Sam Sample", "Pat Example"]


async def test_a_closed_window_keeps_what_was_typed_a_moment_before(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGHUP (a closed window, tmux killed) runs the app's way out, which writes the draft
    there and then: the last keys typed, before the next look at the form, are kept too."""
    monkeypatch.setattr("reflect.ui.screens.new_session_draft.DRAFT_EVERY", 3600.0)
    draft = _draft(tmp_path)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await _type_form(pilot, form)
        assert not draft.exists()  # (no look at the form yet)
        app._exit_on_signal()  # what SIGTERM and SIGHUP do
        assert PEOPLE in draft.read_text()
        assert 'title = "Moorvale staff meeting"' in draft.read_text()


async def test_esc_then_discard_throws_the_draft_away(fictional_dir: Path, sessions_dir: Path,
                                                      tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        form = await new_session_form(pilot)
        await _type_form(pilot, form)
        await wait_for(pilot, draft.exists)
        await pilot.press("escape", "y")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and not draft.exists())
        form = await new_session_form(pilot)  # an empty form, nothing said
        assert form.query_one("#title", Input).value == ""
        assert not form.query_one("#draft-said").display


async def test_a_draft_that_cannot_be_read_is_said_and_left_as_it_is(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    garbage = _draft(tmp_path)
    garbage.parent.mkdir()
    garbage.write_bytes(b'title = "Moorvale\n]] [/] not a draft')
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        said = shown(form.query_one("#draft-said"))
        assert "A draft of this form cannot be read and is left as it is" in said
        assert str(garbage) in said and "kept in a new draft" in said
        await _type_form(pilot, form)
        await wait_for(pilot, _draft(tmp_path, 2).exists)
        assert garbage.read_bytes() == b'title = "Moorvale\n]] [/] not a draft'


async def test_ctrl_q_says_the_draft_is_kept(fictional_dir: Path, sessions_dir: Path) -> None:
    from reflect.ui.screens.confirm import ConfirmScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await _type_form(pilot, form)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert app.screen.question == ("Quit reflect? What you have typed for this new "
                                       "session is kept as a draft: n on Child ZZ offers it "
                                       "again.")


async def test_a_draft_on_another_review_is_named(fictional_dir: Path, sessions_dir: Path,
                                                  tmp_path: Path) -> None:
    from reflect.store.form_drafts import DraftKeeper, FormDraft, find_drafts

    DraftKeeper(find_drafts("child-yy")).keep(
        FormDraft(review_id="child-yy", review_title="Child YY", title="Moorvale meeting"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        assert shown(form.query_one("#draft-said")) == (
            "A new session typed earlier and never started is kept as a draft on Child YY: "
            "n on that review offers it.")


@pytest.fixture
def removals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The threads that removed (or tried to remove) a draft. A draft in a folder made
    read-only is refused, as for anyone but root (root, running these tests, is refused
    nothing)."""
    folder, real, tried = tmp_path / "drafts", Path.unlink, []

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if path.parent == folder:
            tried.append(threading.current_thread().name)
            if not folder.stat().st_mode & 0o200:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real(path, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    yield tried
    if folder.exists():
        folder.chmod(0o700)


async def test_a_draft_that_cannot_be_thrown_away_is_said_naming_it_and_reflect_goes_on(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, removals: list[str]) -> None:
    """Removed in a worker (issue #16: no disk work on the UI thread); a failure said with
    the file, and the form offered again, as it still is."""
    draft = _draft(tmp_path)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        form = await new_session_form(pilot)
        await _type_form(pilot, form)
        await wait_for(pilot, lambda: draft.exists() and PEOPLE in draft.read_text())
        draft.parent.chmod(0o500)
        await pilot.press("escape", "y")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and any(
            "was not thrown away" in m for m in said(app)))
        assert [m for m in said(app) if "was not thrown away" in m] == [
            f"The new session form on Child ZZ was not thrown away: {draft} could not be "
            "removed: Permission denied. n on Child ZZ offers it again; delete the file to "
            "throw it away."]
        assert removals and threading.main_thread().name not in removals
        assert PEOPLE in draft.read_text()
        form = await new_session_form(pilot)  # reflect goes on, and offers it again
        assert form.query_one("#participants", TextArea).text == PEOPLE


async def test_an_unexpected_failure_throwing_it_away_reaches_the_one_handler(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reflect.store.form_drafts import DraftKeeper

    def fails(keeper: DraftKeeper) -> None:
        raise RuntimeError("an invented failure")

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        form = await new_session_form(pilot)
        await _type_form(pilot, form)
        await wait_for(pilot, _draft(tmp_path).exists)
        monkeypatch.setattr(DraftKeeper, "discard", fails)
        await pilot.press("escape", "y")
        await wait_for(pilot, lambda: "Could not keep or throw away the new session form's "
                       "draft: RuntimeError: an invented failure" in said(app))
        assert isinstance(app.screen, StartScreen) and app.is_running


async def test_a_draft_being_thrown_away_is_not_offered_by_a_form_opened_at_once(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Its removal held up (a slow disk): the start screen is back meanwhile, and `n` there
    opens an empty form, not the one just thrown away."""
    draft, real, go_on = _draft(tmp_path), Path.unlink, threading.Event()
    waited: list[bool] = []

    def slow_unlink(path: Path, missing_ok: bool = False) -> None:
        if path == draft:
            waited.append(go_on.wait(10))  # (on the UI thread, nothing could set it)
        real(path, missing_ok)

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await _type_form(pilot, form)
        await wait_for(pilot, draft.exists)
        monkeypatch.setattr(Path, "unlink", slow_unlink)
        await pilot.press("escape", "y")
        form = await new_session_form(pilot)
        assert form.query_one("#title", Input).value == ""
        assert not form.query_one("#draft-said").display
        go_on.set()
        await wait_for(pilot, lambda: not draft.exists())
    assert waited == [True]
