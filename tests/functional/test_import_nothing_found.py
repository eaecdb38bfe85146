"""The import preview of something that is not a briefing said "Found:" and nothing after it
(a learning lead's trial): it says nothing reflect recognises was found. Invented."""

from __future__ import annotations

from reflect.ui.app import make_app
from tests.functional.helpers import open_and_preview, shown
from tests.unit.test_stand_in_marks import PICNIC


async def test_the_preview_says_when_nothing_was_found(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "picnic.md"
    source.write_text(PICNIC, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Will be saved as")
        said = shown(dialog.query_one("#import-preview")).splitlines()
    assert "Found: nothing reflect recognises" in said
    assert "Found:" not in [line.strip() for line in said]


async def test_an_action_plan_says_what_it_is_and_the_command_that_adds_it(
        fictional_dir, sessions_dir, tmp_path):
    """An action plan given to the dialog was "not a learning briefing … Save asks before
    saving it anyway", no word of what it is nor how to add it to its review (a learning
    lead's trial)."""
    from tests.unit.test_importer import INVENTED_PLAN

    source = tmp_path / "plan.txt"
    source.write_text(INVENTED_PLAN, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Found:")
        warning = " ".join(shown(dialog.query_one("#import-warning")).split())
    assert warning.startswith("⚠ plan.txt reads as an action plan, not a briefing (1 "
                              "recommendation, each with its action and status): this dialog "
                              "imports briefings; an action plan is added to its review at "
                              "the command line: `")
    assert warning.endswith(f" {source} --into child-zz`. Save asks before saving it as a "
                            "review anyway.")
