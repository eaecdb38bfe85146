"""Exporting from the app: choose a format, see the personal-details check, redact or go and
edit."""

from __future__ import annotations

import io

import docx
from textual.widgets import Button, Checkbox, RadioSet

from reflect.store.exports import FORMATS
from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import (
    enter_text,
    go_forward_to,
    shown,
    start_and_go_to,
    wait_for,
)


async def checked_dialog(pilot, session, review) -> ExportScreen:  # type: ignore[no-untyped-def]
    """The export dialog on `session`, opened over the app and its check landed."""
    dialog = ExportScreen(session, review)
    await pilot.app.push_screen(dialog)
    await wait_for(pilot, lambda: pilot.app.screen is dialog and dialog.checked)
    return dialog

async def open_export(pilot):
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen)
                   and pilot.app.screen.checked)
    return pilot.app.screen


async def test_findings_are_shown_and_redacted_in_the_copy_only(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await enter_text(pilot, "Call 07700 900123 today")
        dialog = await open_export(pilot)
        text = shown(dialog.query_one("#findings"))
        assert "1 likely personal detail found" in text and "07700 900123" in text
        assert str(dialog.query_one("#export-go", Button).label) == "Export anyway (Ctrl+A)"
        await pilot.press("ctrl+o")  # a keystroke never exports past findings
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert not (sessions_dir / "exports").exists()
        dialog.query_one("#export-redacted", Button).press()
        target = sessions_dir / "exports" / f"{screen.session.id}-redacted.md"
        await wait_for(pilot, target.exists)
        written = target.read_text()
        assert "07700" not in written and "[redacted]" in written and "\\[" not in written
        assert screen.session.answers[0].text == "Call 07700 900123 today"
        await pilot.press("ctrl+q")
    assert "07700 900123" in list_sessions(sessions_dir).entries[0].session.answers[0].text


async def test_go_and_edit_jumps_to_the_finding(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await pilot.press("pagedown")  # question 2
        # Typed into whichever box has focus (a point is added by Enter; in the summary box
        # Enter is a new line): either way question 2 holds the email address.
        await enter_text(pilot, "email a.person@example.com\n")
        await go_forward_to(pilot, screen, "summary")
        dialog = await open_export(pilot)
        dialog.query_one("#export-edit", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert screen.steps[screen.index].key == "q:zz-second"


async def test_word_export_from_the_dialog(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await enter_text(pilot, "Nothing identifying, café")
        dialog = await open_export(pilot)
        dialog.query_one("#fmt-docx").value = True
        await pilot.pause()  # the format's change is handled: its check has started
        await wait_for(pilot, lambda: dialog.checked)
        assert dialog.query_one("#format", RadioSet).pressed_button.id == "fmt-docx"
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports" / f"{screen.session.id}.docx"
        await wait_for(pilot, target.exists)
    document = docx.Document(io.BytesIO(target.read_bytes()))
    assert any("Nothing identifying, café" in p.text for p in document.paragraphs)


async def test_a_pdf_whose_font_lacks_some_letters_is_said_to(fictional_dir, sessions_dir):
    """Urdu printed as `[arabic letter alef]…` in a PDF reported as written, without a word
    (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await enter_text(pilot, "Invented point in Urdu: اردو")
        dialog = await open_export(pilot)
        dialog.query_one("#fmt-pdf").value = True
        await pilot.pause()
        await wait_for(pilot, lambda: dialog.checked)
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports" / f"{screen.session.id}.pdf"
        await wait_for(pilot, target.exists)
        await wait_for(pilot, lambda: any("cannot print the Arabic characters" in n.message
                                          for n in app._notifications))


async def test_ctrl_o_on_the_formats_exports_the_one_highlighted(fictional_dir, sessions_dir):
    """↓ to PDF, then Ctrl+O, exported Markdown: the arrows had only moved the highlight, and
    Markdown was still the format chosen (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await enter_text(pilot, "Nothing identifying here")
        dialog = await open_export(pilot)
        await wait_for(pilot, lambda: dialog.checked)
        formats = dialog.query_one("#format", RadioSet)
        formats.focus()
        ids = [b.id for b in formats.query("RadioButton")]
        await pilot.press(*["right"] * ids.index("fmt-pdf"))  # → a choice on, ↓ a line
        await pilot.press("ctrl+o")
        folder = sessions_dir / "exports"
        await wait_for(pilot, lambda: (folder / f"{screen.session.id}.pdf").exists())
        assert not (folder / f"{screen.session.id}.md").exists()


async def test_attendance_by_agency_from_the_dialog(fictional_dir, sessions_dir):
    from reflect.model.session import Participant, Point

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        session = screen.session
        session.add_participant(Participant.parse("Sam Sample, Health visitor, Health"))
        session.add_participant(Participant.parse("Alex Example, Social worker, Council"))
        pid = session.participants[-2].id
        session.answers[0].points = [Point(text="Sam Sample asked about fathers", by=pid)]
        dialog = await open_export(pilot)
        box = dialog.query_one("#by-agency", Checkbox)
        assert str(box.label) == "Attendance by agency only (no names or roles)"
        said = shown(dialog.query_one("#findings"))  # the people here named, not looked for:
        assert said.startswith("Checked for NHS")  # "names: none found" misled (a trial)
        assert "names other than the people here: none found" in said
        box.value = True
        await wait_for(pilot, lambda: dialog.checked and "likely personal detail found" in
                       shown(dialog.query_one("#findings")))  # the new check has landed
        assert dialog.options.attendance_by_agency
        text = shown(dialog.query_one("#findings"))  # names are looked for once none are shown
        assert "1 likely personal detail found" in text and "participant name: Sam Sample" in text
        dialog.query_one("#export-redacted", Button).press()
        target = sessions_dir / "exports" / f"{session.id}-redacted.md"
        await wait_for(pilot, target.exists)
        notes = target.read_text()
        assert "Participants by agency:** Health: 1; Council: 1" in notes
        assert "- [redacted] asked about fathers (Health)" in notes
        for text in ("Sam Sample", "Alex Example", "Health visitor", "Social worker"):
            assert text not in notes


async def test_a_record_is_checked_on_what_it_prints(fictional_dir, sessions_dir):
    """An action owner's name never reaches a CPD record: the dialog does not hold the record
    back for it; a name in a point, which the record prints, is still found."""
    from reflect.model.session import Action, Participant, Point, Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-record", team="Invented Hub",
                            participants=[Participant.parse("Ann Example, Nurse, Trust")])
    session.actions = [Action(text="Ring the invented school", owner="Ann Example")]
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = ExportScreen(session, review, "swe-docx")
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        assert dialog.findings == []
        assert str(dialog.query_one("#export-go", Button).label) == "Export"
        await app.pop_screen()
        session.answers[0].points = [Point(text="Ann Example asked about the home")]
        dialog = ExportScreen(session, review, "swe-docx")
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        assert [f.field for f in dialog.findings] == ["answers[0].points[0].text"]


async def test_a_self_reflection_is_not_offered_attendance_options(fictional_dir,
                                                                    sessions_dir):
    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    alone = Session.start(review, "s-alone", mode="individual", title="My invented reflection")
    team = Session.start(review, "s-team", team="Invented Hub")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        for session, offered in ((alone, False), (team, True)):
            dialog = ExportScreen(session, review, "md")
            await app.push_screen(dialog)
            await wait_for(pilot, lambda d=dialog: app.screen is d and d.checked)
            for wid in ("attendance", "roles-only", "by-agency"):
                assert dialog.query_one(f"#{wid}", Checkbox).display is offered, wid
            assert dialog.query_one("#with-content", Checkbox).display
            await app.pop_screen()


async def test_a_record_format_says_role_only_and_greys_the_notes_options(fictional_dir,
                                                                        sessions_dir):
    """The notes' options do nothing to a CPD record, which always names people by role only
    (the dialog used to say "by role and agency", which a record never prints)."""
    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-record-options", mode="individual")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = ExportScreen(session, review, "nmc-docx")
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        boxes = [dialog.query_one(w, Checkbox) for w in
                 ("#with-content", "#attendance", "#roles-only", "#by-agency")]
        note = dialog.query_one("#record-note")  # said under the formats, over the options
        assert "by role only, never with their organisation" in " ".join(shown(note).split())
        assert note.display and all(box.disabled for box in boxes)
        dialog.query_one("#fmt-docx").value = True  # notes: the options count again
        await wait_for(pilot, lambda: not any(box.disabled for box in boxes))
        assert not note.display


async def test_the_keys_start_from_the_format_chosen_last_time(fictional_dir, sessions_dir):
    """Reopened with CSV chosen (the last export's format), Down then Space chose plain text,
    the format after Markdown: the highlight had gone back to the first format."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        dialog = await open_export(pilot)
        formats = dialog.query_one("#format", RadioSet)
        await wait_for(pilot, lambda: app.focused is formats)
        await pilot.press(*["right"] * 5, "space")  # Markdown, text, web, Word, JSON, CSV
        await wait_for(pilot, lambda: dialog.chosen_format == "csv" and dialog.checked)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: app.screen is screen)
        await wait_for(pilot, (sessions_dir / "exports" / f"{screen.session.id}.csv").exists)
        dialog = await open_export(pilot)
        formats = dialog.query_one("#format", RadioSet)
        assert dialog.chosen_format == "csv"
        await wait_for(pilot, lambda: app.focused is formats)
        await pilot.press("right", "space")
        await wait_for(pilot, lambda: dialog.chosen_format != "csv")
        assert dialog.chosen_format == "pdf"  # the one after CSV, not plain text


async def test_no_label_is_cut_at_60x20(fictional_dir, sessions_dir):
    """At 60x20 the dialog showed "Include the items typed but not added, marked (typ" and
    the record formats cut with "…": every format and option label is shown whole, wrapped
    under itself where it is longer than the line."""
    from textual.widgets._toggle_button import ToggleButton

    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-narrow", team="Invented Hub")
    session.drafts = {f"point:{session.answers[0].question_id}": "An invented point",
                      "action:text": "Ring the invented school"}
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await checked_dialog(pilot, session, review)
        toggles = list(dialog.query(ToggleButton).results(ToggleButton))
        assert len(toggles) == len(FORMATS) + 5  # each format, five options
        right = dialog.query_one("#export-dialog").content_region.right
        wrapped = 0
        for toggle in toggles:
            assert toggle.region.right <= right, toggle.id  # not drawn past the dialog's edge
            lines = [toggle.render_line(y).text for y in range(toggle.size.height)]
            assert lines[0][:1] == "▐" and lines[0][2:3] == "▌", lines  # the button first
            drawn = " ".join(" ".join([lines[0][3:], *lines[1:]]).split())
            assert drawn == " ".join(toggle.label.plain.split()), (toggle.id, lines)
            wrapped += len(lines) > 1
        assert wrapped >= 1  # the drafts' box
        for heading in dialog.query(".format-group"):  # each group's name whole
            assert "…" not in heading.render_line(0).text and heading.region.right <= right


async def test_the_buttons_after_a_finding_are_all_in_view_at_60x20(fictional_dir,
                                                                    sessions_dir):
    """With a finding, four buttons sat in one row at 60x20 and Cancel ran off the edge."""
    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-narrow", team="Invented Hub")
    session.answers[0].text = "Ring 07700 900123 about the invented case"
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await checked_dialog(pilot, session, review)
        await pilot.pause()
        buttons = list(dialog.query("#export-dialog Button").results(Button))
        assert {b.id for b in buttons} >= {"export-redacted", "export-go", "export-edit",
                                           "export-cancel"}
        for button in buttons:
            region = button.region
            assert region.width and region.right <= 60, (button.id, region)
            assert str(button.label) in " ".join(
                button.render_line(y).text for y in range(button.size.height)), button.id


async def test_the_dialog_fits_at_100x30_with_nothing_drawn_beneath_its_buttons(fictional_dir,
                                                                              sessions_dir):
    """Twenty rows of formats made the dialog scroll at 100x30: the last format showed below
    its buttons, and the last option was out of sight (a trial)."""
    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-fits", team="Invented Hub")
    session.notes["summary"] = "Invented notes."  # (nothing recorded is said: a line more)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await checked_dialog(pilot, session, review)
        await pilot.pause()
        box = dialog.query_one("#export-dialog")
        assert box.max_scroll_y == 0
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        below = lines[next(n for n, line in enumerate(lines) if "Cancel" in line) + 1:]
        assert not any("(." in line for line in below)  # no format under the buttons
        assert dialog.query_one("#by-agency").region.bottom <= box.region.bottom


async def test_the_summarys_export_button_opens_the_dialog_on_markdown(fictional_dir,
                                                                       sessions_dir):
    """The button opened the dialog with no format ticked (it was given the button press as
    its format); it opens as Ctrl+O does."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "summary")
        button = screen.panes[screen.index].query_one("#export", Button)
        button.press()
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        assert app.screen.query_one("#format", RadioSet).pressed_button.id == "fmt-md"


async def test_nothing_of_the_list_shows_below_the_buttons_after_a_finding_at_100x30(
        fictional_dir, sessions_dir):
    """With a finding and items typed but not added, the dialog scrolls at 100x30: a line of
    it (`Include the items typed but not added…`, or before ↓ a record format) showed in the
    blank line under `Export redacted  Export anyway  Go and edit  Cancel` (a trial). The
    line under the buttons is the dialog's own, and the last option still scrolls into view
    above them."""
    from reflect.model.session import Point, Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-below", team="Invented Hub")
    session.answers[0].points.append(
        Point(text="Ring pat.example@example.invalid or 07700 900123 about it"))
    session.drafts = {f"point:{session.answers[2].question_id}": "An invented point",
                      "action:text": "Ring the invented school"}
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await checked_dialog(pilot, session, review)
        box = dialog.query_one("#export-dialog")
        buttons = dialog.query_one("#export-dialog .buttons")
        await wait_for(pilot, lambda: dialog.query_one("#export-redacted").display
                       and box.max_scroll_y > 0)  # (it scrolls, as in the trial)

        def below_the_buttons() -> list[str]:
            lines = [strip.text for strip in app.screen._compositor.render_strips()]
            inside = box.content_region
            rows = range(buttons.region.bottom, inside.bottom)
            return [lines[y][inside.x:inside.right] for y in rows]

        for _ in range(20):
            assert all(not row.strip() for row in below_the_buttons()), below_the_buttons()
            await pilot.press("down")
        assert all(not row.strip() for row in below_the_buttons()), below_the_buttons()

        last = dialog.query_one("#include-drafts", Checkbox)
        last.focus()
        try:
            await wait_for(pilot, lambda: last.region.height > 0
                           and last.region.bottom <= buttons.region.y, timeout=3)
        except AssertionError:
            raise AssertionError("\n".join(s.text for s in
                                           app.screen._compositor.render_strips())) from None
        assert last.region.y >= box.content_region.y
        assert all(not row.strip() for row in below_the_buttons()), below_the_buttons()
