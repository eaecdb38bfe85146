"""A new-session form half typed is kept as a draft (ui/screens/new_session_draft.py): a
terminal killed after a title and two participants were typed lost them, and the next `n`
said nothing (a trial). Kept within seconds and on every way out, offered back plainly, gone
once its session is created or the form is thrown away; a draft that cannot be read is said
and left as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from tests.functional.helpers import new_session_form, shown, type_text, wait_for

PEOPLE = "Sam Sample, Teacher, Moorvale School\nPat Example, DSL, Moorvale School"


def _draft(tmp_path: Path, n: int = 1) -> Path:
    """Where the conftest's settings file has the form's draft kept."""
    return tmp_path / "drafts" / f"new-session-child-zz{'.' + str(n) if n > 1 else ''}.toml"


async def _type_form(pilot, form) -> None:  # type: ignore[no-untyped-def]
    form.query_one("#title", Input).focus()
    await type_text(pilot, "Moorvale staff meeting")
    form.query_one("#participants", TextArea).focus()
    await type_text(pilot, PEOPLE)


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
    from reflect.ui.screens.start import StartScreen

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
