"""The export dialog opens at its top, its title first, with the format list it gives the focus
in view. A trial at 60x20: a reflection whose answer held two personal details opened the
dialog scrolled two lines down, its title and the check's line under it ("The check found
something…") out of view; a team session's with two, one line down. The first finding and
the "Chosen:" line stay in view as before (test_export_finding_in_view). All names and
numbers are invented."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.widgets.choice import ChoiceButton
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_export_finding_in_view import in_view, opened, reflection


def partly_in_view(dialog: ExportScreen, widget: Widget) -> bool:
    """Whether some of `widget` is drawn in the dialog's view, above its docked buttons."""
    body = dialog.query_one("#export-dialog").content_region
    region = widget.region.intersection(body)
    return bool(region.height) and region.y < dialog.query_one("#export-go").region.y


async def settled(pilot, dialog: ExportScreen) -> None:  # type: ignore[no-untyped-def]
    """Until the dialog shows its top with the focus in view, and still does once what the
    check's result set going (laid out again, scrolled) has been drawn: read as the check
    lands, it was at its top a moment before it scrolled."""
    for _ in range(3):
        await pilot.pause()
    await wait_for(pilot, lambda: at_top_with_the_focus_shown(dialog))
    for _ in range(3):
        await pilot.pause()
    assert at_top_with_the_focus_shown(dialog), "\n".join(screen_lines(dialog.app))


def at_top_with_the_focus_shown(dialog: ExportScreen) -> bool:
    """Its title and the check's line first, the first finding (if any), the "Chosen:" line,
    and the focused list's first line of formats, all in view."""
    formats = dialog.query_one("#format")
    first_format = formats.query(ChoiceButton).first()
    findings = dialog.query_one("#findings")
    return (dialog.query_one("#export-dialog").scroll_y == 0
            and formats.has_focus
            and in_view(dialog, dialog.query_one("#export-title"))
            and in_view(dialog, dialog.query_one("#export-hint"))
            and (in_view(dialog, findings) or not dialog.findings)
            and in_view(dialog, dialog.query_one("#format-chosen"))
            and partly_in_view(dialog, formats) and in_view(dialog, first_format))


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("details", [0, 1, 7])  # one, two and eight findings
@pytest.mark.parametrize("mode", ["individual", "team"])
async def test_the_dialog_opens_at_its_top_with_the_formats_in_view(
        fictional_dir, sessions_dir, size, details, mode):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await opened(pilot, reflection(pilot, mode, details), None)
        assert len(dialog.findings) == details + 1
        await settled(pilot, dialog)
        lines = screen_lines(app)
        title = "Export your CPD record" if mode == "individual" else "Export the notes"
        assert any(title in line for line in lines[:3])
        assert any("Jane Doe" in line for line in lines)  # the first finding


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("fmt", [None, "swe-docx", "nmc-pdf"])
async def test_a_format_far_down_the_list_still_opens_at_the_top(
        fictional_dir, sessions_dir, size, fmt):
    """A team session's format chosen last time four forms down: the top first, its "Chosen:"
    line naming it, and the list it gives the focus in view, if not down to its line."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await opened(pilot, reflection(pilot, "team", 1), fmt)
        await settled(pilot, dialog)
