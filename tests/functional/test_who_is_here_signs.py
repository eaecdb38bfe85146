"""*Who is here* as a facilitator met it in a trial at 80x24: a point typed on its table
became a person unasked, a latecomer added left no sign it had worked, and the team's box
lost its first letter with the focus; and the new-session form could not tell two reviews
of one title apart. All people and reviews are invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.widgets.people_panel import PeoplePanel
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import screen_lines, shown, start_new, type_text, wait_for

PEOPLE = "\n".join(f"{name}, {role}, {agency}" for name, role, agency in (
    ("Ann Example", "GP", "Invented Practice"),
    ("Bob Sample", "Social worker", "Invented Council"),
    ("Cat Example", "Health visitor", "Invented Trust"),
    ("Dee Placeholder", "Teacher", "Invented School"),
    ("Eve Sample", "Police officer", "Invented Police"),
    ("Fay Example", "Midwife", "Invented Hospital")))


async def test_a_sentence_typed_on_the_table_is_asked_before_it_is_a_person(
        fictional_dir, sessions_dir) -> None:
    """Letters on the table start a new person: a point meant for a question, typed there
    with Enter, was listed as someone here, unasked. A name of more words than a name has is
    asked about first; Esc adds nothing and leaves it in the box; y adds it."""
    from reflect.ui.screens.confirm import ConfirmScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented team", PEOPLE)
        people = screen.session.participants
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table)
        await type_text(pilot, "Another point from window one\n")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert " ".join(app.screen.question.split()) == (
            "“Another point from window one” reads like a sentence, not a name: a name is "
            "one to three words. Add it to the list as a person, marked here? (Points are "
            "typed on the question steps: PgDn.)")
        await pilot.press("escape")
        name = screen.query_one(".person-name", Input)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is name)
        assert len(people) == 6 and name.value == "Another point from window one"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: len(people) == 7)
        assert people[-1].name == "Another point from window one" and people[-1].attended


async def test_a_latecomer_added_is_said_highlighted_and_shown(
        fictional_dir, sessions_dir) -> None:
    """Tab to Name, `Lee Sample`, Enter: the form emptied, and that was all (their row out of
    view, *Selected:* naming someone else, nothing said). As an action added is: `✓ Added as
    row 7` under the box, the row highlighted and on screen with it."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented team", PEOPLE)
        people = screen.session.participants
        table = screen.query_one(".people-table", RowTable)
        name = screen.query_one(".person-name", Input)
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is name)
        await type_text(pilot, "Lee Sample\n")
        await wait_for(pilot, lambda: len(people) == 7)
        detail = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: table.cursor_row == 6
                       and shown(detail).startswith("Selected: Lee Sample · here"))
        assert str(name.border_subtitle) == "✓ Added as row 7: Lee Sample"
        assert app.focused is name and name.value == ""
        panel = screen.query_one(PeoplePanel)

        def in_view() -> bool:
            lines = screen_lines(app)
            view = panel.region
            box_top = name.region.y
            return view.y <= box_top and name.region.bottom <= view.bottom and any(
                "Lee Sample" in lines[y] for y in range(view.y, box_top)) and any(
                "Selected: Lee Sample" in lines[y] for y in range(view.y, box_top))

        await wait_for(pilot, in_view)


async def test_the_team_box_shows_its_whole_name_with_the_focus(
        fictional_dir, sessions_dir) -> None:
    """`North Invented Team` just filled the team's box at 80x24: with the focus it showed
    `orth Invented Team`, scrolled for a cursor that is drawn in the box's padding. (The box
    is as wide as its name needs now, up to the whole row: a name that fills the row.)"""
    team = "North Invented Safeguarding Teams of Moorvale"
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", team, PEOPLE)
        box = screen.query_one(".detail-team", Input)
        await wait_for(pilot, lambda: box.scrollable_content_region.width == len(team))
        # (once the step has scrolled to its table's Selected line, as it does as it opens: a
        # focus given before that was scrolled away from, in CI)
        await wait_for(pilot, lambda: any("Selected: Ann Example" in line
                                          for line in screen_lines(app)))
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.pause()
        await wait_for(pilot, lambda: any(f"  {team} " in line for line in screen_lines(app)))
        assert box.scroll_x == 0
        await type_text(pilot, "s")  # (longer than the box: it scrolls, the cursor shown)
        await wait_for(pilot, lambda: box.scroll_x == 1)
        await pilot.press("backspace")
        await wait_for(pilot, lambda: box.scroll_x == 0)


async def test_the_new_session_form_on_one_of_two_reviews_alike_gives_its_id(
        fictional_dir: Path, sessions_dir) -> None:
    """Two reviews titled alike (imported twice, kept both): the library's rows give their
    ids, but the form said "New session on Child ZZ" for either."""
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.start import StartScreen
    from reflect.ui.widgets.literal import Literal

    text = (fictional_dir / "child-zz.toml").read_text(encoding="utf-8")
    (fictional_dir / "child-zz-2.toml").write_text(
        text.replace('id = "child-zz"', 'id = "child-zz-2"', 1), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        chosen = app.screen.selected_review().id
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        heading = app.screen.query(Literal).first()
        assert shown(heading).strip().endswith(f"Child ZZ  ·  id {chosen}")


async def test_a_compact_box_as_wide_as_its_text_keeps_the_cursor_in_view() -> None:
    """A compact box (the time plan's) has no padding for the cursor after the text's end to
    be drawn in: there the view scrolls a column, as Textual's did (a review)."""
    from textual.app import App, ComposeResult

    from reflect.ui.widgets.in_order import InOrderInput

    class OneBox(App[None]):
        def compose(self) -> ComposeResult:
            yield InOrderInput(compact=True, id="box")

    app = OneBox()
    async with app.run_test(size=(40, 5)) as pilot:
        box = app.query_one("#box", InOrderInput)
        box.styles.width = 12
        await pilot.pause()
        width = box.scrollable_content_region.width
        assert box.styles.padding.right == 0 and width > 0
        box.focus()
        await type_text(pilot, "x" * width)
        await wait_for(pilot, lambda: box.scroll_x == 1)  # the cursor one past the text
