"""`reflect export -o -` with a Word document or PDF: sent to standard output as it is when
that is piped or redirected, refused at a terminal; and `--help` says where each kind of
format goes. It said `-o FILE … (default: print to standard output)`, while `--format docx`,
and `--format pdf -o -` too, wrote into the exports folder (g129's trial)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run
from tests.cpd_folder import invented_review


class Stdout(io.TextIOWrapper):
    """Standard output as a pipe (or, `tty`, a terminal) would be, keeping the bytes."""

    def __init__(self, tty: bool) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8")
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def written(self) -> bytes:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue()


@pytest.fixture
def mine(fictional_dir: Path, sessions_dir: Path) -> Session:
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                      mode="individual", title="Invented reflection")
    s.answer("zz-first").what = "The invented lodger was never asked about."
    save_session(sessions_dir, s)
    return s


@pytest.mark.parametrize("fmt,start", [("pdf", b"%PDF-"), ("cpd-docx", b"PK\x03\x04"),
                                       ("docx", b"PK\x03\x04")])
def test_a_binary_format_piped_goes_to_standard_output_as_it_is(
        capsys, monkeypatch, dirs, mine, sessions_dir, fmt, start):
    out = Stdout(tty=False)
    monkeypatch.setattr(sys, "stdout", out)
    code = run(capsys, "export", mine.id, "--format", fmt, "-o", "-", *dirs)[0]
    assert code == 0 and out.written().startswith(start)
    assert not (sessions_dir / "exports").exists()  # not into the exports folder as well


def test_a_binary_format_is_never_printed_to_a_terminal(capsys, monkeypatch, dirs, mine,
                                                        sessions_dir):
    out = Stdout(tty=True)
    monkeypatch.setattr(sys, "stdout", out)
    code, _, err = run(capsys, "export", mine.id, "--format", "cpd-docx", "-o", "-", *dirs)
    assert code == 1 and out.written() == b""
    assert err == ("reflect export: will not print a Word document (cpd-docx) to the terminal: "
                   "it is not text. Leave out -o to write it into the exports folder, name the "
                   "file with -o FILE, or send it on with -o - piped or redirected (-o - > "
                   f"{mine.id}.cpd.docx).\n")
    code, _, err = run(capsys, "export", mine.id, "--format", "pdf", "-o", "-", *dirs)
    assert code == 1 and "will not print a PDF to the terminal" in err
    assert not (sessions_dir / "exports").exists()
    code, _, _ = run(capsys, "export", mine.id, "--format", "txt", "-o", "-", *dirs)
    assert code == 0 and b"Invented reflection" in out.written()  # text: printed, as ever


def test_the_help_says_where_a_word_document_or_pdf_goes(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "export", "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "(default: print to standard output)" not in text
    assert ("file to write (default: text to standard output; a Word document or PDF into "
            "the exports folder); a dash (-o -) sends even a Word document or PDF to standard "
            "output when it is piped or redirected (> notes.pdf), never to a terminal") in text
