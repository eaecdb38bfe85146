"""`v` on a review in the library: its title, kind, summary and themes whole, where its row
cuts them to one line (a health visitor's trial at 80x24), and Enter there starts a session."""

from __future__ import annotations

from reflect.ui.app import make_app
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import screen_lines, wait_for

SUMMARY = ("An invented [bold]toddler[/bold] in Nowhere Vale whose invented nursery, "
           "invented health visitor and invented housing officer each saw a part of the "
           "picture and none saw it whole, ending at the ninth invented word.")
THEMES = ["information-sharing", "invented-theme-two", "invented-theme-three",
          "invented-theme-four", "invented-theme-five-at-the-end"]


async def test_v_reads_a_review_whole_at_60x20(fictional_dir, sessions_dir):
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.review_read import ReviewReadScreen

    (fictional_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        'summary = "An invented case used only for testing."', f'summary = "{SUMMARY}"').replace(
        'themes = ["information-sharing"]', f"themes = {THEMES!r}".replace("'", '"')),
        encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: app.library is not None
                       and any("v reads one whole" in row for row in screen_lines(app)))
        await pilot.press("v")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewReadScreen))
        drawn = " ".join(" ".join(row.strip(" █▊▎").split()) for row in screen_lines(app))
        assert "Child ZZ" in drawn and "Practice exercise" in drawn
        assert SUMMARY in drawn, drawn  # whole, and its brackets shown, not read as markup
        assert "invented-theme-five-at-the-end" in drawn, drawn
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        assert app.screen.review.id == "child-zz"
