"""`reflect export SESSION -o x.xyz` listed every format's ending, with its title, on one line
of some 1,500 characters, and `--format xyz` every format on one line of 420 (a new user's
trial): each is listed by kind, a line each, with where to read more. All names here are
invented."""

from __future__ import annotations

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.exports import FORMATS, RECORDS
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.unit.test_cli_mistyped import terminal_80


def saved(fictional_dir, sessions_dir) -> list[str]:  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20261204-child-zz-5c92e70e",
                                             title="Moorvale huddle"))
    return ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]


def test_an_ending_no_format_has_lists_them_by_kind(capsys, fictional_dir, sessions_dir,
                                                    tmp_path):
    dirs = saved(fictional_dir, sessions_dir)
    code, out, err = run(capsys, "export", "5c92e70e", "-o", str(tmp_path / "x.xyz"), *dirs)
    assert code == 1 and out == "" and not (tmp_path / "x.xyz").exists()
    lines = err.splitlines()
    # (the first line names the file, a long path here)
    assert len(lines) >= 7 and all(len(line) <= 120 for line in lines[1:]), err
    assert "  Notes: .md, .txt, .html, .docx, .json, .csv, .pdf" in lines  # as the app's dialog
    assert "  Social Work England CPD record: .swe.md, .swe.txt, .swe.docx, .swe.pdf" in lines
    for spec in FORMATS.values():  # every ending, once
        assert f" {spec.ending}," in err or f" {spec.ending}\n" in err, spec.ending
    assert "export --help` lists them" in lines[-1]


def test_at_a_terminal_no_line_is_wider_than_it(capsys, monkeypatch, fictional_dir,
                                                sessions_dir, tmp_path):
    dirs = saved(fictional_dir, sessions_dir)
    terminal_80(monkeypatch)
    assert main(["export", "5c92e70e", "-o", str(tmp_path / "x.xyz"), *dirs]) == 1
    err = capsys.readouterr().err
    assert all(len(line) <= 80 for line in err.splitlines()) and len(err.splitlines()) < 16


def test_a_format_not_known_lists_them_a_kind_a_line(capsys):
    with pytest.raises(SystemExit):
        main(["export", "s-invented", "--format", "xyz"])
    lines = capsys.readouterr().err.splitlines()
    start = next(n for n, line in enumerate(lines) if "invalid choice: 'xyz'" in line)
    listed = lines[start + 1:]
    assert lines[start].endswith("(choose from:") and listed[-1].endswith(")"), lines
    assert listed[0] == "  Notes: md, txt, html, docx, json, csv, pdf"
    assert all(len(line) <= 120 for line in lines), lines
    assert sum(len(line.split(": ", 1)[1].split(", ")) for line in listed) == len(FORMATS)
    assert {f for line in listed for f in line.rstrip(")").split(": ", 1)[1].split(", ")
            } >= RECORDS
