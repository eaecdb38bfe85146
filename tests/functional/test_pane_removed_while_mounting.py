"""A step's pane whose screen goes (Esc to the library, the app quitting, a test's `run_test`
ending) while it is being mounted: Textual mounts nothing it composes from then on but still
sends it Mount, and the actions panel's `on_mount` found no form (`NoMatches: ItemForm`, a
test that ended right after going to a step). Nothing of it is seen: it ends without error."""

from __future__ import annotations

import asyncio

from textual.screen import Screen

from reflect.ui.app import make_app
from reflect.ui.panes import PaneContext, pane_class
from reflect.ui.widgets.actions_panel import ActionsPanel
from tests.functional.test_facilitation import new_session


async def test_the_app_ends_as_the_actions_pane_ahead_is_mounted(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        actions = next(i for i, s in enumerate(screen.steps) if s.kind == "actions")
        await screen.go(actions - 1)  # the actions' pane is built ahead, after a refresh

        def panel_not_yet_mounted() -> bool:
            pane = screen.panes.get(actions)
            panels = pane.query(ActionsPanel) if pane is not None else []
            return bool(panels) and not panels.first().is_mounted

        for _ in range(100_000):  # one turn of the loop at a time: the moment is short
            if panel_not_yet_mounted():
                break
            await asyncio.sleep(0)
        assert panel_not_yet_mounted()
    # (run_test re-raises what failed in the app as it ended)


async def test_each_kind_of_pane_lets_its_screen_go_at_any_point_of_its_mounting(
        fictional_dir, sessions_dir):
    """Each kind of step's pane, mounted hidden as a pane ahead is, on a screen closed after
    a few more turns of the loop each time (every turn: 18 s; a part's window spans several),
    until the pane was whole before its screen went."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        walk = await new_session(pilot)
        ctx = PaneContext(walk.edits, walk.review, app.settings_file, app.settings)
        firsts = {s.kind: i for i, s in reversed(list(enumerate(walk.steps)))}
        for kind, index in firsts.items():
            for turns in range(0, 1000, 3):
                holder = Screen[None]()
                await app.push_screen(holder)
                pane = pane_class(kind).create(ctx, walk.steps[index], index)
                pane.display = False
                holder.mount(pane)
                for _ in range(turns):
                    await asyncio.sleep(0)
                whole = pane.is_mounted and all(w.is_mounted for w in pane.walk_children())
                await app.pop_screen()
                assert app.is_running, f"{kind} pane, its screen closed after {turns} turns"
                if whole:
                    break
        await pilot.pause()


async def test_a_list_fitted_to_its_room_under_the_command_palette_as_its_pane_goes(
        fictional_dir, sessions_dir):
    """The screens' guard (`StyledOnce._invoke_later`: nothing a widget being removed asked to
    run once drawn) guards only where a reflect screen is on top: Textual hands the callback to
    the screen on top, and the command palette is Textual's. There `ItemPanel.fill_room`, asked
    for by a pane ahead that went before its list was mounted, found none (`NoMatches:
    RowTable`) but for its own `being_removed`."""
    from textual.command import CommandPalette

    from tests.functional.helpers import start_and_go_to, wait_for

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        walk = await start_and_go_to(pilot, "question")
        index = next(i for i, s in enumerate(walk.steps) if s.kind == "actions")
        ctx = PaneContext(walk.edits, walk.review, app.settings_file, app.settings)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        for turns in range(0, 1000):
            pane = pane_class("actions").create(ctx, walk.steps[index], index)
            pane.display = False
            walk.mount(pane)  # (as a pane ahead is, under the palette)
            for _ in range(turns):
                await asyncio.sleep(0)
            whole = pane.is_mounted and all(w.is_mounted for w in pane.walk_children())
            for panel in pane.query(ActionsPanel):
                panel.fill_room_soon()  # (as the pane's Resize asks)
            await pane.remove()
            await pilot.pause()
            assert app.is_running, f"the pane removed after {turns} turns"
            if whole:
                break
