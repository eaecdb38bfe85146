"""A briefing's path mistyped in the import preview is answered with the file in that folder
likely meant, as `reflect import` answers it: the app said only "cannot read …: No such file
or directory" (a docs helper's trial). At 80x24 and 60x20; all invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from tests.functional.helpers import import_dialog, shown, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_mistyped_path_is_answered_with_the_file_likely_meant(
        fictional_dir, sessions_dir, tmp_path, size):
    (tmp_path / "child-zq.md").write_text("# Child ZQ\n\nAn invented briefing.\n")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await import_dialog(pilot)
        preview = dialog.query_one("#import-preview")
        dialog.query_one("#import-path").value = str(tmp_path / "chlid-zq.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "cannot read" in shown(preview))
        said = "".join(shown(preview).split())  # (a long path is broken across lines)
    assert "".join(f"did you mean {tmp_path / 'child-zq.md'}?".split()) in said, said


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_right_at_the_end_of_the_box_takes_the_file_offered(
        fictional_dir, sessions_dir, tmp_path, size):
    """"did you mean …/Child QZ briefing (final).md?" offered no key to take it: the path,
    its spaces and brackets, had to be typed again (a school's trial). → at the end of the
    box puts it there, as on the new-session form's team box, and Enter previews it."""
    meant = tmp_path / "Child QZ briefing (final).md"
    meant.write_text("# Child QZ\n\nAn invented briefing.\n\n## Key learning\n\n"
                     "- Invented learning for Team Blue.\n")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await import_dialog(pilot)
        preview = dialog.query_one("#import-preview")
        box = dialog.query_one("#import-path", Input)
        box.value = str(tmp_path / "Child QZ briefing (fianl).md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "cannot read" in shown(preview))
        assert "→ at the end of the box puts it there, and Enter previews it." in " ".join(
            shown(preview).split())
        await pilot.press("home", "right")  # not at the end: the cursor moves, as ever
        await wait_for(pilot, lambda: box.cursor_position == 1)
        assert box.value == str(tmp_path / "Child QZ briefing (fianl).md")
        await pilot.press("end", "right")
        await wait_for(pilot, lambda: box.value == str(meant))
        assert box.cursor_position == len(box.value) and app.focused is box
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Child QZ" in shown(preview)
                       and "cannot read" not in shown(preview))


async def test_the_offer_goes_once_the_path_is_typed_on(fictional_dir, sessions_dir, tmp_path):
    (tmp_path / "child-zq.md").write_text("# Child ZQ\n\nAn invented briefing.\n")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await import_dialog(pilot)
        preview = dialog.query_one("#import-preview")
        box = dialog.query_one("#import-path", Input)
        box.value = str(tmp_path / "chlid-zq.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "cannot read" in shown(preview))
        await pilot.press("end", "x", "right")
        await pilot.pause()
        assert box.value == str(tmp_path / "chlid-zq.mdx")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_folder_is_said_to_be_one_and_the_preview_goes_on(
        fictional_dir, sessions_dir, tmp_path, size):
    """A folder given said "Is a directory" alone (a learning lead's trial): it is named as a
    folder, with what to give instead; the dialog stays, and the briefing in it is read next."""
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "child-zq.md").write_text("# Child ZQ\n\nAn invented briefing.\n\n"
                                        "## Key learning\n\n- Invented learning.\n")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await import_dialog(pilot)
        preview = dialog.query_one("#import-preview")
        dialog.query_one("#import-path").value = str(folder)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "is a folder" in shown(preview))
        said = " ".join(shown(preview).split())
        assert "Is a directory" not in said and "one briefing" in said
        assert "itholdschild-zq.md" in "".join(shown(preview).split())
        assert app.screen is dialog
        dialog.query_one("#import-path").value = str(folder / "child-zq.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Child ZQ" in shown(preview))
