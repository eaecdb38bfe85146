"""A reflection records whose it is, in the app: the new-session form's *Your name*, filled in with
the name My CPD so far remembers; `a` (my reflection after a team session) takes that name;
F8's *Your name* on one written before. A shared sessions folder holds everyone's reflections,
and none recorded whose it was (a trial)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from reflect.model.session import Participant
from reflect.store.sessions import list_sessions, load_session, save_session, session_path
from reflect.store.settings import load_settings, my_name, save_setting
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.cpd_folder import invented_review, reflection, team
from tests.functional.helpers import (
    f8_dialog,
    new_session_form,
    open_saved_session,
    press_in_order,
    wait_for,
)

SIZE = (100, 40)


async def test_a_new_reflection_records_the_remembered_name_as_whose_it_is(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        form = await new_session_form(pilot)
        own = form.query_one("#own-name", Input)
        assert not own.display  # a team's form asks for its facilitator instead
        await pilot.press("down")  # an individual reflection
        await wait_for(pilot, lambda: own.display)
        assert own.value == "Pat Example" and not form.typed()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.facilitator == "Pat Example"


async def test_f8_on_a_reflection_records_whose_it_is(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A reflection from before reflect recorded whose it is can be made one's own."""
    older = reflection(invented_review(fictional_dir), "An older reflection", "")
    older.current_step = "differently"
    save_session(sessions_dir, older)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        await f8_dialog(pilot)
        app.screen.query_one("#cpd-whose", Input).focus()
        await press_in_order(app, [*"pat  EXAMPLE", "escape"])  # kept tidied, as My CPD
        await wait_for(pilot, lambda: app.screen is screen)  # keeps it
        path = session_path(sessions_dir, older.id)
        await wait_for(pilot, lambda: load_session(path).facilitator == "Pat Example")
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == "Pat Example"


async def test_my_reflection_after_a_team_session_records_the_remembered_name(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    north = team(invented_review(fictional_dir), "Invented Team North",
                 [Participant(name="Pat Example")])
    save_session(sessions_dir, north)
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None and app.screen.query_one(
            "#sessions", OptionList).option_count == 1)
        app.screen.query_one("#sessions", OptionList).focus()
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        mine = app.screen.session
        assert mine.mode == "individual" and mine.facilitator == "Pat Example"


async def test_your_name_typed_in_the_new_session_form_is_kept_tidied(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Kept as typed ("sam   SAMPLE"), where My CPD keeps the name tidied: matched alike
    (`roles.name_key`), shown differently in the notes and the CPD record."""
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        form = await new_session_form(pilot)
        own = form.query_one("#own-name", Input)
        await pilot.press("down")  # an individual reflection
        await wait_for(pilot, lambda: own.display)
        own.focus()
        await press_in_order(app, [*"sam   SAMPLE", "ctrl+s"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.facilitator == "Sam Sample"


async def test_your_name_changed_on_the_form_is_remembered_as_plain_mode_remembers_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Plain mode remembered a name entered at *Your name* for My CPD so far; the app's form
    did not, so the next reflection's form, and My CPD, kept the old name (a trial). Only a
    name submitted with the form is remembered: one typed and the form discarded is not."""
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        form = await new_session_form(pilot)
        own = form.query_one("#own-name", Input)
        await pilot.press("down")  # an individual reflection
        await wait_for(pilot, lambda: own.display)
        own.focus()
        own.value = ""
        await press_in_order(app, [*"jo example", "escape", "y"])  # discarded: not kept
        await wait_for(pilot, lambda: not isinstance(app.screen, type(form)))
        assert my_name(app.settings) == "Pat Example"
        form = await new_session_form(pilot)
        own = form.query_one("#own-name", Input)
        await pilot.press("down")
        await wait_for(pilot, lambda: own.display)
        assert own.value == "Pat Example"
        own.focus()
        own.value = ""
        await press_in_order(app, [*"sam   SAMPLE", "ctrl+s"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert my_name(app.settings) == "Sam Sample"  # the next form's, and My CPD's
        await wait_for(pilot, lambda: my_name(load_settings(settings)) == "Sam Sample")


async def test_a_name_typed_over_the_remembered_one_replaces_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """*Your name*, holding the name remembered, is all selected as Tab reaches it (as last
    time's facilitator is): typed fast after the Tabs, "Sam Sample" made "Sam SampleSam
    Sample" (a trial). A name typed on after moving into the box adds to it, as in any box."""
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Sam Sample")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        own = form.query_one("#own-name", Input)
        await press_in_order(app, ["down"])  # an individual reflection: the box is shown
        await wait_for(pilot, lambda: own.display and own.region.height > 0)
        await press_in_order(app, ["tab", "tab", "tab", *"Pat Example"])
        assert own.value == "Pat Example"
        await press_in_order(app, ["end", *" Jr"])  # (selected no more: typing adds)
        assert own.value == "Pat Example Jr"
        await press_in_order(app, ["ctrl+s"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.facilitator == "Pat Example Jr"
