"""The export dialog, notes by role only: an action owned by someone invited who did not attend
is printed by their role and agency, and not held back (it was: a trial); an owner still held
back says why under the finding. All people, roles and agencies here are invented."""

from __future__ import annotations

from textual.widgets import Button, Checkbox

from reflect.model.session import Action, Participant
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from tests.functional.helpers import shown, start_and_go_to, wait_for


async def tick(pilot, dialog: ExportScreen, box: str,  # type: ignore[no-untyped-def]
               value: bool) -> None:
    """Tick or untick `box`, and wait for the new check it starts to land."""
    dialog.query_one(box, Checkbox).value = value
    await pilot.pause()  # (its Changed message handled: the check under way)
    await wait_for(pilot, lambda: dialog.checked)


async def test_an_absentees_action_is_exported_by_role_from_the_dialog(fictional_dir,
                                                                       sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        session = screen.session
        session.add_participant(Participant.parse("Ann Example, Health visitor, Invented Trust"))
        session.add_participant(Participant(name="Robin Placeholder", role="GP",
                                            agency="Invented Practice", attended=False))
        session.actions = [Action(id="a1", text="Send the invented letter",
                                  owner="Robin Placeholder")]
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await tick(pilot, dialog, "#roles-only", True)
        assert dialog.findings == []
        assert shown(dialog.query_one("#findings")).startswith("Checked for NHS")
        # a first name alone is held back, and the dialog says why
        session.actions[0].owner = "Robin"
        await tick(pilot, dialog, "#by-agency", True)  # (a new check)
        text = " ".join(shown(dialog.query_one("#findings")).split())
        assert "Agreed action 1 (owner): participant name: Robin" in text
        assert "“Robin” is not one person on the list named in full" in text
        assert "(“Robin Placeholder”)" in text
        session.actions[0].owner = "Robin Placeholder"
        await tick(pilot, dialog, "#by-agency", False)
        assert dialog.findings == [] and dialog.options.roles_only
        dialog.query_one("#export-go", Button).press()
        target = sessions_dir / "exports" / f"{session.id}.md"
        await wait_for(pilot, target.exists)
        notes = target.read_text(encoding="utf-8")
        assert "| Send the invented letter | GP, Invented Practice |" in notes
        assert "Robin" not in notes
