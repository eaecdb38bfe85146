"""Who said a point, in the point box and in Said by…: the facilitator is someone here (`@Pat`
named no one though Pat Example was shown as Facilitator: a trial), and the messages say
where Said by… is and read right whatever was typed. All names invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from reflect.model.session import FACILITATOR, Participant, Session
from reflect.ui.app import make_app
from reflect.ui.widgets.points_panel import PointList
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, open_at_first_question, wait_for


async def facilitated(pilot) -> Session:  # type: ignore[no-untyped-def]
    """A team session Pat Example facilitates, with Sam and Chris Sample here, open at its
    first question (the point box focused)."""
    session = await open_at_first_question(
        pilot, (Participant(name="Sam Sample", role="Social worker", attended=True),
                Participant(name="Chris Sample", role="School nurse", attended=True)),
        review_text=FICTIONAL_REVIEW, session_id="s-pat", team="Invented Team",
        facilitator="Pat Example")
    assert isinstance(session, Session)
    return session


def app_in(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")


async def test_at_the_facilitator_credits_them_and_said_by_offers_them(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        session = await facilitated(pilot)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Facilitator view @Pat\n")
        await wait_for(pilot, lambda: len(points) == 1)
        assert (points[0].text, points[0].by) == ("Facilitator view", FACILITATOR)
        listed = app.screen.query_one(PointList)

        def shown() -> str:
            """The point's line after its number: its text, then who said it (the label's
            tail, kept whole where a long point is cut)."""
            label = listed.get_option_at_index(0).prompt
            return str(label.body.plain + label.tail.plain)

        await wait_for(pilot, lambda: shown() == "Facilitator view — Pat Example (Facilitator)")
        by = app.screen.query_one(".point-by", Select)
        assert [str(label) for label, _ in by._options[1:]] == [
            "Sam Sample (Social worker)", "Chris Sample (School nurse)",
            "Pat Example (Facilitator)"]
        assert not any("matches" in n.message or "Nobody" in n.message
                       for n in app._notifications)


async def test_the_messages_say_where_said_by_is_whatever_was_typed(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        session = await facilitated(pilot)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point @Nobody\n")
        await wait_for(pilot, lambda: len(points) == 1)
        await enter_text(pilot, "Invented point @Sample\n")
        await wait_for(pilot, lambda: len(points) == 2)
        said = [n.message for n in app._notifications]
        assert "No one here matches “@Nobody”, so point 1 is kept as typed. Not listed yet? " \
               "Add them on Who is here and it is theirs. To say who said it: Enter on it in " \
               "the list, choose in Said by…, under the point box, then Enter." in said
        assert any(m.startswith("“@Sample” could be Sam Sample or Chris Sample") and
                   m.endswith("(or choose in Said by…, under the point box), then Enter.")
                   for m in said)
        assert not any("below" in m or "starting" in m for m in said)
