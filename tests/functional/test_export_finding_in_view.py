"""The export dialog opens with the check's finding and the "Chosen:" line both in view. A
trial at 60x20: a reflection whose answer named "Mum Jane Doe" opened the dialog on its CPD
record (Word), scrolled to the "Chosen:" line and the formats, the finding scrolled away
above: "Export redacted" and "Go and edit" were offered without saying why. A record's long
note now comes under the formats, and under 30 rows the buttons are a line each; findings
that still do not fit over the "Chosen:" line are said, from the second on, under the
formats, a line under the first saying so. All names and numbers are invented."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.widgets.docked_foot import DockedButtons
from tests.functional.helpers import screen_lines, shown, wait_for

MORE = ["Call 07700 900123 later.", "Email pat@example.com soon.", "Baby Sam Sample cried.",
        "Mrs Kit Invented came.", "Ring 07700 900456.", "Mail sam@example.com.",
        "Mr Jo Example left."]


def in_view(dialog: ExportScreen, widget: Widget) -> bool:
    """Whether `widget` is drawn whole in the dialog's view, above its docked buttons."""
    body = dialog.query_one("#export-dialog").content_region
    buttons = dialog.query_one(DockedButtons).region
    region = widget.region
    return bool(region.height) and body.contains_region(region) and region.bottom <= buttons.y


def reflection(pilot, mode: str, details: int) -> Session:  # type: ignore[no-untyped-def]
    """A session whose first answer tells of "Mum Jane Doe", and `details` more after it."""
    review = load_library(pilot.app.content_dir).get("child-zz")
    session = Session.start(review, f"s-{mode}", mode=mode, title="Invented reflection",
                            team="Invented Team")
    if mode == "team":
        session.add_participant(Participant(role="Nurse", agency="Invented Health"))
    texts = ["Mum Jane Doe told the invented nurse about the visit.", *MORE[:details]]
    for i, text in enumerate(texts):
        answer = session.answers[i % len(session.answers)]
        if mode == "individual":
            answer.what = f"{answer.what} {text}".strip()
        else:
            answer.text = f"{answer.text} {text}".strip()
    return session


async def opened(pilot, session: Session, fmt: str | None) -> ExportScreen:  # type: ignore[no-untyped-def]
    review = load_library(pilot.app.content_dir).get("child-zz")
    dialog = ExportScreen(session, review, fmt)
    await pilot.app.push_screen(dialog)
    await wait_for(pilot, lambda: pilot.app.screen is dialog and dialog.checked)
    return dialog


def finding_and_chosen_shown(dialog: ExportScreen, fmt_line: str) -> bool:
    lines = "\n".join(screen_lines(dialog.app))
    return (in_view(dialog, dialog.query_one("#findings"))
            and in_view(dialog, dialog.query_one("#format-chosen"))
            and "likely personal detail" in lines and "Jane Doe" in lines
            and fmt_line in lines)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize(("mode", "fmt", "fmt_line"), [
    ("individual", None, "Chosen: CPD reflective account"),  # its record, nothing remembered
    ("individual", "md", "Chosen: Markdown"),  # the notes, last in a reflection's list
    ("team", "swe-docx", "Chosen: Social Work England CPD record"),
])
async def test_the_finding_and_the_chosen_line_are_in_view_as_it_opens(
        fictional_dir, sessions_dir, size, mode, fmt, fmt_line):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await opened(pilot, reflection(pilot, mode, 0), fmt)
        assert len(dialog.findings) == 1
        await wait_for(pilot, lambda: finding_and_chosen_shown(dialog, fmt_line))
        assert not dialog.query_one("#more-findings").display  # one finding: said whole


async def test_a_record_opens_on_its_finding_its_chosen_line_and_its_format_at_60x20(
        fictional_dir, sessions_dir):
    """The trial's reflection: its record's own line of the list is in view too, and the
    record's note is under the formats."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await opened(pilot, reflection(pilot, "individual", 0), None)
        assert dialog.chosen_format == "cpd-docx"
        await wait_for(pilot, lambda: finding_and_chosen_shown(
            dialog, "Chosen: CPD reflective account")
            and in_view(dialog, dialog.query_one("#fmt-cpd-docx")))
        note = dialog.query_one("#record-note")
        assert shown(note).startswith("Your name is not recorded")  # (none: said first)
        assert note.region.y >= dialog.query_one("#format").region.bottom


@pytest.mark.parametrize("mode", ["individual", "team"])
async def test_findings_that_do_not_fit_are_said_under_the_formats_at_60x20(
        fictional_dir, sessions_dir, mode):
    """Eight findings: the first over the "Chosen:" line, both in view, a line saying the
    other seven are said under the formats, where they are."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await opened(pilot, reflection(pilot, mode, 7), None)
        assert len(dialog.findings) == 8
        await wait_for(pilot, lambda: finding_and_chosen_shown(dialog, "Chosen: ")
                       and "7 more findings, under the formats" in " ".join(
                           shown(dialog.query_one("#findings")).split()))
        said = shown(dialog.query_one("#findings"))
        assert "Jane Doe" in said and "Jo Example" not in said
        more = dialog.query_one("#more-findings")
        assert more.display and "Jo Example" in shown(more) and "Jane Doe" not in shown(more)
        assert more.region.y >= dialog.query_one("#format").region.bottom
