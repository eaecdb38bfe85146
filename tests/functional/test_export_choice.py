"""The choice after the personal-details check, as a person meets it at 80x24 and 70x22.

A user trial: with a phone number typed into an answer, Ctrl+O opened the export dialog; its
visible part ended at the format list, the footer showed only `esc Cancel ^o Export`, and
Ctrl+O said to choose Export redacted, Go and edit or Export anyway, none of them in sight
(Tab, blindly, three to five times). The buttons now stay below what scrolls, and r, e and a
choose them, said in the footer and in the check's message.
"""

from __future__ import annotations

import pytest
from textual.widgets import Button

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.footer import ReflectFooter
from tests.functional.helpers import (
    enter_text,
    go_forward_to,
    screen_lines,
    shown,
    start_and_go_to,
    wait_for,
)

SIZES = [(80, 24), (70, 22)]
CHOICE = {"export-redacted": "Export redacted", "export-edit": "Go and edit",
          "export-go": "Export anyway (Ctrl+A)", "export-cancel": "Cancel"}


async def open_with_a_finding(pilot):  # type: ignore[no-untyped-def]
    """A new session; a phone number, an email and a date of birth (all invented) typed into
    question 1's answer; Ctrl+O."""
    screen = await start_and_go_to(pilot, "question")
    await enter_text(pilot, "Ring 07700 900123 or sam@example.com, born 01/02/2015")
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen)
                   and pilot.app.screen.checked)
    await pilot.pause()
    return screen, pilot.app.screen


def assert_on_screen(app, dialog: ExportScreen, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Each button of the choice is drawn whole, inside the screen and above the footer, and
    its label is on the screen's own lines (what a person sees)."""
    width, height = size
    lines = screen_lines(app)
    for wid, label in CHOICE.items():
        region = dialog.query_one(f"#{wid}", Button).region
        assert region.width > 0 and region.height > 0, (wid, region)  # not scrolled away
        assert region.x >= 0 and region.right <= width and region.bottom <= height - 1, \
            (wid, region)
        rows = lines[region.y:region.bottom]
        assert any(label in row[region.x:region.right] for row in rows), (wid, rows)


@pytest.mark.parametrize("size", SIZES)
async def test_the_choice_is_in_view_and_its_keys_in_the_footer(fictional_dir, sessions_dir,
                                                                size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        _, dialog = await open_with_a_finding(pilot)
        assert len(dialog.findings) == 3
        assert_on_screen(app, dialog, size)
        footer = screen_lines(app)[-1]
        # Export anyway's key is Ctrl+A, never a letter: a word typed on sends nothing out.
        for key in ("r Export redacted", "e Go and edit", "^a Export anyway"):
            assert key in footer, footer
        await pilot.press("ctrl+o")  # never exports past findings: to the choice, in view
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#export-redacted"))
        assert isinstance(app.screen, ExportScreen)
        assert_on_screen(app, dialog, size)


async def test_no_choice_keys_without_a_finding(fictional_dir, sessions_dir):
    """Without a finding, r, e and a are not offered (nor acted on): Ctrl+O exports."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await enter_text(pilot, "Nothing identifying here")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        footer = app.screen.query_one(ReflectFooter)
        await wait_for(pilot, lambda: any(k.name == "export" for k in footer.keys))
        assert not any(k.name == "choose" for k in footer.keys)
        await pilot.press("a", "r", "e")
        assert isinstance(app.screen, ExportScreen)
        assert not (sessions_dir / "exports").exists()
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: app.screen is screen)


@pytest.mark.parametrize("size", SIZES)
async def test_r_exports_redacted_and_the_summary_says_so(fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await enter_text(pilot, "Ring 07700 900123 today")
        await go_forward_to(pilot, screen, "summary")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        await pilot.press("r")
        target = sessions_dir / "exports" / f"{screen.session.id}-redacted.md"
        await wait_for(pilot, target.exists)
        assert "07700" not in target.read_text()
        result = screen.query_one("#export-result")
        await wait_for(pilot, lambda: shown(result).startswith("Redacted notes written to"))
        lines = shown(result).splitlines()
        # the path on lines of its own, broken only after a "/": the file's name whole (it
        # was folded where the line ended, "…-redacted.m" then "d"), with its folder where
        # both fit (the temp folder's number, pytest-9 or pytest-1663, moves where lines break)
        assert lines[0] == "Redacted notes written to"
        assert "".join(lines[1:]) == str(target) and lines[-1].endswith(target.name)
        assert all(line.endswith("/") for line in lines[1:-1])
        await wait_for(pilot, lambda: screen.can_view_entire(result))
        region = result.content_region
        strips = app.screen._compositor.render_strips()
        drawn = [strips[region.y + n].text[region.x:region.right].rstrip()
                 for n in range(region.height)]
        assert drawn == lines  # as drawn: the terminal wrapped none of them again
        # r is the dialog's key: not a letter lost on the formats' choices (a trial)
        assert not any("was not typed" in n.message for n in app._notifications)


async def test_e_goes_to_the_finding_and_only_the_button_exports_anyway(fictional_dir,
                                                                         sessions_dir):
    """The keys, at the smaller size only: where the choice's buttons are drawn at each size
    is `test_the_choice_is_in_view_and_its_keys_in_the_footer`'s, and what e and a do is the
    same at any size (this ran at both, 0.6-1 s of CPU each)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZES[-1]) as pilot:
        screen, dialog = await open_with_a_finding(pilot)
        question = screen.index
        await pilot.press("pagedown")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and screen.index == question)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        await pilot.press("a")  # a letter typed on: nothing is exported
        assert isinstance(app.screen, ExportScreen)
        assert not (sessions_dir / "exports" / f"{screen.session.id}.md").exists()
        app.screen.query_one("#export-go").press()  # the button
        target = sessions_dir / "exports" / f"{screen.session.id}.md"
        await wait_for(pilot, target.exists)
        assert "07700 900123" in target.read_text()


async def test_one_finding_is_said_in_the_singular(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-one", team="Invented Hub")
    session.answers[0].text = "Ring 07700 900123 about the invented case"
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = ExportScreen(session, review)
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        said = " ".join(shown(dialog.query_one("#findings")).split())
        assert said.startswith("CHECK: 1 likely personal detail found. Go and edit it (e), "
                               "export with it replaced by [redacted]"), said
        await app.pop_screen()
        session.answers[0].text += " or sam@example.com"
        dialog = ExportScreen(session, review)
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        said = " ".join(shown(dialog.query_one("#findings")).split())
        assert said.startswith("CHECK: 2 likely personal details found. Go and edit them (e), "
                               "export with them replaced by [redacted]"), said


async def test_a_self_reflections_csv_is_what_i_will_do(fictional_dir, sessions_dir):
    """One practitioner has actions (What I will do), not actions a team agreed."""
    review = load_library(fictional_dir).get("child-zz")
    alone = Session.start(review, "s-alone", mode="individual", title="My invented reflection")
    team = Session.start(review, "s-team", team="Invented Hub")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        for session, title in ((alone, "Chosen: What I will do, as CSV, a .csv file"),
                               (team, "Chosen: Agreed actions as CSV, a .csv file")):
            dialog = ExportScreen(session, review, "csv")
            await app.push_screen(dialog)
            await wait_for(pilot, lambda d=dialog: app.screen is d and d.checked)
            assert str(dialog.query_one("#fmt-csv").label) == "CSV"  # among the notes'
            assert shown(dialog.query_one("#format-chosen")) == title
            await app.pop_screen()


async def test_the_formats_come_into_view_when_moved_in_at_70x22(fictional_dir, sessions_dir):
    """With a finding and a record's note above it, one line of the formats showed above the
    buttons, and the format chosen was out of sight: once the arrows move in the list, it
    comes into view whole, and stays so when the check's result above it grows."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-formats", mode="individual", title="My invented one")
    session.answers[0].what = "I will ring the invented carer on 07700 900123"
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(70, 22)) as pilot:
        dialog = ExportScreen(session, review, "md")
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        await pilot.press("up", "up", "up")  # from the notes' Markdown to the first record's
        await wait_for(pilot, lambda: dialog.chosen_format == "swe-md" and dialog.checked)

        def in_view() -> bool:
            body = dialog.query_one("#export-dialog").content_region
            buttons = dialog.query_one("#export-redacted", Button).region
            regions = [dialog.query_one(wid).region for wid in ("#format", "#fmt-swe-md")]
            return all(r.height and body.contains_region(r) and r.bottom <= buttons.y
                       for r in regions)

        await wait_for(pilot, in_view)  # (scrolled on a refresh: waited for, not one pause)
        assert "Social Work England CPD record (Markdown)" in "\n".join(screen_lines(app))


async def test_the_button_with_the_focus_has_a_bar_at_its_left_at_80x24_and_60x20(
        fictional_dir, sessions_dir):
    """A facilitator's trial: with colour, only a label's shade told which button had the
    focus (Export redacted, primary, is in that colour either way), and a plain copy of the
    screen told nothing. The one with the focus has a thick bar at its left, drawn as a
    character, at each size (the rules without colour, app.tcss's end, draw the same)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        _, dialog = await open_with_a_finding(pilot)

        def bars() -> dict[str, str]:  # each button's first cell, as drawn on the screen
            lines = screen_lines(app)
            return {wid: lines[b.region.y][b.region.x]
                    for wid in CHOICE if (b := dialog.query_one(f"#{wid}", Button)).region}

        await pilot.press("ctrl+o")  # the focus on Export redacted
        await wait_for(pilot, lambda: bars()["export-redacted"] == "█")
        assert [c for wid, c in bars().items() if wid != "export-redacted"] == [" "] * 3
        await pilot.resize_terminal(60, 20)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#export-go")
                       and bars()["export-go"] == "█" and app.size.width == 60)
        assert [c for wid, c in bars().items() if wid != "export-go"] == [" "] * 3
