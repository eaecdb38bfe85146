"""A hand-edited review file that is not valid TOML is said in plain words, with the line.

A trial's learning lead put a title with "Unseen men" in double quotes into a review, and
`reflect validate` and the start screen said only `not valid TOML: Unclosed array (at line
13, column 26)`: the common mistakes are now named, with how to put them right, and the line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.cli import main
from reflect.store.library import ReviewError, read_review
from reflect.store.toml_mistakes import explain, toml_lines
from tests.conftest import FICTIONAL_REVIEW

TRIAL = FICTIONAL_REVIEW.replace(
    'context = ["An invented context point."]',
    'context = ["An invented context point."]\nwhat_to_do_now = [\n'
    '    "Read the invented guidance.",\n'
    '    "Book onto the ISSP "Unseen men" workshop.",\n]')


def said(tmp_path: Path, text: str) -> str:
    path = tmp_path / "child-zz.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReviewError) as e:
        read_review(path)
    [message] = e.value.messages
    assert message.startswith(f"{path}: not valid TOML")
    return message.removeprefix(f"{path}: not valid TOML")


def test_a_double_quote_inside_double_quotes_is_named_with_its_line_and_a_correction(tmp_path):
    message = said(tmp_path, TRIAL)
    assert message.splitlines() == [
        ' in what_to_do_now, at line 11: a double quote (") inside text that is itself in '
        "double quotes ends the text there. Put single quotes around the text instead (as "
        'below), or write \\" for each double quote inside it (curly quotes “ ” inside need '
        "nothing)",
        '    line 11:         "Book onto the ISSP "Unseen men" workshop.",',
        "    could read:      'Book onto the ISSP \"Unseen men\" workshop.',"]
    assert "Unclosed array" not in message and "column" not in message


def test_the_correction_it_offers_is_valid_toml(tmp_path):
    corrected = TRIAL.replace('"Book onto the ISSP "Unseen men" workshop."',
                              '\'Book onto the ISSP "Unseen men" workshop.\'')
    path = tmp_path / "child-zz.toml"
    path.write_text(corrected, encoding="utf-8")
    assert read_review(path).what_to_do_now[-1].text == 'Book onto the ISSP "Unseen men" workshop.'


@pytest.mark.parametrize(("text", "line", "words", "could_read"), [
    # a title in double quotes holding double quotes: triple single quotes if it has an apostrophe
    ('title = "Pat\'s "Unseen men" talk"', 1, "three single quotes '''",
     'title = \'\'\'Pat\'s "Unseen men" talk\'\'\''),
    ("title = 'Pat's talk'", 1, "Put double quotes around the text", 'title = "Pat\'s talk"'),
    ('title = "An invented talk\nsummary = "x"', 1, "has no closing quote", ""),
    ('title = "An invented talk', 1, "has no closing quote", ""),
    ('themes = [\n    "fathers"\n    "neglect",\n]', 2, "a comma is missing at the end of this "
     "line", '    "fathers",'),
    ('themes = ["fathers" "neglect"]', 1, "a comma is missing between two items",
     'themes = ["fathers", "neglect"]'),
    ('[[actions]]\ntitle = "a"\ntext = "b"\ntitle = "c"', 4,
     "`title` is written twice in the same part of the file (first on line 2)", ""),
    ('[timing]\nminutes = 3\n[timing]\nminutes = 4', 3, "`timing` is written twice", ""),
    ("title = Child ZZ", 1, 'text must be between double quotes', 'title = "Child ZZ"'),
    ("title = “Child ZZ”", 1, "curly quotes", 'title = "Child ZZ"'),
    ('themes = [\n  "fathers",\n\ntitle = "x"', 1, "the list that starts on this line is not "
     "closed", ""),
    ('themes = [\n  "fathers",\n', 1, "the list that starts on this line is not closed", ""),
    ('summary = """An invented\n\nsummary', 1, 'the text that starts with """ on this line is '
     "never closed", ""),
    ('review type = "x"', 1, "a field's name has no spaces", ""),
    ('title = "C:\\path"', 1, "write it twice", ""),
    # markup typed before the opening quote: inside the quotes, not `["bold"]"…"` (no TOML)
    ('title = "x"\ntext = [bold]"Summary words alpha beta gamma"', 2,
     "put it inside the quotes", 'text = "[bold]Summary words alpha beta gamma"'),
    ('text = [bold]Summary words', 1, "between double quotes", ""),
])
def test_common_mistakes_are_said_plainly(text, line, words, could_read):
    import tomllib

    with pytest.raises(tomllib.TOMLDecodeError) as e:
        tomllib.loads(text)
    mistake = explain(text.splitlines(), str(e.value))
    assert mistake.line == line and words in mistake.advice, mistake
    assert mistake.could_read == could_read
    if could_read:
        tomllib.loads("\n".join(text.splitlines()[:line - 1] + [could_read]
                                + text.splitlines()[line:]))  # the correction reads


def test_any_other_error_gives_tomllibs_words_and_the_line():
    import tomllib

    text = 'title = "x"\nthemes = ["a",, "b"]'
    with pytest.raises(tomllib.TOMLDecodeError) as e:
        tomllib.loads(text)
    mistake = explain(text.splitlines(), str(e.value))
    assert mistake.line == 2 and "TOML's own words: " in mistake.advice
    assert mistake.lines() == ['    line 2:  themes = ["a",, "b"]']


def test_a_long_line_is_shown_by_its_start_the_mistake_and_its_end():
    line = 'purpose = "' + "word " * 60 + '"quoted" ' + "more " * 40 + '"'
    mistake = explain([line], "Expected newline or end of document after a statement "
                              f"(at line 1, column {line.index('quoted') + 1})")
    shown, could = mistake.lines()
    assert "quoted" in shown and shown.count(" … ") == 2 and len(shown) < 200
    assert could.split()[4].startswith("'word")


def test_reflect_validate_says_it_too(capsys, tmp_path):
    (tmp_path / "child-zz.toml").write_text(TRIAL, encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert 'not valid TOML in what_to_do_now, at line 11: a double quote (")' in out
    assert "could read:      'Book onto the ISSP \"Unseen men\" workshop.'," in out
    assert main(["validate", str(tmp_path / "child-zz.toml")]) == 1
    assert "    line 11:         \"Book onto" in capsys.readouterr().out


def test_a_session_file_edited_by_hand_is_said_the_same_way(tmp_path):
    """`reflect check`, `open` and the start screen read sessions through the same words."""
    from reflect.store.errors import SessionError
    from reflect.store.sessions import read_session

    path = tmp_path / "zz.toml"
    path.write_text('schema_version = 2\nid = "zz"\nreview_id = "child-zz"\n'
                    'title = "The "Invented" meeting"\n', encoding="utf-8")
    with pytest.raises(SessionError, match=r"not valid TOML in title, at line 4: a double "
                                           r"quote") as e:
        read_session(path)
    assert "could read:  title = 'The \"Invented\" meeting'" in str(e.value)


def test_import_into_a_review_file_that_is_not_valid_toml_says_it_the_same_way(capsys,
                                                                               tmp_path):
    (tmp_path / "child-zz.toml").write_text(TRIAL, encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_text("Action plan\nRecommendation 1: Hold meetings sooner.\n", encoding="utf-8")
    assert main(["import", str(plan), "--into", "child-zz", "--content-dir",
                 str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "not valid TOML in what_to_do_now, at line 11: a double quote" in err
    assert "Unclosed array" not in err


def told(tmp_path: Path, data: bytes) -> str:
    """What `reflect validate`, `open` and the start screen say of a file holding `data`."""
    import tomllib

    from reflect.store.kinds import toml_text
    from reflect.store.problems import describe

    path = tmp_path / "child-zz.toml"
    path.write_bytes(data)
    with pytest.raises(tomllib.TOMLDecodeError) as e:
        tomllib.loads(toml_text(data))
    [message] = describe(path, e.value)
    assert message.startswith(f"{path}: not valid TOML")
    return message.removeprefix(f"{path}: not valid TOML")


# Each was said wrongly after a first round: the wrong line, words for another mistake, a
# correction that was not one, or tomllib's own words for a mistake people make.
@pytest.mark.parametrize(("data", "said"), [
    # a line separator inside text is no line's end to TOML: the line shown was another
    ('title = "Pat\u2028Sample"\nminutes = \n'.encode(),
     [" in minutes, at line 2: nothing follows the = ", "    line 2:  minutes = "]),
    # an invisible character, shown and named, never acted on by the terminal
    (b'title = "Invented"\rminutes = 3\n',
     [" in title, at line 1: a carriage return (U+000D) stands at column 19, shown as \u240d "
      "below: a line ends with a line feed (or CR LF), never a carriage return alone",
      '    line 1:  title = "Invented"\u240dminutes = 3']),
    (b'# a note\x0c for Pat\ntitle = "x"\n',
     [" at line 1: a form feed (U+000C) stands at column 9, shown as \u240c below: delete it",
      "    could read:  # a note for Pat"]),
    ('\ufeff\ufefftitle = "Invented"\n'.encode(),
     [" at line 1: a byte-order mark (U+FEFF) stands at column 1",
      '    could read:  title = "Invented"']),
    # dates and numbers: "something follows the value" was no help
    (b'[[actions]]\ntext = "Ring"\ndue_date = 2026-12-4\n',
     [" in actions (the 1st): due_date, at line 3: 2026-12-4 is not a date as TOML writes one",
      "    could read:  due_date = 2026-12-04"]),
    (b'[[actions]]\ntext = "Ring"\ndue_date = 2026-02-30\n',
     [" at line 3: 2026-02-30 is not a date as TOML writes one"]),
    (b'[[actions]]\ntext = "Ring"\ndue_date = 04/12/2026\n',
     [" at line 3: 04/12/2026 is not a date as TOML writes one"]),
    (b"[[actions]]\ntext = 'Ring'\ndue_date = 4 December 2026\n",
     [" at line 3: 4 December 2026 is not a date as TOML writes one"]),
    (b"[timing]\nminutes = 05\n", [" in timing: minutes, at line 2: 05 is not a number"]),
    # text in single quotes, never closed: tomllib names the file's end, or the line's
    (b"title = 'Invented meeting\nminutes = 3\n",
     [" in title, at line 1: the text on this line has no closing quote"]),
    (b"title = 'Invented meeting\nowner = 'Sam'\n",
     [" in title, at line 1: the text on this line has no closing quote"]),
    # a correction that is one
    (b'title = Invented meeting"\n', ['    could read:  title = "Invented meeting"']),
    (b'themes = ["fathers", neglect]\n',
     [" in themes, at line 1: text must be between double quotes",
      '    could read:  themes = ["fathers", "neglect"]']),
    (b"[[participants]]\nattended = True\n", ["    could read:  attended = true"]),
    (b'[timing\nminutes = 3\n',
     [" at line 1: this [heading] line is not closed: end it with ]", "could read:  [timing]"]),
    (b'[[actions]\ntext = "x"\n', [" end it with ]]", "    could read:  [[actions]]"]),
    # at the end of the file: the last line's mistake, not "the file ends before ..."
    (b'title = "x"\nminutes =', [" in minutes, at line 2: nothing follows the = "]),
    (b'title = "x"\nminutes', [" at line 2: each field is written name = value"]),
    # tomllib's words for what people do
    (b'title = "x"\n}\n', [" at line 2: this line is none of what a line can be"]),
    (b'title = "Caf\\u00Z9"\n', [" at line 1: a backslash (\\) in text between double quotes"]),
])
def test_each_mistake_is_said_for_what_it_is(tmp_path, data, said):
    message = told(tmp_path, data)
    for words in said:
        assert words in message, message
    assert "TOML's own words" not in message


def test_a_text_in_three_single_quotes_never_closed_is_found_where_it_opens(tmp_path):
    message = told(tmp_path, b"summary = '''Pat's note'''\nnotes = '''An invented\n\nnote\n")
    assert " in notes, at line 2: the text that starts with ''' on this line is never" in message


def test_a_long_line_of_spaces_is_read_in_no_time(tmp_path):
    """Reading a line's field name matched a run of spaces in ever more ways: a line of 3,000
    spaces above a field written twice took some ten seconds (minutes at 10,000)."""
    import time

    start = time.monotonic()
    message = told(tmp_path, ('title = "a"\n' + " " * 3000 + '\ntitle = "b"\n').encode())
    assert "`title` is written twice in the same part of the file (first on line 1)" in message
    message = told(tmp_path, ('title = "a"\n' + " " * 3000 + "x = \n").encode())
    assert " in x, at line 2: nothing follows the = " in message
    assert time.monotonic() - start < 1.0


_TOMLISH = st.lists(st.one_of(st.sampled_from(list('ab =[]{}"\'\n\r\t#,.-_19:T\\“\u2028\x0c'
                                                    '\ufeff\x00')), st.characters()),
                    max_size=60).map("".join)


def _explained(text):  # type: ignore[no-untyped-def]
    """`text`'s lines and what `explain` says of tomllib's refusal; None where it reads."""
    import tomllib

    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        lines = toml_lines(text)
        return lines, explain(lines, str(e))
    return None


@given(_TOMLISH)
def test_any_text_that_is_not_toml_is_explained_without_raising(text):
    if (explained := _explained(text)) is not None:
        lines, mistake = explained
        assert mistake.line is None or 1 <= mistake.line <= len(lines)
        shown = mistake.lines()
        assert not any(c < " " and c != "\t" or c in "\x7f\u2028\ufeff"
                       for line in shown for c in line), shown  # all of it visible


def test_a_correction_is_offered_only_where_it_reads():
    """Every line offered as it "could read" is checked: the file so corrected reads past it
    (the trial was offered `text = ["bold"]"Summary words alpha beta gamma"`)."""
    import tomllib

    for text in ('text = [bold]"Summary words alpha beta gamma"', "text = [bold]Summary",
                 'a = [b]"c" # d', 'a = [x, y]', 'a = [yes]"b"', 'a = ["b" c]'):
        with pytest.raises(tomllib.TOMLDecodeError) as e:
            tomllib.loads(text)
        mistake = explain([text], str(e.value))
        if mistake.could_read:
            tomllib.loads(mistake.could_read)


@given(_TOMLISH)
def test_any_correction_offered_reads_past_its_line(text):
    import tomllib

    if (explained := _explained(text)) is not None:
        lines, mistake = explained
        if mistake.could_read and mistake.line:
            fixed = [*lines[:mistake.line - 1], mistake.could_read, *lines[mistake.line:]]
            try:
                tomllib.loads("\n".join(fixed))
            except tomllib.TOMLDecodeError as again:
                assert f"at line {mistake.line}," not in str(again), (fixed, again)


@given(st.lists(st.text(max_size=30), max_size=5), st.text(max_size=60),
       st.sampled_from(["", " (at end of document)", " (at line 1, column 1)",
                        " (at line 3, column 40)", " (at line 0, column 0)"]))
def test_any_lines_and_any_message_are_explained_without_raising(lines, what, where):
    mistake = explain(lines, what + where)
    assert isinstance(mistake.advice, str) and isinstance(mistake.lines(), list)


def test_import_into_a_review_file_saved_with_a_byte_order_mark_reads_it(capsys, tmp_path):
    """Every other reader of reflect's files drops the mark (`kinds.toml_text`); `import
    --into` read it as part of the first line and said line 1, `id = "child-zz"`, was broken."""
    from tests.unit.test_importer import INVENTED_PLAN

    (tmp_path / "child-zz.toml").write_bytes(b"\xef\xbb\xbf" + FICTIONAL_REVIEW.encode())
    plan = tmp_path / "plan.txt"
    plan.write_text(INVENTED_PLAN, encoding="utf-8")
    assert main(["import", str(plan), "--into", "child-zz", "--content-dir",
                 str(tmp_path)]) == 0, capsys.readouterr().err
    assert "Invented agencies share records" in (tmp_path / "child-zz.toml").read_text("utf-8")


def test_the_field_named_is_the_one_whose_line_it_is(tmp_path):
    """A line after a field that is none of its (a stray "}") was said to be in that field."""
    assert told(tmp_path, b'title = "x"\n}\n').startswith(" at line 2: this line is none")
    assert told(tmp_path, b'summary = """An\ninvented [draft\n"""\nthemes = [\n  "a"\n'
                          b'  "b",\n]\n').startswith(" in themes, at line 5: a comma is missing")
    assert told(tmp_path, b'[timing]\nnotes = """Pat\nsaid \\q\n"""\n').startswith(
        " in timing: notes, at line 3: a backslash")
