"""reflect at 60x20 to 240x60 (#15.23): Help and Quit always in the footer, no word split in the
step list, several reviews in the library at 60x20, reading width capped on a wide screen, the
export dialog opening on its check, and messages that cover neither each other nor the time
line. What is asserted is what the screen shows (its rendered lines), not widget settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App
from textual.widgets import OptionList, RadioSet
from textual.widgets._toast import Toast

from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.literal import Literal
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, go_forward_to, screen_lines, wait_for

LONG_QUESTION = ("How would the invented agencies of Invented Shire make sure that "
                 "Recommendations reach every practitioner, including those who joined after "
                 "the exercise, and how would anyone know that they had?")
"""A question long enough to run past 130 columns, with a long word near a line's end."""
CONTEXT = [f"Invented context point {i}, long enough to take a line or two of the pane."
           for i in range(12)]
"""Context longer than a step's pane at 80x24."""


def library(tmp_path: Path, count: int = 4) -> Path:
    """`count` invented reviews; the first question of each is LONG_QUESTION."""
    folder = tmp_path / "content"
    folder.mkdir()
    for i in range(count):
        text = (FICTIONAL_REVIEW.replace('id = "child-zz"', f'id = "child-zz{i}"')
                .replace('title = "Child ZZ"', f'title = "Child ZZ{i}"')
                .replace("zz-", f"zz{i}-")
                .replace("What would you do first?", LONG_QUESTION)
                .replace('context = ["An invented context point."]', f"context = {CONTEXT!r}"))
        (folder / f"r{i}.toml").write_text(text, encoding="utf-8")
    return folder


def widget_lines(widget: OptionList) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.size.height)]


async def open_walkthrough(pilot, app) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: app.library is not None)
    await pilot.press("enter", "ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    screen = app.screen
    assert isinstance(screen, WalkthroughScreen)
    return screen


def footer_keys_in_view(app: App[None]) -> set[str]:
    """The actions of the footer keys drawn wholly inside the screen."""
    footer = app.screen.query_one(ReflectFooter)
    width = footer.region.width
    return {key.name for start, end, key in footer.shown if footer.region.right <= app.size.width
            and end <= width}


@pytest.mark.paints_every_frame  # reads what painting works out
async def test_help_and_quit_stay_in_the_footer_at_60x20(tmp_path: Path) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await wait_for(pilot, lambda: {"help", "quit"} <= footer_keys_in_view(app))
        assert "f1 Help" in screen_lines(app)[-1] and "^q Quit" in screen_lines(app)[-1]
        await open_walkthrough(pilot, app)
        await wait_for(pilot, lambda: {"help", "quit", "next"} <= footer_keys_in_view(app))


async def test_no_word_in_the_step_list_is_split_across_lines(tmp_path: Path) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    for size in ((60, 20), (80, 24), (120, 40), (200, 50)):
        async with app.run_test(size=size) as pilot:
            screen = await open_walkthrough(pilot, app)
            steps = screen.query_one("#steps", OptionList)
            if size[0] < 80:  # hidden there until Ctrl+G shows it
                await pilot.press("ctrl+g")
                await wait_for(pilot, lambda s=steps: s.size.height > 0)  # type: ignore[misc]
            await pilot.pause()
            words = {w for i in range(steps.option_count)
                     for w in str(steps.get_option_at_index(i).prompt).split()}
            shown = [w for line in widget_lines(steps)
                     for w in re.findall(r"[^\s▊▎▁▔▶·✓▇▆▅▄▃▂]+", line)]
            assert "Recommendations" in shown or "Recommendatio…" in shown, size
            for word in shown:  # whole, or cut with … (the full title is above the pane)
                assert word in words or (word.endswith("…") and any(
                    w.startswith(word[:-1]) for w in words)), (size, word)
            await pilot.press("ctrl+q")
        app = make_app(app.content_dir, tmp_path / f"sessions-{size[0]}",
                       tmp_path / "settings.toml")


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_library_shows_several_reviews_on_a_small_screen(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 4)

        def titles() -> list[str]:
            return [line for line in widget_lines(reviews) if re.search(r"Child ZZ\d", line)]

        await wait_for(pilot, lambda: len(titles()) >= 3)  # once drawn at this size
        assert "F1" in "\n".join(screen_lines(app)[:6])  # how to begin is still said


async def test_questions_are_capped_to_a_readable_width_on_a_wide_screen(tmp_path: Path) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "question")
        question = screen.panes[screen.index].query_one(".question", Literal)
        await wait_for(pilot, lambda: question.region.width > 0)
        assert question.region.width <= 116
        lines = screen_lines(app)[question.region.y:question.region.bottom]
        shown = [line[question.region.x:question.region.right].strip() for line in lines]
        assert len(shown) >= 2 and " ".join(shown).startswith("How would the invented")
        assert max(len(line) for line in shown) <= 116  # wrapped, never 130 wide
        said_by = screen.panes[screen.index].query_one(".point-by")
        point = screen.panes[screen.index].query_one(".point-text")
        assert said_by.region.right - point.region.x <= 116  # beside its box, not far off


async def test_the_export_dialog_opens_on_its_check_and_up_does_not_wrap(
        tmp_path: Path) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walkthrough(pilot, app)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        await wait_for(pilot, lambda: any("Checked" in line for line in screen_lines(app)))
        formats = app.screen.query_one("#format", RadioSet)
        first = formats.children.index(app.screen.query_one("#fmt-md"))  # under its heading
        assert formats._selected == first
        await pilot.press("up")
        await pilot.pause()
        assert formats._selected == first  # not the last of the formats, out of sight
        assert any("Checked" in line for line in screen_lines(app))
        assert any("Export" in line and "Cancel" in line for line in screen_lines(app))


async def test_export_messages_cover_neither_each_other_nor_the_time_line(
        tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    app = make_app(library(tmp_path), sessions, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_walkthrough(pilot, app)
        for fmt in ("md", "docx"):
            await pilot.press("ctrl+o")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
            assert not any(n.severity == "information" for n in app._notifications)
            app.screen.query_one(f"#fmt-{fmt}").value = True
            await pilot.pause()
            await wait_for(pilot, lambda: getattr(app.screen, "checked", True))  # the check ran
            await pilot.press("ctrl+o")
            await wait_for(pilot, lambda: app.screen is screen)
            await wait_for(pilot, lambda f=fmt: any(  # type: ignore[misc]
                n.message.startswith("Notes written") and f".{f}" in n.message
                for n in app._notifications))
        app.notify("Could not remember the theme in /an/invented/folder/settings.toml: "
                   "Permission denied", severity="warning")
        await wait_for(pilot, lambda: len(screen.query(Toast)) == 2)
        await pilot.pause()
        first, second = (t.region for t in screen.query(Toast))
        assert not first.overlaps(second)
        timer = screen.query_one("#timer").region
        status = screen.query_one("#status").region
        for toast in (first, second):
            assert not toast.overlaps(timer) and not toast.overlaps(status)
        assert len(list((sessions / "exports").iterdir())) == 2


def test_help_descriptions_wrap_under_themselves() -> None:
    from reflect.ui.screens.help import KEYS, keys_grid

    console = Console(width=56, record=True, color_system=None)
    for _, keys in KEYS:
        console.print(keys_grid(keys))
    lines = [line for line in console.export_text().splitlines() if line.strip()]
    continued = [line for line in lines if line.startswith(" ")]
    assert continued, "some description wraps at 56 columns"
    assert all(line.startswith(" " * 15) for line in continued)


async def test_a_step_opens_at_its_top_and_typing_brings_its_box_into_view(
        tmp_path: Path) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_walkthrough(pilot, app)
        while screen.steps[screen.index].key != "intro":
            await pilot.press("pagedown")
        pane = screen.panes[screen.index]
        notes = pane.query_one("TextArea")
        await wait_for(pilot, lambda: app.focused is notes)
        await pilot.pause()
        assert any("Content note" in line for line in screen_lines(app))  # not scrolled past
        assert not any("Zq" in line for line in screen_lines(app))
        await pilot.press("Z", "q")
        await wait_for(pilot, lambda: notes.text == "Zq")
        await wait_for(pilot, lambda: any("Zq" in line for line in screen_lines(app)))


async def test_points_wrap_under_their_own_words_at_60x20(tmp_path: Path) -> None:
    from reflect.ui.widgets.points_panel import PointList

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "question")
        words = "An invented point that is long enough to wrap over several lines here"
        await enter_text(pilot, words + "\n")
        points = screen.panes[screen.index].query_one(PointList)
        await wait_for(pilot, lambda: points.option_count == 1 and points.size.height > 1)
        lines = [line.rstrip() for line in widget_lines(points) if line.strip()]
        assert len(lines) > 1 and lines[0].lstrip().startswith("1. An invented")
        indent = lines[0].index("An invented")
        assert all(line[:indent].strip() == "" for line in lines[1:]), lines
        assert " ".join(line.strip() for line in lines).replace("1. ", "") == words


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_shift_tab_into_the_points_shows_the_last_point_whole(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """Shift+Tab from the point box left the highlighted last point cut off (80x24) or
    wholly below the border the list drew with focus (120x40)."""
    from textual.widgets import Input

    from reflect.ui.widgets.points_panel import PointList

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "question")
        pane = screen.panes[screen.index]
        box = pane.query_one(".point-text", Input)
        points = pane.query_one(PointList)
        for i in range(4):
            box.value = f"Invented point {i} " + "with several more words to wrap " * 3 + f"END{i}"
            box.focus()
            await pilot.press("enter")
            await wait_for(pilot, lambda i=i: points.option_count == i + 1)
        box.focus()
        for _ in range(6):  # back past the form's buttons
            if app.focused is points:
                break
            await pilot.press("shift+tab")
        await wait_for(pilot, lambda: app.focused is points and points.highlighted == 3)
        await wait_for(pilot, lambda: any(
            "END3" in points.render_line(y).text for y in range(points.size.height)))
        lines = [points.render_line(y).text for y in range(points.size.height)]
        assert lines[-1].strip().endswith("END3"), lines


async def test_removing_a_long_point_keeps_the_questions_buttons_in_view(tmp_path: Path
                                                                        ) -> None:
    """At 80x24 "Remove this point?" quoted a 1,000-character point whole, and its buttons
    were off the bottom of the screen."""
    from textual.widgets import Button, Input

    from reflect.ui.screens.confirm import ConfirmScreen
    from reflect.ui.widgets.points_panel import PointList

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "question")
        answer = screen.session.answers[0]
        box = screen.panes[screen.index].query_one(".point-text", Input)
        box.value = "An invented very long point. " * 35
        box.focus()
        await pilot.press("enter")
        points = screen.panes[screen.index].query_one(PointList)
        await wait_for(pilot, lambda: points.option_count == 1)
        points.focus()
        points.highlighted = 0
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        dialog = app.screen
        await pilot.pause()
        assert "…" in dialog.question and len(dialog.question) < 250
        for button in dialog.query(Button):
            assert button.region.bottom <= 20 and button.region.height > 0, button.region
        await pilot.press("y")
        await wait_for(pilot, lambda: not answer.points)


async def test_the_action_form_splits_no_word_at_60x20(tmp_path: Path) -> None:
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "actions")
        await pilot.pause()
        pane = screen.panes[screen.index]
        # The form's last box (the recommendation's) in view: under 80 columns the step list
        # is hidden, and the pane's end, below the form, is the notes box.
        pane.scroll_end(animate=False)
        await pilot.pause()
        form = pane.query_one("ItemForm")
        pane.scroll_to_widget(form, animate=False, top=False)
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "Recommendation" in text or "Recommendati…" in text
        assert not re.search(r"Recommendati(?![o…])", text)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_meeting_lengths_down_moves_one_and_up_stops_at_the_top(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """↓ and → each go to the next length in the order listed, though they are laid out in
    rows (↓ went a row down, past the lengths between: a facilitator's trial), and ↑
    stops at the first: never round to the end."""
    from reflect.ui.screens.new_session import NewSessionScreen

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        lengths = app.screen.query_one("#length", RadioSet)
        lengths.focus()
        await wait_for(pilot, lambda: app.focused is lengths and lengths._selected == 0)
        await pilot.press("down")
        await wait_for(pilot, lambda: lengths._selected == 1)
        await pilot.press("right")
        await wait_for(pilot, lambda: lengths._selected == 2)
        await pilot.press("up", "up", "up")
        await pilot.pause()
        assert lengths._selected == 0  # one at a time, then stopped
        seven = app.screen.query_one("#length-7")
        assert seven.size.width >= len(" ▐○▌ 7-minute briefing")  # not cut to "7-minute brie…"


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_summarys_buttons_are_in_view_when_it_opens(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """At 60x20 the CPD record button was below the fold (fresh-eyes trial): both buttons
    are drawn whole on the summary's first screen, their labels on it."""
    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "summary")
        await pilot.pause()
        pane = screen.panes[screen.index]
        await the_buttons_are_whole(pilot, pane)
        text = "\n".join(screen_lines(app))
        assert "Export notes… (Ctrl+O)" in text and "CPD record choices… (F8)" in text


async def the_buttons_are_whole(pilot, pane) -> None:  # type: ignore[no-untyped-def]
    for wid in ("#export", "#cpd-record"):
        button = pane.query_one(wid)
        await wait_for(pilot, lambda b=button: b.region.height > 0)
        assert button.region.bottom <= pane.region.bottom, wid
        assert button.region.right <= pane.content_region.right, wid


async def test_a_reflections_summary_says_export_apart_from_the_records_choices(
        tmp_path: Path) -> None:
    """"Export notes…" beside "CPD record… (F8)" on a reflection's summary made the second,
    which opens the record's choices, read as the way to export the record (a health
    visitor's trial): Export… (its dialog opens on the record) and CPD record choices…, side
    by side at 80x24."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    content = library(tmp_path, 1)
    review = load_library(content).reviews[0]
    session = Session.start(review, "20260101-child-zz0-00000001", mode="individual",
                            title="Invented", current_step="summary")
    save_session(tmp_path / "sessions", session)
    app = make_app(content, tmp_path / "sessions", tmp_path / "settings.toml")
    app.first_session = (session, review, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query("#summary-buttons")))
        pane = app.screen.query_one("#summary-buttons").parent
        await the_buttons_are_whole(pilot, pane)
        text = "\n".join(screen_lines(app))
        # (between them: Export's space after its label, the blank for CPD's focus bar, and
        # CPD's space before its label)
        assert "Export… (Ctrl+O)   CPD record choices… (F8)" in text


async def test_the_cpd_minutes_box_fits_its_column_at_60x20(tmp_path: Path) -> None:
    """It was 50 columns in a narrower pane: no right border, its label cut mid-bracket (a
    fresh-eyes trial at 60x20)."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    content = library(tmp_path, 1)
    review = load_library(content).reviews[0]
    session = Session.start(review, "20260101-child-zz0-00000001", mode="individual",
                            title="Invented", current_step="differently")
    save_session(tmp_path / "sessions", session)
    app = make_app(content, tmp_path / "sessions", tmp_path / "settings.toml")
    app.first_session = (session, review, None)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: bool(app.screen.query("#cpd-minutes")))
        box = app.screen.query_one("#cpd-minutes")
        await wait_for(pilot, lambda: box.region.width > 0)
        pane = box.parent
        assert pane is not None and box.region.right <= pane.content_region.right


async def test_an_open_said_by_list_is_framed_apart_from_the_points_beneath(fictional_dir,
                                                                            sessions_dir):
    """The compact "Said by…" list opened over the points with no border: their ends showed
    beside its lines as if part of them ("Invented       l)", a trial at 80x24)."""
    from textual.widgets import Select

    from tests.functional.test_facilitation import go_to, new_session

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "question")
        said_by = screen.query_one(f"#points-{screen.index} Select.point-by", Select)
        said_by.focus()
        await pilot.press("space")
        overlay = said_by.query_one("SelectOverlay")
        await wait_for(pilot, lambda: said_by.expanded and overlay.region.height > 2)
        assert all(edge[0] for edge in (overlay.styles.border_left, overlay.styles.border_right,
                                        overlay.styles.border_top, overlay.styles.border_bottom))
        assert overlay.region.width == overlay.content_region.width + 2


async def test_the_editing_titles_are_whole_at_80x24(fictional_dir, sessions_dir):
    """Editing a point said "Editing point 1: kept as you type; Enter fin…" at 80x24 (a
    trial); an action's was cut the same way."""
    from tests.functional.test_facilitation import go_to, new_session

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "question")
        await pilot.press(*"Invented point", "enter")
        await wait_for(pilot, lambda: screen.session.answers[0].points)
        points = screen.query_one(f"#points-{screen.index}")
        points.query_one(".point-list").focus()
        await pilot.press("enter")  # edit the highlighted point
        await wait_for(pilot, lambda: any("Editing point 1: kept as typed; Esc undoes" in line
                                          for line in screen_lines(app)))
        await pilot.press("escape")
        await go_to(pilot, screen, "actions")
        await pilot.press(*"Invented action", "enter")
        await wait_for(pilot, lambda: screen.session.actions)
        screen.query_one(".actions-table").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("Editing action 1: kept as typed; Esc undoes" in line
                                          for line in screen_lines(app)))


@pytest.mark.parametrize("size", [(80, 24), (120, 30)])
async def test_who_is_here_shows_the_meetings_details_whole(fictional_dir, sessions_dir,
                                                            size):
    """At 80x24 the title, team and facilitator sat side by side and showed eleven characters
    each ("Invented tr", a trial): from 80 to 119 columns the title has a line of its own,
    and from 120 it is the widest of the three."""
    from tests.functional.helpers import start_new

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_new(pilot, title="Invented trial meeting", team="Invented Hub",
                                 facilitator="Pat Placeholder")
        await wait_for(pilot, lambda: screen.steps[screen.index].key == "people")
        await pilot.pause()
        for name, text in (("title", "Invented trial meeting"), ("team", "Invented Hub"),
                           ("facilitator", "Pat Placeholder")):
            box = screen.query_one(f".detail-{name}")
            assert text in "\n".join(widget_lines(box))  # type: ignore[arg-type]


@pytest.mark.parametrize(("size", "words"), [((60, 20), "0/3 answered · saved ✓"),
                                             ((100, 30), "Answered 0 of 3 questions  ·  saved ✓")])
async def test_the_status_line_shows_the_sessions_file_whole(fictional_dir, sessions_dir, size,
                                                             words):
    """At 60x20 "Answered 0 of 6 questions · saved ✓ 20261202-child-ac-b…" lost the end of
    the file's name (a trial): where the line would not fit, the count is said shorter."""
    from tests.functional.helpers import start_new

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_new(pilot)
        assert screen.keeper is not None
        line = f"{words} {screen.keeper.path.name}"
        await wait_for(pilot, lambda: any(line in row for row in screen_lines(app)))


async def test_the_points_list_taking_focus_moves_nothing_beneath_it(tmp_path: Path) -> None:
    """With focus the list drew a whole border: every Tab into it moved the boxes beneath
    it down two lines, and every Tab out up again (a trial). Focus marks its left edge."""
    from textual.widgets import Input

    from reflect.ui.widgets.points_panel import PointList

    app = make_app(library(tmp_path), tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_walkthrough(pilot, app)
        await go_forward_to(pilot, screen, "question")
        pane = screen.panes[screen.index]
        box, points = pane.query_one(".point-text", Input), pane.query_one(PointList)
        box.value = "An invented short point"
        box.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: points.option_count == 1)
        await pilot.pause()
        gap, height = box.region.y - points.region.y, points.outer_size.height
        points.focus()
        await wait_for(pilot, lambda: points.has_focus)
        await pilot.pause()
        assert (box.region.y - points.region.y, points.outer_size.height) == (gap, height)
        assert points.styles.border_left[0] == "thick"  # marked all the same
