"""CPD in the app: the record's choices (F8 on the last steps) reach the session file and the
Word records."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, RadioButton, TextArea

from reflect.model.session import Session
from reflect.store.exports import render_bytes
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.cpd_choices import CpdChoicesScreen
from reflect.ui.widgets.choice import TickBox
from tests.cpd_folder import invented_review, reflection_at_differently
from tests.functional.helpers import (
    enter_text,
    f8_dialog,
    my_cpd,
    open_part,
    open_saved_session,
    said,
    start_whose,
    type_text,
    typed_in_minutes,
    wait_for,
)
from tests.unit.test_export_formats import docx_text

SIZE = (100, 40)


async def tab_to(pilot, widget):  # type: ignore[no-untyped-def]
    """Tab, as a user would, until `widget` has the focus; returns it."""
    while pilot.app.focused is not widget:
        await pilot.press("tab")
    return widget



async def after_on_first_question(pilot):  # type: ignore[no-untyped-def]
    """My reflection after (`a`) the one saved team session, shown on its first question."""
    from textual.widgets import OptionList

    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None and app.screen.query_one(
        "#sessions", OptionList).option_count == 1)
    app.screen.query_one("#sessions", OptionList).focus()
    await pilot.press("a")
    screen = await start_whose(pilot)  # the name offered
    assert isinstance(screen, WalkthroughScreen)
    while screen.steps[screen.index].key != "q:zz-first":
        await pilot.press("pagedown")
    return screen

async def test_cpd_choices_set_in_the_app_reach_the_file_and_the_word_records(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection")
    s.answer("zz-first").what = "The invented father was never asked."  # type: ignore[union-attr]
    s.current_step = "differently"
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        assert screen.steps[screen.index].kind == "differently"
        dialog = await f8_dialog(pilot)
        await enter_text(pilot, "Reading an invented review")  # the activity box has focus
        dialog.query_one("#cpd-why", TextArea).focus()
        await enter_text(pilot, "I visit invented families")
        await open_part(pilot, dialog, "#cpd-swe")
        await open_part(pilot, dialog, "#cpd-nmc")
        for wid in ("#std-3", "#theme-3"):
            dialog.query_one(wid).focus()
            await pilot.press("space")
        dialog.query_one("#participatory").focus()
        await pilot.press("down", "space")  # from "reflect decides" to "Yes"
        how = dialog.query_one("#how-3", Input)
        await wait_for(pilot, lambda: how.display)
        how.focus()
        await enter_text(pilot, "I ask who lives there")
        dialog.query_one("#cpd-method", Input).focus()
        await enter_text(pilot, "Reading and reflection")
        dialog.query_one("#cpd-minutes", Input).focus()
        await type_text(pilot, "1h30")
        assert dialog.query_one("#part-yes", RadioButton).value
        assert dialog.query_one("#std-3", TickBox).value
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.query_one("#cpd-minutes", Input).value == "1 hour 30 minutes"
        path = session_path(sessions_dir, s.id)
        await wait_for(pilot, lambda: load_session(path).cpd.method == "Reading and reflection")
    saved = load_session(path)
    c = saved.cpd
    assert c.activity_type == "Reading an invented review"
    assert c.why_relevant == "I visit invented families"
    assert c.standards == [3] and c.participatory is True
    assert c.themes == {"Preserve safety": "I ask who lives there"}
    assert saved.minutes_spent == 90
    swe = docx_text(render_bytes(saved, "swe-docx", review))
    for words in ("Reading an invented review", "I visit invented families", "1 hour 30"):
        assert words in swe, words
    assert "3 " in swe
    nmc = docx_text(render_bytes(saved, "nmc-docx", review))
    assert "Preserve safety: I ask who lives there" in nmc
    assert "Reading and reflection" in nmc


async def test_my_reflection_after_a_team_session_from_the_start_screen(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:

    from reflect.model.session import Participant, Point
    from reflect.ui.widgets.literal import Literal

    review = invented_review(fictional_dir)
    team = Session.start(review, new_session_id("child-zz"), title="Invented team meeting",
                         team="Invented Hub",
                         participants=[Participant.parse("Ann Example, Health visitor, Trust")])
    team.answer("zz-first").points = [  # type: ignore[union-attr]
        Point(text="Ask who else lives in the invented home", by="p1")]
    team.answer("zz-first").text = "The invented team agreed to ask."  # type: ignore[union-attr]
    save_session(sessions_dir, team)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await after_on_first_question(pilot)
        mine = screen.session
        assert mine.mode == "individual" and mine.after.session_id == team.id
        pane = screen.query_one(f"#pane-{screen.index}")  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: bool(pane.query(".after-context")))
        context = pane.query_one(".after-context", Literal)
        text = str(context.render())
        # Who made the point, by role and agency (never by name); the summary apart, labelled
        assert "Ask who else lives in the invented home (Health visitor, Trust)" in text
        assert "Ann Example" not in text and "agreed to ask" not in text
        summary = str(pane.query_one(".after-summary", Literal).render())
        assert summary.startswith("The team's summary:") and "agreed to ask" in summary
        assert summary not in text
        path = session_path(sessions_dir, mine.id)
        await type_text(pilot, "Invented")  # written once something is typed (What? has focus)
        await wait_for(pilot, path.exists)
    assert load_session(path).after.session_id == team.id  # type: ignore[union-attr]


async def test_on_a_small_screen_the_question_and_the_teams_points_stay_above_what(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """At 80x24 the first box (What?) takes focus without scrolling the question and the
    team's points out of sight above it (focus used to centre the box, hiding both; then the
    points' heading went under the question, kept at the top)."""

    from reflect.model.session import Participant, Point
    from reflect.ui.widgets.literal import Literal

    review = invented_review(fictional_dir)
    team = Session.start(review, new_session_id("child-zz"), title="Invented team meeting",
                         participants=[Participant.parse("Ann Example, Health visitor, Trust")])
    team.answer("zz-first").points = [  # type: ignore[union-attr]
        Point(text=f"Invented point number {n} about who else lives in the home", by="p1")
        for n in range(1, 4)]
    save_session(sessions_dir, team)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await after_on_first_question(pilot)
        pane = screen.query_one(f"#pane-{screen.index}")  # type: ignore[attr-defined]
        what = pane.query_one(f"#what-{screen.index}")  # type: ignore[attr-defined]
        context = pane.query_one(".after-context", Literal)
        question = pane.query_one(".question", Literal)

        def all_in_view() -> bool:
            # The team's points from their heading, under the question kept at the top; What?
            # below them, begun where the rest of it has no room (typing brings it into view)
            view, head = pane.region, pane.query_one(".question-head")
            return (app.focused is what and question.region.y >= view.y
                    and context.region.y >= head.region.bottom and what.region.y < view.bottom)

        await wait_for(pilot, all_in_view)


async def test_my_cpd_so_far_lists_by_year_and_saves_csv(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:

    from reflect.ui.screens.my_cpd import MyCpdScreen

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection", minutes_spent=45)
    s.answer("zz-first").what = "Something invented."  # type: ignore[union-attr]
    s.cpd.standards = [2, 5]
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        _, log = await my_cpd(pilot, sessions=1)
        text = log.said
        assert str(s.created.year) in text and "  45 min  My invented reflection" in text
        assert "standards covered: 2, 5" in text
        await pilot.press("ctrl+o")
        exports = sessions_dir / "exports"
        await wait_for(pilot, lambda: any(exports.glob("my-cpd-*.csv")))
        csv = next(exports.glob("my-cpd-*.csv")).read_text(encoding="utf-8-sig")
        assert "My invented reflection" in csv and "2 5" in csv
        assert oct(next(exports.glob("my-cpd-*.csv")).stat().st_mode & 0o777) == "0o600"
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, MyCpdScreen))


async def test_my_cpd_so_far_leaves_out_a_session_with_nothing_recorded(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A reflection started and left at once counted as 0:01 of CPD (a trial): the screen
    leaves it out of the log and its CSV, and says so, and why, under the log (above it,
    such notes put the log below the fold at 80x24: test_my_cpd_name)."""

    from reflect.model.session import Timing

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection", minutes_spent=45)
    s.answer("zz-first").what = "Something invented."  # type: ignore[union-attr]
    save_session(sessions_dir, s)
    left = Session.start(review, new_session_id("child-zz"), mode="individual",
                         title="Opened and left")
    left.timing = Timing(spent={"intro": 61})
    save_session(sessions_dir, left)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen, log = await my_cpd(pilot, sessions=2, key="f9")
        assert screen.csv is not None
        text = log.said
        assert text.startswith("2026\n====\n")
        assert text.index("1 session with nothing recorded is not counted: it holds no "
                          "answer, point, action or note") > text.index("Total: 45 min")
        assert "no evidence of learning to log as CPD. It is listed at the end." in text
        assert "Total: 45 min (0.75 hours)" in text and "1 min" not in text
        assert text.rstrip().endswith(f"Opened and left (individual reflection): {left.id}")
        assert "Opened and left" not in screen.csv and "My invented reflection" in screen.csv


async def test_tab_typed_fast_in_the_cpd_dialog_moves_on_before_the_next_letters(
        tmp_path: Path) -> None:
    import tomllib

    from textual import events

    from reflect.model.edits import SessionEdits
    from reflect.model.review import Review
    from tests.conftest import FICTIONAL_REVIEW

    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    session = Session.start(review, "s-tab", mode="individual")
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        dialog = CpdChoicesScreen(SessionEdits(session), lambda change: None)
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#cpd-activity"))
        for key in ("R", "e", "a", "d", "tab", "W", "h", "y"):  # queued at once, as typed fast
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await wait_for(pilot, lambda: session.cpd.why_relevant == "Why")
        assert session.cpd.activity_type == "Read"


async def test_f8_on_a_team_sessions_summary_opens_the_cpd_dialog(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), title="Invented team",
                      team="Invented Hub")
    s.current_step = "summary"
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        assert screen.steps[screen.index].kind == "summary"
        await open_part(pilot, await f8_dialog(pilot), "#cpd-swe")
        app.screen.query_one("#std-4", TickBox).focus()
        await pilot.press("space")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        path = session_path(sessions_dir, s.id)
        await wait_for(pilot, lambda: load_session(path).cpd.standards == [4])


async def test_f8_works_with_the_step_list_focused(fictional_dir: Path, sessions_dir: Path,
                                                   tmp_path: Path) -> None:
    """F8 was the summary pane's own key: with the step list focused it did nothing, though
    the button says F8. It is the walkthrough's, on the steps that offer it; elsewhere it says
    where it is."""
    from textual.widgets import OptionList

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), title="Invented meeting")
    s.current_step = "summary"
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        steps = screen.query_one("#steps", OptionList)
        steps.focus()
        await wait_for(pilot, lambda: app.focused is steps)
        await f8_dialog(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("pageup")  # What to do now: no CPD record there
        await wait_for(pilot, lambda: screen.steps[screen.index].kind == "actions")
        await pilot.press("f8")
        await pilot.pause()
        assert app.screen is screen
        # It says where F8 is (it said nothing: a new user's trial).
        await wait_for(pilot, lambda: any(m.startswith("F8 (the CPD record's choices") and
                                          m.endswith("is on the summary step.")
                                          for m in said(app)))
        # Gone as F8 on the summary opens the dialog: it lay over the dialog's first lines,
        # untrue by then (a fresh-eyes trial)
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.steps[screen.index].kind == "summary")
        await f8_dialog(pilot)
        assert not any(m.startswith("F8 (the CPD record's choices") for m in said(app))


@pytest.mark.parametrize("in_dialog", [False, True], ids=["on-the-step", "in-the-f8-dialog"])
async def test_minutes_that_are_not_a_time_log_what_was_logged_before_the_typing(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, in_dialog: bool) -> None:
    """Typing 99999 logged 999 minutes: the last figure that read as a time on the way
    (fresh-eyes trial as a learning lead). The F8 dialog's box kept it too (code review): it
    is the step's box now, with the step's rule."""
    from reflect.ui.widgets.literal import Literal
    from tests.functional.helpers import shown

    s = reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        where = await f8_dialog(pilot) if in_dialog else screen
        said_in, elsewhere = (("#cpd-minutes-said", "#cpd-why") if in_dialog
                              else ("#cpd-measured", "#cpd-record"))
        box = where.query_one("#cpd-minutes", Input)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await type_text(pilot, "99999")
        assert screen.session.minutes_spent is None  # the time measured, as before
        said = shown(where.query_one(said_in, Literal))
        assert "“99999” is 99999 minutes (1666 hours 39 minutes): a time to log is from 1 " \
            "minute to 24 hours" in said and "the time measured, as before" in said
        await pilot.press(*["backspace"] * 5)
        await type_text(pilot, "45")
        await wait_for(pilot, lambda: screen.session.minutes_spent == 45)
        assert "Logging 45 minutes" in shown(where.query_one(said_in, Literal))
        where.query_one(elsewhere).focus()
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await type_text(pilot, "0x")  # 450 on the way, then not a time
        assert screen.session.minutes_spent == 45
        if in_dialog:
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+q")
    assert load_session(session_path(sessions_dir, s.id)).minutes_spent == 45


async def test_a_slip_after_a_figure_left_standing_keeps_that_figure(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """40 logged; in the same visit to the box, 90 typed and saved, then an x: the record went
    back to 40, "as before" (a trial). A figure left standing is the one kept."""
    from reflect.ui.widgets import cpd_minutes
    from reflect.ui.widgets.literal import Literal
    from tests.functional.helpers import shown

    monkeypatch.setattr(cpd_minutes, "SETTLE_SECONDS", 0.05)
    s = reflection_at_differently(fictional_dir, sessions_dir)
    s.minutes_spent = 40
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        box = await typed_in_minutes(pilot, screen, "90", rubbed_out=2)
        await wait_for(pilot, lambda: box.before_typing == 90)  # left standing
        await type_text(pilot, "x")
        await wait_for(pilot, lambda: "is not a time" in shown(
            screen.query_one("#cpd-measured", Literal)))
        assert screen.session.minutes_spent == 90
        assert "90 minutes, as before" in shown(screen.query_one("#cpd-measured", Literal))
        await pilot.press("ctrl+q")
    assert load_session(session_path(sessions_dir, s.id)).minutes_spent == 90


async def test_words_typed_on_a_list_of_choices_are_said_not_to_be_kept(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Tab once too often, and "Reading & reflection" typed on Participatory's choices went
    nowhere, in silence (a trial). It is said, once a visit."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        await open_saved_session(pilot)
        await open_part(pilot, await f8_dialog(pilot), "#cpd-nmc")
        choices = app.screen.query_one("#participatory")
        choices.focus()
        await wait_for(pilot, lambda: app.focused is choices)
        await type_text(pilot, "Reading")

        def said() -> list[str]:
            return [n.message for n in app._notifications if "was not typed" in n.message]

        await wait_for(pilot, lambda: len(said()) == 1)
        assert "“R…” was not typed: this is a list of choices" in said()[0]
        await type_text(pilot, " more")
        await pilot.pause()
        assert len(said()) == 1  # once a visit, not at every letter


async def test_hours_with_a_decimal_point_are_logged_and_said_back(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """“1.5 hours” was not a time this could log (a health visitor's trial: nurses log hours
    as 1.5); 2 hours and 1 hour 30 were."""
    from reflect.ui.widgets.literal import Literal
    from tests.functional.helpers import shown

    s = reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        box = await typed_in_minutes(pilot, screen, "0.75 hours")
        await wait_for(pilot, lambda: screen.session.minutes_spent == 45)
        assert "Logging 45 minutes" in shown(screen.query_one("#cpd-measured", Literal))
        dialog = await f8_dialog(pilot)
        minutes = dialog.query_one("#cpd-minutes", Input)
        minutes.focus()
        await wait_for(pilot, lambda: app.focused is minutes)
        await pilot.press(*["backspace"] * 2)
        await type_text(pilot, "1.5 hours")
        await wait_for(pilot, lambda: screen.session.minutes_spent == 90)
        said = shown(dialog.query_one("#cpd-minutes-said", Literal))
        assert "Logging 90 minutes (1 hour 30 minutes;" in said, said
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        assert box.value == "1 hour 30 minutes"  # (its words, as the line says them)
        await pilot.press("ctrl+q")
    assert load_session(session_path(sessions_dir, s.id)).minutes_spent == 90


def _in_view(dialog: CpdChoicesScreen, wid: str) -> bool:
    """Whether the box `wid` is wholly inside what the dialog's scrolling body shows."""
    from textual.containers import VerticalScroll

    body = dialog.query_one("#cpd-dialog", VerticalScroll)
    box = dialog.query_one(wid)
    return bool(box.region) and body.content_region.contains_region(box.region)


async def test_the_focused_box_stays_in_view_after_a_resize(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """At 120x40, Tab to the CPD method and type; at 70x22 the dialog jumped back to its top
    and the typing went on into a box out of sight (user trial)."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        await open_part(pilot, dialog, "#cpd-nmc")
        method = await tab_to(pilot, dialog.query_one("#cpd-method", Input))
        await type_text(pilot, "Reading")
        await wait_for(pilot, lambda: _in_view(dialog, "#cpd-method"))
        await pilot.resize_terminal(70, 22)
        await wait_for(pilot, lambda: dialog.size.height == 22)
        await type_text(pilot, " x")
        assert method.value == "Reading x"
        await wait_for(pilot, lambda: _in_view(dialog, "#cpd-method"))
        await pilot.resize_terminal(120, 40)
        await wait_for(pilot, lambda: _in_view(dialog, "#cpd-method"))
        await pilot.resize_terminal(70, 22)
        await wait_for(pilot, lambda: _in_view(dialog, "#cpd-method"))
        why = dialog.query_one("#cpd-why", TextArea)
        while app.focused is not why:  # Tab on round, past the end and back to the top
            await pilot.press("tab")
        await wait_for(pilot, lambda: _in_view(dialog, "#cpd-why"))


async def test_a_box_left_shows_its_words_from_the_start_and_says_its_record(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """*Why this is relevant* stayed scrolled sideways once left (“sit families with
    newborns…”), and nothing said it is for Social Work England only (user trial). It is a
    box of several lines now, all of it in view as it is typed (a fresh-eyes trial), and
    each box's label is over it, the records it goes into under it (as one line, cut)."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(70, 22)) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        activity = dialog.query_one("#cpd-activity", Input)
        activity.focus()
        await wait_for(pilot, lambda: app.focused is activity)
        await type_text(pilot, "Reading an invented review with the invented team of the "
                               "Moorvale school, and talking it over")
        await wait_for(pilot, lambda: activity.scroll_offset.x > 0)  # the cursor at the end
        typing = activity.scroll_offset.x
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is not activity)
        await wait_for(pilot, lambda: activity.scroll_offset.x == 0)
        activity.focus()
        await wait_for(pilot, lambda: app.focused is activity)
        await wait_for(pilot, lambda: activity.scroll_offset.x == typing)  # the cursor seen
        assert activity.cursor_position == len(activity.value)
        await type_text(pilot, ".")
        assert activity.value.endswith("over.")
        labels = {box.id: (str(box.border_title), str(box.border_subtitle))
                  for box in dialog.query("Input, TextArea")}
        # Each names every record it goes into: the NMC's account prints both (a trial).
        assert labels["cpd-why"] == ("Why relevant to my practice",
                                     "any profession; Social Work England; NMC")
        assert labels["cpd-activity"][1] == labels["cpd-why"][1]
        assert "NMC" in labels["cpd-method"][1]


async def test_names_in_a_self_reflection_are_found_before_a_record_is_exported(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A self-reflection has no participants, so no name was ever found: baby "Sam Sample"
    and Family of Alex Example went into the NMC record, while the dialog said their names
    are looked for (user trial)."""
    from reflect.ui.screens.export import ExportScreen
    from tests.functional.helpers import shown

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection")
    s.answers[0].what = 'I read the HV record for baby "Sam Sample".'  # type: ignore[union-attr]
    s.differently = "Family of Alex Example: ask who lives there."
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        dialog = ExportScreen(s, review, "nmc-txt")
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        said = shown(dialog.query_one("#findings"))
        assert "2 likely personal details found" in said
        assert "likely name: Sam Sample" in said and "likely name: Alex Example" in said
        note = shown(dialog.query_one("#record-note"))  # how a record names nobody: under
        assert "their names" not in note and "not every name can be found" in note  # the list


async def test_what_the_minutes_box_says_is_in_view_at_70x22(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """At 70x22 “not a time this can log” was said below the dialog's edge, out of sight."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(70, 22)) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        box = dialog.query_one("#cpd-minutes", Input)
        while app.focused is not box:
            await pilot.press("tab")
        await type_text(pilot, "99999")
        await wait_for(pilot, lambda: _in_view(dialog, "#cpd-minutes-said")
                       and _in_view(dialog, "#cpd-minutes"))


async def test_down_and_up_move_through_the_standards(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """↓ on the first standard scrolled the dialog and left the focus on it: Space ↓ ↓ Space
    ticked 2, not 1 and 3 (a trial). ↓ and ↑ now move from tick to tick."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        await open_part(pilot, dialog, "#cpd-swe")
        await tab_to(pilot, dialog.query_one("#std-1", TickBox))
        await pilot.press("space", "down", "down", "space")
        await wait_for(pilot, lambda: [b.value for b in dialog.query(TickBox)][:4]
                       == [True, False, True, False])
        await pilot.press("up")
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#std-2", TickBox))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, CpdChoicesScreen))
    saved = load_session(next(sessions_dir.glob("*.toml")))
    assert saved.cpd.standards == [1, 3]


async def test_minutes_out_of_range_in_the_f8_dialog_say_the_limit(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """1500, 99999 and 0 were told to type whole minutes, which they were (a trial): the limit
    is said. "1,5 hours", a decimal comma, is 90 minutes."""
    from reflect.ui.widgets.literal import Literal
    from tests.functional.helpers import shown

    s = reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        box = dialog.query_one("#cpd-minutes", Input)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        for typed, why in (("1500", "is 1500 minutes (25 hours)"),
                           ("99999", "is 99999 minutes (1666 hours 39 minutes)"),
                           ("0", "is no time")):
            await type_text(pilot, typed)
            said = shown(dialog.query_one("#cpd-minutes-said", Literal))
            assert said.startswith(f"“{typed}” {why}: a time to log is from 1 minute to 24 "
                                   "hours. Logged meanwhile: the time measured, as before."), said
            assert "type whole minutes" not in said
            await pilot.press(*["backspace"] * len(typed))
        await type_text(pilot, "1,5 hours")
        await wait_for(pilot, lambda: screen.session.minutes_spent == 90)
        assert "Logging 90 minutes" in shown(dialog.query_one("#cpd-minutes-said", Literal))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+q")
    assert load_session(session_path(sessions_dir, s.id)).minutes_spent == 90


@pytest.mark.parametrize("mode", ["individual", "team"])
async def test_go_and_edit_on_a_cpd_record_finding_opens_its_box(tmp_path, mode):
    """"e" on "CPD record (how: …): likely name" closed the export dialog on the step, and the
    F8 dialog, where it was typed, never opened (a trial). It opens, on that box."""
    import tomllib

    from reflect.model.cpd import NMC_THEMES
    from reflect.model.review import Review
    from reflect.ui.screens.cpd_choices import CpdChoicesScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from tests.conftest import FICTIONAL_REVIEW

    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        session = Session.start(review, "s-cpd-find", team="Invented team", mode=mode)
        session.cpd.method = "Talked it through with Jo Fictional"
        session.cpd.themes[NMC_THEMES[1]] = "Listened to Sam Sample"
        screen = WalkthroughScreen(session, review)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
        for field, box in (("cpd.method", "#cpd-method"),
                           (f"cpd.themes.{NMC_THEMES[1]}", "#how-2")):
            screen.go_to_finding(field)
            await wait_for(pilot, lambda: isinstance(app.screen, CpdChoicesScreen))
            dialog = app.screen
            await wait_for(pilot, lambda box=box, dialog=dialog: app.focused is dialog.query_one(
                box, Input))
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen)


async def test_esc_in_the_minutes_box_holding_a_time_leaves_at_once(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """With 1h30 logged in the CPD minutes box on What I will do differently, Esc said "Esc
    again goes to the library…", and the `m` typed next (My CPD so far, on the start screen)
    went into the box as 1h30m (a trial). A time there is logged as it is typed, not half
    typed: Esc leaves at once. A figure that is not a time still asks for a second Esc."""
    from reflect.ui.screens.my_cpd import MyCpdScreen
    from reflect.ui.screens.start import StartScreen
    from tests.functional.helpers import said

    s = reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        # not a time: half typed, one Esc keeps the session
        box = await typed_in_minutes(pilot, screen, "1h3x")
        await pilot.press("escape")
        await wait_for(pilot, lambda: any("Esc again" in words for words in said(app)))
        assert app.screen is screen
        await pilot.press("backspace")
        await type_text(pilot, "0")
        await wait_for(pilot, lambda: screen.session.minutes_spent == 90)
        await pilot.press("escape", "m")
        await wait_for(pilot, lambda: isinstance(app.screen, MyCpdScreen))
        assert isinstance(app.screen_stack[-2], StartScreen)
        assert box.value == "1h30"
        await pilot.press("ctrl+q")
    assert load_session(session_path(sessions_dir, s.id)).minutes_spent == 90


async def test_words_typed_straight_after_a_go_into_the_reflection(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """`a` on a team session, then typing at once: the letters reached the saved sessions'
    list while the reflection was being made (searching, or taken as the list's keys), not
    the reflection's first box. (Enter after `a` keeps the name it offers as whose the
    reflection is.)"""
    from textual.widgets import OptionList, TextArea

    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from tests.functional.helpers import burst_keys

    review = invented_review(fictional_dir)
    team = Session.start(review, new_session_id("child-zz"), title="Invented team meeting",
                         team="Invented Hub")
    team.answer("zz-first").text = "The invented team agreed to ask."  # type: ignore[union-attr]
    save_session(sessions_dir, team)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None and app.screen.query_one(
            "#sessions", OptionList).option_count == 1)
        start = app.screen
        start.query_one("#sessions", OptionList).focus()
        await pilot.pause()
        burst_keys(pilot, ["a", "enter", *"invented note"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and isinstance(app.focused, TextArea)
                       and app.focused.text.endswith("ted note"))
        assert app.focused.text == "invented note"
        assert start.query_one("#search", Input).value == ""
