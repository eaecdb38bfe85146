"""The bundled reviews: valid, complete, and faithful to the briefings' own words."""


import pytest

from reflect.model.steps import steps_for
from reflect.store.library import load_library
from reflect.store.sessions import _strings
from tests import conftest
from tests.conftest import BUNDLED_IDS, CONTENT

SEEDS = CONTENT.parent.parent / "shared" / "seeds"
EXPECTED_QUESTIONS = {"child-l": 6, "child-ac": 6, "child-i": 6, "child-h": 5}


@pytest.fixture(scope="module")
def library(bundled_dir):
    return load_library(bundled_dir)


def test_the_tests_read_the_bundled_reviews_and_nothing_a_user_imported(bundled_dir):
    """`reflect import` in a clone writes into content/ (content/child-z.toml), and the tests
    that read the bundled library then counted five reviews, not four: they read a copy of
    what git tracks there, or of the reviews they know where git cannot say."""
    assert sorted(path.stem for path in bundled_dir.iterdir()) == sorted(BUNDLED_IDS)


def test_without_git_the_bundled_reviews_are_the_ones_the_tests_know(monkeypatch, tmp_path):
    def no_git(*args, **kwargs):
        raise FileNotFoundError("git")

    monkeypatch.setattr(conftest.subprocess, "run", no_git)
    assert conftest.bundled_files() == [f"{review_id}.toml" for review_id in BUNDLED_IDS]
    copied = conftest.copy_bundled(tmp_path)
    assert sorted(path.stem for path in copied.iterdir()) == sorted(BUNDLED_IDS)


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


RUN_IN = r"[.;!?]\s+[A-Z][A-Za-z' ,&-]{2,60}:\s"
"""A titled item run into the one before it: a sentence's end, then a short title and a colon
(`… willingness to act. Some title: …`)."""


def test_no_item_runs_another_into_it(library):
    """Each good practice, area for development, learning point and recommendation is an item
    of its own: Child L's *Good practice* ran one titled item into the text of the one before
    it, as its briefing's page set them (a new user's trial)."""
    import re

    for review in library.reviews:
        points = [*review.learning, *review.good_practice, *review.development,
                  *review.recommendations]
        for point in points:
            assert not re.search(RUN_IN, point.text), f"{review.id}: {point.text!r}"
