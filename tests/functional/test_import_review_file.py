"""A review file written by hand given to the import dialog: checked as `reflect validate`
checks it, its problems listed naming the file and the field, nothing saved; corrected and
checked again, Save adds it to the library byte for byte (store/review_file.py). Every review
here is invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, OptionList

from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ImportScreen
from tests.functional.helpers import open_and_preview, said, shown, wait_for
from tests.unit.test_review_file import ZQ


async def test_a_review_file_is_checked_then_added_as_it_is(fictional_dir: Path,
                                                           sessions_dir: Path,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "child-zq.toml"
    path.write_text(ZQ.replace('themes = ["information-sharing"]', "themes = []"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, path, until="Not added to the library")
        preview = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert f"{path}: themes: is empty" in preview
        assert dialog.query_one("#import-save", Button).disabled
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any("Nothing saved: the review file does not validate"
                                          in s for s in said(app)))
        assert isinstance(app.screen, ImportScreen)
        assert not (fictional_dir / "child-zq.toml").exists()
        path.write_text(ZQ)  # corrected, and checked again
        await pilot.press("enter")
        await wait_for(pilot, lambda: "it validates" in shown(dialog.query_one("#import-preview")))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 2)
    assert (fictional_dir / "child-zq.toml").read_bytes() == path.read_bytes()
