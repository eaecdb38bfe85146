"""A name half typed when plain mode stopped (walk/half_name.py, `FACILITATOR_DRAFT`), opened in
the app: offered in its box, the Facilitator box on *Who is here* (a reflection's *Your name*,
F8), and said under it, not taken until Enter takes it. The app showed the box empty and said
nothing (a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import Input

from reflect.model.changes import FACILITATOR_DRAFT
from reflect.model.session import Participant, Session
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.widgets.half_name import HalfNameLine
from tests.cpd_folder import invented_review
from tests.functional.helpers import (
    f8_dialog,
    open_saved_session,
    press_in_order,
    shown,
    type_text,
    wait_for,
)

SIZES = [(80, 24), (60, 20)]
SAID = ("“Fay Facil” was being typed as the facilitator's name when reflect stopped, and was "
        "not entered. Enter in the Facilitator box takes it.")


def stopped_at_the_facilitator(fictional_dir: Path, sessions_dir: Path) -> Session:
    """Saved as plain mode leaves it, stopped (Ctrl+C) with "Fay Facil" half typed as the
    facilitator's name: on *Who is here*, no facilitator, the name kept aside."""
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"), mode="team",
                      title="Invented meeting", team="Riverside Team",
                      participants=[Participant(name="Alex Example")], current_step="people",
                      drafts={FACILITATOR_DRAFT: "Fay Facil"})
    save_session(sessions_dir, s)
    return s


def in_view(line: HalfNameLine, said: str) -> bool:
    """`line` says `said`, whole in the view of what scrolls it (the panel, the dialog)."""
    scrolls = next(a for a in line.ancestors if isinstance(a, Widget) and a.is_scrollable)
    return line.display and shown(line) == said and scrolls.can_view_entire(line)


@pytest.mark.parametrize("size", SIZES)
async def test_the_half_typed_facilitator_is_offered_and_enter_takes_it(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    s = stopped_at_the_facilitator(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        box = screen.query_one(".detail-facilitator", Input)
        # In the box, but not entered: not the facilitator yet; said under it.
        await wait_for(pilot, lambda: (box.value, box.placeholder) == ("", "Fay Facil"))
        assert screen.session.facilitator == ""
        line = screen.query_one(HalfNameLine)
        await wait_for(pilot, lambda: in_view(line, SAID))
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.session.facilitator == "Fay Facil")
        assert box.value == "Fay Facil" and FACILITATOR_DRAFT not in screen.session.drafts
        await wait_for(pilot, lambda: not line.display)
        await pilot.press("ctrl+s")
        path = session_path(sessions_dir, s.id)
        await wait_for(pilot, lambda: load_session(path).facilitator == "Fay Facil")
        assert load_session(path).drafts == {}


async def test_a_name_typed_replaces_the_half_typed_one(fictional_dir: Path,
                                                       sessions_dir: Path) -> None:
    stopped_at_the_facilitator(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_saved_session(pilot)
        box = screen.query_one(".detail-facilitator", Input)
        await wait_for(pilot, lambda: box.placeholder == "Fay Facil")
        line = screen.query_one(HalfNameLine)
        box.focus()
        await type_text(pilot, "Sam Sample")
        await wait_for(pilot, lambda: screen.session.facilitator == "Sam Sample")
        assert FACILITATOR_DRAFT not in screen.session.drafts and not line.display
        await pilot.press(*["backspace"] * len("Sam Sample"))
        await wait_for(pilot, lambda: box.value == "")
        # Emptied, the half name is not offered again: a name was entered since.
        assert not line.display and box.placeholder == ""
        await pilot.press("enter")
        assert box.value == "" and screen.session.facilitator == ""


@pytest.mark.parametrize("size", SIZES)
async def test_a_reflections_half_typed_name_is_offered_in_your_name(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """The same for *Your name*, whose a reflection is (one field: `facilitator`), in F8."""
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                      mode="individual", title="My invented reflection",
                      current_step="differently", drafts={FACILITATOR_DRAFT: "Pat Exa"})
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        box = dialog.query_one("#cpd-whose", Input)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box and box.placeholder == "Pat Exa")
        assert (box.value, screen.session.facilitator) == ("", "")
        said = ("“Pat Exa” was being typed as your name when reflect stopped, and was not "
                "entered. Enter in the box above takes it.")
        line = dialog.query_one(HalfNameLine)
        await wait_for(pilot, lambda: in_view(line, said))
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: screen.session.facilitator == "Pat Exa")
        assert FACILITATOR_DRAFT not in screen.session.drafts and not line.display
