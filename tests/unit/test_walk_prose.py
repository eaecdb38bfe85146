"""Prose that says "reflect" is prose: a review's own text, and a person's answer, are wrapped
at words as any text is, never laid out as a command to copy (on lines of its own, each line
but the last ending " \\"). Every bundled review says practitioners are "to reflect on to
ensure practice is continually evolving…", and plain mode read it, at 80 columns, as

    reviews is vital for all practitioners to
    reflect on to ensure practice is continually evolving in the best interest of \\
      children,

a line cut short, then a backslash a screen reader reads aloud (a trial); a person's answer
saying they would reflect on something came back after "So far:" the same way."""

from __future__ import annotations

import argparse

import pytest
from rich.cells import cell_len

from reflect.cli.parser import build_parser
from reflect.commands import SUBCOMMANDS
from reflect.wrapping import NARROWEST, fitted
from tests.conftest import FICTIONAL_REVIEW
from tests.unit.test_walk import flat, run_walk

PROSE = ("Sharing from the learning of these reviews is vital for all practitioners to reflect "
         "on to ensure practice is continually evolving in the best interest of children, "
         "young people and families.")


@pytest.mark.parametrize("width", range(NARROWEST, 100))
def test_prose_saying_reflect_is_wrapped_at_words(width: int) -> None:
    lines = fitted(PROSE, width, commands=["reflect"])
    assert lines == fitted(PROSE, width), lines  # as if no command were looked for
    assert not any(line.endswith("\\") for line in lines), lines
    assert all(cell_len(line) <= width for line in lines), lines
    for line, after in zip(lines, lines[1:], strict=False):  # each line as full as it can be
        assert cell_len(f"{line} {after.split()[0]}") > width, lines


@pytest.mark.parametrize("width", [40, 80])
def test_a_command_of_reflect_s_own_is_still_a_command(width: int) -> None:
    text = ("Carry on here, or in the app, with reflect walk --sessions-dir "
            "/tmp/an-invented-folder/sessions --resume 20301231-child-zz-0000000a.")
    lines = fitted(text, width, commands=["reflect"])
    assert any(line.startswith("reflect walk") for line in lines), lines
    if width == 40:
        assert any(line.endswith(" \\") for line in lines), lines


def test_the_commands_known_are_the_parser_s() -> None:
    choices = next(a.choices for a in build_parser()._actions
                   if isinstance(a, argparse._SubParsersAction))
    assert choices is not None
    assert set(choices) == SUBCOMMANDS


def test_a_walk_reads_a_review_and_an_answer_saying_reflect_as_prose(
        monkeypatch, capsys, tmp_path, sessions_dir) -> None:
    content = tmp_path / "content"
    content.mkdir()
    intro = 'introduction = ["Child ZZ is an invented child in an invented town."]'
    assert intro in FICTIONAL_REVIEW
    (content / "child-zz.toml").write_text(
        FICTIONAL_REVIEW.replace(intro, f"introduction = [{PROSE!r}]".replace("'", '"')),
        encoding="utf-8")
    answer = ("As an invented health visitor I want to reflect on how we record what a "
              "family tells us at the first visit.")
    # one person: no team; the four sections' notes left; the first question's What? answered;
    # then stopped (the input ends)
    code, out = run_walk(monkeypatch, capsys, [], f"i\nInvented title\n\n\n\n\n\n{answer}\n.\n",
                         "--content-dir", str(content), "--sessions-dir", str(sessions_dir),
                         "child-zz")
    assert code == 0, out.err
    assert PROSE in flat(out.out)
    assert not any(line.endswith("\\") for line in out.out.splitlines()
                   if "reflect on" in line), out.out
    session_id = next(sessions_dir.glob("*.toml")).stem
    code, out = run_walk(monkeypatch, capsys, [], "\n", "--content-dir", str(content),
                         "--sessions-dir", str(sessions_dir), "--resume", session_id)
    assert code == 0, out.err
    assert answer in flat(out.out.partition("So far:")[2])
    wrapped = [line for line in out.out.splitlines() if "reflect on" in line]
    assert wrapped and not any(line.endswith("\\") for line in wrapped), out.out
