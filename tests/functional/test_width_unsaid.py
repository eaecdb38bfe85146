"""Widgets that lay their text out by their width follow it even where Textual never sends
their Resize.

Textual can skip a widget's Resize: one mounted after a scroll laid out only what was in view,
and something asked where a widget is before the next layout (`laid_out.after_each_layout`;
the report's table stayed empty so: test_table_width_unsaid). Here every Resize of the kind
of widget under test is dropped, as Textual dropped that one, and what a user reads is
checked: a path broken only after a "/" within the dialog, not one line cut at its edge; the
people, actions and last time's actions tables' columns shared out across the step's width,
not left at the 60 columns assumed before it was laid out. Every name and path is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual import events
from textual.message import Message
from textual.widget import Widget

from reflect.model.session import Action
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.widgets.actions_panel import ActionsPanel
from reflect.ui.widgets.carried_panel import CarriedPanel
from reflect.ui.widgets.literal import Fitted
from reflect.ui.widgets.people_panel import PeoplePanel
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import go_forward_to, shown, start_new, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table


def no_resize_for(monkeypatch: pytest.MonkeyPatch, kind: type[Widget]) -> None:
    """Every Resize posted to a widget of `kind` dropped, as Textual skips one."""
    post = kind.post_message

    def posted(self: Widget, message: Message) -> bool:
        return True if isinstance(message, events.Resize) else post(self, message)

    monkeypatch.setattr(kind, "post_message", posted)


async def test_a_path_said_in_a_dialog_is_fitted_to_its_width_with_no_resize_sent(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_resize_for(monkeypatch, Fitted)
    path = Path("/tmp/invented-team-blue/sessions/exports/"
                "20261203-invented-review-of-pat-example-notes.docx")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        app.push_screen(ConfirmScreen("Replace it? (an invented question)", yes="Replace",
                                      path=("There is already a file at", path)))
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        said = app.screen.query_one(Fitted)
        await wait_for(pilot, lambda: said.content_region.width > 0
                       and len(shown(said).splitlines()) > 2)
        lines = shown(said).splitlines()
        assert lines[0] == "There is already a file at", lines
        assert "".join(lines[1:]) == str(path), lines
        assert all(line.endswith("/") for line in lines[1:-1]), lines
        assert max(map(cell_len, lines)) <= said.content_region.width, lines


async def test_the_people_table_follows_the_steps_width_with_no_resize_sent(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_resize_for(monkeypatch, PeoplePanel)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_new(pilot, team="Team Blue", facilitator="Pat Example",
                                 people="Sam Sample, Invented Senior Practitioner Role, "
                                 "Invented Borough Council Services")
        while screen.steps[screen.index].kind != "people":
            await pilot.press("pagedown")
        panel = screen.query_one(PeoplePanel)
        table = panel.query_one(RowTable)
        await wait_for(pilot, lambda: panel.size.width > 60
                       and table.fits(panel.size.width))
        # (filled for 60 columns, the agency took three lines at 100x30, not two)
        assert [row.height for row in table.rows.values()] == [2]


LONG_ACTION = ("Share the invented briefing with every invented health visitor in Team Blue "
               "before the invented review meeting")


async def test_the_actions_table_follows_the_steps_width_with_no_resize_sent(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_resize_for(monkeypatch, ActionsPanel)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await start_new(pilot, team="Team Blue", facilitator="Pat Example")
        screen.edits.add_action(LONG_ACTION, owner="Pat Example")
        await go_forward_to(pilot, screen, "actions")
        panel = screen.query_one(ActionsPanel)
        table = panel.query_one(RowTable)
        await wait_for(pilot, lambda: table.row_count == 1 and panel.size.width > 60
                       and table.fits(panel.size.width))
        # (filled for 60 columns, What took five lines of the 109 columns at 160x40, its
        # words in a third of the width, and Due sat empty beside them)
        assert [row.height for row in table.rows.values()] == [2]


async def test_last_times_actions_follow_the_steps_width_with_no_resize_sent(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_resize_for(monkeypatch, CarriedPanel)
    earlier_session(fictional_dir, sessions_dir, [Action(text=LONG_ACTION, owner="Sam Sample")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        screen, table = await on_carried_table(pilot)
        panel = screen.query_one(CarriedPanel)
        await wait_for(pilot, lambda: table.row_count == 1 and panel.size.width > 60
                       and table.fits(panel.size.width))
        # (filled for 60 columns, What took five lines of the 109 at 160x40, and the From
        # column the meeting's day, with room for its title)
        assert [row.height for row in table.rows.values()] == [3]
