"""The new-session form keeps a team, a facilitator and a participant one-spaced: the notes
printed "Team or service: team   purple" as typed (a learning lead's trial)."""

from __future__ import annotations

from reflect.export.markdown import to_markdown
from reflect.store.sessions import load_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import fill_boxes, in_the_team_box, wait_for


async def test_the_form_saves_names_one_spaced(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await in_the_team_box(pilot)
        await fill_boxes(pilot, "  team   purple  ", "Pat   Example",
                         "Sam   Sample, Social Worker, Team Blue")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        path = sessions_dir / f"{app.screen.session.id}.toml"
    saved = load_session(path)
    assert 'team = "team purple"' in path.read_text(encoding="utf-8")
    assert (saved.team, saved.facilitator, saved.participants[0].name) == (
        "team purple", "Pat Example", "Sam Sample")
    assert "Team or service: team purple" in to_markdown(saved).replace("*", "")
