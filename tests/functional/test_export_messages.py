"""What an export says as it is written: where the file went, whole, and what the PDF's font
could not print, both readable in one message; gone as the export dialog opens again. All
text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import said, wait_for
from tests.functional.test_path_messages import toast_lines, whole

SIZES = [(60, 20), (80, 24)]


def drawn(app: ReflectApp) -> list[list[str]]:
    """The lines of each message drawn on the screen on view (not one set aside)."""
    return [toast_lines(app, toast) for toast in app.screen.query(Toast)
            if toast.region and toast.parent is not None and toast.parent.display]


async def reflection_with_emoji(pilot):  # type: ignore[no-untyped-def]
    """The reflection `opened_with_emoji` on view, its first question's box focused."""
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                   and app.focused is not None and app.focused.screen is app.screen)
    return app.screen


def opened_with_emoji(fictional_dir: Path, sessions_dir: Path) -> ReflectApp:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "20261204-child-zz-5e1f0a11", mode="individual",
                            title="Invented reflection", current_step="q:zz-first")
    session.answer("zz-first").what = "An invented visit that went well 😀"  # type: ignore[union-attr]
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    app.first_session = (session, review, None)
    return app


async def export(pilot, screen, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """`fmt` chosen in the export dialog, and Ctrl+O pressed once the check has landed."""
    app = pilot.app
    screen.action_export(fmt)
    await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
    await pilot.press("ctrl+o")


@pytest.mark.parametrize(("fmt", "size"), [("swe-pdf", (60, 20)), ("swe-pdf", (80, 24)),
                                           ("cpd-pdf", (60, 20)), ("nmc-pdf", (80, 24))])
async def test_a_pdf_with_emoji_says_where_it_went_and_what_it_could_not_print(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int], fmt: str) -> None:
    """A trial at 60x20: a Social Work England PDF of a reflection with an emoji, kept
    beside the one before (`n`), said only that the font cannot print the emoji (over the
    box typed in, the path's message set aside under it): where the file went (a new name)
    was never seen. And it said the web page keeps them, which no record is written as.
    Both are one message now, the path whole, naming only the formats the record has."""
    from reflect.store.exports import FORMATS

    app = opened_with_emoji(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await reflection_with_emoji(pilot)
        exports = sessions_dir / "exports"
        ending = FORMATS[fmt].ending
        first = exports / f"{screen.session.id}{ending}"
        await export(pilot, screen, fmt)
        await wait_for(pilot, lambda: first.exists() and app.screen is screen)
        await wait_for(pilot, lambda: any(whole(lines, first) for lines in drawn(app)))
        await export(pilot, screen, fmt)
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")  # keep both
        await wait_for(pilot, lambda: len(list(exports.glob(f"*{ending}"))) == 2)
        [second] = [p for p in exports.glob(f"*{ending}") if p != first]
        await wait_for(pilot, lambda: any(whole(lines, second) for lines in drawn(app)))
        await wait_for(pilot, lambda: all(w.is_finished for w in app.workers
                                          if w.group == "export"))
        await pilot.pause()
        [lines] = [lines for lines in drawn(app) if whole(lines, second)]
        assert lines[0] == "CPD record written to", lines
        text = " ".join(" ".join(lines).split())
        assert "The PDF's font cannot print the emoji characters" in text, text
        assert text.endswith("in brackets. Word (.docx) keeps them."), text  # no web page
        assert [m for m in said(app) if "cannot print" in m] == [said(app)[-1]]  # once
        for toast in app.screen.query(Toast):  # within the screen, under the titles
            assert toast.region.right <= size[0] and toast.region.x >= 0
            assert toast.region.y >= 2 and toast.region.bottom <= size[1]


@pytest.mark.parametrize("size", SIZES)
async def test_the_last_exports_messages_go_as_the_export_dialog_opens_again(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """A trial at 60x20: Ctrl+O straight after an export showed its message (the font's
    note, a warning) over the dialog's check, `█ Check: no likely perso▌ emoji characters:
    they are`, for some 8 seconds. Every message about an export goes as the dialog opens
    again: where it went and what the font lacks, and that it could not be written."""
    app = opened_with_emoji(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await reflection_with_emoji(pilot)
        target = sessions_dir / "exports" / f"{screen.session.id}.swe.pdf"
        await export(pilot, screen, "swe-pdf")
        await wait_for(pilot, lambda: any(whole(lines, target) for lines in drawn(app)))
        await wait_for(pilot, lambda: any("cannot print" in m for m in said(app)))
        screen.action_export("swe-pdf")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        assert not [m for m in said(app) if "cannot print" in m or target.name in m]
        assert not drawn(app)
        # One that could not be written (a folder where the record would go) goes too.
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        folder = sessions_dir / "exports" / f"{screen.session.id}.swe.md"
        folder.mkdir()
        await export(pilot, screen, "swe-md")
        await wait_for(pilot, lambda: any("Could not write" in m for m in said(app)))
        screen.action_export("swe-md")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        assert not [m for m in said(app) if "Could not write" in m]
        assert not drawn(app)
