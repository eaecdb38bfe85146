"""The CPD record's choices (F8) and the export list say which record is for whom: a school's
safeguarding lead saw only Social Work England's and the NMC's, every box labelled for one of
them, and could not tell which to use (a trial)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from tests.cpd_folder import reflection_at_differently
from tests.functional.helpers import f8_dialog, open_saved_session, wait_for


def shown_text(app, wid: str) -> str:  # type: ignore[no-untyped-def]
    """The words a widget shows on screen, its lines joined: what a person can read of it."""
    region = app.screen.query_one(wid).content_region
    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    return " ".join(" ".join(line[region.x:region.right]
                             for line in lines[region.y:region.bottom]).split())


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_f8_says_first_which_record_is_for_any_profession(fictional_dir, sessions_dir,
                                                                tmp_path, size):
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        await wait_for(pilot, lambda: "Any profession, a teacher, police officer, GP, early "
                       "years…: the reflective account for any profession uses the first two "
                       "boxes and the time." in shown_text(app, "#cpd-intro"))
        titles = {box.id: str(box.border_title) for box in dialog.query(Input)}
        assert "any profession" in titles["cpd-activity"]
        assert "any profession" in titles["cpd-why"]
        assert "any profession" not in titles["cpd-method"]  # the NMC log's alone
        text = " ".join(str(w.render()) for w in dialog.query(".cpd-heading"))
        assert "(social workers)" in text and "nurses, midwives, nursing associates" in text


async def test_the_export_list_offers_the_account_for_any_profession_before_the_regulators(
        fictional_dir, sessions_dir, tmp_path):
    from reflect.ui.screens.export import ExportScreen

    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_saved_session(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        ids = [b.id for b in app.screen.query("#format > *")]
        assert ids.index("fmt-cpd-docx") < ids.index("fmt-swe-docx") < ids.index("fmt-nmc-docx")
        assert str(app.screen.query_one("#fmt-cpd-docx").label) == "Word"  # in its group:
        headings = [str(h.render()) for h in app.screen.query(".format-group")]
        assert headings[0] == "CPD reflective account, any profession"  # first on your own
