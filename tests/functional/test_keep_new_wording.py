"""The note above answers given when their question read otherwise (a review replaced since)
has a button that keeps them under the new words: there was no way to, and the note came back
at every opening. Pressed, the session's one writer changes it, autosave writes it, and the
button then puts the note back. All data invented."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button

from reflect.store.sessions import read_session
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.wording_note import KEEP, PUT_BACK, WordingNote
from tests.functional.helpers import open_saved_session, shown, wait_for
from tests.replaced_review import NEW_FIRST, OLD_FIRST, answered_then_replaced


def saved_words(path: Path) -> tuple[str, str | None]:
    answer = read_session(path)[0].answer("zz-first")
    assert answer is not None
    return answer.question, answer.given_under


async def press_again(pilot: Pilot, button: Button) -> None:
    """Enter on `button` once its last press has passed: Textual's Button takes no press for
    0.2 s after one (its "-active" look), a timer a loaded machine can make late (the second
    Enter was lost in 3 of 36 runs, six at once). A person's second Enter comes later."""
    await wait_for(pilot, lambda: not button.has_class("-active"))
    await pilot.press("enter")


async def test_the_button_keeps_the_answers_under_the_new_words(fictional_dir, sessions_dir):
    _, path = answered_then_replaced(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.query(WordingNote))
        note = screen.query_one(WordingNote)
        button = note.query_one(Button)
        assert str(button.label) == KEEP
        button.focus()  # Tab reaches it too; Enter presses it
        await pilot.press("enter")
        await wait_for(pilot, lambda: saved_words(path) == (NEW_FIRST, OLD_FIRST))  # autosaved
        said = shown(note.query_one(Literal)).strip()
        assert said.startswith("These answers now stand under the new wording. They were "
                               f"given when the question read “{OLD_FIRST}”")
        assert not screen.query(".answered-when") and str(button.label) == PUT_BACK
        assert screen.query_one(".question-pane .question", Literal).display
        await press_again(pilot, button)  # put back
        await wait_for(pilot, lambda: saved_words(path) == (OLD_FIRST, None))
        assert screen.query(".answered-when") and str(button.label) == KEEP
        await press_again(pilot, button)
        await wait_for(pilot, lambda: saved_words(path) == (NEW_FIRST, OLD_FIRST))
        await pilot.press("ctrl+q")
    # Opened again: no note, the answers under the new words.
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.query(".question-pane .question"))
        assert not screen.query(WordingNote)
        await pilot.press("ctrl+q")


async def test_read_only_there_is_no_button(fictional_dir, sessions_dir):
    """A session open in another reflect opens read-only: nothing pressed here is kept."""
    from reflect.store.locks import SessionLock

    _, path = answered_then_replaced(fictional_dir, sessions_dir)
    lock = SessionLock(path)
    assert lock.acquire()
    try:
        app = make_app(fictional_dir, sessions_dir)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_saved_session(pilot)
            await wait_for(pilot, lambda: screen.query(WordingNote))
            await wait_for(pilot, lambda: not screen.query_one(WordingNote)
                           .query_one(Button).display)
            assert screen.query(".answered-when")
    finally:
        lock.release()
    assert saved_words(path) == (OLD_FIRST, None)


THIRD = "What would the whole Invented Team do on the first morning?"


def kept_then_reworded_again(folder: Path, sessions: Path) -> Path:
    """Answers given under OLD_FIRST, kept under NEW_FIRST (as the button leaves them), then
    the review reworded a second time, to THIRD."""
    from reflect.store.sessions import save_session

    _, path = answered_then_replaced(folder, sessions)
    session = read_session(path)[0]
    answer = session.answer("zz-first")
    assert answer is not None
    answer.question, answer.given_under = NEW_FIRST, OLD_FIRST
    save_session(sessions, session)
    review = folder / "child-zz.toml"
    review.write_text(review.read_text(encoding="utf-8").replace(NEW_FIRST, THIRD),
                      encoding="utf-8")
    return path


async def test_reworded_again_the_note_names_the_words_they_were_given_under(fictional_dir,
                                                                            sessions_dir):
    """A trial: given under "…your service…", kept under "…your team…", the review reworded
    again: the note said they were given under "…your team…", the notes and `given_under`
    "…your service…"."""
    path = kept_then_reworded_again(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.query(WordingNote))
        note = screen.query_one(WordingNote)
        said = " ".join(shown(note.query_one(Literal)).split())
        assert said == f"The answers below were given when the question read “{OLD_FIRST}”."
        note.query_one(Button).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: saved_words(path) == (THIRD, OLD_FIRST))
        assert f"given when the question read “{OLD_FIRST}”" in " ".join(
            shown(note.query_one(Literal)).split())
        await pilot.press("ctrl+q")


def button_text(button: Button) -> str:
    """The words a button shows on the screen now, line after line (what is cut is not)."""
    lines = button.render_lines(button.region.reset_offset)
    return " ".join(" ".join(s.text for s in line).strip() for line in lines).strip()


async def test_at_60x20_the_button_is_whole_beside_the_step_list(fictional_dir, sessions_dir):
    """A regression trial at 60x20 saw the button cut: with the step list shown (Ctrl+G) the
    note is some 30 columns wide, and both labels ran past its edge ("Undo: back to the words
    they"). They wrap inside the note now, each label whole."""
    answered_then_replaced(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.query(WordingNote))
        note = screen.query_one(WordingNote)
        button = note.query_one(Button)
        for pressed in (False, True):
            if pressed:
                button.press()
                await wait_for(pilot, lambda: str(button.label) == PUT_BACK)
            for steps_shown in (False, True):
                if steps_shown:
                    await pilot.press("ctrl+g")
                    await wait_for(pilot, lambda: screen.query_one("#steps-pane").region)
                await pilot.pause()
                label = str(button.label)
                assert button.region.right <= note.content_region.right, (label, steps_shown)
                assert " ".join(button_text(button).split()) == label, steps_shown
                if steps_shown:
                    await pilot.press("escape")
                    await wait_for(pilot, lambda: not screen.query_one("#steps-pane").region)
        await pilot.press("ctrl+q")
