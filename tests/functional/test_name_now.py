"""The practitioner's name is read from the settings file as each screen that shows or fills
it in opens (`ui/name_now.py`): changed by another reflect, `reflect walk` or an editor while
the app ran, the new-session form and `a` (my reflection after a team session) used the name
read at start-up until My CPD so far was opened (a review)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from textual.widgets import Input, OptionList

from reflect.model.session import Participant
from reflect.store.sessions import save_session
from reflect.store.settings import my_name, save_setting
from reflect.ui.app import make_app
from reflect.ui.name_now import NameRead, name_now
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.cpd_folder import invented_review, team
from tests.functional.helpers import new_session_form, start_whose, wait_for
from tests.functional.test_theme_items import at_the_first_themes_items, two_reviews

SIZE = (100, 40)


async def your_name_on_the_form(pilot, form: NewSessionScreen) -> Input:  # type: ignore[no-untyped-def]
    own = form.query_one("#own-name", Input)
    await pilot.press("down")  # an individual reflection: *Your name* shown
    await wait_for(pilot, lambda: own.display)
    return own


async def test_the_new_session_form_offers_the_name_the_settings_hold_now(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        form = await new_session_form(pilot)
        own = await your_name_on_the_form(pilot, form)
        assert own.value == "Pat Example"
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, NewSessionScreen))
        save_setting(settings, "my_name", "sam  SAMPLE")  # as another reflect would
        form = await new_session_form(pilot)
        own = await your_name_on_the_form(pilot, form)
        assert own.value == "Sam Sample"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.facilitator == "Sam Sample"
        assert my_name(app.settings) == "Sam Sample"  # nor is it written back as new


async def test_a_name_taken_out_of_the_settings_is_offered_no_more(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        settings.write_text('theme = "textual-dark"\n', encoding="utf-8")  # (an editor)
        own = await your_name_on_the_form(pilot, await new_session_form(pilot))
        assert own.value == ""


async def test_a_themed_sessions_form_offers_the_name_the_settings_hold_now(
        tmp_path: Path, sessions_dir: Path) -> None:
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(two_reviews(tmp_path / "reviews"), sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        await at_the_first_themes_items(pilot)
        save_setting(settings, "my_name", "Sam Sample")  # while the items were read
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen)
                       and app.focused is not None and app.focused.screen is app.screen)
        own = await your_name_on_the_form(pilot, app.screen)  # type: ignore[arg-type]
        assert own.value == "Sam Sample"


async def test_my_reflection_after_a_team_session_is_the_name_the_settings_hold_now(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    save_session(sessions_dir, team(invented_review(fictional_dir), "Invented Team North",
                                    [Participant(name="Sam Sample")]))
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        save_setting(settings, "my_name", "Sam Sample")
        sessions.focus()
        await pilot.press("a")
        await start_whose(pilot)
        assert app.screen.session.facilitator == "Sam Sample"


def test_a_name_chosen_in_the_app_since_the_file_was_read_is_kept() -> None:
    """The file read before a name was chosen here (`remember`): that read is older, and the
    name chosen stands; one read after it is taken."""
    app = SimpleNamespace(settings={"my_name": "Sam Sample"}, chosen=Counter(my_name=1),
                          saving=lambda key: False)
    assert name_now(app, NameRead({"my_name": "Pat Example"}, chosen=0)) == "Sam Sample"  # type: ignore[arg-type]
    assert name_now(app, NameRead(None, chosen=1)) == "Sam Sample"  # type: ignore[arg-type]
    assert name_now(app, NameRead({"my_name": "pat  example"}, chosen=1)) == "Pat Example"  # type: ignore[arg-type]
    assert app.settings == {"my_name": "pat  example"}
    app.saving = lambda key: key == "my_name"  # one chosen, still to be written
    assert name_now(app, NameRead({}, chosen=1)) == "Pat Example"  # type: ignore[arg-type]
