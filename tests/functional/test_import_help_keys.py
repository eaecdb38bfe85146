"""F1 in the import preview gives its keys first: the help listed none of them (a docs
helper's trial). At 80x24 and 60x20."""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.help import HelpScreen
from tests.functional.helpers import import_dialog, shown, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_f1_in_the_import_preview_gives_its_keys_first(fictional_dir, sessions_dir,
                                                             size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await import_dialog(pilot)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        headings = [shown(h).strip() for h in app.screen.query(".help-heading")]
        assert headings[0] == "IN THE IMPORT PREVIEW"  # first, before the start screen's
        keys = " ".join(shown(app.screen.query(".help-keys").first()).split())
        assert "Move it into" in keys and "six Tabs from Briefing file" in keys
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is dialog)
