"""A file's path in a message (a toast) or a status line is said whole, broken only after a
"/": never inside the file's name. A new user's trial at 80x24: exporting a themed session's
redacted notes from a question said "Redacted notes written: 20261203-theme-information-
sharing-e7bc6532-r" / "edacted.docx", the name cut where the message's width fell."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from reflect.model.session import Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.literal import Fitted
from tests.functional.helpers import my_cpd, shown, wait_for

LONG_ID = "20261203-theme-information-sharing-e7bc6532"
"""As long as a themed session's id (this one on an invented review)."""


def toast_lines(app: ReflectApp, only: Toast | None = None) -> list[str]:
    """Each line of each message (or of `only`) as drawn, the edge and padding taken off."""
    return [toast.render_line(y).text.strip(" ▌▐")
            for toast in ([only] if only is not None else app.screen.query(Toast))
            for y in range(toast.size.height)]


def whole(lines: list[str], path: Path) -> bool:
    """Whether `lines` end with `path`, broken only after a "/" and its name on one line."""
    at = next((n for n, line in enumerate(lines) if line.startswith("/")), None)
    end = next((n for n, line in enumerate(lines) if line.endswith(path.name)), None)
    if at is None or end is None:
        return False
    said = lines[at:end + 1]
    return "".join(said) == str(path) and all(line.endswith("/") for line in said[:-1])


async def test_redacted_notes_exported_from_a_question_at_80x24(fictional_dir: Path,
                                                                sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, LONG_ID, title="Invented themed meeting")
    session.answer("zz-first").points = [Point(text="Ring 07700 900123")]  # type: ignore[union-attr]
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    app.first_session = (session, review, None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        screen.action_export("docx")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen)
                       and app.screen.checked and bool(app.screen.findings))
        await pilot.press("r")
        target = sessions_dir / "exports" / f"{LONG_ID}-redacted.docx"
        await wait_for(pilot, target.exists)
        await wait_for(pilot, lambda: whole(toast_lines(app), target))
        # The message naming the file (another, under load, may still be drawn above it).
        (lines,) = [toast_lines(app, toast) for toast in app.screen.query(Toast)
                    if any(line.endswith(target.name) for line in toast_lines(app, toast))]
        assert lines[0] == "Redacted notes written to", lines
        for toast in app.screen.query(Toast):  # within the screen, on the right as before
            assert toast.region.right == 80 and toast.region.x >= 0
        # Again: the question before replacing it says the path whole too.
        screen.action_export("docx")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen)
                       and app.screen.checked and bool(app.screen.findings))
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        said = app.screen.query_one(Fitted)
        await wait_for(pilot, lambda: whole(shown(said).splitlines(), target))
        assert shown(said).startswith("There is already a file at")
        assert said.region.right <= 80 and said.region.x >= 0
        await pilot.press("escape")  # exports nothing, and says so, the path whole
        await wait_for(pilot, lambda: app.screen is screen)
        await wait_for(pilot, lambda: "Nothing exported; as it was:" in toast_lines(app)
                       and whole(toast_lines(app)[toast_lines(app).index(
                           "Nothing exported; as it was:"):], target))


async def test_a_short_name_keeps_a_message_as_narrow_as_before(fictional_dir: Path,
                                                               sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        path = sessions_dir / "exports" / "invented.md"
        app.notify_path("Notes written to", path)
        await wait_for(pilot, lambda: whole(toast_lines(app), path))
        [toast] = app.screen.query(Toast)
        assert toast.region.width <= 48  # 60% of the screen, as every message


async def test_a_wide_message_laid_out_before_the_app_holds_it_is_widened(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """A screen laid out between a path's message being said and the app holding it (Textual
    holds it once it handles the message posted for it) forgot the message as gone: its toast
    stayed as narrow as any, the file's name cut (`…-2026` / `1204-091525.md`). Under load
    a second export kept beside the first did so two runs in five: its summary step's line is
    fitted again as the message is said."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        path = sessions_dir / "exports" / f"{LONG_ID}-20261204-091525.md"
        app.notify_path("Notes written to", path)
        app.widen_toasts(app.screen)  # the screen's layout, come first (as `base` calls it)
        await wait_for(pilot, lambda: whole(toast_lines(app), path))
        [toast] = app.screen.query(Toast)
        assert toast.region.width > 48  # wider than 60% of the screen: as the name needs


async def test_my_cpd_csv_says_where_it_went_whole(fictional_dir: Path, sessions_dir: Path,
                                                   tmp_path: Path) -> None:
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await my_cpd(pilot)
        await pilot.press("ctrl+o")
        exports = sessions_dir / "exports"
        await wait_for(pilot, lambda: any(exports.glob("my-cpd-*.csv")))
        [saved] = exports.glob("my-cpd-*.csv")
        result = app.screen.query_one("#cpd-result", Fitted)
        await wait_for(pilot, lambda: whole(shown(result).splitlines(), saved))
        await wait_for(pilot, lambda: whole(toast_lines(app), saved))


async def test_a_second_export_kept_beside_the_first_from_the_summary_at_80x24(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Kept both, from the summary step at 60x20: its line under the export buttons, 32
    columns wide, cut the new file's name, the time added to it, as
    `20261204-child-l-78d7fba3-202612` / `04-005621.md` (a trial). Said in a message as wide
    as the name needs instead; the summary's line says nothing it would cut."""
    review = load_library(fictional_dir).get("child-zz")
    # (At 60x20 now the step list is hidden, and the summary's line is as wide as a message
    # can be; at 80x24, beside the step list, a themed session's longer name is too wide.)
    sid = "20261204-theme-invented-sharing-78d7fba3"
    session = Session.start(review, sid, title="Invented meeting",
                            current_step="summary")
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    app.first_session = (session, review, None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        result = screen.query_one("#export-result", Fitted)
        exports = sessions_dir / "exports"
        first = exports / f"{sid}.md"
        for n in range(2):
            screen.action_export("md")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen)
                           and app.screen.checked)
            await pilot.press("ctrl+o")
            # The first written, and its dialog gone, before the second is asked for: else the
            # second wait could be met by the first dialog still shown (it failed under load).
            await wait_for(pilot, lambda: (first.exists() and app.screen is screen) if n == 0
                           else isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")  # keep both
        await wait_for(pilot, lambda: len(list(exports.glob("*.md"))) == 2)
        [second] = [p for p in exports.glob("*.md") if p != first]
        await wait_for(pilot, lambda: whole(toast_lines(app), second))
        (lines,) = [toast_lines(app, toast) for toast in app.screen.query(Toast)
                    if any(line.endswith(second.name) for line in toast_lines(app, toast))]
        assert lines[0] == "Notes written to"
        assert result.content_region.width < len(second.name)  # too narrow for it here
        assert second.name[:20] not in shown(result)  # not said cut there


async def test_a_wide_messages_last_look_for_its_toast_as_the_app_closes_does_nothing(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """A wide message looks for its toast again every 50 ms for up to two seconds; the look
    that came as the app closed, with no screen left, ended a CI run with `ScreenStackError`
    (a user quitting just after an export would have met it as a traceback)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        app.notify_path("Notes written to", sessions_dir / "exports" / f"{LONG_ID}.md")
    assert not app.screen_stack  # closed: the next look comes now
    app._widen_soon(2)  # nothing to look at, and nothing raised
