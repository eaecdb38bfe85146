"""A review's What to do now: in a themed session each line of it names the review it comes
from, as points and recommendations do; a content file writes it as text. All data here is
invented."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.themes import themed_review
from reflect.store.library import ReviewError, read_review
from tests.conftest import FICTIONAL_REVIEW

ADVICE = "Invented advice: talk the exercise over at the next team meeting."
SHARED = "Invented advice both reviews give."


def review(child: str = "ZZ", advice: tuple[str, ...] = (ADVICE,)) -> Review:
    data = tomllib.loads(FICTIONAL_REVIEW)
    data.update(id=f"child-{child.lower()}", title=f"Child {child}",
                what_to_do_now=list(advice))
    return Review.model_validate(data)


def test_a_themed_sessions_what_to_do_now_names_each_review() -> None:
    theme = themed_review("information-sharing", [
        review("YA", ("Invented advice of Child YA alone.", SHARED)),
        review("YB", (SHARED, "Invented advice of Child YB alone."))])
    blocks = section_blocks(theme, "actions")
    assert [(b.text, b.source) for b in blocks] == [
        ("Invented advice of Child YA alone.", "Child YA"),
        (SHARED, "Child YA; Child YB"),  # given by both: once, naming both
        ("Invented advice of Child YB alone.", "Child YB")]
    assert f"• {SHARED}\n    (from Child YA; Child YB)" in blocks_as_text(blocks)  # `reflect walk`
    assert [b.source for b in section_blocks(review(), "actions")] == [None]


@pytest.mark.parametrize(("written", "said"), [
    ("[1]", "what_to_do_now (the 1st): must be text, in quotes, not 1"),
    ('[""]', "what_to_do_now (the 1st): String should have at least 1 character"),
    ('[{text = "x", source = "Child ZZ"}]', "what_to_do_now (the 1st): must be text"),
])
def test_a_content_file_writes_what_to_do_now_as_text(
        tmp_path: Path, written: str, said: str) -> None:
    path = tmp_path / "child-zz.toml"
    path.write_text(f"what_to_do_now = {written}\n{FICTIONAL_REVIEW}", encoding="utf-8")
    with pytest.raises(ReviewError) as caught:
        read_review(path)
    assert [said in m for m in caught.value.messages] == [True], caught.value.messages
    path.write_text(f'what_to_do_now = ["{ADVICE}"]\n{FICTIONAL_REVIEW}', encoding="utf-8")
    assert [(a.text, a.source) for a in read_review(path).what_to_do_now] == [(ADVICE, None)]
