"""What the export dialog opens on, and that it is in view: each kind of session its own last
choice (a team session's notes, never a record), a reflection of your own with nothing
remembered its CPD record, so that Ctrl+O, Ctrl+O writes it. A trial: after exporting a
reflection's CPD record (Word), a team session's Ctrl+O, Ctrl+O silently wrote a CPD record,
and at 60x20 the dialog showed the notes' line with nothing ticked, "Chosen: CPD reflective
account…" out of view. All names here are invented."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from reflect.export.options import ExportOptions
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.widgets.choice import ChoiceButton
from reflect.ui.widgets.docked_foot import DockedButtons
from tests.functional.helpers import shown, start_new, wait_for

SIZES = [(60, 20), (100, 30)]


def in_view(dialog: ExportScreen, widget: Widget) -> bool:
    """Whether `widget` is drawn whole in the dialog's view, above its docked buttons."""
    body = dialog.query_one("#export-dialog").content_region
    buttons = dialog.query_one(DockedButtons).region
    region = widget.region
    return bool(region.height) and body.contains_region(region) and region.bottom <= buttons.y


async def opened(pilot) -> ExportScreen:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen)
                   and pilot.app.screen.checked)
    dialog = pilot.app.screen
    for _ in range(3):  # laid out, and scrolled, once the check's result is shown
        await pilot.pause()
    return dialog


async def chosen_in_view(pilot, dialog: ExportScreen, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """The "Chosen:" line naming `fmt` in view, and its own line of the list too, unless
    (at 60x20) it is too far down the list to show under the dialog's title, which comes
    first: then the dialog is at its top, the list it gives the focus in view from its top."""
    assert dialog.chosen_format == fmt

    def shown() -> bool:
        if not in_view(dialog, dialog.query_one("#format-chosen")):
            return False
        if in_view(dialog, dialog.query_one(f"#fmt-{fmt}")):
            return True
        first = dialog.query_one("#format").query(ChoiceButton).first()
        return (pilot.app.size.height < 24 and in_view(dialog, first)
                and dialog.query_one("#export-dialog").scroll_y == 0)

    await wait_for(pilot, shown)


async def export_again(pilot, sessions_dir, session_id: str, ending: str) -> None:  # type: ignore[no-untyped-def]
    """The second Ctrl+O: `ending` is written, and the session is back on top."""
    screen_before = [s for s in pilot.app.screen_stack][-2]
    await pilot.press("ctrl+o")
    await wait_for(pilot, (sessions_dir / "exports" / f"{session_id}{ending}").exists)
    await wait_for(pilot, lambda: pilot.app.screen is screen_before)


@pytest.mark.parametrize("size", SIZES)
async def test_a_team_session_opens_on_its_notes_after_a_reflections_record(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        own = await start_new(pilot, "individual", title="My invented reflection")
        dialog = await opened(pilot)  # nothing remembered: its CPD record, in view
        await chosen_in_view(pilot, dialog, "cpd-docx")
        assert shown(dialog.query_one("#format-chosen")).startswith(
            "Chosen: CPD reflective account, any profession (Word)")
        await export_again(pilot, sessions_dir, own.session.id, ".cpd.docx")

        await pilot.press("escape")  # back to the library, then a team's session
        team = await start_new(pilot, "team", title="Invented Team meeting",
                               team="Invented Team")
        dialog = await opened(pilot)
        await chosen_in_view(pilot, dialog, "md")
        assert shown(dialog.query_one("#format-chosen")) == "Chosen: Markdown, a .md file"
        await export_again(pilot, sessions_dir, team.session.id, ".md")
        assert not list((sessions_dir / "exports").glob(f"{team.session.id}.cpd*"))


@pytest.mark.parametrize("size", SIZES)
async def test_a_reflection_opens_on_its_own_last_choice_in_view(fictional_dir, sessions_dir,
                                                                 size):
    """A reflection's notes (listed last, after its records) chosen last time: the next
    reflection opens on them, their line and the "Chosen" line in view; a team session's
    choice (plain text) is its own."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await start_new(pilot, "team", title="Invented Team meeting")
        dialog = await opened(pilot)
        await pilot.press("right")  # plain text
        await wait_for(pilot, lambda: dialog.chosen_format == "txt" and dialog.checked)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: not isinstance(app.screen, ExportScreen))

        await pilot.press("escape")
        own = await start_new(pilot, "individual", title="My invented reflection")
        dialog = await opened(pilot)
        await chosen_in_view(pilot, dialog, "cpd-docx")  # not the team's text
        dialog.query_one("#fmt-md").value = True
        await wait_for(pilot, lambda: dialog.chosen_format == "md" and dialog.checked)
        await export_again(pilot, sessions_dir, own.session.id, ".md")

        await pilot.press("escape")
        await start_new(pilot, "individual", title="My second invented reflection")
        dialog = await opened(pilot)
        await chosen_in_view(pilot, dialog, "md")
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, ExportScreen))

        await pilot.press("escape")
        await start_new(pilot, "team", title="Invented Team's second meeting")
        dialog = await opened(pilot)
        await chosen_in_view(pilot, dialog, "txt")


def test_a_team_sessions_record_is_not_what_its_next_export_opens_on(fictional_dir):
    """A team session may export a record (its facilitator's own): the team's next export
    still opens on the notes' format it had."""
    from reflect.store.last_export import LastExport
    from reflect.ui.screens.export_memory import remember, remembered

    review = load_library(fictional_dir).get("child-zz")
    team = Session.start(review, "s-team", title="Invented Team meeting")
    own = Session.start(review, "s-own", mode="individual", title="Pat Example")
    app: dict[str, LastExport] = {}  # the app's last_exports
    remember(app, team, LastExport("docx", ExportOptions(roles_only=True)))
    remember(app, team, LastExport("swe-pdf", ExportOptions(roles_only=True)))
    assert remembered(app, team) == LastExport("docx", ExportOptions(roles_only=True))
    assert remembered(app, own) is None
    remember(app, own, LastExport("nmc-docx", ExportOptions()))
    assert remembered(app, own) == LastExport("nmc-docx", ExportOptions())
    assert remembered(app, team) == LastExport("docx", ExportOptions(roles_only=True))
