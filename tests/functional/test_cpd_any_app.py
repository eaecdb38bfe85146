"""The CPD record's choices (F8) and the export list say which record is for whom: a school's
safeguarding lead saw only Social Work England's and the NMC's, every box labelled for one of
them, and could not tell which to use (a trial)."""

from __future__ import annotations

import pytest

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
        records = {box.id: str(box.border_subtitle) for box in dialog.query("Input, TextArea")}
        assert "any profession" in records["cpd-activity"]
        assert "any profession" in records["cpd-why"]
        assert "any profession" not in records["cpd-method"]  # the NMC log's alone
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


WHY = ("As the designated safeguarding lead at Moorvale Primary I take the first call about "
       "worries, so I need to know how what other services know reaches the school.")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_f8_shows_each_label_whole_and_why_relevant_as_typed(fictional_dir, sessions_dir,
                                                                  tmp_path, size):
    """A fresh-eyes trial: the labels were cut ("Type of CPD activity (any profession; Social
    Wo…") and *Why relevant* was a box of one line for a whole sentence."""
    from textual.widgets import TextArea

    from reflect.ui.screens.cpd_choices import TEXTS
    from tests.functional.helpers import open_part, press_in_order, screen_lines

    s = reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        why = dialog.query_one("#cpd-why", TextArea)
        why.focus()
        await wait_for(pilot, lambda: app.focused is why)
        await press_in_order(app, list(WHY))
        assert screen.session.cpd.why_relevant == WHY  # type: ignore[attr-defined]
        assert s.id == screen.session.id  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: shown_text(app, "#cpd-why") == WHY)  # all of it in view
        await open_part(pilot, dialog, "#cpd-nmc")
        for wid, (_, label, records) in TEXTS.items():
            box = dialog.query_one(f"#{wid}")
            while app.focused is not box:  # (Tab, as a person goes: the dialog follows)
                await press_in_order(app, ["tab"])
            await wait_for(pilot, lambda box=box: box.region
                           and dialog.query_one("#cpd-dialog").content_region
                           .contains_region(box.region))
            rows = screen_lines(app)
            top, foot = rows[box.region.y], rows[box.region.bottom - 1]
            assert f" {label} " in top and f" {records} " in foot, (top, foot)
        whose = dialog.query_one("#cpd-whose")
        whose.focus()
        await wait_for(pilot, lambda: app.focused is whose)
        await pilot.pause()
        rows = screen_lines(app)
        assert " Your name " in rows[whose.region.y]
        assert " My CPD so far counts this reflection as yours " in rows[whose.region.bottom - 1]
