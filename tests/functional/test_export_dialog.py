"""Exporting from the app: choose a format, see the personal-details check, redact or go and edit."""

from __future__ import annotations

import io

import docx
from textual.widgets import Button, RadioSet

from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import shown, start_and_go_to, type_text, wait_for


async def open_export(pilot):
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen))
    return pilot.app.screen


async def test_findings_are_shown_and_redacted_in_the_copy_only(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await type_text(pilot, "Call 07700 900123 today")
        dialog = await open_export(pilot)
        text = shown(dialog.query_one("#findings"))
        assert "1 likely personal detail(s)" in text and "07700 900123" in text
        assert str(dialog.query_one("#export-go", Button).label) == "Export anyway"
        await pilot.press("ctrl+o")  # a keystroke never exports past findings
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert not (sessions_dir / "exports").exists()
        dialog.query_one("#export-redacted", Button).press()
        target = sessions_dir / "exports" / f"{screen.session.id}-redacted.md"
        await wait_for(pilot, target.exists)
        assert "07700" not in target.read_text() and "\\[redacted]" in target.read_text()
        assert screen.session.answers[0].text == "Call 07700 900123 today"
        await pilot.press("ctrl+q")
    assert "07700 900123" in list_sessions(sessions_dir).entries[0].session.answers[0].text


async def test_go_and_edit_jumps_to_the_finding(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await pilot.press("pagedown")  # question 2
        await type_text(pilot, "email a.person@example.com")
        while screen.steps[screen.index].kind != "summary":
            await pilot.press("pagedown")
        dialog = await open_export(pilot)
        dialog.query_one("#export-edit", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert screen.steps[screen.index].key == "q:zz-second"


async def test_word_export_from_the_dialog(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await type_text(pilot, "Nothing identifying, café")
        dialog = await open_export(pilot)
        dialog.query_one("#fmt-docx").value = True
        await pilot.pause()
        assert dialog.query_one("#format", RadioSet).pressed_button.id == "fmt-docx"
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports" / f"{screen.session.id}.docx"
        await wait_for(pilot, target.exists)
    document = docx.Document(io.BytesIO(target.read_bytes()))
    assert any("Nothing identifying, café" in p.text for p in document.paragraphs)
