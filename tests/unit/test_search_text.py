"""The library's search finds a review by the words of its text too (what happened, the
learning, the recommendations, the questions…), after the reviews its title, summary and
themes find, saying where; the words are cached per machine, read without the models."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.store import review_words
from reflect.store.catalogue import TextMatch, load_catalogue
from tests.text_reviews import review_with_text

LEARNING = '''
[[learning]]
title = "Invented learning"
text = "School staff in the invented town noticed the change first."
'''


def _review(folder: Path, review_id: str, title: str, summary: str, extra: str = "") -> None:
    (folder / f"{review_id}.toml").write_text(
        review_with_text(review_id, extra, title=title, summary=summary), encoding="utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    _review(folder, "child-qa", "Child QA", "An invented case.", LEARNING)
    _review(folder, "child-qb", "Child QB", "An invented case about a school day.")
    _review(folder, "child-qc", "Child QC", "An invented case.")
    return folder


def test_a_word_only_in_a_reviews_text_finds_it_after_the_title_matches_saying_where(
        library, tmp_path):
    found = load_catalogue(library, tmp_path / "cache").found("school")
    assert [getattr(f, "review", f).id for f in found] == ["child-qb", "child-qa"]
    assert not isinstance(found[0], TextMatch)  # its summary has the word: first, as before
    assert isinstance(found[1], TextMatch)
    assert found[1].why == "Mentions “school” in Key learning"


def test_each_part_is_searched_and_named_as_its_step_is(library, tmp_path):
    catalogue = load_catalogue(library, tmp_path / "cache")
    why = {q: [f.why for f in catalogue.found(q) if isinstance(f, TextMatch)]
           for q in ("agencies", "meetings sooner", "tell", "five days", "noticed")}
    assert why["agencies"] == ["Mentions “agencies” in Good practice"] * 3
    assert why["meetings sooner"][0] == "Mentions “meetings” in Areas for development; " \
                                        "“sooner” in Recommendations"
    assert why["tell"][0] == "Mentions “tell” in Questions"
    assert why["five days"][0] == "Mentions “five”, “days” in Recommendations"  # its update
    assert why["noticed"] == ["Mentions “noticed” in Key learning"]


def test_fewer_than_three_letters_never_search_the_text(library, tmp_path):
    """"s", "sc" start a word in nearly every review's text: on the way to "school" they
    listed them all."""
    catalogue = load_catalogue(library, tmp_path / "cache")
    assert [f for f in catalogue.found("sc") if isinstance(f, TextMatch)] == []
    assert [f.review.id for f in catalogue.found("sch") if isinstance(f, TextMatch)] == [
        "child-qa"]


def test_a_name_and_a_word_of_the_text_find_that_review_alone(library, tmp_path):
    catalogue = load_catalogue(library, tmp_path / "cache")
    found = catalogue.found("Child QA staff")
    assert [f.review.id for f in found if isinstance(f, TextMatch)] == ["child-qa"]
    assert len(found) == 1
    assert catalogue.found("Child QC staff") == []


def test_the_words_are_cached_and_read_again_only_when_a_file_changes(library, tmp_path,
                                                                      monkeypatch):
    cache = tmp_path / "cache"
    load_catalogue(library, cache).texts()
    read: list[Path] = []
    real = review_words._read

    def counted(path: Path) -> dict[str, str]:
        read.append(path)
        return real(path)

    monkeypatch.setattr(review_words, "_read", counted)
    assert load_catalogue(library, cache).found("noticed")
    assert read == []
    changed = library / "child-qc.toml"
    changed.write_text(changed.read_text(encoding="utf-8") + LEARNING.replace(
        "noticed", "spotted"), encoding="utf-8")
    found = load_catalogue(library, cache).found("spotted")
    assert read == [changed]
    assert [f.review.id for f in found if isinstance(f, TextMatch)] == ["child-qc"]


def test_a_damaged_words_cache_is_read_again(library, tmp_path):
    cache = tmp_path / "cache"
    load_catalogue(library, cache).texts()
    (words,) = cache.glob("library-words-*.json")
    words.write_text('{"version": 1, "files": {"child-qa.toml": {"stamp": 1, "words": 3}}}',
                     encoding="utf-8")
    assert load_catalogue(library, cache).found("noticed")


def test_the_same_rows_are_the_same_objects():
    """A list showing the same rows is not drawn again (`start_rows.fill` compares them by
    identity): a text match found again by the next key is the object found before."""
    folder = Path(__file__).parent  # (any folder: nothing is read)
    from reflect.store.catalogue import Catalogue, ReviewSummary

    review = ReviewSummary("child-qa", "Child QA", "", "", (), 0, folder / "x.toml")
    catalogue = Catalogue(folder, [review])
    text = review_words._text({"Key learning": "school staff"})
    first = catalogue._match(review, text, ["scho"])
    assert catalogue._match(review, text, ["scho"]) is first
    assert first.why == "Mentions “school” in Key learning"


def test_an_unchanged_words_cache_is_parsed_once(library, tmp_path, monkeypatch):
    """The start screen reads the library again each time it is shown: the words' cache (some
    megabytes for a big library) is parsed again only when it has changed."""
    cache = tmp_path / "cache"
    load_catalogue(library, cache).texts()
    parsed: list[Path] = []
    real = review_words.read_records

    def counted(path: Path):  # type: ignore[no-untyped-def]
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(review_words, "read_records", counted)
    review_words._last.clear()
    for _ in range(3):
        assert load_catalogue(library, cache).found("noticed")
    assert len(parsed) == 1


def test_the_search_box_says_what_enter_does():
    """Enter in the start screen's search box goes to the results, however many are found
    (it took the one thing a search found alone, and only that: a trial); the footer says
    so (widgets/search_box.py)."""
    from reflect.ui.widgets.search_box import enter_does

    assert enter_does("", 3, 1) == "To the reviews"
    assert enter_does("", 3, 1, True) == "To the saved sessions"  # come from them
    assert enter_does("child", 3, 1) == "To the results"
    assert enter_does("zz", 1, 1) == "To the results"  # a review and a session on it: two
    assert enter_does("zz", 1, 0) == "To the results"  # one found, as several: a 2nd Enter
    assert enter_does("huddle", 0, 1) == "To the results"
    assert enter_does("nothing", 0, 0) == "No match"


def test_a_session_titled_with_the_whole_search_comes_before_reviews_found_by_their_text():
    """`/meeting one` Enter Enter opened a new session on a review found only by the word
    "one" in its text, beside the saved session titled "Invented meeting one" (a trial)."""
    from reflect.ui.widgets.search_box import enter_does, sessions_first

    assert sessions_first(reviews_named=False, sessions_titled=True)
    assert not sessions_first(reviews_named=True, sessions_titled=True)
    assert not sessions_first(reviews_named=False, sessions_titled=False)
    assert enter_does("meeting one", 1, 1, to_sessions=True) == "To the saved sessions"
    assert enter_does("meeting one", 0, 1, to_sessions=True) == "To the results"
