"""Who said what, on *Who is here* (a trial, at 80x24 and 60x20): `Alex Example, health
visitor` typed into the Name box was listed with all of it as the name. All names and words
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Participant
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import press_in_order, shown, wait_for
from tests.functional.test_added_late import points_then_who_is_here, said

SIZES = [(80, 24), (60, 20)]
SAM = Participant(name="Sam Sample", role="Social worker", attended=True)
GIVEN = [("We never saw the home visit notes", "p2"), ("Ask the GP for the discharge letter",
                                                       "p2")]


def app_in(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("typed", ["Alex Example, health visitor",
                                   "Alex Example (health visitor)",
                                   "Alex Example - health visitor"])
async def test_a_name_and_a_role_typed_in_the_name_box_are_listed_apart(
        tmp_path: Path, size: tuple[int, int], typed: str) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [SAM])
        await press_in_order(app, [*typed, "enter"])
        await wait_for(pilot, lambda: len(session.participants) == 2)
        alex = session.participants[1]
        assert (alex.name, alex.role, alex.agency) == ("Alex Example", "health visitor", "")
        assert said(points) == GIVEN  # "@Alex" names them: theirs, as added
        screen = app.screen
        await wait_for(pilot, lambda: "Selected: Alex Example · role: health visitor · here"
                       in " ".join(shown(screen.query_one(".people-detail", Literal)).split()))
        assert name.value == ""


async def test_a_role_typed_in_its_own_box_is_never_replaced(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [SAM])
        await press_in_order(app, [*"Alex Example, GP", "tab", *"School nurse", "enter"])
        await wait_for(pilot, lambda: len(session.participants) == 2)
        alex = session.participants[1]
        assert (alex.name, alex.role) == ("Alex Example, GP", "School nurse")
