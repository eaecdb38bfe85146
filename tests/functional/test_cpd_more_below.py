"""The CPD record's dialog (F8) says there is more of it below while there is. A facilitator's
trial on a shared screen: at 80x24 (and 60x20) it ended at the time to log, the regulators'
parts and its Done button below the fold, and nothing said so but a scroll bar's thumb; the
new-session form and the export dialog say it in the same case. All names are invented."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from reflect.model.edits import SessionEdits
from reflect.model.session import Session
from reflect.store.sessions import new_session_id
from reflect.ui.app import make_app
from reflect.ui.screens.cpd_choices import MORE_BELOW, CpdChoicesScreen
from tests.cpd_folder import invented_review
from tests.functional.helpers import screen_lines, wait_for


async def test_the_dialog_says_more_is_below_until_done_is_in_view(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    session = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                            title="Invented team meeting", team="Invented Hub")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = CpdChoicesScreen(SessionEdits(session), lambda change: None)
        await app.push_screen(dialog)
        body = dialog.query_one("#cpd-dialog", VerticalScroll)
        done = dialog.query_one("#cpd-done")

        def says() -> bool:
            return any(f"{MORE_BELOW}: Tab or PgDn" in row for row in screen_lines(app))

        def done_shown() -> bool:
            return any("Done (Esc)" in row for row in screen_lines(app)[:-1])

        await wait_for(pilot, lambda: app.focused is dialog.query_one("#cpd-activity")
                       and says())
        assert not done_shown() and done.region.y >= body.region.bottom - 1  # (as in the trial)
        await pilot.press("pagedown", "pagedown")  # (PgDn, as it says: the focus in a box)
        await wait_for(pilot, lambda: body.scroll_y == body.max_scroll_y > 0
                       and done_shown() and not says())
        await pilot.press("pageup")
        await wait_for(pilot, says)
        await pilot.resize_terminal(120, 40)  # all of it in view: nothing said
        await wait_for(pilot, lambda: body.max_scroll_y == 0 and done_shown() and not says())
