"""An imported review still carrying the importer's placeholder is listed with a clear mark
and the start screen says what to edit; it can still be chosen (#13 leftovers item 3)."""

from __future__ import annotations

from textual.widgets import OptionList

from reflect.model.placeholders import PARTNERSHIP
from reflect.ui.app import make_app
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for


async def test_a_review_with_a_placeholder_is_marked_and_the_rest_works(
        content_dir, sessions_dir) -> None:
    unfinished = content_dir / "child-zz.toml"
    unfinished.write_text(FICTIONAL_REVIEW.replace(
        'partnership = "Invented Shire Safeguarding Partnership"',
        f'partnership = "{PARTNERSHIP}"'), encoding="utf-8")
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        screen = app.screen
        reviews = screen.query_one("#reviews", OptionList)
        assert reviews.option_count == 5  # the four bundled reviews and this one
        marked = [str(reviews.get_option_at_index(i).prompt) for i in range(5)]
        [mark] = [p for p in marked if "⚠" in p]
        assert mark.startswith("⚠ Not finished  Child ZZ")  # seen first, in a short list
        assert "⚠ Edit partnership in the file: still the importer's placeholder" in mark
        assert screen.query_one("#problems").display
        text = str(screen.query_one("#problems-text").render())
        assert (f"{unfinished}: partnership: still the importer's placeholder — write the "
                "partnership's name") in text
        assert "could not be read" not in text
