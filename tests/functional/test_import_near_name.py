"""A briefing's path mistyped in the import preview is answered with the file in that folder
likely meant, as `reflect import` answers it: the app said only "cannot read …: No such file
or directory" (a docs helper's trial). At 80x24 and 60x20; all invented."""

from __future__ import annotations

import pytest

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
    assert said.endswith("".join(f"did you mean {tmp_path / 'child-zq.md'}?".split())), said
