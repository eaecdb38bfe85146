"""A report on one review names it by its title in its first line, its id after it (what
`--review` and the Review box take): `covering review "Child ZZ" (child-zz)`. It said
`covering review child-zz` where a reader looks for the title (a learning lead's trial). Every
title, team and answer here is invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Session
from reflect.report import Filters, build_report, gather, to_html, to_markdown
from reflect.report.render import to_csv
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW


def _one_session(fictional_dir: Path, sessions_dir: Path, rid: str = "child-zz") -> None:
    s = Session.start(load_library(fictional_dir).get(rid), new_session_id(rid),
                      title="Invented huddle", team="Invented Moorvale Team")
    s.answers[0].text = "An invented answer"
    save_session(sessions_dir, s)


def test_the_first_line_names_the_review_by_its_title_in_every_format(
        capsys, fictional_dir: Path, sessions_dir: Path) -> None:
    _one_session(fictional_dir, sessions_dir)
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    for typed in ("child-zz", "Child ZZ"):
        code, out, err = run(capsys, "report", *dirs, "--review", typed)
        assert code == 0, err
        first = out.splitlines()[2]  # (under the report's heading)
        assert first.startswith("Report made ") and first.endswith(
            ', covering review "Child ZZ" (child-zz).'), first
    code, out, _ = run(capsys, "report", *dirs, "--review", "child-zz", "--format", "html")
    assert "covering review &quot;Child ZZ&quot; (child-zz).</p>" in out
    assert "covering review child-zz" not in out


def test_a_title_told_apart_by_its_id_is_not_given_it_twice(fictional_dir: Path,
                                                           sessions_dir: Path) -> None:
    """Two reviews of one title are told apart by their ids (`told_apart`): the title says it."""
    (fictional_dir / "child-zy.toml").write_text(FICTIONAL_REVIEW.replace(
        'id = "child-zz"', 'id = "child-zy"'), encoding="utf-8")  # titled "Child ZZ" too
    _one_session(fictional_dir, sessions_dir, "child-zy")
    library = load_library(fictional_dir)
    report = build_report(gather([sessions_dir], Filters(review="child-zy")),
                          {r.id: r.title for r in library.reviews})
    assert report.review_said() == 'review "Child ZZ (child-zy)"'
    assert 'covering review "Child ZZ (child-zy)".' in to_markdown(report)


def test_a_review_whose_title_is_not_known_is_named_by_its_id(sessions_dir: Path) -> None:
    report = build_report(gather([sessions_dir], Filters(review="child-gone")), {})
    assert report.review_said() == "review child-gone"
    assert "covering review child-gone." in to_markdown(report)


def test_a_title_is_shown_as_text_never_as_markup(fictional_dir: Path,
                                                  sessions_dir: Path) -> None:
    (fictional_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        'title = "Child ZZ"', 'title = "Child ZZ *<b>[/]"'), encoding="utf-8")
    _one_session(fictional_dir, sessions_dir)
    report = build_report(gather([sessions_dir], Filters(review="child-zz")),
                          {"child-zz": "Child ZZ *<b>[/]"})
    assert "<b>[/]" not in to_html(report) and "&lt;b&gt;" in to_html(report)
    assert r"Child ZZ \*" in to_markdown(report)
    assert to_csv(report).splitlines()[1].startswith("child-zz,Child ZZ *<b>[/],")
