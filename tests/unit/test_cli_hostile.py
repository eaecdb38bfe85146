"""The command line against hostile input: crafted file names, pipes closed early, outputs
aimed at sessions, races, very long titles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, new_session_id, save_session

CRAFTED = ["\x1b]52;c;aGVsbG8=\x07clip", "\x1b]0;pwned\x07title", "\x1b[2Jclear",
           "\u202eevil", "bell\x07\x9b31m"]
UNSAFE = ["\x1b", "\x07", "\u202e", "\x9b"]


def _crafted_files(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in CRAFTED:
        (folder / f"{name}.toml").write_text("this is [not valid\n", encoding="utf-8")


def _clean(text: str) -> bool:
    return not any(c in text for c in UNSAFE)


@pytest.mark.parametrize("argv", [["list", "sessions"], ["list", "reviews"], ["validate"]])
def test_crafted_file_names_are_printed_without_control_codes(capsys, tmp_path, argv):
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _crafted_files(content)
    _crafted_files(sessions)
    main([*argv, "--content-dir", str(content), "--sessions-dir", str(sessions)])
    out = capsys.readouterr()
    assert "clip" in out.out + out.err and "evil" in out.out + out.err  # each file is named
    assert _clean(out.out) and _clean(out.err), repr(out)


def test_a_crafted_session_path_in_an_error_is_cleaned(capsys, tmp_path):
    code = main(["check", str(tmp_path / "\x1b]0;x\x07missing.toml"),
                 "--sessions-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "missing.toml" in err and _clean(err)


def test_problem_messages_are_printable_for_every_caller(tmp_path):
    import tomllib

    from reflect.store.problems import describe

    try:
        tomllib.loads("x = [")
    except tomllib.TOMLDecodeError as e:
        messages = describe(tmp_path / "\x1b[2J\u202ebad.toml", e)
    assert messages and all(_clean(m) and "bad.toml" in m for m in messages)


@pytest.fixture
def big_session(fictional_dir: Path, sessions_dir: Path) -> Session:
    """A session whose check report is far larger than a pipe's buffer."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Big")
    s.set_answer("zz-second", "Who would you tell?",
                 " ".join(f"person{n}@invented.example" for n in range(8000)))
    save_session(sessions_dir, s)
    return s


def test_output_piped_to_a_reader_that_stops_is_quiet(big_session, fictional_dir,
                                                      sessions_dir):
    """`reflect check ID | head -3`: the reader goes away; no traceback, a quiet exit with
    the check's own code."""
    env = {**os.environ, "REFLECT_CONTENT_DIR": str(fictional_dir),
           "REFLECT_SESSIONS_DIR": str(sessions_dir)}
    proc = subprocess.Popen([sys.executable, "-m", "reflect", "check", big_session.id],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)  # like head: read a little, then stop reading
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1  # its own answer: details found (what it said is lost)
    assert "Traceback" not in err and "Exception ignored" not in err, err


def test_word_export_of_a_very_long_title(capsys, fictional_dir, sessions_dir, tmp_path):
    import io

    from docx import Document

    review = load_library(fictional_dir).get("child-zz")
    title = "An invented meeting about Child ZZ " + "and more " * 40 + "END"
    s = Session.start(review, new_session_id("child-zz"), title=title)
    save_session(sessions_dir, s)
    target = tmp_path / "notes.docx"
    code = main(["export", s.id, "-o", str(target), "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(sessions_dir)])
    assert code == 0, capsys.readouterr().err
    doc = Document(io.BytesIO(target.read_bytes()))
    assert len(doc.core_properties.title) <= 255
    assert doc.core_properties.title.startswith("An invented meeting")
    assert any(p.text == title for p in doc.paragraphs)  # the full title, in the body


# --- output never lands on a session or a review ---------------------------------------------


@pytest.fixture
def shared(fictional_dir: Path, tmp_path: Path) -> tuple[Path, Session]:
    folder = tmp_path / "shared"
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Shared")
    s.set_answer("zz-first", "What would you do first?", "Keep me")
    save_session(folder, s)
    return folder, s


def _intact(folder: Path, s: Session) -> bool:
    return load_session(folder / f"{s.id}.toml").answer("zz-first").text == "Keep me"


def test_export_onto_its_own_file_is_refused_even_forced(capsys, shared, tmp_path):
    folder, s = shared  # a shared folder, not this user's sessions folder
    path = str(folder / f"{s.id}.toml")
    code = main(["export", path, "-o", path, "--force", "--sessions-dir",
                 str(tmp_path / "mine")])
    assert code == 1 and "would replace a session" in capsys.readouterr().err
    assert _intact(folder, s)


def test_report_onto_a_session_in_another_folder_is_refused(capsys, shared, tmp_path):
    folder, s = shared
    other = tmp_path / "other"
    other.mkdir()
    code = main(["report", "--sessions-dir", str(other), "-o", str(folder / f"{s.id}.toml"),
                 "--force"])
    assert code == 1 and "would replace a session" in capsys.readouterr().err
    assert _intact(folder, s)


def test_output_onto_a_renamed_or_linked_session_or_a_review_is_refused(capsys, shared,
                                                                       fictional_dir,
                                                                       tmp_path):
    folder, s = shared
    renamed = tmp_path / "notes.md"
    renamed.write_bytes((folder / f"{s.id}.toml").read_bytes())
    link = tmp_path / "link.md"
    link.symlink_to(folder / f"{s.id}.toml")
    review_copy = tmp_path / "review.html"
    review_copy.write_bytes((fictional_dir / "child-zz.toml").read_bytes())
    before = review_copy.read_bytes()
    for target in (renamed, link, review_copy):
        code = main(["export", s.id, "-o", str(target), "--force", "--sessions-dir",
                     str(folder)])
        assert code == 1 and "would replace a" in capsys.readouterr().err
        code = main(["report", "--sessions-dir", str(folder), "-o", str(target), "--force",
                     "--format", "md"])
        assert code == 1 and "would replace a" in capsys.readouterr().err
    assert _intact(folder, s) and link.is_symlink()
    assert load_session(renamed).answer("zz-first").text == "Keep me"
    assert review_copy.read_bytes() == before


def test_any_toml_name_is_refused_for_output(capsys, shared, tmp_path):
    folder, s = shared
    target = tmp_path / "content" / "new.toml"
    target.parent.mkdir()
    code = main(["export", s.id, "-o", str(target), "--format", "md", "--sessions-dir",
                 str(folder)])
    assert code == 1 and "never writes notes or reports as .toml" in capsys.readouterr().err
    assert not target.exists()


def test_forced_output_still_replaces_ordinary_notes(capsys, shared, tmp_path):
    folder, s = shared
    target = tmp_path / "notes.md"
    target.write_text("old notes")
    assert main(["export", s.id, "-o", str(target), "--force", "--sessions-dir",
                 str(folder)]) == 0
    assert "Keep me" in target.read_text()


def test_simultaneous_exports_to_one_path_only_one_writes(capsys, shared, tmp_path):
    """Pairs of exports racing for one new file: exactly one of each pair writes it."""
    import threading

    folder, s = shared
    for n in range(20):
        target = tmp_path / f"race-{n}.md"
        barrier = threading.Barrier(2)
        codes: list[int] = []

        def export(target: Path = target, barrier: threading.Barrier = barrier,
                   codes: list[int] = codes) -> None:
            barrier.wait()
            codes.append(main(["export", s.id, "-o", str(target), "--sessions-dir",
                               str(folder)]))

        threads = [threading.Thread(target=export) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(codes) == [0, 1], f"pair {n}: {codes}"
    assert "already exists" in capsys.readouterr().err


def test_the_apps_export_never_lands_on_a_session(shared, tmp_path):
    from reflect.store.exports import export_session

    folder, s = shared
    link = tmp_path / "notes.md"
    link.symlink_to(folder / f"{s.id}.toml")
    with pytest.raises(OSError, match="would replace a session"):
        export_session(s, "md", link)
    with pytest.raises(OSError, match="never writes notes"):
        export_session(s, "md", tmp_path / "notes.toml")
    assert _intact(folder, s) and link.is_symlink()


def test_the_apps_export_can_refuse_to_replace(shared, tmp_path):
    from reflect.store.exports import export_session

    folder, s = shared
    target = tmp_path / "exports" / "notes.md"
    export_session(s, "md", target, replace=False)
    with pytest.raises(FileExistsError):
        export_session(s, "txt", target, replace=False)
    assert "Keep me" in target.read_text()


def test_a_second_export_kept_beside_the_first_takes_a_free_name(tmp_path):
    from reflect.store.exports import kept_beside

    first = tmp_path / "s-invented.swe.md"
    first.write_text("earlier record")
    beside = kept_beside(first, "swe-md", "20261201-1402")
    assert beside.name == "s-invented-20261201-1402.swe.md"  # the format's whole ending kept
    beside.write_text("second")
    assert kept_beside(first, "swe-md", "20261201-1402").name == (
        "s-invented-20261201-1402-2.swe.md")
    named = tmp_path / "notes.text"  # a name chosen without the format's ending
    assert kept_beside(named, "txt", "1").name == "notes-1.text"


@pytest.mark.parametrize(("argv", "said"), [
    (["export", "x", "-o", ""], "argument -o/--output: '' names no file: give its path (or "
                                "leave the option out)"),
    (["cpd", "--csv", " "], "argument --csv: ' ' names no file: give its path (or leave the "
                            "option out)"),
    (["report", "--sessions-dir", ""], "argument --sessions-dir: '' names no folder"),
    (["--content-dir", "", "list", "reviews"], "argument --content-dir: '' names no folder"),
    (["import", ""], "argument FILE: '' names no file: give its path\n"),
    (["validate", ""], "argument DIR: '' names no folder: give its path (or leave it out)"),
])
def test_an_empty_path_is_refused_naming_the_option(capsys, argv, said):
    """`-o "$OUT"` with the variable unset printed the notes; `--sessions-dir "$DIR"` read the
    usual sessions folder, as though the option were not there."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2 and said in capsys.readouterr().err


def test_walk_refuses_a_sessions_folder_a_file_is_in_the_way_of_before_asking(
        capsys, tmp_path, fictional_dir, monkeypatch):
    """It said "Saving to …", asked, and at the first answer "could not save: [Errno 20] Not a
    directory"."""
    import io

    blocker = tmp_path / "sessions.txt"
    blocker.write_text("an invented file", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("An invented answer\n.\n"))
    code = main(["walk", "child-zz", "--mode", "individual", "--content-dir",
                 str(fictional_dir), "--sessions-dir", str(blocker / "sessions")])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert f"reflect walk: the sessions folder {blocker / 'sessions'} cannot be made: " \
           f"{blocker} is a file, not a folder: no session can be kept there" in err
