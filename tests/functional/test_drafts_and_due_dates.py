"""At 80×24: a due date typed in words is shown as the date it was read as and saved as that
date (#15.9); items typed but not added are named in the export dialog, and included, marked,
only when ticked (#15.4)."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Checkbox, Input

from reflect.export.drafts import MARK
from reflect.model.dates import read_date, short_date
from reflect.store.sessions import load_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import enter_text, start_and_go_to, type_text, wait_for


async def due_box(pilot):  # type: ignore[no-untyped-def]
    """On What to do now with an action's words typed: the screen, and its due box, focused."""
    app = pilot.app
    screen = await start_and_go_to(pilot, "actions")
    what = screen.query_one(".action-what", Input)
    await wait_for(pilot, lambda: app.focused is what)
    await enter_text(pilot, "Ring the invented school nurse")
    due = screen.query_one(".action-due", Input)
    due.focus()
    await wait_for(pilot, lambda: app.focused is due)
    return screen, due


async def test_a_due_date_in_words_shows_the_date_read_and_saves_it(fictional_dir,
                                                                     sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, due = await due_box(pilot)
        await type_text(pilot, "Friday")
        friday = read_date("Friday", date.today())
        assert friday is not None
        await wait_for(pilot, lambda: str(due.border_subtitle) == f"→ {short_date(friday)}")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        assert (screen.session.actions[0].due, screen.session.actions[0].due_date) == (
            "Friday", friday)
        assert str(due.border_subtitle) == ""  # the box is empty again
        due.focus()
        await wait_for(pilot, lambda: app.focused is due)
        await type_text(pilot, "someday")
        await wait_for(pilot, lambda: str(due.border_subtitle) == "not read as a date")
        due.value = "1/1/2020"  # a date gone by (or a slip) is said so
        await wait_for(pilot, lambda: str(due.border_subtitle) == "→ 1 Jan 2020, past")
        path = session_path(sessions_dir, screen.session.id)
        await wait_for(pilot, lambda: path.exists()
                       and load_session(path).actions[:1] != []
                       and load_session(path).actions[0].due_date == friday)


async def test_what_the_due_box_says_it_read_pasted_back_reads_as_that_date(fictional_dir,
                                                                           sessions_dir):
    """`→ 1 Jan 2020, past`, the due box's own words for a date gone by, pasted back into
    the box was "not read as a date" (a helper's trial): it reads as the date it says."""
    from textual import events

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, due = await due_box(pilot)
        await type_text(pilot, "1/1/2020")
        await wait_for(pilot, lambda: str(due.border_subtitle) == "→ 1 Jan 2020, past")
        said = str(due.border_subtitle)
        due.value = ""
        await wait_for(pilot, lambda: str(due.border_subtitle) == "")
        due.post_message(events.Paste(said))
        await wait_for(pilot, lambda: due.value == said)
        await wait_for(pilot, lambda: str(due.border_subtitle) != "")
        assert str(due.border_subtitle) == "→ 1 Jan 2020, past"
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        assert screen.session.actions[0].due_date == date(2020, 1, 1)


async def test_the_export_dialog_names_drafts_and_includes_them_when_ticked(fictional_dir,
                                                                           sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "actions")
        await wait_for(pilot, lambda: app.focused is screen.query_one(".action-what", Input))
        await enter_text(pilot, "Ring the invented school nurse")  # never added
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        dialog = app.screen
        said = str(dialog.query_one("#drafts").render())
        assert "1 item typed but not added: an action on What to do now (“Ring the " \
               "invented school nurse”)" in " ".join(said.split())
        assert "left out of the notes unless" in " ".join(said.split())

        def drafts_note() -> str:
            return " ".join(str(dialog.query_one("#drafts").render()).split())

        # A CPD record chosen: left out of the record, not "the notes" (a trial).
        dialog.query_one("#fmt-cpd-md").value = True
        await wait_for(pilot, lambda: "left out of the record unless" in drafts_note())
        dialog.query_one("#fmt-txt").value = True
        await wait_for(pilot, lambda: "left out of the notes unless" in drafts_note())
        await pilot.pause()  # the format's change is handled: its check has started
        await wait_for(pilot, lambda: dialog.checked)
        await pilot.press("ctrl+o")  # not ticked: left out
        target = sessions_dir / "exports" / f"{screen.session.id}.txt"
        await wait_for(pilot, target.exists)
        await wait_for(pilot, lambda: app.screen is screen)
        assert "school nurse" not in target.read_text(encoding="utf-8")
        target.unlink()
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        box = app.screen.query_one("#include-drafts", Checkbox)
        box.value = True
        await pilot.pause()
        await wait_for(pilot, lambda: app.screen.checked)  # checked with the drafts in
        await pilot.press("ctrl+o")
        await wait_for(pilot, target.exists)
        text = " ".join(target.read_text(encoding="utf-8").split())
        assert f"Ring the invented school nurse {MARK}" in text
        assert screen.session.actions == []  # the session itself is not changed


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_due_column_shows_the_date_read_and_marks_words_that_are_not_one(
        fictional_dir, sessions_dir, size):
    """The Due column showed the typed words cut short (`31 J…`); it shows the date they were
    read as in a form that fits, and words that name no date marked `?`. The notes say
    `32/13/2027 (not read as a date)` rather than printing the words as if they were one."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_and_go_to(pilot, "actions")
        for what, due in (("Ring the invented school nurse", "31 January 2027"),
                          ("Write to Invented Council", "32/13/2027")):
            box = screen.query_one(".action-what", Input)
            box.focus()
            await wait_for(pilot, lambda b=box: app.focused is b)
            await enter_text(pilot, what)
            box = screen.query_one(".action-due", Input)
            box.focus()
            await wait_for(pilot, lambda b=box: app.focused is b)
            await enter_text(pilot, due)
            await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 2)
        table = screen.query_one(".actions-table", RowTable)
        due_key, due_column = list(table.columns.items())[3]
        assert str(due_column.label) == "Due"
        await wait_for(pilot, lambda: table.row_count == 2)
        shown = [str(table.get_cell(str(row), due_key)) for row in range(2)]
        assert shown[0] in {"31 Jan 2027", "31 Jan 27", "31/1/27", "31 Jan", "31/1"}, shown
        assert len(shown[0]) <= due_column.width
        # Marked, and whole: words that name no date wrap within the column (at 80x24 they
        # were cut to `? 32/1…`, a fresh-eyes trial).
        assert " ".join(shown[1].split()) == "? 32/13/2027", shown
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        app.screen.query_one("#fmt-txt").value = True
        await pilot.pause()  # the format's change is handled: its check has started
        await wait_for(pilot, lambda: app.screen.checked)
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports" / f"{screen.session.id}.txt"
        await wait_for(pilot, target.exists)
    text = " ".join(target.read_text(encoding="utf-8").split())
    # (the plain-text notes say dates as plain mode does: in words, the words typed for a
    # date read not said again)
    assert "due 32/13/2027, not read as a date" in text
    assert "due Sunday 31 January 2027" in text and text.count("31 January 2027") == 1
