"""Who agreed an action, kept when the next meeting gives it to another: the owner typed in the
owner's box of last time's actions is written back with the owner agreed kept and this meeting
named (`Action.agreed_owner`, `Action.given_in`), and the first meeting's Selected line says
both. It said the new owner alone, as if they had agreed it (a team manager's trial: the
owner had left). All names are invented."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from reflect.model.dates import local_day
from reflect.model.session import Action, GivenIn, Participant
from reflect.store.sessions import load_session
from reflect.ui.app import make_app
from reflect.ui.screens import carry_back
from tests.functional.helpers import shown, type_text, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table


@pytest.fixture(autouse=True)
def quick_write_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 0.1)


async def test_an_owner_given_here_keeps_the_one_agreed_there(fictional_dir, sessions_dir):
    earlier = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Invented audit of pretend files", owner="Robin Madeup")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, _ = await on_carried_table(pilot)
        screen.session.participants.append(Participant(
            name="Kim Newstart", role="Social worker", agency="Children's Social Care"))
        owner = screen.query_one(".carried-owner", Input)
        owner.focus()
        await wait_for(pilot, lambda: app.focused is owner)
        owner.value = ""
        await type_text(pilot, "Kim Newstart")
        [carried] = screen.session.carried
        await wait_for(pilot, lambda: carried.owner == "Kim Newstart" and carried.written_back,
                       timeout=10)
        await wait_for(pilot, lambda: load_session(earlier).actions[0].given_in is not None,
                       timeout=10)
        [back] = load_session(earlier).actions
        assert (back.owner, back.agreed_owner) == ("Kim Newstart", "Robin Madeup")
        assert back.given_in == GivenIn(
            session_id=screen.session.id, label=screen.session.label,
            held=local_day(screen.session.created), role="Social worker",
            agency="Children's Social Care")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_first_meetings_selected_line_says_who_agreed_it(tmp_path, size) -> None:
    from reflect.model.session import Session
    from tests.functional.test_selected_line import opened, review

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-july", title="Larch July meeting",
                                team="Team Larch")
        session.add_action(Action(
            text="Invented audit of pretend files", owner="Kim Newstart",
            agreed_owner="Robin Madeup",
            given_in=GivenIn(session_id="s-september", label="Larch September meeting",
                             held=date(2026, 9, 10), role="Social worker")))
        screen = opened(app, session, "actions")
        await wait_for(pilot, lambda: app.screen is screen and screen.query(".action-detail"))
        line = screen.query_one(".action-detail")
        said = ("owner: Robin Madeup; given to Kim Newstart at “Larch September meeting”, "
                "10 Sep 2026")
        await wait_for(pilot, lambda: said in " ".join(shown(line).split()), timeout=5)
