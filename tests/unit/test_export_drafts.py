"""Items typed into a form but never added (drafts) are named before exporting, and put into
the notes, marked, only when asked (#15.4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.export.drafts import MARK, drafts_summary, with_drafts
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run


@pytest.fixture
def drafted(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Exercise")
    s.set_draft("point:zz-third", "Ask the invented GP first")
    s.set_draft("action:text", "Ring the invented school nurse")
    s.set_draft("action:due", "15/01/2027")
    save_session(sessions_dir, s)
    return s


def test_drafts_are_named_by_kind_step_and_words(drafted):
    """Each named, where it is and what it holds: the line said `1 item typed but not added:
    1 action`, neither which nor where (a fresh-eyes trial)."""
    assert drafts_summary(drafted) == (
        "2 items typed but not added: a point on Question 3 (“Ask the invented GP first”); "
        "an action on What to do now (“Ring the invented school nurse”, due “15/01/2027”)")
    drafted.set_draft("point:zz-first", "Another")
    drafted.set_draft("person:role", "Invented nurse")
    drafted.set_draft("action:text", "")
    drafted.set_draft("action:owner", "Nobody")
    assert drafts_summary(drafted) == (
        "4 items typed but not added: a person on Who is here (role “Invented nurse”); "
        "a point on Question 1 (“Another”); a point on Question 3 (“Ask the invented GP "
        "first”); an action on What to do now (owner “Nobody”, due “15/01/2027” — no What "
        "yet)")
    drafted.drafts.clear()
    assert drafts_summary(drafted) == ""


def test_included_drafts_are_marked_and_the_session_is_not_changed(drafted):
    copy = with_drafts(drafted)
    assert [p.text for p in copy.answer("zz-third").points] == [
        f"Ask the invented GP first {MARK}"]
    [action] = copy.actions
    assert action.text == f"Ring the invented school nurse {MARK}"
    assert action.due == "15/01/2027" and str(action.due_date) == "2027-01-15"
    assert copy.drafts == {}
    assert drafted.actions == [] and drafted.answer("zz-third").points == []


def test_reflect_export_says_what_was_typed_but_not_added(capsys, fictional_dir, sessions_dir,
                                                          drafted):
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, err = run(capsys, "export", drafted.id, "--format", "txt", *dirs)
    assert code == 0
    assert ("reflect export: 2 items typed but not added: a point on Question 3 (“Ask the "
            "invented GP first”); an action on What to do now (“Ring the invented school "
            "nurse”, due “15/01/2027”). Left out (--include-drafts includes them, marked as "
            "such).") in err
    assert "Ring the invented school nurse" not in out and "invented GP" not in out

    code, out, err = run(capsys, "export", drafted.id, "--format", "txt", "--include-drafts",
                         *dirs)
    assert code == 0 and f"). Included, marked {MARK}." in err
    text = " ".join(out.split())
    assert f"Ring the invented school nurse {MARK}" in text
    assert f"Ask the invented GP first {MARK}" in text


def test_a_session_without_drafts_exports_without_a_word_about_them(capsys, fictional_dir,
                                                                     sessions_dir, drafted):
    drafted.drafts.clear()
    save_session(sessions_dir, drafted)
    code, _, err = run(capsys, "export", drafted.id, "--sessions-dir", str(sessions_dir),
                       "--content-dir", str(fictional_dir))
    assert code == 0 and "typed but not added" not in err


def test_the_drafts_are_not_mentioned_when_the_export_is_refused(capsys, fictional_dir,
                                                                 sessions_dir, drafted,
                                                                 tmp_path):
    """The count was said even when nothing was then written (#cli15.3)."""
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    existing = tmp_path / "notes.txt"
    existing.write_text("someone's notes", encoding="utf-8")
    for bad in (["-o", str(existing)], ["-o", str(tmp_path / "none" / "notes.md")],
                ["-o", str(tmp_path / "clash.pdf"), "--format", "md"]):
        code, _, err = run(capsys, "export", drafted.id, *bad, *dirs)
        assert code == 1 and "will not write" in err, bad
        assert "typed but not added" not in err, bad
    drafted.set_answer("zz-first", "What would you do first?", "Ring 07700 900123 first.")
    save_session(sessions_dir, drafted)
    code, _, err = run(capsys, "export", drafted.id, "--format", "txt", *dirs)
    assert code == 1 and "nothing was exported" in err and "typed but not added" not in err
    target = tmp_path / "written.txt"
    code, _, err = run(capsys, "export", drafted.id, "-o", str(target), "--anyway", *dirs)
    assert code == 0 and target.exists() and "2 items typed but not added" in err


def test_a_refusal_because_of_what_the_drafts_hold_names_the_drafts(capsys, fictional_dir,
                                                                    sessions_dir, drafted):
    drafted.set_draft("action:owner", "Ring 07700 900123")
    save_session(sessions_dir, drafted)
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, _, err = run(capsys, "export", drafted.id, "--format", "txt", "--include-drafts",
                       *dirs)
    assert code == 1 and "nothing was exported" in err
    assert "2 items typed but not added: a point on Question 3 (“Ask the invented GP first”); " \
           "an action on What to do now (“Ring the invented school nurse”, owner “Ring 07700 " \
           f"900123”, due “15/01/2027”). Included, marked {MARK}." in err


def _as_text(data: bytes, fmt: str, tmp_path: Path) -> str:
    if fmt == "docx":
        from tests.unit.test_export_formats import docx_text

        return docx_text(data)
    if fmt == "pdf":
        from pdfminer.high_level import extract_text

        (tmp_path / "notes.pdf").write_bytes(data)
        return extract_text(str(tmp_path / "notes.pdf"))
    return data.decode("utf-8-sig")


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "pdf", "json"])
def test_a_person_typed_but_not_added_is_marked_once(fmt, drafted, tmp_path):
    """`Fay Draft ((typed but not added))`: the mark was put in the role, which the notes
    print in brackets after the name."""
    from reflect.store.exports import render_bytes

    words = MARK.strip("()")
    for typed, shown in (({"person:name": "Fay Draft"}, f"Fay Draft {MARK}"),
                         ({"person:name": "Fay Draft", "person:role": "Invented nurse",
                           "person:agency": "Invented Trust"},
                          f"Fay Draft (Invented nurse, Invented Trust, {words})")):
        drafted.drafts = dict(typed)
        text = " ".join(_as_text(render_bytes(with_drafts(drafted), fmt), fmt, tmp_path).split())
        if fmt == "json":
            assert text.count(words) == 1 and f"(({words}" not in text
            continue
        if fmt in ("txt", "pdf"):  # (the plain-text notes, read aloud: no brackets)
            shown = shown.replace(" (", ", ").replace(f"{MARK}", words).rstrip(")")
        assert shown in text
        assert text.count(words) == 1 and "((" not in text and "))" not in text
