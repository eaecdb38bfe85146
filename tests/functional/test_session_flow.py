"""A facilitator's loop in the pilot harness: start, answer, quit, resume, export."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, OptionList, TextArea

from reflect.model.session import Action
from reflect.store.sessions import list_sessions, load_session
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.actions_panel import ActionsPanel
from tests.functional.helpers import (
    enter_text,
    focus_summary,
    open_saved_session,
    type_text,
    wait_for,
)

SIZE = (120, 40)


async def start_session(pilot, search: str, title: str) -> WalkthroughScreen:
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and app.library is not None)
    await pilot.press("slash")
    await type_text(pilot, search)
    await pilot.press("enter", "enter")  # to the one review found, then a new session on it
    await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
    app.screen.query_one("#title", Input).value = title
    app.screen.query_one("#team", Input).value = "Invented team"
    app.screen.query_one("#participants", TextArea).text = (
        "A. Person, Health visitor, Invented Trust\nSocial worker, Invented Council")
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    return app.screen


async def go_to_question(pilot, screen: WalkthroughScreen, number: int) -> None:
    target = [i for i, s in enumerate(screen.steps) if s.kind == "question"][number - 1]
    while screen.index < target:
        await pilot.press("pagedown")
    await focus_summary(pilot, screen)


async def test_answer_quit_resume_keeps_answers_and_step(content_dir: Path, sessions_dir: Path):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_session(pilot, "safer sleep", "Exercise meeting")
        assert screen.review.id == "child-i"
        await go_to_question(pilot, screen, 1)
        await enter_text(pilot, "First point.\nSecond line, café.")
        await go_to_question(pilot, screen, 2)
        await enter_text(pilot, 'Quotes "like this"')
        step_key = screen.steps[screen.index].key
        await pilot.press("ctrl+q")
    entries = list_sessions(sessions_dir).entries
    assert len(entries) == 1
    saved = entries[0].session
    assert saved.title == "Exercise meeting" and saved.team == "Invented team"
    assert [p.describe() for p in saved.participants] == [
        "A. Person (Health visitor, Invented Trust)", "Social worker, Invented Council"]
    assert saved.current_step == step_key
    answers = [a.text for a in saved.answers]
    assert answers[:2] == ["First point.\nSecond line, café.", 'Quotes "like this"']

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        assert screen.steps[screen.index].key == step_key
        assert app.focused is screen.query_one(f"#points-{screen.index} .point-text")
        assert screen.query_one(f"#answer-{screen.index}", TextArea).text == 'Quotes "like this"'
        await screen.go(screen.index - 1)  # a step's pane is built when first shown
        first = screen.query_one(f"#answer-{screen.index}", TextArea)
        assert first.text == "First point.\nSecond line, café."
        status = str(screen.query_one("#status").render())
        assert "Answered 2 of 6 questions" in status


async def test_autosave_reaches_disk_within_two_seconds(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_session(pilot, "child h", "Autosave check")
        await go_to_question(pilot, screen, 1)
        await enter_text(pilot, "typed while the room talks")
        path = screen.keeper.path
        await wait_for(pilot, lambda: "typed while the room talks" in path.read_text(), timeout=2.5)
        assert app.is_running


async def test_notes_actions_and_export_from_summary(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_session(pilot, "child l", "Export check")
        await pilot.press("pagedown")  # past who is here
        # Notes on the first content step: the box a person types into there first.
        await wait_for(pilot, lambda: isinstance(app.focused, TextArea))
        await type_text(pilot, "Context note")
        # Actions step: add an agreed action.
        actions_index = next(i for i, s in enumerate(screen.steps) if s.kind == "actions")
        while screen.index < actions_index:
            await pilot.press("pagedown")
        screen.query_one(".action-what", Input).value = "Share the briefing"
        screen.query_one(".action-owner", Input).value = "Team lead"
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        table = screen.query_one(".actions-table", DataTable)
        table.focus()
        await pilot.press("space")  # open -> in progress
        assert screen.session.actions[0].status == "in progress"
        # Delete asks first; "Keep" (the default button) keeps the action.
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen)
        assert len(screen.session.actions) == 1
        screen.session.add_action(Action(text="x"))
        screen.query_one(ActionsPanel).show_actions()
        table.move_cursor(row=1)
        table.focus()
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        assert screen.session.actions[0].text == "Share the briefing"
        await pilot.press("pagedown")
        assert screen.steps[screen.index].kind == "summary"
        summary = str(screen.query_one("#summary-text").render())
        assert "Context note" in summary and "Share the briefing" in summary
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports" / f"{screen.session.id}.md"
        await wait_for(pilot, target.exists)
        await wait_for(pilot, lambda: str(target) in "".join(
            str(screen.query_one("#export-result").render()).split("\n")[1:]))
        text = target.read_text(encoding="utf-8")
        assert "### Introduction and context\n\nContext note" in text
        assert "| Share the briefing | Team lead | no due date given | in progress |" in text
        assert oct(target.stat().st_mode & 0o777) == "0o600"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    saved = load_session(sessions_dir / f"{screen.session.id}.toml")
    assert saved.notes == {"intro": "Context note"}
    assert saved.actions[0].text == "Share the briefing"


async def test_individual_mode_hides_team_fields(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        await pilot.press("down", "enter")  # choose "Individual reflection"
        await wait_for(pilot, lambda: not app.screen.query_one("#facilitator").display)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.mode == "individual"
        assert app.screen.session.participants == []


async def test_search_filters_the_library(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        options = app.screen.query_one("#reviews", OptionList)
        assert options.option_count == 4
        await pilot.press("slash")
        await type_text(pilot, "puerperal")
        await wait_for(pilot, lambda: options.option_count == 1)
        assert options.get_option_at_index(0).id == "child-l"
        await type_text(pilot, " zzzz")
        await wait_for(pilot, lambda: options.get_option_at_index(0).disabled)
