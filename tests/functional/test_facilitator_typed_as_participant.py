"""The facilitator typed among the participants too (with their role, as a team lead does)
is said on the new-session form's reading of the box to be one person: the line was read
as anyone else's, and the facilitator looked listed twice, unsaid (a team lead's trial)."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from reflect.ui.app import make_app
from tests.functional.helpers import in_the_team_box, shown, wait_for

ONE_PERSON = "the facilitator too: one person, not two"


async def typed_on_the_form(  # type: ignore[no-untyped-def]
        pilot, facilitator: str, participants: str):
    """The new-session form, `facilitator` and `participants` typed in their boxes; the form
    and its reading of the participants' box."""
    form, _ = await in_the_team_box(pilot)
    form.query_one("#facilitator", Input).value = facilitator
    form.query_one("#participants", TextArea).text = participants
    return form, form.query_one("#participants-read")


async def test_the_facilitators_line_says_they_are_the_facilitator(fictional_dir,
                                                                   sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, read = await typed_on_the_form(
            pilot, "Pat Example", "pat example, team lead, Invented Trust\nKim Sample, midwife")
        await wait_for(pilot, lambda: "Kim Sample" in shown(read))
        said = " ".join(shown(read).split())
        assert (f"1. name: pat example · role: team lead · agency: Invented Trust · "
                f"{ONE_PERSON}") in said
        assert said.count(ONE_PERSON) == 1
        # Another facilitator typed: the line no longer says so.
        form.query_one("#facilitator", Input).value = "Sam Sample"
        await wait_for(pilot, lambda: ONE_PERSON not in shown(read))


async def test_a_reading_that_wraps_goes_on_under_its_own_words(fictional_dir, sessions_dir):
    """At 80x24 "3. name: Lee Madeup · role: team lead · the facilitator too: one person,"
    went on with "not two" at the form's left edge, under the line's number (a fresh trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        _, read = await typed_on_the_form(
            pilot, "Lee Madeup",
            "Dee Visitor, health visitor\nLee Madeup, team lead, Invented Example Trust")
        await wait_for(pilot, lambda: ONE_PERSON.split()[-1] in shown(read))
        lines = shown(read).splitlines()
        assert len(lines) > 2  # the second reading wraps
        assert all(line.startswith(("1. ", "2. ", "   ")) for line in lines), lines
