"""A theme in a review written by hand that is likely a slip for another review's
(`safer-sleeep` where the library says `safer-sleep`) was taken without a word, and would split
a themed session and the report's By theme (a learning lead's trial). `reflect validate`
warns, naming the file, the field and the theme likely meant, and so does the start screen's
problems area; the review is used as it is (known_themes.py, store/theme_slips.py). All
reviews invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.known_themes import theme_slips
from reflect.store.catalogue import load_catalogue
from reflect.ui.screens.start_problems import problems_summary, problems_text
from tests.conftest import FICTIONAL_REVIEW


def test_a_slip_for_a_theme_other_reviews_have_is_found() -> None:
    tagged = [["zebra-crossings", "owl-post"], ["zebra-crossings"],
              ["owl-post", "zebra-crosings"]]
    assert theme_slips(tagged) == [[], [], [(1, "zebra-crosings", "zebra-crossings", False)]]


def test_a_slip_for_a_theme_reflect_knows_is_found_in_a_library_without_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The themes the importer gives a briefing (docs/adding-a-briefing.md) are known before
    any review has them: a library's first review written by hand is checked too."""
    assert theme_slips([["safer-sleeep", "owl-post"]]) == [[(0, "safer-sleeep", "safer-sleep",
                                                              False)]]
    assert theme_slips([["safer-sleep"], ["learning-culture"]]) == [[], []]
    assert theme_slips([["nelgect"]]) == [[(0, "nelgect", "neglect", False)]]  # (a slip: 0.86)
    lib = _library(tmp_path / "lib", {"child-zz": ["safer-sleeep"]})
    assert main(["validate", "--content-dir", str(lib)]) == 0
    assert "'safer-sleeep' is in no other review: did you mean \"safer-sleep\", a theme " \
           "reflect knows?" in " ".join(capsys.readouterr().err.split())


@pytest.mark.parametrize("apart", [("maternal-mental-health", "parental-mental-health"),
                                   ("neglect", "self-neglect"),
                                   ("domestic-abuse", "domestic-violence"),
                                   ("fire-safety", "water-safety")])
def test_two_themes_apart_and_a_new_theme_are_not_said(apart: tuple[str, str]) -> None:
    first, second = apart
    assert theme_slips([[first], [first, "owls"], [second], ["teapots-and-kettles"]]) == \
        [[], [], [], []]


def _library(folder: Path, themes: dict[str, list[str]]) -> Path:
    folder.mkdir(exist_ok=True)
    for rid, tagged in themes.items():
        text = FICTIONAL_REVIEW.replace("child-zz", rid).replace("Child ZZ", rid.title())
        (folder / f"{rid}.toml").write_text(text.replace(
            'themes = ["information-sharing"]', f"themes = {tagged!r}".replace("'", '"')),
            encoding="utf-8")
    return folder


SLIP = ("themes (the 2nd): 'owl-posst' is in no other review: did you mean \"owl-post\", as "
        "child-zx.toml and 1 other review have it? A themed session and the report's By theme "
        "count a theme written two ways as two (it is used as it is)")


def test_validate_warns_naming_file_field_and_the_theme_meant(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = _library(tmp_path / "lib", {"child-zx": ["owl-post"], "child-zy": ["owl-post"],
                                      "child-zz": ["information-sharing", "owl-posst"]})
    assert main(["validate", "--content-dir", str(lib)]) == 0  # a warning, not a problem
    out, err = capsys.readouterr()
    assert "3 valid, 0 problem(s)" in out
    assert " ".join(err.split()) == f"reflect validate: warning: {lib / 'child-zz.toml'}: " + SLIP
    assert main(["validate", "--content-dir", str(lib), str(lib / "child-zz.toml")]) == 0
    assert " ".join(capsys.readouterr().err.split()).endswith(SLIP)  # one file: the same
    outside = _library(tmp_path / "elsewhere", {"child-zw": ["owl-poost"]}) / "child-zw.toml"
    assert main(["validate", "--content-dir", str(lib), str(outside)]) == 0  # a copy to add
    assert "'owl-poost' is in no other review: did you mean \"owl-post\"" in " ".join(
        capsys.readouterr().err.split())


def test_two_themes_each_in_one_review_are_said_once_naming_both(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Which is the slip is not known: said of each, each was asked whether it meant the
    other."""
    lib = _library(tmp_path / "lib", {"child-zy": ["owl-post"], "child-zz": ["owl-posst"]})
    assert main(["validate", "--content-dir", str(lib)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert err.count("warning") == 1
    assert "'owl-post' is in no other review, and 'owl-posst' in child-zz.toml alone: one " \
           "theme written two ways? If so, write it the same in both" in err


def test_the_start_screen_says_it_under_the_lists(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib", {"child-zx": ["owl-post"], "child-zy": ["owl-post"],
                                      "child-zz": ["information-sharing", "owl-posst"]})
    library = load_catalogue(lib, tmp_path / "cache")
    assert len(library.reviews) == 3 and not library.problems  # used as it is
    assert problems_summary(library, [], []) == \
        "⚠ 1 theme maybe mistyped: Tab here to read more."
    said = " ".join(problems_text(library, [], []).split())
    assert said.startswith("Themes that may be mistyped (each review can be used; correct a "
                           "file if so, then press r):")
    assert f"⚠ {lib / 'child-zz.toml'}: {SLIP}" in said
    _library(lib, {"child-zz": ["information-sharing", "owl-post"]})  # corrected
    assert problems_text(load_catalogue(lib, tmp_path / "cache"), [], []) == ""
