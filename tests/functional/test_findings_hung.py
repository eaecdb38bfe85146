"""A personal-details finding too long for its line in the export dialog wraps under its own
words, not back at the margin: at 80x24 "Jane Smith" stood alone at the dialog's left edge
under "  Question 2: How do we ensure…: likely name:", and read as a heading (a fresh-eyes
trial)."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Session
from reflect.store.sessions import new_session_id
from reflect.ui.app import make_app
from tests.cpd_folder import invented_review
from tests.functional.helpers import screen_lines, wait_for


async def test_a_long_finding_wraps_under_its_own_words(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    from reflect.ui.screens.export import ExportScreen

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection")
    s.answers[0].what = "I rang Sam Sample about it."  # type: ignore[union-attr]
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = ExportScreen(s, review, "md")
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        lines = screen_lines(app)
        head = next(line for line in lines if "Question 1:" in line)
        tail = next(line for line in lines if "Sample" in line)
        assert tail is not head, lines  # (it wraps at 60 columns)
        indent = head.index("Question 1:")
        # Its wrapped line starts under "Question", not at the margin two columns left of it.
        assert tail[:indent].strip(" █▊▌▐") == "" and tail[indent] != " ", lines
