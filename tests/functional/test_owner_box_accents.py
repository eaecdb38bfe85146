"""The action form's owner box offers a name listed with an accent for its letters typed
without it (`eamon`: Éamon D'Souza-Test, as → or Tab takes it), and Enter adds the action as
theirs: Textual's list suggester compared case aside only, and a fresh-eyes trial's action was
added owned by "eamon" (reflect/accents.py). All names invented."""

from __future__ import annotations

from textual.widgets import Input

from reflect.ui.app import make_app
from tests.functional.helpers import burst_keys, start_new, wait_for
from tests.functional.test_facilitation import go_to

EAMON = "Éamon D'Souza-Test"


async def in_owner_box(pilot):  # type: ignore[no-untyped-def]
    screen = await start_new(pilot, "team", "Invented meeting", "Team Willow",
                             f"{EAMON}, Year 1 teacher\nPat Example, Class teacher",
                             facilitator="Siobhán O'Neill-Test")
    await go_to(pilot, screen, "actions")
    owner = screen.query_one(".action-owner", Input)
    owner.focus()
    await wait_for(pilot, lambda: pilot.app.focused is owner)
    return screen, owner


async def test_letters_typed_without_the_accent_are_offered_the_name(fictional_dir,
                                                                     sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        _, owner = await in_owner_box(pilot)
        burst_keys(pilot, [*"eamon"])
        await wait_for(pilot, lambda: owner._suggestion == EAMON)
        await pilot.press("right")
        await wait_for(pilot, lambda: owner.value == EAMON)
        burst_keys(pilot, ["ctrl+u", *"siobhan"])
        await wait_for(pilot, lambda: owner._suggestion == "Siobhán O'Neill-Test")


async def test_enter_adds_the_action_owned_by_the_name_offered(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, _ = await in_owner_box(pilot)
        screen.query_one(".action-what", Input).value = "Brief the cover staff"
        burst_keys(pilot, [*"eamon", "enter"])
        actions = screen.session.actions
        await wait_for(pilot, lambda: len(actions) == 1)
        assert actions[0].owner == EAMON
