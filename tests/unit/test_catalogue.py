"""The library's summary cache: same answers as a full load, never stale."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.text import matches_query, naming_words, search_text
from tests.conftest import FICTIONAL_REVIEW


def test_catalogue_matches_the_full_library_cold_and_warm(content_dir, tmp_path):
    (content_dir / "broken.toml").write_text('id = "x"\ntitle = [\n')
    full = load_library(content_dir)
    for _ in range(2):  # cold, then from the cache
        cat = load_catalogue(content_dir, tmp_path / "cache")
        assert [r.id for r in cat.reviews] == [r.id for r in full.reviews]
        assert [r.questions for r in cat.reviews] == [len(r.questions) for r in full.reviews]
        assert cat.problems == full.problems
        assert [r.id for r in cat.search("safer sleep")] == ["child-i"]
    assert cat.load("child-h") == full.get("child-h")


def test_a_changed_file_is_read_again(fictional_dir, tmp_path):
    cache = tmp_path / "cache"
    assert load_catalogue(fictional_dir, cache).get("child-zz").title == "Child ZZ"
    path = fictional_dir / "child-zz.toml"
    path.write_text(FICTIONAL_REVIEW.replace('title = "Child ZZ"', 'title = "Child ZZ2"'))
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
    assert load_catalogue(fictional_dir, cache).get("child-zz").title == "Child ZZ2"
    path.write_text(FICTIONAL_REVIEW.replace("themes = ", "tags = "))
    cat = load_catalogue(fictional_dir, cache)
    assert cat.reviews == [] and "tags: unknown field" in "\n".join(cat.problems)


def test_a_summary_cached_before_its_questions_were_kept_is_read_again(fictional_dir,
                                                                        tmp_path):
    """The theme picker counts each review's questions as a themed session asks them; a cache
    written before summaries kept them has none, and the file is read again."""
    import json

    cache = tmp_path / "cache"
    asks = load_catalogue(fictional_dir, cache).get("child-zz").asks
    assert asks == ("what would you do first", "who would you tell", "what will you change")
    for f in cache.glob("*.json"):
        data = json.loads(f.read_text())
        for record in data["files"].values():
            del record["summary"]["asks"]
        f.write_text(json.dumps(data))
    assert load_catalogue(fictional_dir, cache).get("child-zz").asks == asks


def test_duplicate_ids_and_a_damaged_cache(fictional_dir, tmp_path):
    cache = tmp_path / "cache"
    (fictional_dir / "copy.toml").write_text(FICTIONAL_REVIEW)
    cat = load_catalogue(fictional_dir, cache)
    assert len(cat.reviews) == 1 and "is already used by" in cat.problems[0]
    for f in cache.glob("*.json"):
        f.write_text('{"version": 1, "files": {"child-zz.toml": {"stamp": 1, "summary": 2}}}')
    assert len(load_catalogue(fictional_dir, cache).reviews) == 1


def test_a_file_gone_as_the_folder_is_listed_is_left_out(fictional_dir, tmp_path):
    """Each file is statted as the folder is listed: one that cannot be (a link to nothing,
    as a file removed between the two) is left out, the rest listed as before."""
    (fictional_dir / "a-gone.toml").symlink_to(tmp_path / "nowhere.toml")
    cat = load_catalogue(fictional_dir, tmp_path / "cache")
    assert [r.id for r in cat.reviews] == ["child-zz"] and cat.problems == []
    assert cat.reviews[0].path == fictional_dir / "child-zz.toml"


def test_start_up_needs_no_pydantic_once_cached(content_dir, tmp_path):
    code = (
        "import sys\nfrom pathlib import Path\n"
        "import reflect.ui.app, reflect.ui.screens.start\n"
        "from reflect.store.catalogue import load_catalogue\n"
        "from reflect.store.index import list_summaries\n"
        f"load_catalogue(Path({str(content_dir)!r}), Path({str(tmp_path / 'c')!r}))\n"
        f"list_summaries(Path({str(tmp_path / 's')!r}), Path({str(tmp_path / 'c')!r}))\n"
        "print('pydantic' in sys.modules)\n")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]  # the first run reads the files; the second the cache


@pytest.mark.parametrize("query", ["Child L", "child l", "child-l", "childl", "CHILD-L"])
def test_a_review_is_found_the_way_people_type_its_name(query, bundled_dir):
    """"Child L" used to list Child AC and Child H too: every word matched inside any word."""
    cat = load_catalogue(bundled_dir)
    assert [r.id for r in cat.search(query)] == ["child-l"]


def test_search_words_match_word_starts_and_short_words_whole():
    from reflect.text import matches_query, search_text

    hay = search_text("child-ac", "Child AC", "A premature baby", "parental-mental-health")
    assert matches_query("prem", hay)
    assert matches_query("mental health", hay)
    assert matches_query("ac", hay)
    assert not matches_query("child l", hay)
    assert not matches_query("mature", hay)  # inside a word, not at its start
    assert matches_query("", hay)
    assert matches_query("a", hay)  # a name's word begins with it: typing "ac" finds it
    assert not matches_query("pa", hay)  # only inside the themes: not a name


def _invented(review_id: str, title: str, summary: str, *themes: str):  # type: ignore[no-untyped-def]
    from reflect.store.catalogue import ReviewSummary

    return ReviewSummary(review_id, title, summary, "Practice exercise", themes, 3,
                         Path(f"{review_id}.toml"))


INVENTED = [
    _invented("child-zz", "Child ZZ", "A pretend toddler who was seen in clinic.", "sleep"),
    _invented("child-y", "Child Y", "A pretend baby.", "information-sharing"),
    _invented("child-x", "Child X", "A pretend teenager.", "learning-culture"),
]


@pytest.mark.parametrize("query, found", [
    ("Child In", ["child-zz", "child-y"]),  # "in" names none: a word typed, "in…" anywhere
    ("Child Inf", ["child-y"]),
    ("Child Y", ["child-y"]),  # a name, matched as one
    ("Child X", ["child-x"]),
    ("Child Z", ["child-zz"]),
    ("Child L", ["child-x"]),  # here "l" names none: a word typed, as "Child Le" would be
])
def test_a_short_word_naming_no_review_is_a_word_being_typed(query, found):
    """"Child In" listed the reviews whose summary had the word "in" ("seen in clinic") and
    not the one on information sharing, which "Child Inf" then found (a trial: Child I)."""
    from reflect.store.catalogue import Catalogue

    cat = Catalogue(Path("invented"), reviews=INVENTED)
    assert [r.id for r in cat.search(query)] == found


def test_naming_words_are_the_short_words_that_start_a_name():
    from reflect.text import matches_query, naming_words, search_text

    texts = [r.search_text() for r in INVENTED]
    assert naming_words("Child In Y zz q", texts) == {"y", "zz"}
    hay = search_text("child-y", "Child Y", "A pretend baby.", "information-sharing")
    assert matches_query("in", hay, named=frozenset())
    assert not matches_query("in", hay)  # by default every short word is a name


@pytest.mark.parametrize("query, found", [
    ("Child A", ["child-ac"]),  # every summary starts with the word "a": it listed all four
    ("Child AC", ["child-ac"]),
    ("a", ["child-ac"]),  # a name's first letter, as "z" is Child ZZ's
    ("Child I", ["child-i"]),
    ("Child In", ["child-ac", "child-h", "child-i", "child-l"]),  # "in…" names none
    ("Child H", ["child-h"]),
    ("Child He", ["child-h"]),  # "Child H (Henry)": on the way to "Child Henry", never none
    ("Child Hen", ["child-h"]),
    ("sleep", ["child-i"]),
])
def test_letters_after_child_are_the_next_word_of_a_name(query, found, bundled_dir):
    """"Child A" listed every review: "a" starts Child AC's name, so it was a name, and a name
    matched as a whole word anywhere, and each summary starts "A …"."""
    cat = load_catalogue(bundled_dir)
    assert [r.id for r in cat.search(query)] == found


SESSIONS = [search_text(title, review, team, names=3) for title, review, team in [
    ("Child L — after the invented inquest", "Child L", "Riverside invented team"),
    ("Child L — individual reflection", "Child L", ""),
    ("Invented team's reflection", "Child AC", "Team B"),
    ("November invented huddle", "Child ZZ", "North Invented Team"),
    ("Child L — invented huddle", "Child L", "Alpha Team"),
]]


@pytest.mark.parametrize("query, found", [
    ("Child A", [2]),  # not the session "after" the inquest, nor the Alpha Team's
    ("Child I", []),  # not every "individual reflection"
    ("Child L", [0, 1, 4]),
    ("Riverside L", [0]),  # a word only in a team's name, "l" not after it: a name's word
    ("Team B", [2]),
    ("a", [0, 2, 4]),  # alone, a short name starts a name's word (a team's: Alpha)
    # A team's name is a session's name, as its title is: "no" names November's session,
    # and finds the North Invented Team's too (it did not: a trial).
    ("N", [3]), ("No", [3]), ("Nor", [3]), ("North I", [3]), ("East", []),
])
def test_sessions_short_words_after_another_are_read_with_it(query, found):
    named = naming_words(query, SESSIONS)
    assert [n for n, text in enumerate(SESSIONS) if matches_query(query, text, named)] == found


def test_a_title_two_reviews_share_shows_each_ones_id(tmp_path):
    """"Keep both" on importing a briefing again leaves two reviews with one title: their rows
    in the library say their ids, and only theirs."""
    from reflect.store.catalogue import Catalogue
    from reflect.ui.screens.start_rows import review_option

    twin = _invented("child-zz-2", " child  zz", "The same pretend toddler, seen again.")
    library = Catalogue(tmp_path, [*INVENTED, twin])
    assert library.twins == {"child zz"}  # case and spacing aside
    rows = {r.id: str(review_option(r, 60, library.twins).prompt) for r in library.reviews}
    assert rows["child-zz"].startswith("Child ZZ  ·  id child-zz  ·  Practice exercise")
    assert rows["child-zz-2"].startswith(" child  zz  ·  id child-zz-2  ·  ")
    assert rows["child-y"].startswith("Child Y  ·  Practice exercise")
