"""A dialog's letter keys (y, n, r, ...) answer it only until typing has been seen there: the
quit question's "Stay (n)" was pressed by the n of a command typed on by someone who thought
reflect had quit, and the rest of the command went into the answer box under it (a trial)."""

from __future__ import annotations

from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from tests.functional.helpers import burst, burst_keys, new_session_form, type_text, wait_for


def said(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def test_typing_on_a_question_never_answers_it_nor_falls_into_the_box_beneath(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        form = await new_session_form(pilot)
        title = form.query_one("#title", Input)
        title.focus()
        await type_text(pilot, "Invented title")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        dialog = app.screen
        burst(pilot, ".venv/bin/reflect")
        burst_keys(pilot, ["tab"])  # (behind the typing: once it is handled, so is the typing)
        await wait_for(pilot, lambda: app.screen is not dialog or app.focused is not None
                       and app.focused.id == "yes")
        assert app.screen is dialog  # the n of ".venv" pressed "Keep typing" (n)
        assert title.value == "Invented title"  # and "v/bin/reflect" went on in the title
        first = next(m for m in said(app) if "was not typed" in m)
        assert first.startswith("“.…” was not typed: the button “Keep typing (n)” has the "
                                "focus (Enter presses it). Typing on does not answer: its "
                                "letter keys (y, n) are off now.")
        # naming the button Enter presses now: "Tab to a button, then Enter" alone, said with
        # "Keep typing" focused, had a trial Tab on to the other and discard the form
        assert first.endswith("Enter presses “Keep typing (n)”; Tab moves to another button.")
        assert not dialog.active_bindings["n"].enabled  # dim in the footer: off
        await pilot.press("n")  # said once more, and still no answer
        await wait_for(pilot, lambda: any("“n” did not answer" in m for m in said(app)))
        again = next(m for m in said(app) if "“n” did not answer" in m)  # (.venv's n)
        assert again.endswith("Enter presses “Keep typing (n)”; Tab moves to another button.")
        await pilot.press("shift+tab", "enter")  # a button still answers

        await wait_for(pilot, lambda: app.screen is form)
        assert title.value == "Invented title"


async def test_a_letter_typed_first_still_answers(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        form.query_one("#title", Input).focus()
        await type_text(pilot, "Invented title")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("tab", "n")  # keys that are not typing leave the letters on
        await wait_for(pilot, lambda: app.screen is form)
