"""One helper picks the first name not taken for a copy's title, a second review's id and a
kept export's file (three loops written alike before)."""

from __future__ import annotations

from pathlib import Path

from reflect.store.free_names import first_free


def test_the_first_not_taken_from_the_start():
    taken = {"Invented meeting (copy)", "Invented meeting (copy 2)"}
    assert first_free(lambda n: "Invented meeting (copy)" if n == 1
                      else f"Invented meeting (copy {n})", taken.__contains__) \
        == "Invented meeting (copy 3)"
    assert first_free(lambda n: f"child-zz-{n}", {"child-zz-2"}.__contains__, start=2) \
        == "child-zz-3"
    assert first_free(str, lambda name: False, start=7) == "7"  # nothing taken: the first


def test_files_taken_on_disk(tmp_path: Path):
    for name in ("notes.md", "notes-2.md"):
        (tmp_path / name).write_text("Pat Example", encoding="utf-8")
    assert first_free(lambda n: tmp_path / ("notes.md" if n == 1 else f"notes-{n}.md"),
                      Path.exists) == tmp_path / "notes-3.md"


def test_the_three_callers_use_it(tmp_path: Path):
    """Each still gives what it gave: the series, numbering and taken-rule are its own."""
    from reflect.store.exports import kept_beside
    from reflect.store.manage_sessions import copy_title

    assert copy_title("Invented meeting (copy)", ["invented meeting (COPY)"]) \
        == "Invented meeting (copy 2)"
    target = tmp_path / "child-zz-1.md"
    assert kept_beside(target, "md", "20261201-1402") == tmp_path / "child-zz-1-20261201-1402.md"
    (tmp_path / "child-zz-1-20261201-1402.md").write_text("Sam Sample", encoding="utf-8")
    assert kept_beside(target, "md", "20261201-1402") \
        == tmp_path / "child-zz-1-20261201-1402-2.md"
