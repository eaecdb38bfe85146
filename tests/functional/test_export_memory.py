"""Exporting several times in a session at 80×24: the dialog remembers the format and options
chosen last (#15.8), the message after each export never covers the time line (#15.7), and
an earlier export is replaced only when the person says so."""

from __future__ import annotations

from textual.widgets import Button, Checkbox, RadioSet
from textual.widgets._toast import Toast

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.widgets.timer import TimerBar
from tests.functional.helpers import start_and_go_to, wait_for


async def open_export(pilot) -> ExportScreen:
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen)
                   and pilot.app.screen.checked)
    return pilot.app.screen


def covered_cells(screen, widget) -> list[tuple[int, int]]:
    """The cells of `widget` that something else (a toast, say) is drawn over."""
    region = widget.region
    out = []
    for y in range(region.y, region.bottom):
        for x in range(region.x, region.right):
            top, _ = screen.get_widget_at(x, y)
            if top is not widget and widget not in top.ancestors:
                out.append((x, y))
    return out


async def test_the_dialog_remembers_format_and_options(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        dialog.query_one("#fmt-html").value = True
        dialog.query_one("#with-content", Checkbox).value = True
        dialog.query_one("#attendance", Checkbox).value = False
        await pilot.pause()
        await pilot.press("ctrl+o")
        first = sessions_dir / "exports" / f"{screen.session.id}.html"
        await wait_for(pilot, first.exists)
        await wait_for(pilot, lambda: app.screen is screen)
        dialog = await open_export(pilot)
        assert dialog.query_one("#format", RadioSet).pressed_button.id == "fmt-html"
        assert dialog.query_one("#with-content", Checkbox).value is True
        assert dialog.query_one("#attendance", Checkbox).value is False
        assert dialog.query_one("#roles-only", Checkbox).value is False
        await pilot.press("escape")  # a cancelled dialog changes nothing remembered
        await wait_for(pilot, lambda: app.screen is screen)
        dialog = await open_export(pilot)
        assert dialog.query_one("#format", RadioSet).pressed_button.id == "fmt-html"


async def test_messages_after_exports_leave_the_time_line_visible(fictional_dir,
                                                                   sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await start_and_go_to(pilot, "question")
        for fmt in ("md", "txt", "html"):
            dialog = await open_export(pilot)
            dialog.query_one(f"#fmt-{fmt}").value = True
            await pilot.pause()
            await pilot.press("ctrl+o")
            target = sessions_dir / "exports" / f"{screen.session.id}.{fmt}"
            await wait_for(pilot, target.exists)
            await wait_for(pilot, lambda: app.screen is screen)
        # The last export's message shown (each replaces the one before), and, while it is
        # shown, its place once the screen has caught up: the time line and the status line
        # uncovered. (Read once, just after a pause, it failed once in a whole run and never in
        # 15 repeats; a likely cause, not shown: read as the message before went, with the new
        # one where Textual first puts it, before it was placed.)
        timer = screen.query_one(TimerBar)
        status = screen.query_one("#status")
        await wait_for(pilot, lambda: [toast._notification.message.endswith(".html")
                                       for toast in screen.query(Toast)] == [True]
                       and timer.region.height >= 1
                       and not covered_cells(screen, timer) and not covered_cells(screen, status))


async def test_an_earlier_export_is_replaced_only_when_asked(fictional_dir, sessions_dir):
    """Exporting again silently replaced the earlier notes, edits made to them since and all."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        folder = sessions_dir / "exports"
        first = folder / f"{screen.session.id}.md"
        await open_export(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, first.exists)
        await wait_for(pilot, lambda: app.screen is screen)
        first.write_text("Edited by the invented chair after the meeting\n", encoding="utf-8")

        async def export_again() -> ConfirmScreen:
            await open_export(pilot)
            await pilot.press("ctrl+o")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            return app.screen

        question = await export_again()
        assert question.path is not None and question.path[1] == first  # said whole
        assert "Replace" in question.question
        # Esc cancels, as everywhere else: it wrote a second copy of the notes (a trial).
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.pause()
        assert list(folder.iterdir()) == [first]
        assert first.read_text(encoding="utf-8").startswith("Edited by the invented chair")

        await export_again()
        await pilot.press("n")  # keeps both: the notes go beside the edited file
        # (The notes beside it are written to a temporary file first, then renamed: counted
        # with the temporary file, two files were there before the notes, now and then.)
        await wait_for(pilot, lambda: len(list(folder.glob("*.md"))) == 2)
        [beside] = [p for p in folder.iterdir() if p != first]
        assert beside.name.startswith(f"{screen.session.id}-") and beside.suffix == ".md"
        assert "Child ZZ" in beside.read_text(encoding="utf-8")
        assert first.read_text(encoding="utf-8").startswith("Edited by the invented chair")

        await wait_for(pilot, lambda: app.screen is screen)
        dialog = await export_again()
        # A word typed on after Ctrl+O ("Already …") never replaces the file with its `y`
        # (a trial): only the button does.
        await pilot.press("A", "l", "r", "e", "a", "d", "y")
        await pilot.pause()
        assert app.screen is dialog and first.read_text(encoding="utf-8").startswith("Edited")
        assert str(dialog.query_one("#yes", Button).label) == "Replace"
        dialog.query_one("#yes", Button).press()
        await wait_for(pilot, lambda: "Child ZZ" in first.read_text(encoding="utf-8"))
        assert sorted(folder.iterdir()) == sorted([first, beside])


async def test_the_choice_is_remembered_in_the_next_run_for_each_kind(fictional_dir,
                                                                       sessions_dir):
    """A trial: after quitting and opening reflect again, the dialog opened on Markdown, not
    the PDF chosen last time. The choice is kept in the settings file, one for each kind of
    session: the next run's team session opens on the PDF (and its box ticked), a reflection
    of your own still on its CPD record."""
    import tomllib

    from reflect.store.settings import settings_path
    from tests.functional.helpers import start_new

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        dialog.query_one("#fmt-pdf").value = True
        dialog.query_one("#with-content", Checkbox).value = True
        await pilot.pause()
        await pilot.press("ctrl+o")
        await wait_for(pilot, (sessions_dir / "exports" / f"{screen.session.id}.pdf").exists)
        await wait_for(pilot, lambda: app.screen is screen)
    kept = tomllib.loads(settings_path().read_text(encoding="utf-8"))["last_export"]
    assert kept["team"]["format"] == "pdf" and kept["team"]["include_content"] is True
    assert "individual" not in kept

    app = make_app(fictional_dir, sessions_dir)  # the next run: a reflection, then a team
    async with app.run_test(size=(80, 24)) as pilot:
        await start_new(pilot, mode="individual")
        dialog = await open_export(pilot)
        assert dialog.chosen_format == "cpd-docx"  # its own: nothing kept for a reflection
        dialog.query_one("#fmt-swe-md").value = True
        await wait_for(pilot, lambda: dialog.checked and dialog.chosen_format == "swe-md")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: not isinstance(app.screen, ExportScreen))
    kept = tomllib.loads(settings_path().read_text(encoding="utf-8"))["last_export"]
    assert kept["individual"]["format"] == "swe-md" and kept["team"]["format"] == "pdf"
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        assert dialog.query_one("#format", RadioSet).pressed_button.id == "fmt-pdf"
        assert dialog.query_one("#with-content", Checkbox).value is True


async def test_a_kept_choice_that_cannot_be_used_is_said_as_the_dialog_opens(fictional_dir,
                                                                            sessions_dir):
    from reflect.store.settings import settings_path

    settings_path().write_text('[last_export.team]\nformat = "docs"\n', encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        assert dialog.chosen_format == "md"  # as with nothing kept
        said = [str(n.message) for n in app._notifications]
        assert any("settings.toml: last_export.team.format: 'docs' is not an export format"
                   in s for s in said), said


async def test_json_is_remembered_until_reflect_closes_and_the_notes_format_after(
        fictional_dir, sessions_dir):
    """A trial: after one JSON export, quitting and opening reflect again, the team's next
    Ctrl+O opened on `JSON (for other tools)`, while README said choices lasted until
    reflect was closed. JSON and CSV are one-offs: the run remembers them, the settings file
    keeps the notes' format used before them (Word here), and the next run opens on it."""
    import tomllib

    from reflect.store.settings import settings_path

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        for fmt in ("docx", "json"):
            dialog = await open_export(pilot)
            dialog.query_one(f"#fmt-{fmt}").value = True
            await wait_for(pilot, lambda f=fmt: dialog.checked and dialog.chosen_format == f)
            await pilot.press("ctrl+o")
            await wait_for(pilot, (sessions_dir / "exports" / f"{screen.session.id}.{fmt}").exists)
            await wait_for(pilot, lambda: app.screen is screen)
        dialog = await open_export(pilot)  # the same run: the JSON just written
        assert dialog.chosen_format == "json"
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
    kept = tomllib.loads(settings_path().read_text(encoding="utf-8"))["last_export"]
    assert kept["team"]["format"] == "docx"

    app = make_app(fictional_dir, sessions_dir)  # the next run
    async with app.run_test(size=(80, 24)) as pilot:
        await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        assert dialog.chosen_format == "docx"


async def test_csv_first_of_all_leaves_the_next_run_on_markdown(fictional_dir, sessions_dir):
    """CSV as the first export ever: the next run opens on Markdown, as with nothing kept;
    a JSON kept by an earlier version of reflect opens on Markdown too."""
    import tomllib

    from reflect.store.settings import settings_path

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        dialog.query_one("#fmt-csv").value = True
        await wait_for(pilot, lambda: dialog.checked and dialog.chosen_format == "csv")
        await pilot.press("ctrl+o")
        await wait_for(pilot, (sessions_dir / "exports" / f"{screen.session.id}.csv").exists)
    kept = tomllib.loads(settings_path().read_text(encoding="utf-8"))["last_export"]
    assert kept["team"]["format"] == "md"
    settings_path().write_text('[last_export.team]\nformat = "json"\n', encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        assert dialog.chosen_format == "md"
        assert not any("last_export" in str(n.message) for n in app._notifications)
