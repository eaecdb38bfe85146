"""The "could not save" dialog opens on its first line, which says what failed: with a long
failure (a long path, then several reasons) at 60x20 and 80x24, the path box, brought into
view as it was given the focus, scrolled that line off the top, and nothing said that ↑ or
PgUp would bring it back. The box shows with it where both fit; where they do not, the line
over the buttons says how to scroll to the rest. The failure is invented."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from textual.geometry import Region

from reflect.ui.app import make_app
from reflect.ui.screens.save_failed import MORE, SaveFailedScreen
from tests.functional.helpers import (
    enter_text,
    focus_summary,
    open_saved_session,
    press_in_order,
    screen_lines,
    wait_for,
)
from tests.functional.test_save_failed_uncovered import SIZES, failed_on_the_way_out
from tests.functional.test_save_fails import saved as saved  # (a fixture)

LONG = ("Invented failure: the invented network folder /srv/invented-share/north-invented-"
        "team/reflect-sessions went away; the invented disk quota for invented-user is used "
        "up; the invented antivirus held the file open; the invented backup tool locked the "
        "folder for the night; the invented laptop lost its invented VPN; the invented server "
        "at /mnt/invented-nas/invented-volume-7 answered with an invented error; the "
        "invented sync tool renamed the folder to an invented name")
"""Several reasons, said after the session's path: some 12 lines at 60 columns, 7 at 80."""

pytestmark = pytest.mark.usefixtures("home", "saved")  # (copies go to a temp home folder)


def window(dialog: SaveFailedScreen) -> Region:
    """What the dialog's words scroll in: inside its border, above its docked foot."""
    body = dialog.query_one("#save-failed-dialog")
    return body.scrollable_content_region.shrink(body.dock_gutter)


async def failed_at_length(pilot, monkeypatch: pytest.MonkeyPatch) -> SaveFailedScreen:  # type: ignore[no-untyped-def]
    """Open the saved session, make every write fail with `LONG`, type and press Ctrl+Q: the
    could-not-save dialog."""
    def refuse(path: Path, data: bytes, mode: int = 0o600, **_: object) -> None:
        raise OSError(errno.EIO, LONG)

    app = pilot.app
    await focus_summary(pilot, await open_saved_session(pilot))
    monkeypatch.setattr("reflect.store.autosave.write_atomic", refuse)
    await enter_text(pilot, "typed as the folder broke")
    await pilot.press("ctrl+q")
    await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
    dialog = app.screen
    assert isinstance(dialog, SaveFailedScreen)
    return dialog


@pytest.mark.parametrize("size", [*SIZES, (80, 16)])
async def test_it_opens_on_its_first_line(
        content_dir: Path, sessions_dir: Path, size: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await failed_at_length(pilot, monkeypatch)
        box = dialog.query_one("#copy-path")
        await wait_for(pilot, lambda: app.focused is box)
        for _ in range(4):  # (any later scroll, as the focus's was, once laid out)
            await pilot.pause()
        lines = screen_lines(app)
        drawn = "\n".join(lines)
        first = dialog.query_one("#save-failed").region
        seen = window(dialog)
        assert first.y == seen.y and any("Could not save" in line for line in lines), drawn
        fits = box.region.bottom - first.y <= seen.height
        assert fits == seen.contains_region(box.region), drawn
        hint = MORE[False, True]
        assert (hint in drawn) != fits, drawn
        if size in ((60, 20), (80, 24), (80, 16)):
            assert not fits  # (the case of the trial: words first, and how to reach the box)
        if size == (100, 30):
            assert fits
        if fits:
            return
        # ↓ scrolls on to the box (the view follows; the line says what is above then)
        await press_in_order(app, ["pagedown", "pagedown", "pagedown"])
        await wait_for(pilot, lambda: seen.contains_region(box.region)
                       and MORE[True, False] in "\n".join(screen_lines(app)))
        await press_in_order(app, ["pageup", "pageup", "pageup"])
        await wait_for(pilot, lambda: dialog.query_one("#save-failed").region.y == seen.y
                       and hint in "\n".join(screen_lines(app)))
        assert app.focused is box



async def test_the_line_over_the_buttons_is_right_before_the_screen_knows_the_scroll(
        content_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scrolled to its foot, the dialog said "More below" over its buttons and kept saying it:
    the line was worked out from where the screen had last drawn the dialog's parts, and under
    load it was worked out after the scroll but before the dialog had told the screen of it
    (a test, once in a whole run beside other work). It is worked out from where the dialog
    is scrolled to now (`beyond_view`, as the new-session form's "More below" is): right at
    once, the dialog's own later sayings (as it scrolls, as it is laid out) left out."""
    monkeypatch.setattr("reflect.ui.screens.save_failed.watch_view", lambda *_: None)
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await failed_at_length(pilot, monkeypatch)
        body = dialog.query_one("#save-failed-dialog")
        await wait_for(pilot, lambda: body.max_scroll_y > 0)
        body.scroll_home(animate=False, immediate=True)
        await wait_for(pilot, lambda: dialog.query_one("#save-failed").region.y == window(
            dialog).y)
        line = dialog.query_one("#save-failed-more")
        dialog._say_more()
        assert str(line.render()) == MORE[False, True]
        body.scroll_end(animate=False, immediate=True)
        dialog._say_more()  # the dialog has not yet told the screen of its scroll
        assert str(line.render()) == MORE[True, False]
        await wait_for(pilot, lambda: MORE[True, False] in "\n".join(screen_lines(app)))


async def test_the_line_over_the_buttons_is_said_again_as_the_terminal_is_resized(
        content_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A resize alone, the dialog not scrolled, changes what is out of view: the line says
    what is at the new size, not what was at the old. A short failure (the folder made
    read-only) all in view at 80x24; at 80x16 the box below the view; at 120x50 all of it in
    view again, the dialog grown back to hold it. Its problem line takes one line at the
    dialog's width and two beside its scroll bar: the dialog, its height worked out at the
    one and what it holds laid out at the other (the bar shown at 80x16), stayed a line short
    at 120x50, "More below" over its buttons (once in a whole run, where the copy's path, in
    the test's folder, was so long: `FittingScroll`)."""
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            dialog = await failed_on_the_way_out(pilot, sessions_dir, monkeypatch)
            body = dialog.query_one("#save-failed-dialog")
            line, foot = dialog.query_one("#save-failed-more"), dialog.query_one(
                "#save-failed-foot")
            width = body.scrollable_content_region.width  # (no scroll bar: all in view)
            problem = f"Invented problem: /srv/invented-{'n' * (width - 38)}.toml"
            assert len(problem) == width - 1  # (a line here, two beside the bar)
            dialog._say_problem(problem)
            await wait_for(pilot, lambda: problem in "\n".join(screen_lines(app)))

            async def says(words: str) -> None:
                await wait_for(pilot, lambda: str(line.render()) == words
                               and words in "\n".join(screen_lines(app)))
                assert foot.has_class("-more") == bool(words)
                assert body.scroll_y == 0

            await says("")
            await pilot.resize_terminal(80, 16)
            await says(MORE[False, True])
            await pilot.resize_terminal(120, 50)
            await says("")
    finally:
        sessions_dir.chmod(0o700)
