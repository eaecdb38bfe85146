"""The bundled reviews: valid, complete, and faithful to the briefings' own words."""


import pytest

from reflect.model.steps import steps_for
from reflect.store.library import load_library
from reflect.store.sessions import _strings
from tests.conftest import BUNDLED

SEEDS = BUNDLED.parent.parent / "shared" / "seeds"
EXPECTED_QUESTIONS = {"child-l": 6, "child-ac": 6, "child-i": 6, "child-h": 5}


@pytest.fixture(scope="module")
def library():
    return load_library(BUNDLED)


def test_every_bundled_review_loads(library):
    assert library.problems == []
    assert sorted(r.id for r in library.reviews) == sorted(EXPECTED_QUESTIONS)


@pytest.mark.parametrize("review_id,count", sorted(EXPECTED_QUESTIONS.items()))
def test_question_count_matches_briefing(library, review_id, count):
    assert len(library.get(review_id).questions) == count


def test_question_ids_are_unique_across_the_library(library):
    ids = [q.id for r in library.reviews for q in r.questions]
    assert len(ids) == len(set(ids))


def test_child_l_carries_its_action_plan(library):
    review = library.get("child-l")
    plan = review.action_plan
    assert plan is not None
    assert len(plan.items) == 11
    assert all(item.status for item in plan.items)
    assert any(d.date == "14.05.21" for d in plan.review_process)
    assert len(review.recommendations) == 10
    assert all(r.update for r in review.recommendations)


def test_every_review_has_metadata_and_steps(library):
    for review in library.reviews:
        assert review.partnership and review.review_type and review.summary and review.themes
        keys = [s.key for s in steps_for(review)]
        assert keys[0] == "intro" and keys[-1] == "summary"
        assert len([k for k in keys if k.startswith("q:")]) == len(review.questions)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the repo")
def test_content_quotes_the_briefings(library):
    """Every long piece of text in a review appears word for word in its source briefing
    (after removing only the artefacts the conversion is allowed to fix)."""
    import re

    source = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    source = re.sub(r"\*\*|\\(?=[()])", "", source)
    source = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", source)
    source = " ".join(source.split())
    own_words = {"summary", "title", "id", "partnership", "review_type", "label"}
    for review in library.reviews:
        data = review.model_dump(exclude=own_words)
        for text in _strings(data):
            if len(text) > 30 and " " in text:  # slugs (ids, themes) are ours
                assert " ".join(text.split()) in source, f"{review.id}: not in briefing: {text!r}"
