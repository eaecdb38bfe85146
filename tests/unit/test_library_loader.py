from pathlib import Path

from reflect.store.library import load_library
from tests.conftest import FICTIONAL_REVIEW


def test_loads_every_toml_file(fictional_dir: Path):
    lib = load_library(fictional_dir)
    assert [r.id for r in lib.reviews] == ["child-zz"]
    assert lib.problems == []


def test_invalid_file_names_file_field_and_problem_and_others_still_load(fictional_dir: Path):
    bad = FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-yy"').replace(
        'text = "Who would you tell?"', 'text = ""')
    (fictional_dir / "broken.toml").write_text(bad, encoding="utf-8")
    lib = load_library(fictional_dir)
    assert [r.id for r in lib.reviews] == ["child-zz"]
    assert len(lib.problems) == 1
    problem = lib.problems[0]
    assert "broken.toml" in problem
    assert "questions (the 2nd): text" in problem  # counted as a person counts the tables
    assert 'is empty (""): write the text between the quotes' in problem


def test_toml_syntax_error_reports_line(fictional_dir: Path):
    (fictional_dir / "syntax.toml").write_text('id = "x"\ntitle = \n', encoding="utf-8")
    lib = load_library(fictional_dir)
    assert len(lib.reviews) == 1
    assert "syntax.toml: not valid TOML" in lib.problems[0]
    assert "line 2" in lib.problems[0]


def test_unknown_and_missing_fields_are_explained(fictional_dir: Path):
    text = FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-xx"').replace(
        'summary = ', 'sumary = ').replace('review_type = "Practice exercise"\n', "")
    (fictional_dir / "typo.toml").write_text(text, encoding="utf-8")
    problems = "\n".join(load_library(fictional_dir).problems)
    assert "typo.toml: sumary: unknown field" in problems
    assert "typo.toml: review_type: required field is missing" in problems
    # summary, missing as it is misspelt, is said with sumary, not on a line of its own
    assert "did you mean summary? (summary is required)" in problems
    assert "summary: required field is missing" not in problems


def test_bad_utf8_and_duplicate_id(fictional_dir: Path):
    (fictional_dir / "binary.toml").write_bytes(b'id = "\xff\xfe"\n')
    (fictional_dir / "copy.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    lib = load_library(fictional_dir)
    problems = "\n".join(lib.problems)
    assert "binary.toml" in problems
    assert "copy.toml: id: 'child-zz' is already used" in problems
    assert len(lib.reviews) == 1


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path):
    lib = load_library(tmp_path / "nowhere")
    assert lib.reviews == []
    assert "content folder not found" in lib.problems[0]


def test_messages_say_what_is_wrong_in_words_not_the_checkers_terms(fictional_dir: Path):
    """A learning lead met "String should match pattern '^[a-z0-9]…'", "Value error, …" and
    eight "required field is missing" lines for an empty file."""
    (fictional_dir / "empty.toml").write_text("# nothing yet\n", encoding="utf-8")
    (fictional_dir / "theme.toml").write_text(
        FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-tt"')
        .replace('themes = ["information-sharing"]', 'themes = ["Information Sharing"]'),
        encoding="utf-8")
    (fictional_dir / "twice.toml").write_text(
        FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-uu"')
        .replace('id = "zz-second"', 'id = "zz-first"'), encoding="utf-8")
    problems = load_library(fictional_dir).problems
    assert [p for p in problems if "empty.toml" in p] == [
        f"{fictional_dir / 'empty.toml'}: the file is empty (or holds only comments)"]
    [theme] = [p for p in problems if "theme.toml" in p]
    assert "themes (the 1st): must be lowercase letters, digits and hyphens" in theme
    assert "pattern" not in theme
    [twice] = [p for p in problems if "twice.toml" in p]
    assert "Value error" not in twice
    assert "questions (the 2nd): id: 'zz-first' is the 1st question's id too" in twice


def test_of_two_files_with_one_id_the_one_named_after_it_is_the_review(fictional_dir: Path):
    """"a-copy.toml" sorts first and displaced child-zz.toml, whose id it shares (a learning
    lead's trial): the file named after the id is the review, the other the problem, in the
    library and in the start screen's catalogue alike; `validate` names the file it read."""
    from reflect.store.catalogue import load_catalogue

    (fictional_dir / "a-copy.toml").write_text(
        FICTIONAL_REVIEW.replace('title = "Child ZZ"', 'title = "Child ZZ copy"'),
        encoding="utf-8")
    for loaded in (load_library(fictional_dir), load_catalogue(fictional_dir)):
        assert [r.title for r in loaded.reviews] == ["Child ZZ"]
        assert loaded.problems == [f"{fictional_dir / 'a-copy.toml'}: id: 'child-zz' is already "
                                   f"used by {fictional_dir / 'child-zz.toml'}"]
    assert load_library(fictional_dir).paths == {"child-zz": fictional_dir / "child-zz.toml"}


def test_a_review_saved_with_a_byte_order_mark_loads(tmp_path: Path):
    """A learning lead's Windows editor can put a byte-order mark before the first line: the
    file was recognised as a review (`reflect import` said so) and then refused as unreadable."""
    from reflect.store.kinds import reflect_file_kind


    path = tmp_path / "child-zz.toml"
    path.write_bytes(b"\xef\xbb\xbf" + FICTIONAL_REVIEW.encode("utf-8"))
    assert reflect_file_kind(path) == "review"
    lib = load_library(tmp_path)
    assert [r.id for r in lib.reviews] == ["child-zz"] and lib.problems == []


def test_a_bad_theme_or_id_is_told_the_value_it_could_be(fictional_dir: Path):
    """The theme "Unseen Men" was told `(e.g. child-zz)`, a review's id (a trial): the message
    gives the theme as it is written, `unseen-men`; an id likewise."""
    (fictional_dir / "theme.toml").write_text(
        FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "Child TT"')
        .replace('themes = ["information-sharing"]',
                 'themes = ["information-sharing", "fathers", "Unseen Men", "Café  Talk!", "!"]'),
        encoding="utf-8")
    problems = load_library(fictional_dir).problems
    messages = [p.removeprefix(f"{fictional_dir / 'theme.toml'}: ") for p in problems]
    rule = ("must be lowercase letters, digits and hyphens, starting with a letter or a digit, "
            "at most 64 characters")
    assert messages == [f"id: {rule}: write \"child-tt\", not 'Child TT'",
                        f"themes (the 3rd): {rule}: write \"unseen-men\", not 'Unseen Men'",
                        f"themes (the 4th): {rule}: write \"cafe-talk\", not 'Café  Talk!'",
                        f"themes (the 5th): {rule} (such as information-sharing), not '!'"]
    assert not any("child-zz" in p for p in problems)


def test_reflect_import_tells_an_id_the_value_it_could_be(capsys, monkeypatch, tmp_path: Path):
    """`--id "Child Q"` was told "e.g. child-q" by the importer, `--into "Child L"` "(e.g.
    child-l)": each now gives the id the value was meant as."""
    from reflect.cli import main

    source = tmp_path / "brief.txt"
    source.write_text("Child ZQ\nAn invented briefing.\n", encoding="utf-8")
    assert main(["import", str(source), "--id", "Child ZQ", "--content-dir",
                 str(tmp_path / "lib"), "--check"]) == 1
    err = capsys.readouterr().err
    assert "--id: a review's id is lowercase letters" in err
    assert "write \"child-zq\", not 'Child ZQ'" in err
    monkeypatch.setenv("REFLECT_CONTENT_DIR", str(tmp_path / "lib"))  # (the command said: short)
    assert main(["import", str(source), "--into", "Child ZQ"]) == 1
    assert ("not 'Child ZQ': did you mean --into child-zq? (reflect list reviews gives them)"
            in capsys.readouterr().err)  # (it was "such as --into child-zq": an example)


def test_a_review_saved_as_utf16_without_a_byte_order_mark_is_said_so(tmp_path: Path):
    """Saved as UTF-16 with no byte-order mark, a review was said as "not valid TOML at line 1:
    a NUL (U+0000) stands at column 2 … delete it" (a trial): a NUL every other byte is
    UTF-16, said as UTF-16 with its mark is. Little- and big-endian, and with a letter UTF-8
    cannot read (é, E9 00), which stopped the UTF-8 decoder before TOML."""
    text = FICTIONAL_REVIEW.replace("child-zz", "child-zq").replace("Child ZZ", "Child ZQ")
    cases = {"le.toml": text.encode("utf-16-le"), "be.toml": text.encode("utf-16-be"),
             "accent.toml": text.replace("invented town", "invented café").encode("utf-16-le")}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    problems = load_library(tmp_path).problems
    assert problems == [f"{tmp_path / name}: saved as UTF-16 text, and reflect reads UTF-8: save "
                        "it again as UTF-8 (most editors offer it under Save As, as the "
                        "encoding)" for name in sorted(cases)], problems
    assert not any("NUL" in p for p in problems)


def test_a_nul_in_a_utf8_review_is_still_said_where_it_stands(tmp_path: Path):
    """One stray NUL is no UTF-16: it is said at its line and column, to delete."""
    text = FICTIONAL_REVIEW.replace('title = "Child ZZ"', 'title = "Child ZZ"\x00')
    (tmp_path / "child-zz.toml").write_bytes(text.encode("utf-8"))
    [problem] = load_library(tmp_path).problems
    assert "a NUL (U+0000) stands at column 19" in problem and "UTF-16" not in problem
