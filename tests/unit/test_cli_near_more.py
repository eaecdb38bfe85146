"""A review, a session or a report's file name mistyped anywhere on the command line is
answered with the one likely meant, as `reflect remove` answers a review (a trial:
`reflect walk child-zx` said "known: …" only, `report --review` and `import --into` offered
nothing near, `report -o x.docx` listed the report's endings, none singled out, and a
session's title mistyped in `export`, `open`, `check` or `walk --resume` offered no session,
though its id mistyped did). Everything here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.text_reviews import review_with_text

NORTH = "20261104-child-zq-5c92e70e"


@pytest.fixture
def dirs(tmp_path: Path) -> list[str]:
    """An invented library (child-zq, Child ZQ; child-km, Child KM invented practice) and
    one session on child-zq titled "November North briefing"."""
    library, sessions = tmp_path / "library", tmp_path / "sessions"
    library.mkdir()
    (library / "child-zq.toml").write_text(review_with_text("child-zq", title="Child ZQ"),
                                           encoding="utf-8")
    (library / "child-km.toml").write_text(
        review_with_text("child-km", title="Child KM invented practice"), encoding="utf-8")
    review = load_library(library).get("child-zq")
    save_session(sessions, Session.start(review, NORTH, title="November North briefing"))
    return ["--content-dir", str(library), "--sessions-dir", str(sessions)]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("argv", [
    ["walk", "child-zx"],
    ["walk", "Child ZX"],
    ["handout", "child-zx", "-o", "x.pdf"],
    ["import", "plan.md", "--into", "child-zx"],
])
def test_a_review_mistyped_is_offered_the_one_meant_with_its_title(
        capsys, dirs, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.md").write_text("# Invented action plan\n", encoding="utf-8")
    code, out, err = run(capsys, *argv, *dirs)
    assert code == 1 and out == ""
    typed = argv[1 if argv[0] != 'import' else 3]
    if argv[0] == "walk":  # (plain mode's words: curly quotes, no brackets)
        assert (f"no review “{typed}” in {tmp_path / 'library'}: did you mean child-zq, titled "
                "“Child ZQ”?") in flat(err), err
    else:
        assert (f"no review {typed!r} in {tmp_path / 'library'}: did you mean child-zq (Child "
                "ZQ)?") in flat(err), err
    assert not (tmp_path / "x.pdf").exists()


def test_a_report_on_a_review_mistyped_offers_the_one_meant(capsys, dirs):
    code, out, err = run(capsys, "report", "--review", "Child KM invented practise", *dirs)
    assert code == 1 and out == ""
    assert ("no review 'Child KM invented practise' in the library and no session on one: "
            "did you mean child-km (Child KM invented practice)?") in flat(err), err


def test_two_reviews_as_near_are_both_offered_and_none_near_none(capsys, dirs, tmp_path):
    (tmp_path / "library" / "child-zp.toml").write_text(
        review_with_text("child-zp", title="Child ZP"), encoding="utf-8")
    _, _, err = run(capsys, "walk", "child-zx", *dirs)
    assert ("did you mean child-zp, titled “Child ZP”, or child-zq, titled “Child ZQ”?"
            in flat(err)), err
    _, _, err = run(capsys, "report", "--review", "wholly-other", *dirs)
    assert "did you mean" not in err and "type a review's id or its title" in err


@pytest.mark.parametrize(("name", "said"), [
    ("x.docx", ".docx is not a report's ending: a report is Markdown (.md), a web page (.html) "
               "or CSV (.csv). The nearest is {d}/x.html (a web page: a word processor opens "
               "it too)"),
    ("x.xlsx", "The nearest is {d}/x.csv (a spreadsheet opens it)"),
    ("x.mdd", ".mdd is not a report's ending: did you mean {d}/x.md? A report is Markdown "
              "(.md), a web page (.html) or CSV (.csv)"),
    ("x.htlm", "did you mean {d}/x.html?"),
])
def test_a_report_file_name_not_a_reports_offers_the_nearest(capsys, dirs, tmp_path, name,
                                                              said):
    code, out, err = run(capsys, "report", "-o", str(tmp_path / name), *dirs)
    assert code == 1 and out == ""
    assert said.format(d=tmp_path) in flat(err), err
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("command", [["export"], ["open"], ["check"], ["walk", "--resume"]])
@pytest.mark.parametrize("typed", ["Novmber North briefing", "novmber", "north breifing"])
def test_a_session_title_mistyped_is_offered_the_session_meant(capsys, dirs, command, typed):
    code, out, err = run(capsys, *command, typed, *dirs)
    assert code == (2 if command == ["check"] else 1) and out == ""  # check: 1 is details found
    assert f"did you mean {NORTH} (November North briefing)?" in flat(err), err


def test_a_session_title_not_near_offers_none(capsys, dirs):
    _, _, err = run(capsys, "export", "December South briefing", *dirs)
    assert "did you mean" not in err and "type a session's id or its title" in err
