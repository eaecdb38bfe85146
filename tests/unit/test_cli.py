"""The command line, run in-process against temp folders."""

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW


@pytest.fixture
def saved(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Exercise")
    s.set_answer("zz-first", "What would you do first?", "[@click=app.quit]x[/]")
    save_session(sessions_dir, s)
    return s


def test_list_sessions_in_a_file_says_it_is_no_folder(capsys, tmp_path):
    """It said "No sessions in … (no such folder yet)" and succeeded (a trial)."""
    a_file = tmp_path / "sessions"
    a_file.write_text("invented")
    code, _, err = run(capsys, "list", "sessions", "--sessions-dir", str(a_file))
    assert code == 1
    assert f"the sessions folder {a_file} is a file, not a folder" in err


def test_list_reviews(capsys, content_dir):
    code, out, _ = run(capsys, "list", "reviews", "--content-dir", str(content_dir))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4
    assert any(line.startswith("child-h\tChild H (Henry)\t") for line in lines)
    # the file each is in, last: where a learning lead opens it to edit it
    assert all(line.split("\t")[6] == str(content_dir / f"{line.split()[0]}.toml")
               for line in lines)


def test_listing_a_folder_that_is_not_there_says_so(capsys, tmp_path):
    """A mistyped --content-dir gave a warning and success; a sessions folder not there yet
    said only "No sessions" (a trial)."""
    missing = tmp_path / "no-such-folder"
    code, _, err = run(capsys, "list", "reviews", "--content-dir", str(missing))
    assert code == 1 and (f"reflect list: The review library folder {missing} does not exist "
                          "(it was given with --content-dir)") in err
    code, _, err = run(capsys, "list", "sessions", "--sessions-dir", str(missing))
    assert code == 0 and err == f"reflect list: no sessions in {missing} (no such folder yet)\n"
    # one under a file can never be made: said so, not "no such folder yet" (a trial)
    (tmp_path / "a-file").write_text("invented")
    under = tmp_path / "a-file" / "sessions"
    code, _, err = run(capsys, "list", "sessions", "--sessions-dir", str(under))
    assert code == 1 and err.startswith(f"reflect list: the sessions folder {under} cannot be "
                                        f"made: {tmp_path / 'a-file'} is a file, not a folder")


def test_list_sessions_and_export_by_id(capsys, fictional_dir, sessions_dir, saved, tmp_path):
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, _ = run(capsys, "list", "sessions", *dirs)
    assert code == 0 and out.startswith(saved.id + "\tchild-zz\tExercise\t")
    assert "1/3 answered" in out

    code, out, _ = run(capsys, "export", saved.id, "--format", "md", *dirs)
    assert code == 0 and "\\[@click=app.quit]x\\[/]" in out

    target = tmp_path / "notes.md"
    code, out, _ = run(capsys, "export", saved.id, "-o", str(target), *dirs)
    assert code == 0 and f"Notes written to {target}" in out
    assert target.read_text(encoding="utf-8").startswith("# Exercise")


def test_export_by_path_and_env_var(capsys, monkeypatch, fictional_dir, sessions_dir, saved):
    monkeypatch.setenv("REFLECT_SESSIONS_DIR", str(sessions_dir))
    monkeypatch.setenv("REFLECT_CONTENT_DIR", str(fictional_dir))
    code, out, _ = run(capsys, "export", saved.id)
    assert code == 0 and "What would you do first?" in out
    code, out, _ = run(capsys, "export", str(sessions_dir / f"{saved.id}.toml"))
    assert code == 0


@pytest.mark.parametrize("ref", ["../../etc/passwd", "no-such-session", "/nonexistent.toml"])
def test_export_bad_reference_is_a_clear_error(capsys, sessions_dir, ref):
    code, out, err = run(capsys, "export", ref, "--sessions-dir", str(sessions_dir))
    assert code == 1
    assert err.startswith("reflect export: ")
    assert "Traceback" not in err


def test_export_unreadable_session(capsys, sessions_dir):
    sessions_dir.mkdir()
    (sessions_dir / "bad.toml").write_text("schema_version = 1\n")
    code, _, err = run(capsys, "export", str(sessions_dir / "bad.toml"))
    assert code == 1 and "bad.toml: id: required field is missing" in err


def test_validate_good_and_bad(capsys, fictional_dir):
    code, out, _ = run(capsys, "validate", str(fictional_dir))
    assert code == 0 and "1 valid, 0 problem(s)" in out
    assert "ok      child-zz  3 questions  child-zz.toml\n" in out  # the file it was read from
    (fictional_dir / "bad.toml").write_text(FICTIONAL_REVIEW.replace("themes = ", "tags = "))
    code, out, _ = run(capsys, "validate", str(fictional_dir))
    assert code == 1
    assert "bad.toml: tags: unknown field" in out


def test_validate_lines_its_columns_up_with_spaces(capsys, fictional_dir):
    """Tab-separated, "child-h 5 questions" stood a column short of "child-ac  6 questions"
    (a trial): each column is padded to the widest, piped as at a terminal."""
    (fictional_dir / "child-long-example.toml").write_text(FICTIONAL_REVIEW.replace(
        'id = "child-zz"', 'id = "child-long-example"').replace(
        'title = "Child ZZ"', 'title = "Child Long Example"'), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(fictional_dir))
    assert code == 0 and "\t" not in out
    assert "ok      child-long-example  3 questions  child-long-example.toml\n" in out
    assert "ok      child-zz            3 questions  child-zz.toml\n" in out


def test_validate_checks_one_file_when_given_one(capsys, fictional_dir):
    """`reflect validate FILE` said "content folder not found" of a file that was there."""
    code, out, _ = run(capsys, "validate", str(fictional_dir / "child-zz.toml"))
    assert code == 0 and "ok      child-zz  3 questions  child-zz.toml\n" in out
    assert "1 valid, 0 problem(s)" in out
    bad = fictional_dir / "bad.toml"
    bad.write_text(FICTIONAL_REVIEW.replace("themes = ", "tags = "))
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1 and "bad.toml: tags: unknown field" in out and "child-zz" not in out
    notes = fictional_dir / "notes.md"
    notes.write_text("# Invented notes\n")
    code, out, _ = run(capsys, "validate", str(notes))
    assert code == 1 and "not a review file" in out and "reflect import" in out
    code, out, _ = run(capsys, "validate", str(fictional_dir / "missing.toml"))
    assert code == 1 and "missing.toml: no such review file" in out


def test_validate_says_a_session_file_is_not_a_review(capsys, fictional_dir, tmp_path):
    """A session file given to `reflect validate` met 26 "unknown field" lines (a trial)."""
    review = load_library(fictional_dir).get("child-zz")
    path = save_session(tmp_path, Session.start(review, new_session_id("child-zz"),
                                                title="Invented meeting"))
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1 and out.count("\n") == 1
    assert "a saved session, not a review" in out and "reflect open" in out


def test_validate_empty_folder_fails(capsys, tmp_path):
    code, out, _ = run(capsys, "validate", str(tmp_path))
    assert code == 1 and "no *.toml review files" in out


def test_help_for_each_command(capsys):
    for argv in (["--help"], ["list", "--help"], ["export", "--help"], ["validate", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 0
        assert "usage: reflect" in capsys.readouterr().out


def test_export_to_a_missing_folder_is_refused(capsys, fictional_dir, sessions_dir, saved,
                                               tmp_path):
    target = tmp_path / "no-such-folder" / "notes.md"
    code, _, err = run(capsys, "export", saved.id, "-o", str(target),
                       "--sessions-dir", str(sessions_dir))
    assert code == 1 and "does not exist" in err
    assert not target.parent.exists()


def test_a_pdf_export_says_which_characters_its_font_cannot_print(capsys, fictional_dir,
                                                                 sessions_dir, saved, tmp_path):
    saved.set_answer("zz-first", "What would you do first?", "Invented: اردو ਪੰਜਾਬੀ")
    save_session(sessions_dir, saved)
    target = tmp_path / "notes.pdf"
    code, out, err = run(capsys, "export", saved.id, "-o", str(target), "--content-dir",
                         str(fictional_dir), "--sessions-dir", str(sessions_dir))
    assert code == 0 and target.exists() and "Notes written to" in out
    assert "cannot print the Arabic and Gurmukhi characters" in " ".join(err.split())


def test_txt_export(capsys, fictional_dir, sessions_dir, saved):
    code, out, _ = run(capsys, "export", saved.id, "--format", "txt",
                       "--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir))
    assert code == 0 and "   [@click=app.quit]x[/]" in out


def test_export_never_overwrites_a_session_or_an_existing_file(capsys, sessions_dir, saved,
                                                             tmp_path):
    session_file = sessions_dir / f"{saved.id}.toml"
    before = session_file.read_bytes()
    code, _, err = run(capsys, "export", saved.id, "-o", str(session_file), "--force",
                       "--sessions-dir", str(sessions_dir))
    assert code == 1 and "would replace a session" in err
    assert session_file.read_bytes() == before
    existing = tmp_path / "notes.md"
    existing.write_text("someone's notes")
    code, _, err = run(capsys, "export", saved.id, "-o", str(existing),
                       "--sessions-dir", str(sessions_dir))
    assert code == 1 and "already exists (add --force" in err
    assert existing.read_text() == "someone's notes"
    code, _, _ = run(capsys, "export", saved.id, "-o", str(existing), "--force",
                     "--sessions-dir", str(sessions_dir))
    assert code == 0 and existing.read_text().startswith("# Exercise")


def test_format_follows_the_file_ending(capsys, sessions_dir, saved, tmp_path):
    target = tmp_path / "notes.txt"
    code, _, _ = run(capsys, "export", saved.id, "-o", str(target), "--sessions-dir",
                     str(sessions_dir))
    assert code == 0 and target.read_text().startswith("Exercise\n\nReview: ")


def _nhs(first_nine: str) -> str:
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    assert check != 10
    return first_nine + str(check)


@pytest.fixture
def with_identifiers(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Exercise")
    nhs = _nhs("943476591")
    s.set_answer("zz-first", "What would you do first?",
                 f"Ring 07700 900123 and check NHS number {nhs[:3]} {nhs[3:6]} {nhs[6:]}.")
    path = save_session(sessions_dir, s)
    return s, path


def test_check_finds_and_explains(capsys, fictional_dir, sessions_dir, with_identifiers, saved):
    s, _ = with_identifiers
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, out, _ = run(capsys, "check", s.id, *dirs)
    assert code == 1
    assert "2 likely personal details in" in out
    assert "Question 1: What would you do first?: UK phone number: 07700 900123" in out
    assert "NHS number" in out
    code, out, _ = run(capsys, "check", saved.id, *dirs)
    assert code == 0 and "No likely personal details" in out


NOT_CHECKED = 2
"""`reflect check`'s exit code when it could not check the session at all (as for a mistyped
option): a script told it apart from 1, details found, by nothing (a trial)."""


@pytest.mark.parametrize("broken", ["missing", "not-toml", "not-a-session"])
def test_check_that_cannot_read_the_session_exits_2_not_1(capsys, fictional_dir, sessions_dir,
                                                         with_identifiers, broken):
    s, path = with_identifiers
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    assert run(capsys, "check", s.id, *dirs)[0] == 1  # details found
    if broken == "missing":
        path.unlink()
    elif broken == "not-toml":
        path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    else:
        path.write_text('schema_version = 2\nid = 5\n', encoding="utf-8")
    code, out, err = run(capsys, "check", str(path) if broken != "missing" else s.id, *dirs)
    assert code == NOT_CHECKED and out == "" and err.startswith("reflect check: "), err


def test_check_says_of_an_answer_to_a_question_the_review_no_longer_asks(
        capsys, fictional_dir, sessions_dir):
    """A question id the review no longer has (its file changed since): the answer was
    hidden in the app and nothing said so (a trial). `check` says it, and where it is kept."""
    from reflect.model.steps import on_no_step

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented exercise")
    s.set_answer("zz-first", "What would you do first?", "Invented answer kept")
    s.answers[0].question_id = "zz-since-removed"
    save_session(sessions_dir, s)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, out, err = run(capsys, "check", s.id, *dirs)
    assert code == 0 and "No likely personal details" in out
    assert ("note: 1 answer is to a question the review no longer asks (“What would you do "
            "first?”): kept in the session file and in exported notes, but on no step in the "
            "app.") in err
    s.answers[0].question_id = "zz-first"
    assert on_no_step(s, review) == ""
    s.answers[0].question_id, s.answers[1].question_id = "gone-1", "gone-2"
    s.set_answer("gone-2", "An invented second question", "Also kept")
    assert on_no_step(s, review).startswith("2 answers are to a question the review no "
                                            "longer asks (“What would you do first?”, …)")


def test_list_sessions_tells_copies_of_one_session_apart(capsys, fictional_dir, sessions_dir):
    """Two copies of one session listed as two identical lines (a trial)."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented exercise")
    path = save_session(sessions_dir, s)
    (sessions_dir / "a-copy.toml").write_bytes(path.read_bytes())
    code, out, _ = run(capsys, "list", "sessions", "--sessions-dir", str(sessions_dir),
                       "--content-dir", str(fictional_dir))  # (its review there: unmarked)
    lines = sorted(out.splitlines())
    assert code == 0 and len(lines) == 2
    assert lines[0].endswith("answered")
    assert lines[1].endswith("answered\tcopy, read-only: a-copy.toml")


def test_check_says_of_a_point_said_by_someone_not_in_the_session(
        capsys, fictional_dir, sessions_dir):
    """A hand-edited `by = "p99"`: the point showed and exported as said by nobody, and
    nothing said so (a trial)."""
    from reflect.model.session import Participant, Point
    from reflect.model.steps import on_unknown_people

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented exercise")
    s.participants = [Participant(name="Ivy Testperson", id="p1")]
    s.answers[0].points = [Point(text="Invented point", by="p1"), Point(text="Another")]
    assert on_unknown_people(s) == ""
    s.answers[0].points[1].by = "p99"
    save_session(sessions_dir, s)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    _, _, err = run(capsys, "check", s.id, *dirs)
    assert ("note: 1 point is said in the session file by 'p99', who is not among its "
            "participants: exported as said by nobody, and shown so in the app.") in err
    s.answers[1].points = [Point(text="Third", by="p7"), Point(text="Fourth", by="p99")]
    assert on_unknown_people(s).startswith("3 points are said in the session file by 'p99', "
                                           "'p7', who are not among")


def test_export_stops_redacts_or_goes_ahead(capsys, fictional_dir, sessions_dir,
                                            with_identifiers, tmp_path):
    s, path = with_identifiers
    before = path.read_bytes()
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    target = tmp_path / "notes.md"
    code, _, err = run(capsys, "export", s.id, "-o", str(target), *dirs)
    assert code == 1 and "nothing was exported" in err and not target.exists()
    said = " ".join(err.split())  # where each is mended: tests/unit/test_walk_mend.py
    assert "then type the step's number: reflect walk " in said
    assert f"--resume {s.id} step 6, Question 1: " in said
    assert "Or edit the session in the app (reflect open " in said
    assert (f"{s.id}), or export again with --redact (replaced by [redacted] in the exported "
            "copy) or --anyway.") in said
    code, out, _ = run(capsys, "export", s.id, "-o", str(target), "--redact", *dirs)
    text = target.read_text()
    assert code == 0 and "07700" not in text and text.count("[redacted]") == 2 and "\\[" not in text
    assert f"Redacted notes written to {target}" in out  # the copy says what it is
    code, out, _ = run(capsys, "export", s.id, "-o", str(target), "--anyway", "--force", *dirs)
    assert code == 0 and "07700 900123" in target.read_text()
    assert f"Notes written to {target}" in out
    assert path.read_bytes() == before  # exporting never changes the saved session


@pytest.mark.parametrize("fmt,ending", [("html", ".html"), ("docx", ".docx"), ("json", ".json"),
                                        ("csv", ".csv"), ("cpd-swe", ".swe.md"),
                                        ("nmc", ".nmc.md")])
def test_every_format_from_the_command_line(capsys, fictional_dir, sessions_dir, saved,
                                            tmp_path, fmt, ending):
    target = tmp_path / f"notes{ending}"
    code, out, err = run(capsys, "export", saved.id, "-o", str(target), "--sessions-dir",
                         str(sessions_dir), "--content-dir", str(fictional_dir))
    assert code == 0, err
    data = target.read_bytes()
    assert data
    if fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets need the BOM for non-ASCII
    if fmt == "docx":
        assert data.startswith(b"PK")
    if fmt == "html":
        assert b"<script" not in data.lower()


def test_docx_without_a_file_goes_to_the_exports_folder_never_to_stdout(
        capsys, monkeypatch, sessions_dir, saved, tmp_path):
    """Not printed (a Word document is no text), and not into the folder the command was
    typed in (a suggested `-o my-record.swe.docx` landed in a trial's git clone): where the
    app exports it, said whole."""
    here = tmp_path / "typed-in"
    here.mkdir()
    monkeypatch.chdir(here)
    code, out, _ = run(capsys, "export", saved.id, "--format", "docx", "--sessions-dir",
                       str(sessions_dir))
    target = sessions_dir / "exports" / f"{saved.id}.docx"
    assert code == 0 and out == f"Notes written to {target}\n"
    assert target.read_bytes().startswith(b"PK") and not any(here.iterdir())
    assert target.parent.stat().st_mode & 0o777 == 0o700
    code, _, err = run(capsys, "export", saved.id, "--format", "docx", "--sessions-dir",
                       str(sessions_dir))  # never over the first unasked
    assert code == 1 and f"will not write {target}: it already exists" in err


def test_cpd_records_and_roles_only_name_nobody(capsys, fictional_dir, sessions_dir, tmp_path):
    from reflect.model.session import Participant

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Exercise",
                      facilitator="Zed Placeholder",
                      participants=[Participant.parse("Ann Example, Health visitor, Trust")])
    s.set_answer("zz-first", "q", "We agreed with Ann Example.")
    save_session(sessions_dir, s)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    for ending, extra in ((".nmc.md", []), (".swe.md", []), (".html", ["--roles-only"]),
                          (".json", ["--roles-only"]), (".md", ["--roles-only"])):
        target = tmp_path / f"notes{ending}"
        code, out, err = run(capsys, "export", s.id, "-o", str(target), *extra, *dirs)
        assert "participant name" in err, ending  # names in the answer found
        if extra:  # notes are held back: --redact replaces them
            assert code == 1 and not target.exists(), ending
            code, _, err = run(capsys, "export", s.id, "-o", str(target), "--redact", *extra,
                               *dirs)
        else:  # a record is never held back: it replaces them however it is exported
            assert out == f"CPD record written (redacted) to {target}\n", ending
        text = target.read_text()
        assert code == 0 and "Ann Example" not in text and "Zed Placeholder" not in text, ending
        assert "Health visitor" in text, ending


def test_report_over_a_shared_folder(capsys, fictional_dir, tmp_path):
    from reflect.model.session import Action, Participant

    shared = tmp_path / "shared"
    review = load_library(fictional_dir).get("child-zz")
    for n in range(6):
        s = Session.start(review, new_session_id("child-zz"), title=f"Meeting {n}",
                          team=f"Invented Team {n % 3}",
                          participants=[Participant.parse(f"Person {n}, Health visitor, Trust")])
        s.set_answer("zz-first", "q", "An answer")
        s.actions.append(Action(text="Share it", status="done" if n % 2 else "open"))
        path = save_session(shared, s)
    (shared / f"{path.stem} (1).toml").write_bytes(path.read_bytes())  # a sync conflict copy
    args = ["report", "--sessions-dir", str(shared), "--content-dir", str(fictional_dir)]
    code, out, _ = run(capsys, *args)
    assert code == 0 and "Child ZZ" in out and "Person 0" not in out
    assert "(1).toml" in out  # the copy is reported, not counted
    target = tmp_path / "report.csv"
    code, out, _ = run(capsys, *args, "--format", "csv", "-o", str(target))
    assert code == 0
    import csv
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    [row] = [r for r in rows if r["review_id"] == "child-zz"]
    assert (row["sessions"], row["teams"], row["actions_agreed"], row["actions_done"]) == \
        ("6", "3", "6", "3")
    code, _, err = run(capsys, *args, "--since", "2020-01-02", "--until", "2020-01-01")
    assert code == 1 and "--since 2 January 2020 is after --until 1 January 2020" in err
    code, out, _ = run(capsys, *args, "--team", "invented team 1", "--format", "html")
    assert code == 0 and "<svg" in out and "<script" not in out


BRIEFING = """Learning Brief: Child V
Fernvale Safeguarding Children Partnership (FSCP)

## Background
Child V is an invented baby in an invented town.

## Practitioners should
- Record the child's lived experience. **New template in use.**

## Reflective questions
1. How do you capture the voice of a baby?
2. When did you last escalate?
"""


def test_import_check_write_refuse_and_validate(capsys, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    code, out, _ = run(capsys, "import", str(source), "--content-dir", str(content), "--check")
    assert code == 0 and "questions: 2" in out
    assert "Every line of the briefing was placed." in out  # lines 1-2: title, partnership
    assert not list(content.iterdir())
    # Where it would go, said so: "brief.txt -> …/child-v.toml" read as written (a trial).
    # (after what it read, four lines: title, partnership, type and summary)
    assert out.startswith("Title: Child V\n")
    assert out.splitlines()[4] == (f"{source} would be written to {content / 'child-v.toml'} "
                                   "(--check: nothing is written)")
    assert " -> " not in out
    code, out, _ = run(capsys, "import", str(source), "--content-dir", str(content))
    assert code == 0 and "it validates" in out
    assert out.splitlines()[4] == f"{source} -> {content / 'child-v.toml'}"  # (written now)
    written = content / "child-v.toml"
    assert oct(written.stat().st_mode & 0o777) == "0o644"
    code, _, err = run(capsys, "import", str(source), "--content-dir", str(content))
    assert code == 1 and "already in the library as review child-v" in err
    code, out, _ = run(capsys, "validate", str(content))
    assert code == 0


def test_importing_into_a_library_folder_that_does_not_exist_says_so(capsys, tmp_path,
                                                                     monkeypatch):
    """A mistyped library folder was made without a word (a trial): the command says it does
    not exist and how it was chosen, and that saving creates it, as the app's preview does."""
    from reflect import paths

    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    missing = tmp_path / "mistyped-folder"
    monkeypatch.setenv(paths.CONTENT_ENV, str(missing))
    code, _, err = run(capsys, "import", str(source), "--check")
    assert code == 0 and not missing.exists()
    assert (f"reflect import: The review library folder {missing} does not exist (it was set "
            "by the environment variable REFLECT_CONTENT_DIR).") in err
    assert err.rstrip().endswith("Saving would create it.")
    code, out, err = run(capsys, "import", str(source))
    assert code == 0 and err.rstrip().endswith("Saving creates it.")
    assert f"Created the library folder and written {missing / 'child-v.toml'}" in out
    code, out, err = run(capsys, "import", str(source), "--force")
    assert code == 0 and not err and f"Replaced the review in {missing / 'child-v.toml'}" in out
    # The other commands that read the library say the same, not "no review (known: none)".
    elsewhere = tmp_path / "nowhere"
    monkeypatch.setenv(paths.CONTENT_ENV, str(elsewhere))
    for argv in (["walk", "child-v"], ["handout", "child-v", "-o", str(tmp_path / "h.pdf")],
                 ["import", str(source), "--into", "child-v"], ["validate"]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and f"The review library folder {elsewhere} does not exist" in out + err
    assert not elsewhere.exists()


def test_a_file_given_as_the_library_is_said_to_be_a_file(capsys, tmp_path, monkeypatch):
    """A review's own file given as the library was said not to exist, and `reflect import`
    into it said "cannot write …/child-v.toml: File exists; nothing written" (a trial)."""
    from reflect import paths

    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    review = tmp_path / "child-zz.toml"
    review.write_text("# an invented review's file\n")
    code, _, err = run(capsys, "list", "reviews", "--content-dir", str(review))
    assert code == 1 and (f"The review library folder {review} is a file, not a folder (it "
                          "was given with --content-dir). Give the folder the review files "
                          "are in") in err
    monkeypatch.setenv(paths.CONTENT_ENV, str(review / "inside"))
    code, _, err = run(capsys, "import", str(source))
    assert code == 1 and "File exists" not in err
    assert (f"The review library folder {review / 'inside'} cannot be made: {review} is a "
            "file, not a folder") in err
    assert review.read_text() == "# an invented review's file\n"


def test_import_of_a_file_already_imported_names_the_review_and_its_file(capsys, tmp_path):
    """Renamed, the same file is the same briefing: the refusal says which review it is, that
    review's file and the name it was imported from, and what --force would replace."""
    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "brief.txt").write_text(BRIEFING)
    assert run(capsys, "import", str(tmp_path / "brief.txt"), "--content-dir", str(content))[0] == 0
    renamed = tmp_path / "child v (final).txt"
    renamed.write_text(BRIEFING)
    for check in ([], ["--check"]):
        code, _, err = run(capsys, "import", str(renamed), "--content-dir", str(content), *check)
        assert code == 1
        assert (f"is already in the library as review child-v (Child V), "
                f"{content / 'child-v.toml'}, imported from brief.txt on ") in err
        assert "replacing that review and any edits made to its file" in err


def test_import_errors_are_clear(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    code, _, err = run(capsys, "import", str(empty), "--content-dir", str(tmp_path))
    assert code == 1 and err.startswith("reflect import: ") and "Traceback" not in err
    code, _, err = run(capsys, "import", str(tmp_path / "missing.txt"))
    assert code == 1 and "cannot read" in err


def test_import_action_plan_into_a_review(capsys, content_dir):
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    plan = seeds / "001_78bdeaab8ecf2640.txt"
    if not plan.exists():
        pytest.skip("shared/seeds not beside the repo")
    code, _, err = run(capsys, "import", str(plan), "--into", "child-l", "--content-dir",
                       str(content_dir))
    assert code == 1 and "action plan" in err  # child-l already has one: --force replaces it
    code, out, _ = run(capsys, "import", str(plan), "--into", "child-l", "--force",
                       "--content-dir", str(content_dir))
    assert code == 0 and "action plan items: 11" in out
    assert len(load_library(content_dir).get("child-l").action_plan.items) == 11


@pytest.fixture
def with_points(fictional_dir, sessions_dir) -> Session:
    """A version 2 session: invented people, points attributed to them, one absent."""
    from reflect.model.session import Participant, Point

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Exercise",
                      participants=[
                          Participant.parse("Sam Sample, Health visitor, Health"),
                          Participant.parse("Alex Example, Social worker, Children's social care"),
                          Participant(name="Robin Placeholder", role="Teacher", attended=False),
                      ])
    s.answers[0].points = [Point(text="Ask about fathers", by="p1")]
    save_session(sessions_dir, s)
    return s


def test_export_by_agency_counts_attendance_and_names_nobody(capsys, fictional_dir,
                                                             sessions_dir, with_points):
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, out, err = run(capsys, "export", with_points.id, "--by-agency", *dirs)
    assert code == 0, err
    assert "- **Participants by agency:** Health: 1; Children's social care: 1" in out
    assert "- **Invited, did not attend, by agency:** (no agency given): 1" in out
    assert "- Ask about fathers (Health)" in out
    for text in ("Sam Sample", "Alex Example", "Robin Placeholder", "Health visitor", "Teacher"):
        assert text not in out
    code, out, _ = run(capsys, "export", with_points.id, *dirs)
    assert "- Ask about fathers (Sam Sample, Health visitor, Health)" in out
    assert "- **Invited, did not attend:** Robin Placeholder (Teacher)" in out
    code, out, _ = run(capsys, "export", with_points.id, "--roles-only", *dirs)
    assert "- Ask about fathers (Health visitor, Health)" in out and "Sam Sample" not in out


def test_check_and_export_by_agency_look_for_names_in_points(capsys, fictional_dir,
                                                             sessions_dir, with_points):
    from reflect.model.session import Point

    with_points.answers[1].points.append(Point(text="Alex Example will ring 07700 900789",
                                               by="p2"))
    save_session(sessions_dir, with_points)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, out, _ = run(capsys, "check", with_points.id, *dirs)
    assert code == 1 and "1 likely personal detail in" in out
    assert "Question 2: Who would you tell? (point 1): UK phone number: 07700 900789" in out
    code, out, _ = run(capsys, "check", with_points.id, "--by-agency", *dirs)
    assert code == 1 and "participant name: Alex Example" in out
    code, out, err = run(capsys, "export", with_points.id, "--by-agency", *dirs)
    assert code == 1 and "participant name" in err and out == ""
    code, out, _ = run(capsys, "export", with_points.id, "--by-agency", "--redact", *dirs)
    assert code == 0 and "- [redacted] will ring [redacted] (Children's social care)" in out


@pytest.mark.parametrize("name", ["notes.rtf", "notes", "notes.MD.bak"])
def test_export_to_an_unknown_ending_is_refused_with_the_formats(capsys, fictional_dir,
                                                                   sessions_dir, saved,
                                                                   tmp_path, name):
    target = tmp_path / name
    code, out, err = run(capsys, "export", saved.id, "-o", str(target), "--content-dir",
                         str(fictional_dir), "--sessions-dir", str(sessions_dir))
    assert code == 1 and not target.exists() and "written" not in out
    assert err.startswith(f"reflect export: will not write {target}: ")
    for ending in (".md", ".txt", ".html", ".docx", ".json", ".csv"):
        assert ending in err
    assert "--format" in err
    # choosing the format says what is wanted, whatever the name
    code, out, _ = run(capsys, "export", saved.id, "-o", str(target), "--format", "txt",
                       "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir))
    assert code == 0 and target.read_text(encoding="utf-8").startswith("Exercise")


def test_export_to_a_pdf_name_writes_a_pdf(capsys, fictional_dir, sessions_dir, saved, tmp_path):
    """`-o notes.pdf` wrote Markdown into notes.pdf and said "written" (#15.2): it is a PDF."""
    target = tmp_path / "notes.pdf"
    code, out, _ = run(capsys, "export", saved.id, "-o", str(target), "--content-dir",
                       str(fictional_dir), "--sessions-dir", str(sessions_dir))
    assert code == 0 and target.read_bytes().startswith(b"%PDF-")


def export_as(capsys, fictional_dir, sessions_dir, saved, fmt, target):
    return run(capsys, "export", saved.id, "--format", fmt, "-o", str(target),
               "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir))


@pytest.mark.parametrize("fmt,name", [("md", "clash.pdf"), ("txt", "clash.md"),
                                      ("pdf", "clash.docx"), ("csv", "clash.json"),
                                      ("swe-md", "clash.nmc.pdf")])
def test_a_format_that_clashes_with_the_file_ending_is_refused(capsys, fictional_dir,
                                                               sessions_dir, saved, tmp_path,
                                                               fmt, name):
    """`--format md -o clash.pdf` wrote Markdown into clash.pdf: refused, naming both."""
    target = tmp_path / name
    code, out, err = export_as(capsys, fictional_dir, sessions_dir, saved, fmt, target)
    assert code == 1 and not target.exists() and "written" not in out
    assert err.startswith(f"reflect export: will not write {target}: ")
    assert f"--format {fmt}" in err and f"ends .{name.split('.', 1)[1]}, " in err


@pytest.mark.parametrize("fmt,name", [("md", "same.md"), ("pdf", "same.PDF"),
                                      ("swe-md", "record.md"), ("md", "record.swe.md"),
                                      ("txt", "notes.rtf")])
def test_a_format_of_the_same_kind_as_the_ending_is_written(capsys, fictional_dir,
                                                            sessions_dir, saved, tmp_path,
                                                            fmt, name):
    target = tmp_path / name
    code, out, err = export_as(capsys, fictional_dir, sessions_dir, saved, fmt, target)
    assert code == 0 and target.exists() and "written" in out, err


def test_report_dates_are_read_day_first_as_due_dates_are(capsys, fictional_dir, tmp_path):
    """`--since 1/11/2026` was refused ("not a date like 2026-03-31"): British dates are read
    by the one date reader, ISO still works, and the report says the dates it used."""
    from datetime import UTC, datetime

    folder = tmp_path / "sessions"
    review = load_library(fictional_dir).get("child-zz")
    for n, day in enumerate((datetime(2026, 10, 15, tzinfo=UTC),
                             datetime(2026, 11, 5, tzinfo=UTC))):
        s = Session.start(review, new_session_id("child-zz"), title=f"Invented meeting {n}")
        s.created = s.updated = day
        s.answers[0].text = "An invented answer"  # recorded: a report counts it
        save_session(folder, s)
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    for since in ("1/11/2026", "2026-11-01", "1 Nov 2026"):
        code, out, err = run(capsys, *args, "--since", since, "--until", "30/11/2026")
        assert code == 0, err
        assert "sessions from 1 November 2026 to 30 November 2026" in " ".join(out.split())
        assert "| Sessions held | 1 (" in out, out
    # Until without a year: from Since on ("since January until March": one year's)
    code, out, err = run(capsys, *args, "--since", "1 Jan 2026", "--until", "March")
    assert "sessions from 1 January 2026 to 31 March 2026" in " ".join(out.split()), err
    with pytest.raises(SystemExit):
        run(capsys, *args, "--since", "32/13/2026")
    err = capsys.readouterr().err
    assert "'32/13/2026' is not a date: there is no month 13" in err
    with pytest.raises(SystemExit):
        run(capsys, *args, "--since", "whenever")
    err = capsys.readouterr().err
    assert "'whenever' is not a date reflect can read" in err and "31/03/2026" in err
    with pytest.raises(SystemExit):  # a day its month has not: said, not only "not a date"
        run(capsys, *args, "--since", "31/02/2026")
    assert "'31/02/2026' is not a date: there is no 31 Feb" in capsys.readouterr().err


@pytest.mark.parametrize("typed", ["next tuesday", "tomorrow", "in two weeks", "2099-01-01"])
def test_a_since_still_to_come_is_refused_saying_the_date_read(capsys, fictional_dir, tmp_path,
                                                               typed):
    """`--since 'next tuesday'` reported "covering sessions from 8 December 2026", every count
    0 (a trial): refused, naming the option and the date the words were read as."""
    from datetime import date, timedelta

    from reflect.model.dates import read_date, short_date
    from reflect.report.dates import long_date

    folder = tmp_path / "sessions"
    folder.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    with pytest.raises(SystemExit) as stopped:
        run(capsys, *args, "--since", typed)
    out, err = capsys.readouterr()
    today = date.today()
    day = read_date(typed, today)
    assert stopped.value.code == 2 and out == "" and day is not None
    assert (f"argument --since: {typed!r} reads as {short_date(day)}, a day still to come "
            f"(today is {short_date(today)}): no session can have been held since then") in err
    assert err.rstrip().endswith('"1 March" count back).')  # ended as its first sentence is
    # Today itself is no day to come; Until still to come is said, and the report made.
    code, out, err = run(capsys, *args, "--since", "today", "--until", typed)
    assert code == 0 and "| Sessions held | 0 " in out
    assert (f"reflect report: note: --until {typed!r} reads as {short_date(day)}, a day still "
            "to come") in err
    # ... and the report's heading says so too: it said "up to" the day to come (a trial);
    # it says today, and the day asked as still to come, as the Reports screen says it.
    assert (f"to today, {long_date(today)} (Until, {long_date(day)}, is still to come)."
            in " ".join(out.split()))
    code, _, err = run(capsys, *args, "--until", short_date(today - timedelta(days=1)))
    assert code == 0 and "note" not in err


def test_report_since_without_a_year_is_the_last_such_day():
    """`--since 1 March` is the March gone, never next year's (which left a report empty);
    `--until` without a year is the first such day from `--since` on (`read_until`), never in
    a year to come: `--since` is then the one a year before (`read_period`)."""
    from datetime import date

    from reflect.cli.parser import build_parser
    from reflect.report.period import read_period

    today = date.today()
    args = build_parser().parse_args(["report", "--since", f"{today.day}/{today.month}",
                                      "--until", "1 March"])
    period = read_period(args.since, args.until, today)  # (as `cmd_report` reads them)
    assert period.since is not None and (period.since.month, period.since.day) == (
        today.month, today.day) and 0 <= (today - period.since).days < 367
    for day in (1, 28):
        typed = build_parser().parse_args(["report", "--since", f"{day} March"]).since
        since = read_period(typed, "", today).since
        assert since is not None and since <= today and (since.month, since.day) == (3, day)
        assert (today - since).days < 366
    until = period.until
    assert until is not None and (until.month, until.day) == (3, 1) and until.year <= today.year
    assert 0 <= (until - period.since).days < 366


def test_reflect_report_shares_a_big_folder_among_processes(capsys, fictional_dir, tmp_path,
                                                            monkeypatch):
    """The command line (no Textual, no other thread) lets a big folder be read by one
    process per core; the report is the one a single process makes."""
    from reflect.report import cache as report_cache

    folder = tmp_path / "sessions"
    review = load_library(fictional_dir).get("child-zz")
    for n in range(6):
        s = Session.start(review, new_session_id("child-zz"), title=f"Invented meeting {n}",
                          team="Invented team")
        s.answers[0].text = "An invented answer"  # recorded: a report counts it
        save_session(folder, s)
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir),
            "--format", "md"]
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(tmp_path / "cache-alone"))
    code, alone, err = run(capsys, *args)
    assert code == 0, err
    monkeypatch.setattr(report_cache, "SHARED_FROM", 1)
    monkeypatch.setattr(report_cache, "_cores", lambda: 2)
    real, used = report_cache._read_shared, []

    def spy(folder, todo, processes, key):  # type: ignore[no-untyped-def]
        used.append(processes)
        return real(folder, todo, processes, key)

    monkeypatch.setattr(report_cache, "_read_shared", spy)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(tmp_path / "cache-shared"))
    code, shared, err = run(capsys, *args)
    assert code == 0, err
    assert used == [2] and shared == alone and "Sessions held | 6 " in shared


def test_a_report_is_written_in_the_format_its_file_name_says_or_refused(capsys, fictional_dir,
                                                                           saved, sessions_dir,
                                                                           tmp_path):
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    page = tmp_path / "report.html"
    code, _, _ = run(capsys, "report", *dirs, "-o", str(page))
    assert code == 0 and page.read_text().lstrip().lower().startswith("<!doctype html")
    table = tmp_path / "report.csv"
    code, _, _ = run(capsys, "report", *dirs, "-o", str(table))
    assert code == 0 and "review_id" in table.read_text(encoding="utf-8-sig").splitlines()[0]
    for name, extra, said in (("report.pdf", [], ".pdf is not a report's ending"),
                              ("notes.zip", [], "Name the file with one of these endings"),
                              ("report.html", ["--format", "md", "--force"],
                               "the ending for a web page, but --format md writes Markdown")):
        target = tmp_path / name
        before = target.read_bytes() if target.exists() else None
        code, _, err = run(capsys, "report", *dirs, "-o", str(target), *extra)
        assert code == 1 and said in err and "Traceback" not in err, name
        assert (target.read_bytes() if target.exists() else None) == before, name
    code, out, _ = run(capsys, "report", *dirs, "--format", "md", "-o", "-")
    assert code == 0 and out.startswith("# ")


def test_a_report_on_a_review_takes_its_id_or_title_and_says_when_it_finds_none(
        capsys, fictional_dir, saved, sessions_dir):
    (fictional_dir / "child-yy.toml").write_text(
        FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-yy"')
        .replace('title = "Child ZZ"', 'title = "Child ZZ Second"').replace("zz-", "yy-"),
        encoding="utf-8")
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    for typed in ("child-zz", "CHILD-ZZ", "child  zz", "Child ZZ"):  # its id, or its title
        code, out, err = run(capsys, "report", *dirs, "--review", typed)
        assert code == 0 and "Sessions held | 1 " in out, (typed, out, err)
    code, out, err = run(capsys, "report", *dirs, "--review", "second")  # a part of one title
    assert code == 0 and "Sessions held | 0 " in out  # a real review, not discussed yet
    code, out, err = run(capsys, "report", *dirs, "--review", "Child")
    assert code == 1 and out == "" and "matches 2 reviews" in err and "child-yy" in err
    code, out, err = run(capsys, "report", *dirs, "--review", "nope")
    assert code == 1 and out == "" and "no review 'nope' in the library" in err


def test_the_actions_csv_is_held_back_only_for_details_it_would_hold(capsys, fictional_dir,
                                                                     sessions_dir, tmp_path):
    from reflect.model.session import Action

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Exercise")
    s.set_answer("zz-first", "What would you do first?", "Ring 07700 900123 first.")
    s.actions.append(Action(text="Share the invented leaflet", owner="Team lead"))
    save_session(sessions_dir, s)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, _, err = run(capsys, "export", s.id, "-o", str(tmp_path / "notes.md"), *dirs)
    assert code == 1 and "1 likely personal detail found" in err  # the notes hold the number
    code, _, err = run(capsys, "export", s.id, "-o", str(tmp_path / "actions.csv"), *dirs)
    assert code == 0, err  # the actions do not
    assert "Share the invented leaflet" in (tmp_path / "actions.csv").read_text()
    s.actions.append(Action(text="Ring 07700 900123 back", owner="Team lead"))
    save_session(sessions_dir, s)
    code, _, err = run(capsys, "export", s.id, "-o", str(tmp_path / "again.csv"), *dirs)
    assert code == 1 and "Agreed action 2: UK phone number" in err
    assert not (tmp_path / "again.csv").exists()


def test_reflects_own_files_are_not_imported_as_briefings(capsys, tmp_path, saved,
                                                          sessions_dir):
    """A session or a TOML file of another kind is refused by name; a review file is added as
    it is (tests/unit/test_import_review_file_cli.py), never read as a briefing."""
    content = tmp_path / "library"
    other = tmp_path / "settings.toml"
    other.write_text('[agencies]\nCSC = "Invented Care"\n', encoding="utf-8")
    for source, said in ((sessions_dir / f"{saved.id}.toml", "a saved session, not a review"),
                         (other, "a TOML file, but not a review")):
        code, out, err = run(capsys, "import", str(source), "--content-dir", str(content))
        assert code == 1 and said in err and str(source) in err, (source, err)
        assert "Traceback" not in err
    assert not content.exists() or not any(content.iterdir())
    review = tmp_path / "q1-review.txt"  # by what it holds, whatever its name
    review.write_text(FICTIONAL_REVIEW, encoding="utf-8")
    code, out, err = run(capsys, "import", str(review), "--content-dir", str(content))
    assert code == 0 and (content / "child-zz.toml").read_bytes() == review.read_bytes(), err


def test_a_report_refused_in_a_folder_of_no_sessions_names_the_folder(capsys, fictional_dir,
                                                                       tmp_path):
    """Run from a shell without the app's sessions folder, a team asked for was refused as
    "the teams with sessions: none", and which folder was read was never said."""
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(empty)]
    for asked in (["--team", "Moorvale"], ["--review", "Child QQ"]):
        code, out, err = run(capsys, "report", *dirs, *asked)
        assert code == 1 and out == "", err
        assert f"no session files (.toml) were found in {empty}" in " ".join(err.split()), err
        assert err.index("no session files") < err.index(asked[0])  # the folder first


def test_a_report_on_a_team_with_no_session_says_so_not_noughts(capsys, fictional_dir,
                                                                 sessions_dir):
    """A team name mistyped gave a report of noughts (rc 0), as if the team had done nothing;
    a team that has sessions, only none in the dates asked, still gets its report."""
    review = load_library(fictional_dir).get("child-zz")
    held = Session.start(review, new_session_id("child-zz"), title="Invented meeting",
                         team="Invented Hub")
    held.answers[0].text = "An invented answer"  # recorded: a report counts it
    save_session(sessions_dir, held)
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, err = run(capsys, "report", *dirs, "--team", "invented  HUB")
    assert code == 0 and "Sessions held | 1 " in out, err
    code, out, err = run(capsys, "report", *dirs, "--team", "Invented Hbu")
    assert code == 1 and out == "" and "no session is by a team 'Invented Hbu'" in err
    assert "the teams with sessions: Invented Hub" in err
    code, out, err = run(capsys, "report", *dirs, "--team", "Invented Hub",
                         "--until", "2000-01-01")
    assert code == 0 and "Sessions held | 0 " in out, err


def test_a_report_on_a_folder_with_no_session_files_says_so(capsys, fictional_dir, tmp_path):
    """Pointed at the exports folder, the report was a page of noughts, exit 0 and nothing
    said (fresh-eyes trial); given a file, it said "no such folder"."""
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "invented-notes.md").write_text("# Invented notes\n")
    args = ["report", "--content-dir", str(fictional_dir), "--sessions-dir"]
    code, out, err = run(capsys, *args, str(exports))
    assert code == 0 and "| Sessions held | 0 " in out
    assert (f"reflect report: warning: no session files (.toml) were found in {exports}, so "
            "nothing from it is counted") in err
    a_file = exports / "invented-notes.md"
    code, out, err = run(capsys, *args, str(a_file))
    assert code == 1 and out == ""
    assert f"reflect report: {a_file} is a file, not a folder" in err
    assert "no such folder" not in err


def test_a_report_with_sessions_says_nothing_of_empty_folders(capsys, fictional_dir, saved,
                                                              sessions_dir, tmp_path):
    args = ["report", "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, err = run(capsys, *args)
    assert code == 0 and "| Sessions held | 1 " in out and "no session files" not in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(capsys, *args, "--sessions-dir", str(empty))
    assert code == 0 and "| Sessions held | 1 " in out
    assert f"no session files (.toml) were found in {empty}, so nothing from it" in err


@pytest.mark.parametrize("ending", [".csv", ".md", ".txt", ".docx"])
def test_export_redact_says_the_same_of_every_format(capsys, fictional_dir, sessions_dir,
                                                     with_identifiers, tmp_path, ending):
    """A trial: `-o north.csv --redact` said "Notes written to" (the CSV holds the actions,
    where the check found nothing), .md, .txt and .docx "Redacted notes written to"."""
    s, _ = with_identifiers
    target = tmp_path / f"north{ending}"
    code, out, err = run(capsys, "export", s.id, "-o", str(target), "--redact",
                         "--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir))
    assert code == 0 and out.startswith(f"Redacted notes written to {target}\n"), err
    # said as information, on stdout, not as an error (g129's trial)
    assert out.endswith("\n--redact: nothing in this file needed replacing.\n") == (
        ending == ".csv")
    assert "needed replacing" not in err
