"""Attributing a point in a couple of keys: "@" and the first letters of a name or role at the
end of the point (#15.10)."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Participant, Session
from reflect.ui.app import make_app
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import (
    enter_text,
    open_at_first_question,
    open_point,
    type_text,
    wait_for,
)


async def at_first_question(pilot, people: list[Participant]) -> Session:
    """A team session with `people`, open at its first question (the point box focused)."""
    session = await open_at_first_question(pilot, people, review_text=FICTIONAL_REVIEW)
    assert isinstance(session, Session)
    return session


async def test_at_and_first_letters_attribute_the_point(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Robin Invented", role="Nurse", attended=True),
            Participant(name="Rowan Example", role="Invented teacher", attended=True),
            Participant(role="Health visitor", agency="Invented school", attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point one @rob\n")
        await wait_for(pilot, lambda: len(points) == 1)
        await enter_text(pilot, "Second invented point @he\n")
        await wait_for(pilot, lambda: len(points) == 2)
        await enter_text(pilot, "Third @ro\n")  # Robin or Rowan: left as typed, not guessed
        await wait_for(pilot, lambda: len(points) == 3)
        await enter_text(pilot, "Fourth @school\n")  # the agency
        await wait_for(pilot, lambda: len(points) == 4)
        robin, _, visitor = session.participants
        assert (points[0].text, points[0].by) == ("Invented point one", robin.id)
        assert (points[1].text, points[1].by) == ("Second invented point", visitor.id)
        assert (points[2].text, points[2].by) == ("Third @ro", "")
        assert (points[3].text, points[3].by) == ("Fourth", visitor.id)


async def test_letters_matching_only_someone_not_here_say_so(tmp_path: Path) -> None:
    """"@d" for a person marked not here: the point is kept as typed, and the message names
    them as not here instead of saying nobody matches."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Robin Invented", role="Nurse", attended=True),
            Participant(name="Dana Away", role="Invented teacher", attended=False)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point @da\n")
        await wait_for(pilot, lambda: len(points) == 1)
        assert (points[0].text, points[0].by) == ("Invented point @da", "")
        await wait_for(pilot, lambda: any("“@da” is Dana Away (Invented teacher), marked not "
                                          "here" in n.message for n in app._notifications))
        assert not any("Nobody here" in n.message for n in app._notifications)


async def test_enter_on_an_empty_point_says_what_to_do(tmp_path: Path) -> None:
    """Enter with nothing typed adds nothing and says so (it used to do nothing at all); a
    point typed after it is added as usual."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Robin Invented", role="Nurse", attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await type_text(pilot, "   \n")
        await wait_for(pilot, lambda: any("Type the point first" in n.message
                                          for n in app._notifications))
        assert points == []
        await enter_text(pilot, "Invented point after it\n")
        await wait_for(pilot, lambda: len(points) == 1)
        assert points[0].text == "Invented point after it"


async def test_a_whole_first_name_wins_and_several_are_said_as_typed(tmp_path: Path) -> None:
    """"@Sam" is Sam Sample, whose first name it is, not Chris Sample too (a trial: both, the
    point kept with "@Sam" in it, and the message quoted "@…", not what was typed)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Sam Sample", role="Social worker", agency="Invented Council",
                        attended=True),
            Participant(name="Chris Sample", role="School nurse", agency="Invented Trust",
                        attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Alcohol use is not always asked about at handover @Sam\n")
        await wait_for(pilot, lambda: len(points) == 1)
        sam = session.participants[0]
        assert (points[0].text, points[0].by) == (
            "Alcohol use is not always asked about at handover", sam.id)
        await enter_text(pilot, "Invented point @Sample\n")  # both surnames: not guessed
        await wait_for(pilot, lambda: len(points) == 2)
        assert (points[1].text, points[1].by) == ("Invented point @Sample", "")
        await wait_for(pilot, lambda: any(n.message.startswith("“@Sample” could be Sam "
                                                          "Sample or Chris Sample, so point 2")
                                          for n in app._notifications))


async def test_an_at_name_left_is_said_how_to_settle_and_said_by_takes_it_off(
        tmp_path: Path) -> None:
    """"@Sample" could be either Sample, so it is kept as typed; the export's check says which
    point and how to settle it (it said `likely name: Sample`, no more: a trial), and choosing
    Sam Sample in Said by… takes "@Sample" off (it stayed, and the check still refused it)."""
    from textual.widgets import Input, Select

    from reflect.ui.screens.export import ExportScreen
    from reflect.ui.widgets.points_panel import PointList
    from tests.functional.helpers import shown

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(120, 45)) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Sam Sample", role="Social worker", attended=True),
            Participant(name="Chris Sample", role="School nurse", attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point @Sample\n")
        await wait_for(pilot, lambda: len(points) == 1)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        text = " ".join(shown(app.screen.query_one("#findings")).split())
        assert "(point 1): likely name: Sample “@Sample” could be Sam Sample or Chris Sample: " \
               "edit the point and choose who said it (Said by…)" in text
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, ExportScreen))
        screen = app.screen
        listed = screen.query_one(PointList)
        listed.focus()
        listed.highlighted = 0
        await pilot.press("enter")  # edit it
        box = screen.query_one(".point-text", Input)
        await wait_for(pilot, lambda: app.focused is box and box.value.endswith("@Sample"))
        sam = session.participants[0]
        screen.query_one(".point-by", Select).value = sam.id
        box.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: points[0].by == sam.id)
        assert points[0].text == "Invented point"
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        assert shown(app.screen.query_one("#findings")).startswith("Checked for NHS")


async def test_an_at_name_added_while_editing_a_point_said_by_someone_says_who(
        tmp_path: Path) -> None:
    """Enter on a point said by Rob, End, " @jo", Enter: it became "… @jo — Rob Fictional",
    with nothing said (a fresh-eyes trial). The "@…" names who said it, as when adding."""

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Rob Fictional", role="Social worker", attended=True),
            Participant(name="Jo Example", role="Health visitor", attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point one @rob\n")
        await wait_for(pilot, lambda: len(points) == 1)
        rob, jo = session.participants
        assert points[0].by == rob.id
        await open_point(pilot)
        await wait_for(pilot, lambda: app.focused is app.screen.query_one(".point-text"))
        await pilot.press("end", *" @jo", "enter")
        await wait_for(pilot, lambda: points[0].by == jo.id)
        assert points[0].text == "Invented point one"
        await wait_for(pilot, lambda: any(
            n.message == "Point 1 is said by Jo Example, whom the @ at its end names, not "
                         "Rob Fictional." for n in app._notifications))


async def test_an_at_name_alone_adds_nothing_and_says_where_the_words_go(
        tmp_path: Path) -> None:
    """"@Pat" was added as a point's words, said by no one, with nothing said (a trial)."""
    from textual.widgets import Input

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Pat Sample", role="Teacher", attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await type_text(pilot, "@Pat\n")
        await wait_for(pilot, lambda: any(n.message.startswith("“@Pat” alone is not a point")
                                          for n in app._notifications))
        box = app.screen.query_one(".point-text", Input)
        assert points == [] and box.value == " @Pat" and box.cursor_position == 0
        await enter_text(pilot, "Ring the invented school\n")
        await wait_for(pilot, lambda: len(points) == 1)
        assert (points[0].text, points[0].by) == ("Ring the invented school",
                                                  session.participants[0].id)


async def test_esc_after_an_at_name_alone_while_editing_takes_its_message_away(
        tmp_path: Path) -> None:
    """Editing point 1 down to "@Pat", Enter: "“@Pat” alone is not a point (Esc puts point 1
    back …): type … where the cursor is now". Esc then put the point back, and the message
    stayed over the list, no longer true (a trial)."""

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Pat Sample", role="Teacher", attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point one\n")
        await wait_for(pilot, lambda: len(points) == 1)
        listed = await open_point(pilot)
        box = app.screen.query_one(".point-text")
        await wait_for(pilot, lambda: app.focused is box)
        box.value = "@Pat"  # type: ignore[attr-defined]
        await pilot.press("enter")

        def alone_said() -> bool:
            return any(n.message.startswith("“@Pat” alone is not a point")
                       for n in app._notifications)

        await wait_for(pilot, alone_said)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is listed)  # (after EditCancelled)
        await pilot.pause()
        assert not alone_said()  # at once, not when its seconds are up
        assert points[0].text == "Invented point one"
