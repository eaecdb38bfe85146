"""A mistyped option or choice on the command line: said under the command's own usage, with
what was likely meant. A trial: `reflect export X --fromat md` and `reflect report --sinse
yesterday` printed reflect's top-level usage and "unrecognized arguments" only, and
`--format docs` the whole list of formats, docx not singled out."""

from __future__ import annotations

import sys

import pytest

from reflect.cli import main


def mistake(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, str]:
    """`reflect *argv`, refused by the parser (exit 2): the usage it printed and the error."""
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    said = capsys.readouterr()
    assert said.out == ""
    lines = said.err.rstrip("\n").split("\n")
    at = next(n for n, line in enumerate(lines) if ": error: " in line)  # (its lines after)
    return "\n".join(lines[:at]), "\n".join(lines[at:])


@pytest.mark.parametrize("argv,extra,meant", [
    (["export", "s-invented", "--fromat", "md"], "--fromat md", "--format"),
    (["export", "s-invented", "--fromat=md"], "--fromat=md", "--format"),
    (["report", "--sinse", "yesterday"], "--sinse yesterday", "--since"),
    (["check", "s-invented", "--role-only"], "--role-only", "--roles-only"),
    (["open", "s-invented", "--sesions-dir", "x"], "--sesions-dir x", "--sessions-dir"),
])
def test_a_mistyped_option_is_said_with_its_commands_usage_and_what_was_meant(
        capsys, argv, extra, meant):
    usage, error = mistake(capsys, *argv)
    command = argv[0]
    assert f" {command} [-h]" in usage.splitlines()[0] and "COMMAND ..." not in usage
    assert error.endswith(f"reflect {command}: error: unrecognized arguments: {extra}: "
                          f"did you mean {meant}?"), error


def test_several_mistyped_options_each_say_what_was_meant(capsys):
    _, error = mistake(capsys, "export", "s-invented", "--fromat", "md", "--rols-only")
    assert error.endswith("did you mean --format for --fromat, --roles-only for --rols-only?")


def test_nothing_near_is_said_as_argparse_says_it(capsys):
    usage, error = mistake(capsys, "export", "s-invented", "--zzzzzzzz", "extra")
    assert " export [-h]" in usage.splitlines()[0]
    assert error.endswith("error: unrecognized arguments: --zzzzzzzz extra")


@pytest.mark.parametrize("argv,typed,meant", [
    (["export", "s-invented", "--format", "docs"], "docs", "docx"),
    (["export", "s-invented", "--format", "pfd"], "pfd", "pdf"),
    (["report", "--format", "htm"], "htm", "html"),
    (["exprot", "s-invented"], "exprot", "export"),
])
def test_a_mistyped_choice_says_the_nearest_first(capsys, argv, typed, meant):
    usage, error = mistake(capsys, *argv)
    assert f"invalid choice: {typed!r}: did you mean {meant}? (choose from" in error, error
    # a command mistyped: the usage lists the commands; an option's value: said alone
    assert ("COMMAND ..." in usage) if argv[0] == "exprot" else usage == "", usage


def test_a_choice_with_nothing_near_lists_them_all(capsys):
    _, error = mistake(capsys, "report", "--format", "spreadsheet")
    assert error.endswith("invalid choice: 'spreadsheet' (choose from 'md', 'html', 'csv')")


@pytest.mark.parametrize("argv,said", [
    (["report", "--since", "whenever"], "argument --since: 'whenever' is not a date reflect "
                                        "can read: type it like 31/03/2026 (day first),"),
    (["report", "--since", "32/13/2026"], "argument --since: '32/13/2026' is not a date: there "
                                          "is no month 13"),
    (["report", "--until", "invented-day"], "argument --until: 'invented-day' is not a date"),
    (["report", "--since", "31/02/2026"], "argument --since: '31/02/2026' is not a date: there "
                                          "is no 31 Feb"),
    (["report", "--format", "docx"], "argument --format: invalid choice: 'docx' (choose from "
                                     "'md', 'html', 'csv')"),
    (["cpd-fill", "s-invented", "--minutes", "lots"], "argument --minutes: 'lots' is not a time"),
])
def test_an_options_value_refused_is_one_line_without_the_usage(capsys, argv, said):
    """`reflect report --since 32/13/2026` printed the report's usage, four lines, before the
    one line that said what was wrong, which a learning lead's trial missed under it: the
    line alone, naming the option, the value, what is wrong and what is taken."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert err.count("\n") == 1 and "usage" not in err, err
    assert err.startswith(f"reflect {argv[0]}: error: {said}"), err


@pytest.mark.parametrize("argv", [["report", "--since", "Q5", "--until", "2026-13"],
                                  ["report", "--until=2026-13", "--since=Q5", "--view-as", "x"]])
def test_since_and_until_both_refused_are_both_said(capsys, argv):
    """`--since Q5 --until 2026-13` said Since's problem only (argparse stopped at the first
    value its type refused), where the Reports screen says both boxes' (`period_refused`):
    both, in its words, each line the command's error; from either parser (an option
    `report` does not know sends it to the full one)."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "usage" not in err and "Traceback" not in err
    assert err.splitlines() == [
        "reflect report: error: --since: 'Q5' is not a date: there is no quarter 5: Q1–Q4.",
        "reflect report: error: --until: '2026-13' is not a date: there is no month 13."]


def terminal_80(monkeypatch):
    """Standard error a terminal 80 columns wide (once `capsys` took it over: in the test)."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)


@pytest.mark.parametrize("argv,said", [
    (["report", "--sinse", "yesterday"], "did you mean --since?"),
    (["report", "--since", "next tuesday"], "a day still to come (today is"),
    (["exprot", "s-invented"], "did you mean export? (choose from 'list', 'export',"),
    (["export", "s-invented", "--format", "docs"],
     "NMC reflective account and CPD log entry: nmc-md, nmc-txt, nmc-docx, nmc-pdf"),
])
def test_at_a_terminal_a_mistake_is_wrapped_at_words(capsys, monkeypatch, argv, said):
    """A trial at 80 columns: `did you me` / `an report?`, `did` / ` you mean --since?`,
    `Tue 8` / ` Dec 2026`, `--format {…,d` / `ocx,…}`: argparse's one long line, cut by the
    terminal wherever it ended."""
    terminal_80(monkeypatch)
    with pytest.raises(SystemExit):
        main(argv)
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert all(len(line) <= 80 for line in lines), err
    assert said in " ".join(lines), err  # each word whole, the lines read on as one
    assert "cpd-swe" not in err


def test_a_mistaken_list_names_no_internal_field(capsys):
    usage, error = mistake(capsys, "list", "review")
    assert "argument what" not in error
    assert error.endswith("reflect list: error: invalid choice: 'review': did you mean "
                          "reviews? (choose from 'reviews', 'sessions')"), error


def test_the_formats_are_listed_as_the_readme_documents_them(capsys, monkeypatch):
    """`cpd-swe` and `nmc`, earlier names still accepted, are not offered; in the help at 80
    columns a format's name is never broken at its hyphen (`nmc-` / `discussion-docx`)."""
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "[--format FORMAT]" in out and "cpd-swe" not in out and " nmc," not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "nmc-discussion-docx," in out and "swe-txt" in out
    assert not any(line.rstrip().endswith("-") for line in out.splitlines())


@pytest.mark.parametrize("command", ["cpd-fill", "export", "cpd", "import", "report"])
def test_no_description_breaks_a_word_at_its_hyphen(capsys, monkeypatch, command):
    """`cpd-fill --help`'s description broke `nmc-` / `docx` at 80 columns (g129): at no
    width from 60 to 100 is a word broken at its hyphen."""
    for width in range(60, 101):
        monkeypatch.setenv("COLUMNS", str(width))
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert not any(line.rstrip().endswith("-") for line in out.splitlines()), out


@pytest.mark.parametrize("argv,command", [
    (["--sesions-dir", "/tmp/invented"], ""),
    (["--sesions-dir", "/tmp/invented", "list", "sessions"], ""),
    (["list", "--sesions-dir", "/tmp/invented", "sessions"], " list"),
])
def test_a_mistyped_option_before_its_value_is_said_not_the_value_as_a_command(
        capsys, argv, command):
    """`reflect --sesions-dir DIR`: the folder was read as the command and said as "invalid
    choice: '/tmp/invented'", the option mistyped never named (a trial)."""
    _, error = mistake(capsys, *argv)
    assert error.endswith(f"reflect{command}: error: unrecognized arguments: --sesions-dir: "
                          "did you mean --sessions-dir?"), error
    assert "invalid choice" not in error


def test_an_option_s_start_before_its_value_is_taken_as_argparse_takes_it(capsys, tmp_path):
    """`--sessions DIR`, the start of just one option, is that option: no mistake said."""
    main(["--sessions", str(tmp_path), "list", "sessions"])
    assert "error" not in capsys.readouterr().err


def test_a_list_with_nothing_after_it_names_its_choices_as_commands(capsys):
    """`reflect list` alone said "the following arguments are required: what": a field's name
    no user has seen (a trial)."""
    _, error = mistake(capsys, "list")
    assert error.endswith("reflect list: error: one more word is needed: `reflect list "
                          "reviews` or `reflect list sessions`"), error
    assert "what" not in error


@pytest.mark.parametrize("argv,said", [
    (["export", "--fromat", "md", "s-invented"], "--fromat"),
    (["export", "--fromat", "md", "s-invented", "extra"], "--fromat extra"),
    (["export", "-o", "notes.md", "--fromat", "md", "s-invented"], "--fromat"),
])
def test_a_mistyped_options_value_read_as_the_session_leaves_the_session_unsaid(
        capsys, argv, said):
    """`reflect export --fromat md ID` said "unrecognized arguments: --fromat ID": md was
    read as the session, and ID, the session, said as the mistake (a trial)."""
    _, error = mistake(capsys, *argv)
    assert error.endswith(f"reflect export: error: unrecognized arguments: {said}: did you "
                          "mean --format?"), error


def test_a_word_the_option_meant_would_not_take_is_still_said(capsys):
    _, error = mistake(capsys, "export", "--fromat", "nothing-of-the-kind", "s-invented")
    assert error.endswith("unrecognized arguments: --fromat s-invented: did you mean "
                          "--format?"), error


def test_a_reports_library_folder_not_there_is_said_not_left_out(capsys, tmp_path):
    """`reflect report --content-dir` a folder mistyped made a report with no review's title
    in it and nothing said: refused, as `reflect list` refuses it, naming the folder."""
    (tmp_path / "sessions").mkdir()
    missing = tmp_path / "invented-library"
    code = main(["report", "--sessions-dir", str(tmp_path / "sessions"),
                 "--content-dir", str(missing)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert f"reflect report: The review library folder {missing} does not exist" in err, err


@pytest.mark.parametrize("argv", [["report", "--since", "32/13/2026"],
                                  ["report", "--sinse", "yesterday"]])
def test_a_refusal_names_the_command_as_its_other_messages_do(capsys, monkeypatch, tmp_path,
                                                              argv):
    """Started as `.venv/bin/reflect` (not the `reflect` on PATH), a refused `--since` began
    `.venv/bin/reflect report: error:`, where every other refusal of the command begins
    `reflect report:` (a learning lead's trial). The usage still says how to start it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(tmp_path / ".venv" / "bin" / "reflect"), *argv])
    with pytest.raises(SystemExit):
        main(argv)
    err = capsys.readouterr().err
    assert "\nreflect report: error: " in f"\n{err}", err
    assert ".venv/bin/reflect report:" not in err
    if "--sinse" in argv:
        assert err.startswith("usage: .venv/bin/reflect report [-h]"), err


@pytest.mark.parametrize("word", ["markdown", "Markdown", "MARKDOWN"])
def test_markdown_in_words_is_taken_for_md(word: str) -> None:
    """The app's Reports screen says "Save as Markdown" and its export dialog "Markdown":
    `reflect report --format markdown` was refused, `invalid choice: 'markdown' (choose from
    'md', 'html', 'csv')` (a learning lead's fresh-eyes trial)."""
    from reflect.cli.parser import build_parser, report_parser

    assert report_parser().parse_args(["report", "--format", word]).format == "md"
    assert build_parser().parse_args(["export", "s-invented", "--format", word]).format == "md"
