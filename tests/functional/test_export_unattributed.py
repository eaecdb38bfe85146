"""The export dialog says whose points notes by role print "no role or agency given" (a
participant listed with neither), and what to add; by agency it prints "no agency given" for
them, saying nothing. All people, roles and agencies here are invented."""

from __future__ import annotations

from reflect.model.session import Participant, Point
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from tests.functional.helpers import shown, start_and_go_to, wait_for
from tests.functional.test_export_owner_absent import tick


async def test_the_dialog_says_whose_points_give_no_role_or_agency(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        session = screen.session
        chris = session.add_participant(Participant(name="Chris Sample"))
        session.answers[0].points.append(Point(text="Invented rota agreed", by=chris.id))
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await tick(pilot, dialog, "#roles-only", True)
        text = " ".join(shown(dialog.query_one("#findings")).split())
        assert ("Note: “Chris Sample” is listed with no role or agency: their point (Question "
                "1, point 1) is printed “no role or agency given”") in text
        await tick(pilot, dialog, "#roles-only", False)
        await tick(pilot, dialog, "#by-agency", True)
        assert "Note:" not in shown(dialog.query_one("#findings"))
