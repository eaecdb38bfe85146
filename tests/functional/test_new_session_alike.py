"""Two lines of the new-session form's participants box that look like one person, a name
typed two ways ("Sam Sample" and "Sam Sampel", one agency), are said under the box, naming
both lines, and nothing typed is changed: the box took them without a word, and the
duplicate was found only on *Who is here* (a midwife's trial)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import enter_text, in_the_team_box, shown, wait_for

TYPED = ("Sam Sample, Midwife, Invented Trust\nPat Example, GP, Invented Practice\n"
         "Sam Sampel, Midwife, Invented Trust")


async def test_a_name_typed_two_ways_is_said_under_the_box(fictional_dir: Path,
                                                          sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        await enter_text(pilot, "Team Blue")
        box = form.query_one("#participants", TextArea)
        box.focus()
        await enter_text(pilot, TYPED)
        read = form.query_one("#participants-read")
        await wait_for(pilot, lambda: "3. " in shown(read))
        lines = " ".join(shown(read).split())
        assert ("3. name: Sam Sampel · role: Midwife · agency: Invented Trust · like line 1, "
                "Sam Sample: the same person?") in lines
        assert "2. name: Pat Example · role: GP · agency: Invented Practice" in lines
        assert "like line" not in lines.split("3. ")[0]
        assert box.text == TYPED  # (said, never changed)
        await pilot.press("ctrl+s")  # nothing asked: both kept as typed
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        names = [p.name for p in app.screen.session.participants]
    assert names == ["Sam Sample", "Pat Example", "Sam Sampel"]

