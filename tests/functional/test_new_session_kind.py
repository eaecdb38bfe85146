"""The new-session form starts on the kind of session started from it last (kept in the
settings file, `session_kind`): it always started on *Team discussion*, and a GP who only
reflects alone pressed Enter on a review, typed a title and Ctrl+S, and got an empty team
session on *Who is here*, kept in Saved sessions until deleted (a trial)."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Input

from reflect.store.sessions import list_sessions
from reflect.store.settings import checked_settings, read_settings
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.choice import ChoiceButton
from tests.functional.helpers import new_session_form, screen_lines, type_text, wait_for

SAID = "As you chose last time: Individual reflection. ↑ chooses Team discussion."


def settings_file() -> Path:
    return Path(os.environ["REFLECT_SETTINGS"])  # (each test's own: conftest)


async def start_one(fictional_dir: Path, sessions_dir: Path, *keys: str) -> list[str]:
    """A session started from the form: `keys` pressed on its first choice, a title typed,
    Ctrl+S. Returns what the form's screen showed as it opened."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_session_form(pilot)
        shown = screen_lines(app)
        await pilot.press(*keys)
        await type_text(pilot, "Invented title")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        await wait_for(pilot, lambda: not app.saving("session_kind"))
    return shown


async def test_the_form_starts_on_the_kind_started_last(fictional_dir: Path,
                                                       sessions_dir: Path) -> None:
    shown = await start_one(fictional_dir, sessions_dir, "down", "tab")  # the first time
    assert not any("As you chose last time" in row for row in shown)
    assert read_settings(settings_file())["session_kind"] == "individual"
    # Next time: Enter, a title and Ctrl+S start a reflection, as the GP meant.
    shown = await start_one(fictional_dir, sessions_dir, "enter")
    assert any(SAID in row for row in shown)
    kinds = sorted(e.session.mode for e in list_sessions(sessions_dir).entries)
    assert kinds == ["individual", "individual"]


async def test_a_team_session_started_makes_team_the_start_again(fictional_dir: Path,
                                                                sessions_dir: Path) -> None:
    settings_file().write_text('session_kind = "individual"\n', encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        assert form.query_one("#mode-individual", ChoiceButton).value
        assert form.query_one("#own-name").display and not form.query_one("#facilitator").display
        said = form.query_one("#mode-said")
        assert said.display
        # The title box says what an empty title becomes (its "e.g. …" was taken for an
        # example, yet Ctrl+S made it the title: a fresh-eyes trial), for each kind.
        title = form.query_one("#title", Input)
        assert title.placeholder == "If empty: Child ZZ — reflection"
        await pilot.press("up")  # Team discussion: the line goes, as it is no longer so
        await wait_for(pilot, lambda: not said.display)
        assert form.query_one("#facilitator").display
        assert title.placeholder == "If empty: Child ZZ — team discussion"
        await pilot.press("tab")
        title.value = "Invented team title"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        await wait_for(pilot, lambda: not app.saving("session_kind"))
    assert [e.session.mode for e in list_sessions(sessions_dir).entries] == ["team"]
    assert read_settings(settings_file())["session_kind"] == "team"


def test_a_kind_that_is_neither_is_said_and_team_is_used(tmp_path: Path) -> None:
    from reflect.store.settings import session_kind

    path = tmp_path / "settings.toml"
    path.write_text('session_kind = "alone"\n', encoding="utf-8")
    data, said = checked_settings(path)
    assert session_kind(data) == "team"
    assert said == [f"{path}: session_kind: should be \"team\" or \"individual\", not 'alone'; "
                    "ignored: the new-session form starts on Team discussion"]


async def test_a_draft_comes_back_as_the_kind_it_was_typed(fictional_dir: Path,
                                                          sessions_dir: Path) -> None:
    """A team session's draft, offered where the last session started was a reflection: the
    form is filled in as it was typed, a team discussion, and says nothing of last time."""
    from reflect.store.form_drafts import FormDraft, drafts_folder, to_toml

    settings_file().write_text('session_kind = "individual"\n', encoding="utf-8")
    folder = drafts_folder(settings_file())
    folder.mkdir(mode=0o700)
    (folder / "new-session-child-zz.toml").write_bytes(to_toml(FormDraft(
        "child-zz", "Child ZZ", mode="team", title="Invented draft", team="Team Blue")))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await wait_for(pilot, lambda: form.query_one("#title", Input).value == "Invented draft")
        assert form.query_one("#mode-team", ChoiceButton).value
        assert form.query_one("#facilitator").display and not form.query_one("#mode-said").display
