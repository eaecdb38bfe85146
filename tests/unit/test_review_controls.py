"""A review file's text holding a control character (BEL, ESC, a direction override), or a line
break or tab in a field shown on one line, is refused by `reflect validate`, naming the file,
the field and the character: it said `ok child-zz` of a title holding BEL (a trial). The
library still loads the review, the character taken out, so nothing shows it raw; and the
importer writes none."""

from __future__ import annotations

from pathlib import Path

from reflect.model.review_text import shown, unshown
from reflect.store.library import load_library
from reflect.text import control_said, spaced
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW

RAW = ("\x07", "\x1b", "\u202e")


def _review_with(fictional_dir: Path, old: str, new: str) -> Path:
    path = fictional_dir / "child-zz.toml"
    assert old in FICTIONAL_REVIEW
    path.write_text(FICTIONAL_REVIEW.replace(old, new), encoding="utf-8")
    return path


def test_validate_refuses_a_control_character_naming_file_field_and_character(
        capsys, fictional_dir):
    path = _review_with(fictional_dir, 'title = "Child ZZ"', 'title = "Child ZZ\\u0007"')
    for target in (str(fictional_dir), str(path)):
        code, out, _ = run(capsys, "validate", target)
        assert code == 1 and "ok      " not in out
        assert (f"error   {path}: title: holds a control character, BEL (U+0007), after "
                "“Child ZZ”: delete it (reflect shows the text without it)") in out
        assert not any(c in out for c in RAW)


def test_every_text_field_is_checked_and_one_line_fields_hold_no_break(capsys, fictional_dir):
    path = _review_with(
        fictional_dir, 'text = "Agencies in the exercise shared information quickly."',
        'text = "Agencies\\u001b]0;x\\u0007 shared"\nsource = "Child\\nZZ"')
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    assert (f"{path}: good_practice (the 1st): text: holds a control character, ESC (U+001B), "
            "after “Agencies”: delete it and the escape sequence it starts") in out
    assert (f"{path}: good_practice (the 1st): source: holds a line break (U+000A), after "
            "“Child”: it is one line: write a space instead") in out
    assert "2 problem(s)" in out


def test_line_breaks_and_tabs_in_longer_text_are_accepted(capsys, fictional_dir):
    _review_with(fictional_dir, 'text = "Hold meetings sooner."',
                 'text = "Hold meetings sooner.\\n\\tWithin five days."')
    code, out, _ = run(capsys, "validate", str(fictional_dir))
    assert code == 0 and "ok      child-zz" in out


def test_the_library_loads_it_without_the_character_and_lists_say_none(capsys,
                                                                       fictional_dir):
    _review_with(fictional_dir, 'title = "Child ZZ"', 'title = "Child\\u0007 ZZ\\u202e"')
    lib = load_library(fictional_dir)
    assert lib.get("child-zz").title == "Child ZZ"  # usable, as shown
    assert lib.unfinished["child-zz"]  # refused by validate, listed
    code, out, err = run(capsys, "list", "reviews", "--content-dir", str(fictional_dir))
    assert code == 0 and "child-zz\tChild ZZ\t" in out
    assert "warning:" in err and "holds a control character, BEL" in err
    assert not any(c in out + err for c in RAW)


def test_an_imported_briefing_is_written_without_them(tmp_path):
    """A briefing's BEL and form feed went into the review's file as `\\u0007` and `\\f`,
    which `reflect validate` now refuses: the importer writes the text as it is shown, a
    form feed between words a space."""
    source = tmp_path / "child-q.txt"
    source.write_text("Child Q\x07 Review\n\nInvented Shire Safeguarding Partnership\n\n"
                      "\x1b[2JKey learning\n\n- Agencies\x0cshared information\n\nQuestions\n\n"
                      "1. What would you do?\n", encoding="utf-8")
    content = tmp_path / "content"
    from reflect.cli import main

    assert main(["import", str(source), "--content-dir", str(content)]) in (0, 1)
    [written] = content.glob("*.toml")
    text = written.read_text(encoding="utf-8")
    assert "\\u0007" not in text and "\\f" not in text and "Agencies shared information" in text
    assert "[2J" not in text and "\\u001b" not in text  # the escape sequence whole
    from reflect.store.library import read_checked

    _, refused = read_checked(written)
    assert not [m for m in refused if "control character" in m]


def test_what_is_said_of_each_character():
    assert control_said("Child ZZ") is None and control_said("a\n\tb") is None
    assert control_said("a\tb", one_line=True) == "a tab (U+0009), after “a”"
    assert control_said("\x00x") == "a control character, NUL (U+0000), at its start"
    assert control_said("x\x85") == "a control character (U+0085), after “x”"
    assert control_said("ab\u202e") == ("an invisible direction mark, RIGHT-TO-LEFT OVERRIDE "
                                        "(U+202E), after “ab”")
    assert control_said("The words before it run on a long way\x07") == (
        "a control character, BEL (U+0007), after “…before it run on a long way”")
    assert unshown({"learning": [{"title": "ok"}, {"title": "a\nb"}]}) == [
        (("learning", 1, "title"), "holds a line break (U+000A), after “a”: it is one line: "
                                   "write a space instead")]
    assert shown({"title": "Child\tZZ\n", "introduction": ["a\x0cb\n\tc"]}) == {
        "title": "Child ZZ", "introduction": ["a b\n\tc"]}
    assert spaced("0\x1f0") == "0 0" and spaced("\x1b Child") == " Child"


def test_a_documents_escape_sequence_goes_whole() -> None:
    """With its ESC alone taken, `\x1b[2J` in a .txt briefing was imported as `[2J` (a
    learning lead's trial): a control sequence (CSI) and a control string (OSC) go whole, as
    `printable` takes them; a link's words stay."""
    assert spaced("\x1b[2J\x1b[HKey learning") == "Key learning"
    assert spaced("Child\x1b[1m ZZ\x1b[0m review") == "Child ZZ review"
    assert spaced("See \x1b]8;;https://example.invalid/zz\x07the plan\x1b]8;;\x07 now") == \
        "See the plan now"
    assert spaced("Agencies\x1b]0;a title\x1b\\\x0cshared") == "Agencies shared"


def test_a_sequence_left_open_at_a_lines_end_takes_no_words_from_the_next() -> None:
    """A briefing is read as it is shown, line by line: cleaned once its lines were joined,
    an OSC left open at the end of one ran on to the BEL on the next, taking its words."""
    from reflect.importer import import_briefing

    text = ("Child ZZ Review\n\nKey learning\n\nAgencies met weekly \x1b]0;open\n"
            "and shared invented notes\x07 in the exercise.\n\nQuestions\n\n"
            "1. What would you do?\n")
    said = " ".join(str(v) for v in import_briefing(text).review.values())
    assert "and shared invented notes in the exercise." in said  # (`]0;open` left: never ended)
