"""A question id written twice in a review file is said at the question that repeats it, with
the one that had it first: `questions (the 3rd): id: 'zz-first' is the 1st question's id
too`. It was said at "(top level)", which the start screen's one line per file cut to
"child-zz.toml: (top level)…", naming neither the field nor the question."""

from __future__ import annotations

from pathlib import Path

from reflect.store.library import load_library
from tests.conftest import FICTIONAL_REVIEW


def test_a_question_id_written_twice_is_said_at_the_question(fictional_dir: Path):
    path = fictional_dir / "child-zz.toml"
    path.write_text(FICTIONAL_REVIEW.replace('id = "zz-third"', 'id = "zz-first"'),
                    encoding="utf-8")
    assert load_library(fictional_dir).problems == [
        f"{path}: questions (the 3rd): id: 'zz-first' is the 1st question's id too: give each "
        "question an id of its own (saved answers are found by it)"]
