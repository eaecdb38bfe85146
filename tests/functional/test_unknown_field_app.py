"""The start screen says a review file's misspelt field with the field meant, as `reflect
validate` does (store/unknown_field.py)."""

from __future__ import annotations

from pathlib import Path

from reflect.ui.app import make_app
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for


async def test_the_start_screen_names_the_field_meant(fictional_dir: Path, sessions_dir: Path):
    (fictional_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        'update = "Meetings are now held within five days."', 'status = "In progress"'
    ).replace("summary = ", "sumary = "), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await wait_for(pilot, lambda: app.screen.query_one("#problems").display)
        text = " ".join(str(app.screen.query_one("#problems-text").render()).split())
        assert "sumary: unknown field (not part of the format): did you mean summary?" in text
        assert "status: unknown field: a recommendation's status or progress goes in its " \
            'update field (write update = "In progress" in place of status = "In progress")' \
            in text


async def test_the_start_screen_says_a_misspelt_required_field_once(fictional_dir: Path,
                                                                    sessions_dir: Path):
    """`sumary`: one problem, not a second saying summary is missing."""
    (fictional_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        "summary = ", "sumary = "), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await wait_for(pilot, lambda: app.screen.query_one("#problems").display)
        text = " ".join(str(app.screen.query_one("#problems-text").render()).split())
        assert "sumary: unknown field (not part of the format): did you mean summary? " \
            "(summary is required)" in text
        assert "required field is missing" not in text
