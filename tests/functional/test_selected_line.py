"""The line under a table (`Selected: …`) gives the highlighted row in full, for the cells the
table cuts: while the table has the focus it is on screen, whole, with the highlighted row,
at 80x24 and 60x20, in What to do now's actions, Who is here's participants and last time's
actions. At 80x24 the actions table filled the foot of the step and ↑/↓ in it never brought
the line into view (a trial)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import Input

from reflect.model.carried import CarriedAction
from reflect.model.review import Review
from reflect.model.session import Action, Participant, Session
from reflect.ui.app import make_app
from reflect.ui.laid_out import unsettled
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.actions_panel import ActionsPanel
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, wait_for

SIZES = [(80, 24), (60, 20)]
LONG = ("Invented recommendation: every invented service reviews how it shares invented "
        "information with the invented school nurse team")
REVIEW = FICTIONAL_REVIEW.replace('title = "Invented recommendation"', f'title = "{LONG}"')
WHAT = ["Share the invented plans with the invented school nurse team",
        "Ring the invented clinic about the invented referral form",
        "Book the invented training day for all the invented staff",
        "Write to the invented practice about invented home visits",
        "Audit the invented case files for invented home visits",
        "Check the invented leaflet is up to date and says who to ring"]
DAYS = [date(2031, 12, 4), date(2032, 1, 31), date(2032, 2, 11), date(2031, 12, 18),
        date(2032, 3, 1), date(2032, 1, 31)]


def review() -> Review:
    return Review.model_validate(tomllib.loads(REVIEW))


def whole_in_view(widget: Widget) -> bool:
    """Whether all of `widget` shows in the view of each container it scrolls in."""
    region, node = widget.region, widget.parent
    while isinstance(node, Widget):
        if node.allow_vertical_scroll and not node.scrollable_content_region.contains_region(
                region):
            return False
        node = node.parent
    return bool(region)


def row_in_view(table: RowTable) -> bool:
    """Whether the highlighted row shows, in the table and on the screen."""
    row = table._get_row_region(table.cursor_row)
    y = table.content_region.y + row.y - round(table.scroll_y)
    if not table.content_region.y + table.header_height <= y < table.content_region.bottom:
        return False
    node = table.parent
    while isinstance(node, Widget):
        window = node.scrollable_content_region
        if node.allow_vertical_scroll and not window.y <= y < window.bottom:
            return False
        node = node.parent
    return True


async def walk_the_rows(pilot, table: RowTable, line: Widget, said: str) -> None:  # type: ignore[no-untyped-def]
    """↓ to the last row and ↑ back: at each row, the line says it and shows whole with it."""
    rows = table.row_count
    # (the suite's usual 15 s: 5 s ran out once, at 60x20, in a CI run at load 7-9, and never
    # in five runs of this file side by side with three CPU hogs)
    for key in ["down"] * (rows - 1) + ["up"] * (rows - 1):
        await wait_for(pilot, lambda: said in str(line.render()) and whole_in_view(line)
                       and row_in_view(table))
        await pilot.press(key)
    await wait_for(pilot, lambda: whole_in_view(line) and row_in_view(table))
    assert table.cursor_row == 0


def opened(app, session: Session, step: str) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    session.current_step = step
    screen = WalkthroughScreen(session, review())
    app.push_screen(screen)
    return screen


@pytest.mark.parametrize("size", SIZES)
async def test_the_actions_selected_line_shows_while_the_table_has_the_focus(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """Six actions, each answering a long recommendation (so the line takes six lines at
    80x24, ten at 60x20): Tab into the table and ↑/↓, and the line is whole on screen with
    the highlighted row."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-selected", team="Invented team")
        for text, day in zip(WHAT, DAYS, strict=True):
            session.add_action(Action(text=text, owner="Sam Sample", due=day.isoformat(),
                                      due_date=day, recommendation=LONG))
        screen = opened(app, session, "actions")
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
        table = screen.query_one(".actions-table", RowTable)
        line = screen.query_one(".action-detail")
        await wait_for(pilot, lambda: table.row_count == 6)
        screen.set_focus(table)  # as Tab to it does
        await walk_the_rows(pilot, table, line, "answers: Invented recommendation")


@pytest.mark.parametrize("size", SIZES)
async def test_an_action_added_then_the_table_tabbed_to_shows_the_selected_line(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """As the trial found it at 80x24: the sixth action added, the table held to the room under
    the form, then Tab into the table: the line under it was below the fold, whatever row."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-added", team="Invented team")
        for text, day in zip(WHAT[:5], DAYS[:5], strict=True):
            session.add_action(Action(text=text, owner="Sam Sample", due=day.isoformat(),
                                      due_date=day))
        screen = opened(app, session, "actions")
        await wait_for(pilot, lambda: app.screen is screen and screen.query(".action-what"))
        what = screen.query_one(".action-what")
        table = screen.query_one(".actions-table", RowTable)
        await wait_for(pilot, lambda: app.focused is what and table.row_count == 5)
        await enter_text(pilot, "Tell the invented panel\n")
        await wait_for(pilot, lambda: table.row_count == 6, timeout=5)
        screen.set_focus(table)
        await walk_the_rows(pilot, table, screen.query_one(".action-detail"), "Selected:")


@pytest.mark.parametrize("size", SIZES)
async def test_the_added_row_brought_into_view_after_the_table_took_the_focus_keeps_its_line(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """The added row is brought into view once the step is drawn again, some layouts later:
    where Tab had taken the focus into the table meanwhile (a busy machine; a whole run, at
    80x24), it scrolled the form back to the top and the Selected line off the foot. The
    person is in the table: its row shows with its line."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-late", team="Invented team")
        for text, day in zip(WHAT, DAYS, strict=True):
            session.add_action(Action(text=text, owner="Sam Sample", due=day.isoformat(),
                                      due_date=day))
        screen = opened(app, session, "actions")
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
        table = screen.query_one(".actions-table", RowTable)
        line = screen.query_one(".action-detail")
        await wait_for(pilot, lambda: table.row_count == 6)
        screen.set_focus(table)
        await pilot.press(*["down"] * 5)
        await wait_for(pilot, lambda: "Selected:" in str(line.render()) and whole_in_view(line)
                       and row_in_view(table) and table.cursor_row == 5)
        screen.query_one(ActionsPanel).show_added(5)  # (as the add's own, come late)
        await pilot.pause()
        await wait_for(pilot, lambda: not unsettled(screen, scroll=False, widgets=()))
        assert whole_in_view(line) and row_in_view(table) and app.focused is table


@pytest.mark.parametrize("size", SIZES)
async def test_who_is_here_gives_the_highlighted_person_in_full_under_the_table(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """The participants' table cut a role and an agency (`Designated saf…`, `Invented
    Prima…`) with nothing on screen giving them whole: the line under it does, in view with
    the highlighted row from the step's opening (the table has the focus)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-people", team="Invented team")
        for n, name in enumerate(["Sam Sample", "Pat Example", "Ann Example", "Bob Example",
                                  "Cy Example", "Dee Example", "Eve Example", "Fay Example"]):
            session.participants.append(Participant(
                id=f"p{n + 1}", name=name, role="Designated invented safeguarding lead",
                agency="Invented Primary School and Nursery", attended=n != 1))
        screen = opened(app, session, "people")
        await wait_for(pilot, lambda: app.screen is screen and screen.query(".people-table"))
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 8)
        line = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: whole_in_view(line) and row_in_view(table), timeout=5)
        said = " ".join(str(line.render()).split())
        assert ("Selected: Sam Sample · role: Designated invented safeguarding lead · agency: "
                "Invented Primary School and Nursery · here") in said, said
        await pilot.press("down")
        await wait_for(pilot, lambda: "Pat Example" in str(line.render())
                       and "not here" in str(line.render()))
        await walk_the_rows(pilot, table, line, "Selected:")


AGENCY = "Invented Borough Council Children's Social Care – Early Help Hub"


def drawn(widget: Widget) -> list[str]:
    """The widget's lines as drawn on screen."""
    return ["".join(s.text for s in widget.render_line(y)) for y in range(widget.size.height)]


@pytest.mark.parametrize("size", SIZES)
async def test_who_is_here_wraps_a_long_agency_in_its_cell(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """The participants' table cut a long agency (`Invented Borough Co…`) at 80x24 (a trial):
    it wraps at words in its cell, every word on screen; the row is as tall as it, and
    redrawn so when a change makes it shorter, or leaves it (a tick)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-agency", team="Invented team")
        session.participants += [
            Participant(id="p1", name="Sam Sample", role="Social worker", agency=AGENCY),
            Participant(id="p2", name="Pat Example", role="GP", agency="Invented Surgery")]
        screen = opened(app, session, "people")
        await wait_for(pilot, lambda: app.screen is screen and screen.query(".people-table"))
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 2)
        await pilot.pause()
        lines = drawn(table)
        assert not any("…" in line for line in lines), lines
        words = " ".join(" ".join(lines).split())
        assert all(word in words.split() for word in AGENCY.split()), lines
        assert [table.rows[key].height for key in table.rows] == [
            len(str(table.get_cell_at((0, 3))).splitlines()), 1]
        assert table.rows[next(iter(table.rows))].height > 1
        # Ticked not here: redrawn in place, still whole; a short agency: one line again.
        await pilot.press("space")
        await wait_for(pilot, lambda: not session.participants[0].attended)
        assert str(table.get_cell_at((0, 3))).split() == AGENCY.split()
        await pilot.press("enter")  # edit Sam Sample: the agency changed as it is typed
        agency = screen.query_one(".person-agency", Input)
        await wait_for(pilot, lambda: agency.value == AGENCY)
        agency.value = "Invented Hub"
        await wait_for(pilot, lambda: str(table.get_cell_at((0, 3))) == "Invented Hub")
        assert [table.rows[key].height for key in table.rows] == [1, 1]


@pytest.mark.parametrize("size", SIZES)
async def test_last_times_actions_selected_line_shows_and_names_the_owner(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """Last time's actions: the line is in view with the highlighted row, and names the
    owner, whom the table cut at 80x24 (`Sam Sa…`) and the line did not name."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-carried", team="Invented team", carried=[
            CarriedAction(session_id="s-earlier", session_label="Invented October meeting",
                          action_id=f"a{n}", text=text, owner="Sam Sample",
                          due=day.isoformat(), due_date=day,
                          progress_before="Invented note on how far it got")
            for n, (text, day) in enumerate(zip(WHAT, DAYS, strict=True))])
        screen = opened(app, session, "carried")
        await wait_for(pilot, lambda: app.screen is screen and screen.query(".carried-table"))
        table = screen.query_one(".carried-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 6)
        line = screen.query_one(".carried-detail")
        await walk_the_rows(pilot, table, line, "owner: Sam Sample")


async def test_a_table_held_shorter_keeps_the_highlighted_row_in_view() -> None:
    """Held shorter (for its Selected line) after it had scrolled to its last row while taller,
    the table kept that scroll and the row was below its foot (a full run, under load: the
    sixth action, just added): it scrolls within itself to show the row again."""
    class TableApp(App[None]):
        def compose(self) -> ComposeResult:
            yield RowTable(wraps=(0,))

    app = TableApp()
    async with app.run_test(size=(60, 30)) as pilot:
        table = app.query_one(RowTable)
        table.fill([("What", 1)], [[f"Invented action number {n} " * 3] for n in range(6)], 40)
        table.styles.max_height = 12
        table.focus()
        table.move_cursor(row=5)
        await wait_for(pilot, lambda: table.scroll_y > 0 and row_in_view(table))
        table.styles.max_height = 7
        await wait_for(pilot, lambda: table.size.height == 7)
        await wait_for(pilot, lambda: row_in_view(table), timeout=2)


async def test_a_dialog_over_the_table_leaves_its_line_waiting_not_asked_again_and_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The participants' table asked for its Selected line to be brought into view while a
    dialog (the room's: F4 just after the session opened) was over its step, the step not yet
    laid out again: it asked again at every turn of the dialog's queue, without a pause, for
    as long as the dialog showed (7,000 times in one test, a core kept busy). It waits for its
    own step to be laid out, and does it as the dialog closes."""
    from reflect.ui.screens.room_open import OpenRoomScreen
    from reflect.ui.widgets import tables

    asked: list[RowTable] = []
    real = tables.show_with_line
    monkeypatch.setattr(tables, "show_with_line",
                        lambda table, from_top=False: (asked.append(table),
                                                       real(table, from_top))[1])
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        session = Session.start(review(), "s-dialog-over", team="Invented team")
        session.participants = [Participant(id=f"p{n}", name=f"Invented Person {n}")
                                for n in range(1, 9)]
        screen = opened(app, session, "people")
        await wait_for(pilot, lambda: app.screen is screen and screen.query(".people-table"))
        table = screen.query_one(".people-table", RowTable)
        line = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: app.focused is table and whole_in_view(line))
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        # The step to be laid out again, and not prompted to: as Textual left it in a whole
        # run (the step's Idle handled as the dialog was pushed, while it was neither the
        # screen on top nor under it: the screen is laid out as the dialog closes).
        screen._layout_required = True
        asked.clear()
        table.show_line_under()
        for _ in range(5):
            await pilot.pause()
        assert len(asked) < 5, f"asked {len(asked)} times while the dialog showed"
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await wait_for(pilot, lambda: whole_in_view(line) and row_in_view(table))
