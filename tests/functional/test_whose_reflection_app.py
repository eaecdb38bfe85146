"""A reflection records whose it is, in the app: the new-session form's *Your name*, filled in with
the name My CPD so far remembers; `a` (my reflection after a team session) takes that name;
F8's *Your name* on one written before. A shared sessions folder holds everyone's reflections,
and none recorded whose it was (a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from reflect.model.session import Participant
from reflect.model.whose import whose
from reflect.store.sessions import list_sessions, load_session, save_session, session_path
from reflect.store.settings import load_settings, my_name, save_setting
from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.screens.whose_after import WhoseAfterScreen
from tests.cpd_folder import invented_review, reflection, team
from tests.functional.helpers import (
    f8_dialog,
    new_session_form,
    open_saved_session,
    press_in_order,
    said,
    screen_lines,
    start_whose,
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
        await start_whose(pilot)  # Enter: the name offered
        mine = app.screen.session
        assert mine.mode == "individual" and mine.facilitator == "Pat Example"


async def _ask_whose(pilot, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """`a` on the one saved team session: the question whose the reflection is, open."""
    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None and app.screen.query_one(
        "#sessions", OptionList).option_count == 1)
    app.screen.query_one("#sessions", OptionList).focus()
    await pilot.press("a")
    await wait_for(pilot, lambda: isinstance(app.screen, WhoseAfterScreen))
    return app.screen


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_reflection_after_says_whose_it_is_before_it_starts_and_takes_another_name(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """`a` took the name remembered without showing it anywhere: on a shared laptop another
    practitioner's reflection was counted in Pat's My CPD so far (a fresh-eyes trial). It
    asks whose the reflection is, the name remembered filled in and all selected: Enter keeps
    it, a name typed replaces it (one step), is recorded and remembered for My CPD so far,
    which then counts the reflection as that person's, not Pat's."""
    save_session(sessions_dir, team(invented_review(fictional_dir), "Invented Team North",
                                    [Participant(name="Pat Example")]))
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await _ask_whose(pilot, size)
        box = dialog.query_one("#whose-name", Input)
        assert box.value == "Pat Example" and app.focused is box
        lines = screen_lines(app)
        shown_now = " ".join(" ".join(lines).split())
        assert "Whose reflection is this?" in shown_now and "Pat Example" in shown_now
        for widget in (box, dialog.query_one("#whose-start"), dialog.query_one("#whose-cancel")):
            region = widget.region
            assert region.width > 0 and region.right <= size[0] and \
                region.bottom <= size[1] - 1, (widget, region)
        mine = await start_whose(pilot, *"sam sample")
        assert mine.session.facilitator == "Sam Sample"
        assert my_name(app.settings) == "Sam Sample"
        await wait_for(pilot, lambda: my_name(load_settings(settings)) == "Sam Sample")
        assert any("Recorded as the reflection of Sam Sample, remembered for My CPD so far "
                   "(instead of Pat Example)" in m for m in said(app))
        assert whose(mine.session, my_name(app.settings)) == "mine"
        assert whose(mine.session, "Pat Example") == "others"


async def test_whose_a_reflection_after_is_cancelled_starts_nothing(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    save_session(sessions_dir, team(invented_review(fictional_dir), "Invented Team North",
                                    [Participant(name="Pat Example")]))
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ask_whose(pilot, (80, 24))
        await press_in_order(app, [*"Sam", "escape"])
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert my_name(app.settings) == "Pat Example"  # a name typed, not submitted: not kept
        await press_in_order(app, ["a"])  # `a` again asks again
        await start_whose(pilot)
        assert app.screen.session.facilitator == "Pat Example"


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


async def test_a_name_typed_straight_after_a_is_whose_the_reflection_is(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Typed in one burst, `a`, a name and Enter: the name replaces the one offered (none of
    its letters reached the list behind, nor was the offered name kept in front of it)."""
    assert await typed_in_one_burst(fictional_dir, sessions_dir, tmp_path) == "Sam Sample"


async def test_keys_typed_before_the_dialog_has_selected_the_name_wait_for_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog mounting late (a busy machine): the name typed straight after `a` still
    replaces the one offered whole. Its first letter went in before the name was selected,
    and was lost with it ("Am Sample", once in a whole run)."""
    import asyncio

    mounted = WhoseAfterScreen.on_mount

    async def late(self: WhoseAfterScreen) -> None:
        await asyncio.sleep(0.2)
        mounted(self)

    monkeypatch.setattr(WhoseAfterScreen, "on_mount", late)
    assert await typed_in_one_burst(fictional_dir, sessions_dir, tmp_path) == "Sam Sample"


async def typed_in_one_burst(fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> str:
    """`a` on a team session, "Sam Sample", Enter and a note typed in one burst, "Pat Example"
    offered: whose the reflection is recorded as, once the note is in its box."""
    from textual.widgets import TextArea

    from tests.functional.helpers import burst_keys

    save_session(sessions_dir, team(invented_review(fictional_dir), "Invented Team North",
                                    [Participant(name="Pat Example")]))
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        sessions.focus()
        await pilot.pause()
        burst_keys(pilot, ["a", *"Sam Sample", "enter", *"a note"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and isinstance(app.focused, TextArea)
                       and app.focused.text == "a note")
        return app.screen.session.facilitator
