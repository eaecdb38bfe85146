"""Invented reviews with text of their own, for the library's search over the reviews' words
(tests/unit/test_search_text.py, tests/functional/test_search_text_app.py and
bench/search_case.py): the invented test review, `FICTIONAL_REVIEW`, under another id."""

from __future__ import annotations

from tests.conftest import FICTIONAL_REVIEW


def review_with_text(review_id: str, parts: str = "", title: str | None = None,
                     summary: str | None = None, context: list[str] | None = None) -> str:
    """The invented review's TOML as `review_id` (its questions' ids made its own: "zq-first"
    for child-zq), with `parts` (TOML tables such as `[[learning]]`) before its good practice
    and the `title`, `summary` and `context` paragraphs given in place of its own. Text is
    put in as written: no quote or backslash in it."""
    own = review_id.removeprefix("child-")
    text = (FICTIONAL_REVIEW.replace('id = "child-zz"', f'id = "{review_id}"')
            .replace('id = "zz-', f'id = "{own}-'))
    if title is not None:
        text = text.replace('title = "Child ZZ"', f'title = "{title}"')
    if summary is not None:
        text = text.replace('summary = "An invented case used only for testing."',
                            f'summary = "{summary}"')
    if context is not None:
        text = text.replace('context = ["An invented context point."]',
                            "context = [" + ", ".join(f'"{p}"' for p in context) + "]")
    head, _, rest = text.partition("[[good_practice]]")
    return head + parts + "[[good_practice]]" + rest
