"""A briefing the library already holds under another id (importer/alike.py): a learning
lead imported a briefing's PDF (`child-q1-briefing`), then its .txt, and got `child-q1` saved
beside it with no word said (a fresh-eyes trial). All data invented."""

from __future__ import annotations

from pathlib import Path

from reflect.importer.alike import Held, alike_said, same_briefing
from reflect.model import placeholders
from tests.command_line import run

MOORVALE = "Moorvale Safeguarding Children Partnership (MSCP)"


def _held(rid: str, title: str, partnership: str = MOORVALE,
          kind: str = "Learning briefing") -> Held:
    return Held(rid, title, partnership, kind, f"review {rid} ({title}), content/{rid}.toml")


def _review(title: str, partnership: str = MOORVALE, kind: str = "Learning briefing",
            rid: str = "child-q1") -> dict[str, str]:
    return {"id": rid, "title": title, "partnership": partnership, "review_type": kind}


def test_the_same_title_or_child_case_and_spacing_aside_is_alike() -> None:
    library = [_held("child-q1-briefing", "Child Q1 (Moorvale)"), _held("child-v", "Child V")]
    assert [h.id for h in same_briefing(_review("Child Q1 (Moorvale)"), library)] == [
        "child-q1-briefing"]
    assert [h.id for h in same_briefing(_review("child  q1"), library)] == ["child-q1-briefing"]
    neglect = [_held("neglect-at-home", "Neglect at home")]
    assert same_briefing(_review("NEGLECT  at home."), neglect) == neglect
    assert same_briefing(_review("Neglect at school"), neglect) == []


def test_another_partnership_or_type_is_another_review_and_a_placeholder_none() -> None:
    library = [_held("child-q", "Child Q")]
    assert same_briefing(_review("Child Q", "Invented Vale Partnership"), library) == []
    # one partnership's name inside the other's, or one not found: no other partnership
    assert same_briefing(_review("Child Q", "Moorvale Safeguarding Children Partnership"),
                         library) == library
    assert same_briefing(_review("Child Q", placeholders.PARTNERSHIP), library) == library
    rapid = [_held("child-q", "Child Q", kind="Rapid Review")]
    assert same_briefing(_review("Child Q", kind="Local Child Safeguarding Practice Review "
                                                 "(LCSPR)"), rapid) == []
    assert same_briefing(_review("Child Q"), rapid) == rapid  # (the importer's default type)
    untitled = [_held("party", placeholders.TITLE)]
    assert same_briefing(_review(placeholders.TITLE), untitled) == []


def test_the_review_under_the_same_id_is_left_to_the_question_of_replacing_it() -> None:
    library = [_held("child-q1", "Child Q1")]
    assert same_briefing(_review("Child Q1"), library, skip="child-q1") == []


def test_what_is_shared_is_said() -> None:
    found = [_held("child-q1-briefing", "Child Q1 (Moorvale)", kind="Rapid Review")]
    assert alike_said(found, _review("Child Q1", kind="Rapid Review")) == (
        "review child-q1-briefing (Child Q1 (Moorvale)), content/child-q1-briefing.toml, of "
        "the same child, partnership and type")
    assert alike_said(found, _review("Child Q1 (Moorvale)", placeholders.PARTNERSHIP)) == (
        "review child-q1-briefing (Child Q1 (Moorvale)), content/child-q1-briefing.toml, of "
        "the same title")


BRIEFING = """Learning Brief: Child Q1 (Moorvale)
Moorvale Safeguarding Children Partnership (MSCP)

## Background
Child Q1 is an invented baby in an invented town.

## Practitioners should
- Record the child's lived experience. **New template in use.**

## Reflective questions
1. How do you capture the voice of a baby?
2. When did you last escalate?
"""


def _imported_twice(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The briefing imported from one file (as the PDF was, under its file's name), and
    its text saved as another file, not byte for byte the same."""
    content = tmp_path / "content"
    content.mkdir()
    first = tmp_path / "child-q1-briefing.md"
    first.write_text(BRIEFING)
    again = tmp_path / "child-q1.txt"
    again.write_text(BRIEFING.replace("**", ""))
    return content, first, again


def test_reflect_import_refuses_the_briefing_again_and_names_the_review(capsys, tmp_path):
    content, first, again = _imported_twice(tmp_path)
    dirs = ("--content-dir", str(content))
    code, _, _ = run(capsys, "import", str(first), "--id", "child-q1-briefing", *dirs)
    assert code == 0
    code, out, err = run(capsys, "import", str(again), *dirs)
    assert code == 1 and out == ""
    said = " ".join(err.split())
    assert (f"reflect import: {again} looks like a briefing already in the library: review "
            f"child-q1-briefing (Child Q1 (Moorvale)), {content / 'child-q1-briefing.toml'}, "
            "imported from child-q1-briefing.md on ") in said
    assert "of the same title and partnership; nothing written." in said
    assert "add --force to save it beside that one (as child-q1)" in said
    assert "add --id child-q1-briefing --replace" in said
    assert sorted(p.name for p in content.iterdir()) == ["child-q1-briefing.toml"]
    code, out, err = run(capsys, "import", str(again), "--check", *dirs)  # why; no preview
    assert code == 1 and out == "" and "looks like a briefing already in the library" in err
    assert "--replace (either with --check too, to see first what it would import)" in \
        " ".join(err.split())
    assert sorted(p.name for p in content.iterdir()) == ["child-q1-briefing.toml"]
    code, out, _ = run(capsys, "import", str(again), "--force", *dirs)  # saved beside it
    assert code == 0 and "it validates" in out
    assert sorted(p.name for p in content.iterdir()) == ["child-q1-briefing.toml",
                                                         "child-q1.toml"]
