"""What is wrong with a file read in the import dialog (`i`) is said at once, in view, naming
the file: a party invitation's "is it the briefing you meant?" was the first note under four
boxes, off the screen at 80x24, naming no file; and the .txt of a briefing imported from its
PDF was previewed and saved beside it (`child-q1` next to `child-q1-briefing`) with no word
said (a learning lead's fresh-eyes trial). All data invented."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Input

from reflect.cli import main
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.import_review import ImportScreen
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import open_and_preview, screen_lines, shown, wait_for
from tests.unit.test_import_alike import BRIEFING
from tests.unit.test_import_not_a_briefing import PARTY


def _on_screen(app: object) -> str:
    """The screen as drawn, its lines run together (a wrapped sentence found whole)."""
    return " ".join(" ".join(line.strip(" █▊▎") for line in screen_lines(app)).split())


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_file_that_is_no_briefing_is_said_in_view_naming_it(fictional_dir, sessions_dir,
                                                                     tmp_path, size):
    source = tmp_path / "party.md"
    source.write_text(PARTY)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Sam Sample")
        warning = dialog.query_one("#import-warning", Literal)
        await wait_for(pilot, lambda: "party.md does not read as a learning briefing"
                       in _on_screen(app))
        said = " ".join(shown(warning).split())
        assert "none of a briefing's parts was found in it" in said
        assert "Is it the briefing you meant? If not, give another file above" in said
        assert "Save asks before saving it anyway" in said
        # said once: not again among the notes below
        assert "is it the briefing you meant?" not in shown(dialog.query_one("#import-preview"))
        # another file, a briefing: the warning goes
        other = tmp_path / "brief.md"
        other.write_text(BRIEFING)
        dialog.query_one("#import-path", Input).value = str(other)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Child Q1" in shown(dialog.query_one("#import-preview")))
        assert not warning.display
        assert "does not read as a learning briefing" not in _on_screen(app)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_briefing_already_in_the_library_under_another_id_is_said_and_asked(
        fictional_dir, sessions_dir, tmp_path, capsys, size):
    first = tmp_path / "child-q1-briefing.md"
    first.write_text(BRIEFING)
    assert main(["import", str(first), "--id", "child-q1-briefing",
                 "--content-dir", str(fictional_dir)]) == 0
    capsys.readouterr()
    again = tmp_path / "child-q1.txt"
    again.write_text(BRIEFING.replace("**", ""))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await open_and_preview(pilot, again, "Child Q1")
        await wait_for(pilot, lambda: "child-q1.txt looks like a briefing already in the "
                       "library: review child-q1-briefing (Child Q1 (Moorvale))"
                       in _on_screen(app))
        said = " ".join(shown(dialog.query_one("#import-warning", Literal)).split())
        assert str(fictional_dir / "child-q1-briefing.toml") in said
        assert "imported from child-q1-briefing.md on" in said
        assert "of the same title and partnership" in said
        for no in ("n", "escape"):  # asked first; n or Esc saves nothing
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            asked = " ".join(shown(app.screen.query_one(Literal)).split())
            assert "Save it to the library beside that review anyway, as child-q1?" in asked
            if no == "escape":  # (after a letter, typing is seen: letters are off)
                await pilot.press("y", "ctrl+s")  # no letter (nor Ctrl+S again) saves it
                assert isinstance(app.screen, ConfirmScreen)
            await pilot.press(no)
            await wait_for(pilot, lambda: app.screen is dialog)
        assert not (fictional_dir / "child-q1.toml").exists()
        # a title typed that is another review's no longer looks like it
        title = dialog.query_one("#import-title", Input)
        title.value = "Child Q2 (Moorvale)"
        await wait_for(pilot, lambda: not dialog.query_one("#import-warning").display)
        title.value = ""
        await wait_for(pilot, lambda: dialog.query_one("#import-warning").display)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        app.screen.query_one("#yes", Button).press()
        await wait_for(pilot, lambda: not isinstance(app.screen, (ConfirmScreen, ImportScreen)))
    assert (fictional_dir / "child-q1.toml").is_file()
    assert (fictional_dir / "child-q1-briefing.toml").is_file()
