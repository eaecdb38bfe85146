"""Importing in the app a briefing whose review id the library already has: the preview said
"REPLACING the review already there" and Save wrote over it unasked. Save now asks, naming the
review, its file and the sessions on it: Replace, Keep both (this one under a free id) or Esc
(nothing saved). A session on a replaced review still opens. All briefings invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, OptionList

from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.import_review import ImportScreen
from tests.functional.helpers import open_and_preview, open_saved_session, shown, wait_for
from tests.unit.test_import_replacing import march_library, october


def library_with_child_q(tmp_path: Path, sessions_dir: Path) -> tuple[Path, Path]:
    """A library holding the March Child Q, a session on it, and the October briefing (another
    partnership's Child Q) to import."""
    return march_library(tmp_path, sessions_dir, on_a_question=True), october(tmp_path)


async def asked(pilot, dialog: ImportScreen) -> ConfirmScreen:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ConfirmScreen))
    assert isinstance(pilot.app.screen, ConfirmScreen)
    return pilot.app.screen


async def test_saving_over_a_review_asks_first(tmp_path, sessions_dir):
    content, october = library_with_child_q(tmp_path, sessions_dir)
    existing = content / "child-q.toml"
    before = existing.read_bytes()
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, october, "The library already has")
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert ("The library already has review child-q “Child Q” (Invented Vale Safeguarding "
                f"Children Partnership (IVSCP)), {existing}. Saving asks before replacing it, or "
                "keeps both, saving this one as child-q-2") in said
        assert "REPLACING" not in said
        confirm = await asked(pilot, dialog)
        question = " ".join(shown(w) for w in confirm.query("Literal, Fitted"))
        question = " ".join(question.split())
        assert str(existing) in "".join(question.split())  # whole, broken only after a /
        assert "It holds review child-q “Child Q” (Invented Vale" in question
        assert ("1 saved session is on it: once it is replaced, it will open on the new "
                "review") in question
        assert str(confirm.query_one("#no", Button).label) == "Keep both: save as child-q-2 (n)"
        await pilot.press("y")  # no letter replaces it: a word typed on never does
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # saves nothing
        await wait_for(pilot, lambda: app.screen is dialog)
        await wait_for(pilot, lambda: any(n.message == "Nothing saved."
                                          for n in app._notifications))
        assert existing.read_bytes() == before
        confirm = await asked(pilot, dialog)
        confirm.query_one("#yes", Button).press()
        await wait_for(pilot, lambda: not isinstance(app.screen, (ImportScreen, ConfirmScreen)))
        review = load_library(content).get("child-q")
        assert review is not None and "Invented Marsh" in review.partnership
        assert sorted(p.name for p in content.glob("*.toml")) == ["child-q.toml"]
        # The session on it still opens, on the new review: its answer under the new Q1,
        # kept under the words it was given under (it took the new ones, and said nothing).
        screen = await open_saved_session(pilot)
        assert screen.review.partnership == review.partnership
        answer = screen.session.answer(review.questions[0].id)
        assert answer is not None and answer.text == "Ask about weekends"
        assert answer.question == ("How do you find out who looks after a baby when you are "
                                   "not there?")
        await wait_for(pilot, lambda: any("Question 1 was answered when it read" in n.message
                                          for n in app._notifications))


async def test_keep_both_saves_it_under_a_free_id(tmp_path, sessions_dir):
    content, october = library_with_child_q(tmp_path, sessions_dir)
    before = (content / "child-q.toml").read_bytes()
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = await open_and_preview(pilot, october, "The library already has")
        await asked(pilot, dialog)
        await pilot.press("n")
        await wait_for(pilot, lambda: not isinstance(app.screen, (ImportScreen, ConfirmScreen)))
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 2)
        # Both titled Child Q: each row says its id (a trial told them apart only by a word
        # of their summaries), and only where a title is shared.
        rows = {reviews.get_option_at_index(i).id: str(reviews.get_option_at_index(i).prompt)
                for i in range(2)}
        assert rows["child-q"].startswith("Child Q  ·  id child-q  ·  ")
        assert rows["child-q-2"].startswith("Child Q  ·  id child-q-2  ·  ")
    assert (content / "child-q.toml").read_bytes() == before
    kept = load_library(content)
    assert {r.id for r in kept.reviews} == {"child-q", "child-q-2"}
    other = kept.get("child-q-2")
    assert other is not None and "Invented Marsh" in other.partnership
    assert all(q.id.startswith("q-2-") for q in other.questions)  # no question ids shared


async def test_a_file_made_after_the_preview_is_not_written_over(tmp_path, sessions_dir):
    """The preview found no review there; by Save, a file had been made with that name (another
    reflect, a copy): it is not replaced unasked."""
    content, october = library_with_child_q(tmp_path, sessions_dir)
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = await open_and_preview(pilot, october, "Invented Marsh")
        dialog.query_one("#import-id", Input).value = "child-q-marsh"
        await pilot.press("enter")
        preview = dialog.query_one("#import-preview")
        await wait_for(pilot, lambda: "Will be saved as" in shown(preview))
        made = content / "child-q-marsh.toml"
        made.write_text("# made meanwhile\n", encoding="utf-8")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "was made since the preview: nothing saved" in shown(preview))
        assert isinstance(app.screen, ImportScreen)
    assert made.read_text(encoding="utf-8") == "# made meanwhile\n"
