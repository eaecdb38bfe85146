"""A mistyped option or choice on the command line: said under the command's own usage, with
what was likely meant. A trial: `reflect export X --fromat md` and `reflect report --sinse
yesterday` printed reflect's top-level usage and "unrecognized arguments" only, and
`--format docs` the whole list of formats, docx not singled out."""

from __future__ import annotations

import pytest

from reflect.cli import main


def mistake(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, str]:
    """`reflect *argv`, refused by the parser (exit 2): the usage it printed and the error."""
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    said = capsys.readouterr()
    assert said.out == ""
    usage, _, error = said.err.rstrip("\n").rpartition("\n")
    return usage, error


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
    assert f"invalid choice: {typed!r}: did you mean {meant}? (choose from " in error, error
    assert (argv[0] == "exprot") is ("COMMAND ..." in usage)  # a command's own usage


def test_a_choice_with_nothing_near_lists_them_all(capsys):
    _, error = mistake(capsys, "report", "--format", "spreadsheet")
    assert error.endswith("invalid choice: 'spreadsheet' (choose from 'md', 'html', 'csv')")
