"""The footer shows whole keys only (#looks15): at 60x20 it ended `f6 Pause/resu` in a
session and a bare `i` on the start screen; at 80x24 with a drop-down open, `f6 P` ran under
the command palette's key. Each key drawn is its key and whole label, Help and Quit first; the
ones that do not fit are left out. What is asserted is the footer line as drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Select, TextArea

from reflect.ui.app import make_app
from tests.functional.helpers import go_forward_to, screen_lines, start_new, wait_for
from tests.functional.test_screen_sizes import library, open_walkthrough


def labels(app: App[None]) -> set[str]:
    """Every key the footer may show, as drawn: its key and its whole description."""
    own = {**getattr(app.screen, "key_descriptions", {}),
           **getattr(app.screen.focused, "key_descriptions", {})}
    return {f"{app.get_key_display(binding)} {own.get(binding.action, binding.description)}"
            for _, binding, _, _ in app.screen.active_bindings.values()
            if binding.show and binding.description}


def footer_keys(app: App[None]) -> list[str] | None:
    """The footer line read as whole keys in order, or None if any part of it is not one
    (a label cut short, or a stray letter)."""
    line = screen_lines(app)[-1].split("▏")[0].strip()  # left of the palette's key
    known = sorted(labels(app), key=len, reverse=True)
    found: list[str] = []
    while line:
        label = next((k for k in known if line == k or line.startswith(k + " ")), None)
        if label is None:
            return None
        found.append(label)
        line = line[len(label):].strip()
    return found


def whole(app: App[None]) -> bool:
    keys = footer_keys(app)
    return keys is not None and keys[:2] == ["f1 Help", "^q Quit"]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_footer_shows_only_whole_keys(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None and len(labels(app)) > 4)
        await wait_for(pilot, lambda: whole(app))
        assert len(footer_keys(app) or []) >= 4, screen_lines(app)[-1]  # not emptied either
        screen = await open_walkthrough(pilot, app)
        await wait_for(pilot, lambda: whole(app))
        assert (footer_keys(app) or [])[2:4] == ["pgdn Next", "esc Library"]  # the way back
        await go_forward_to(pilot, screen, "question")
        said_by = screen.panes[screen.index].query_one(Select)
        said_by.focus()
        await wait_for(pilot, lambda: app.focused is said_by)
        await pilot.press("enter")  # the drop-down opens: its own key joins the footer
        await wait_for(pilot, lambda: said_by.expanded and any(
            "Dismiss" in label for label in labels(app)))
        await wait_for(pilot, lambda: whole(app))
        assert "pgdn Next" in (footer_keys(app) or [])


async def test_a_saved_sessions_keys_are_whole_at_60x20(tmp_path: Path) -> None:
    """With a saved session highlighted the start screen's footer ended with a bare `del`."""
    from textual.widgets import OptionList

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    content = library(tmp_path, 1)
    review = load_library(content).get("child-zz0")
    assert review is not None
    save_session(tmp_path / "sessions", Session.start(review, "s-saved", team="Invented Hub"))
    app = make_app(content, tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 1)
        sessions.focus()
        await wait_for(pilot, lambda: any("Delete" in label for label in labels(app)))
        await wait_for(pilot, lambda: whole(app))
        assert "f2 Rename" in (footer_keys(app) or [])


async def test_the_line_is_drawn_again_only_when_its_keys_change(tmp_path: Path) -> None:
    """Textual says the bindings may have changed on every focus move, though the keys are
    nearly always the same: the line keeps what it shows then; a change of keys shows."""
    from reflect.ui.widgets.footer import ReflectFooter

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "question")
        footer = screen.query_one(ReflectFooter)
        await wait_for(pilot, lambda: whole(app))
        before = footer.keys
        assert len(before) >= 4
        for _ in range(3):  # what Textual does on a focus move
            footer.bindings_changed(screen)
            await pilot.pause()
        assert footer.keys is before  # the very same keys, not read into a new line
        said_by = screen.panes[screen.index].query_one(Select)
        said_by.focus()
        await pilot.press("enter")  # the drop-down's own key joins the line
        await wait_for(pilot, lambda: any("Dismiss" in key.description for key in footer.keys))
        await wait_for(pilot, lambda: whole(app))


@pytest.mark.parametrize(("width", "palette"), [(100, True), (60, False)])
async def test_the_palettes_key_is_at_the_end_from_80_columns(tmp_path: Path, width: int,
                                                             palette: bool) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None and whole(app))
        line = screen_lines(app)[-1]
        assert line.rstrip().endswith("▏^p palette") is palette, line
        assert ("palette" in line) is palette


@pytest.mark.paints_every_frame  # reads what painting works out
async def test_clicking_a_key_presses_it(tmp_path: Path) -> None:
    from reflect.ui.screens.help import HelpScreen
    from reflect.ui.widgets.footer import ReflectFooter

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None and whole(app))
        footer = app.screen.query_one(ReflectFooter)
        [(start, _, _)] = [(s, e, k) for s, e, k in footer.shown if k.name == "help"]
        await pilot.click(ReflectFooter, offset=(start + 1, 0))
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_a_dialog_has_its_own_footer_and_f1_opens_the_help_over_it(tmp_path: Path) -> None:
    """Under the new-session dialog the start screen's footer offered `n New session`, and F1
    did nothing: Textual gives a dialog none of the app's keys."""
    from reflect.ui.screens.help import HelpScreen
    from reflect.ui.screens.new_session import NewSessionScreen
    from tests.functional.helpers import new_session_form

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await wait_for(pilot, lambda: (footer_keys(app) or [])[:4] == [
            "f1 Help", "^q Quit", "esc Cancel", "^s Start session"])
        assert "New session" not in screen_lines(app)[-1]
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is form and isinstance(form, NewSessionScreen))


async def test_next_is_not_offered_on_the_last_step(tmp_path: Path) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await wait_for(pilot, lambda: "pgdn Next" in (footer_keys(app) or []))
        await screen.go(len(screen.steps) - 1)
        await wait_for(pilot, lambda: whole(app) and "pgdn Next" not in (footer_keys(app) or []))
        await pilot.press("pageup")
        await wait_for(pilot, lambda: "pgdn Next" in (footer_keys(app) or []))


async def test_the_keys_keep_their_order_whatever_has_the_focus(tmp_path: Path) -> None:
    """Textual's order moved with the focus: `f6` came before `esc` in a notes box and after
    it elsewhere. The focused widget's own keys come first (a list's Rename)."""
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(200, 30)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await wait_for(pilot, lambda: whole(app) and "pgdn Next" in (footer_keys(app) or []))
        before = [k for k in footer_keys(app) or [] if k != "pgdn Next"]
        await screen.go(len(screen.steps) - 1)  # the summary: its notes box has the focus
        await wait_for(pilot, lambda: whole(app) and "pgdn Next" not in (footer_keys(app) or []))
        assert [k for k in footer_keys(app) or [] if k in before] == before


async def test_a_confirmations_keys_say_what_its_buttons_say(tmp_path: Path) -> None:
    """Quitting with a new session's details typed asked "Quit (y) / Keep typing (n)" while
    the footer said `esc No y Yes`. (Esc keeps typing too.)"""
    from reflect.ui.screens.confirm import ConfirmScreen

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        asked = ConfirmScreen("Quit reflect? (invented question)", yes="Quit",
                              no="Keep typing")
        app.push_screen(asked)
        await wait_for(pilot, lambda: app.screen is asked)
        await wait_for(pilot, lambda: screen_lines(app)[-1].split("▏")[0].split() == [
            "f1", "Help", "^q", "Quit", "y", "Quit", "n", "Keep", "typing"])


async def test_the_help_says_esc_closes_it_in_its_footer_too(tmp_path: Path) -> None:
    """The help's text says "Press Esc to close"; its footer said only `f1 Close`."""
    from reflect.ui.screens.help import HelpScreen

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await wait_for(pilot, lambda: screen_lines(app)[-1].split("▏")[0].split() == [
            "^q", "Quit", "esc", "Close"])  # (F1 closes it here: no "f1 Help")
        await pilot.press("f1")  # closes it as well
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen))


async def test_a_focused_list_or_table_shows_its_own_keys(tmp_path: Path) -> None:
    """The points list, the participants table and the step list said their keys only in
    the text above them; the footer shows them too while they have the focus, Space in the
    table's own words."""
    from reflect.ui.widgets.points_panel import PointList
    from reflect.ui.widgets.step_list import StepList
    from reflect.ui.widgets.tables import RowTable
    from tests.functional.helpers import enter_text

    def said(app: App[None]) -> list[str]:
        return [k.split(" ", 1)[1] for k in footer_keys(app) or []]

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_walkthrough(pilot, app)
        people = screen.panes[screen.index].query_one(RowTable)
        await enter_text(pilot, "Ann Example, Invented role, Invented agency\n")
        await wait_for(pilot, lambda: people.row_count == 1)
        people.focus()
        await wait_for(pilot, lambda: said(app)[:5] == [
            "Help", "Quit", "Edit", "Here/not here", "Remove"])
        from reflect.ui.screens import keys_said
        from tests.functional.helpers import every_said, press_in_order
        kept = every_said(app)  # Ctrl+Y with no facilitator taking over said nothing
        await press_in_order(app, ["ctrl+y"])
        await wait_for(pilot, lambda: kept == [keys_said.GIVE_WHERE])
        first = next(i for i, s in enumerate(screen.steps) if s.key.startswith("q:"))
        await screen.go(first)
        await enter_text(pilot, "An invented point\n")
        points = screen.panes[screen.index].query_one(PointList)
        await wait_for(pilot, lambda: points.option_count == 1)
        points.focus()
        await wait_for(pilot, lambda: said(app)[:6] == [
            "Help", "Quit", "Edit", "Remove", "Up", "Down"])
        # Shift+↑/↓, as the text above the list says (on a Mac Ctrl+↑ opens Mission Control)
        assert [k for k in footer_keys(app) or [] if k.endswith((" Up", " Down"))] == [
            "⇧↑ Up", "⇧↓ Down"]
        screen.query_one(StepList).focus()
        await wait_for(pilot, lambda: said(app)[:3] == ["Help", "Quit", "Go to step"])


async def test_a_focused_drop_down_says_what_enter_does(tmp_path: Path) -> None:
    """Only Space opened *Said by…*, and nothing said so: Enter added the point unsaid (a new
    user's trial). The footer says Enter opens the list, and, once letters have chosen, adds."""
    from textual.widgets import Select

    from tests.functional.helpers import enter_text

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await enter_text(pilot, "Ann Example, Invented role, Invented agency\n")
        first = next(i for i, s in enumerate(screen.steps) if s.key.startswith("q:"))
        await screen.go(first)
        await enter_text(pilot, "An invented point")
        await pilot.press("tab")
        said_by = screen.panes[screen.index].query_one(".point-by", Select)
        await wait_for(pilot, lambda: app.focused is said_by)
        await wait_for(pilot, lambda: "⏎ Open list" in (footer_keys(app) or []))
        await pilot.press("a")
        await wait_for(pilot, lambda: "⏎ Add" in (footer_keys(app) or []))
        await pilot.press("x", "y")  # "axy" starts no word: Enter adds nothing, and says so
        await wait_for(pilot, lambda: "⏎ Adds nothing" in (footer_keys(app) or []))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_f8_is_in_the_footer_where_the_cpd_record_is_offered(
        fictional_dir, sessions_dir, size: tuple[int, int]) -> None:
    """At 80x24 on *What I will do differently* F8 was in no footer, its button (`CPD
    record… (F8)`) below the fold; on a question, where it is not offered, it is not shown
    (F8 there says where it is)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_new(pilot, "individual")
        await go_forward_to(pilot, screen, "question")
        await wait_for(pilot, lambda: footer_keys(app) is not None)
        assert "f8 CPD record" not in (footer_keys(app) or [])
        await go_forward_to(pilot, screen, "differently")
        await wait_for(pilot, lambda: "f8 CPD record" in (footer_keys(app) or []))
        assert (footer_keys(app) or [])[:2] == ["f1 Help", "^q Quit"]


async def test_keys_that_do_not_apply_say_so_in_a_reflection_on_your_own(
        fictional_dir, sessions_dir) -> None:
    """`f5 Present` in the footer of a reflection done alone: there is nobody to present to;
    F5 shows the step alone across the screen, and says so there. F3 and F2 said to open
    the room with F4, which then said a self-reflection has none; PgUp on the first step,
    Ctrl+T away from What to do now and Ctrl+L past the case details said nothing at all
    (a new user's trial)."""
    from reflect.ui.screens import keys_said
    from reflect.ui.screens.room_waiting import NO_ROOM_ALONE
    from tests.functional.helpers import every_said, press_in_order, shown

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await press_in_order(app, ["r"])  # the lists read again: said nothing
        read_again = keys_said.read_again(len(app.library.reviews), 0)
        await wait_for(pilot, lambda: len(app._notifications) == 1)
        await press_in_order(app, ["f2"])  # on the library, no session saved: said nothing
        screen = await start_new(pilot, "individual")
        await wait_for(pilot, lambda: "f5 Full width" in (footer_keys(app) or []))
        assert not any("Present" in key for key in footer_keys(app) or [])
        await press_in_order(app, ["f3", "f2", "pageup", "ctrl+t", "pagedown"])
        await wait_for(pilot, lambda: screen.index == 1)
        await press_in_order(app, ["ctrl+l"])
        await wait_for(pilot, lambda: len(app._notifications) >= 7)
        assert [n.message for n in app._notifications] == [
            read_again, keys_said.RENAME_WHERE[1], NO_ROOM_ALONE, NO_ROOM_ALONE,
            keys_said.FIRST_STEP, keys_said.ACTION_WHERE, keys_said.PAST_THE_DETAILS]
        assert screen.index == 1
        await press_in_order(app, ["f5"])
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        hint = screen.query_one("#present-hint")
        assert shown(hint).startswith("Full width · F5 ends · PgDn next")
        # PgDn on the summary, the last step: it moves the box's cursor while it can, then
        # says this is the last step and what to do (it said nothing: a facilitator's trial).
        await press_in_order(app, ["f5"])
        await wait_for(pilot, lambda: not screen.has_class("-presenting"))
        await go_forward_to(pilot, screen, "summary")
        area = screen.query_one(f"#notes-{screen.index}", TextArea)
        await wait_for(pilot, lambda: app.focused is area)
        assert not any(key.startswith("pgdn") for key in footer_keys(app) or [])
        area.text = "An invented first line\nAn invented second line"
        area.move_cursor((0, 0))
        kept = every_said(app)
        await press_in_order(app, ["pagedown"])
        await wait_for(pilot, lambda: area.cursor_location[0] == 1)
        await press_in_order(app, ["pagedown"])
        await wait_for(pilot, lambda: kept)
        assert kept == [keys_said.LAST_STEP]
        # Ctrl+N, Next's other key, said nothing there: it says so too, even where PgDn
        # would move the box's cursor (Ctrl+N moves through the steps alone).
        area.move_cursor((0, 0))
        await press_in_order(app, ["ctrl+n"])
        await wait_for(pilot, lambda: len(kept) == 2)
        assert kept == [keys_said.LAST_STEP] * 2 and area.cursor_location == (0, 0)
        # Ctrl+A in the export dialog with nothing found (it said nothing)
        from reflect.ui.screens.export import ExportScreen
        await press_in_order(app, ["ctrl+o"])
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        await press_in_order(app, ["ctrl+a"])
        await wait_for(pilot, lambda: len(kept) == 3)
        assert kept[2] == keys_said.ANYWAY_WHERE[0]
        await press_in_order(app, ["enter"])  # on the format chosen already: said nothing
        await wait_for(pilot, lambda: len(kept) == 4)
        assert kept[3] == keys_said.FORMAT_CHOSEN and isinstance(app.screen, ExportScreen)
