"""Words typed on the command line with a byte that is not UTF-8 (bash's `$'\\xff'`, a
terminal set to Latin-1): Python hands it over as a lone surrogate. Text is kept with "�" and
the option named; a path is kept exactly as typed."""

from __future__ import annotations

import pytest

from reflect.cli.not_utf8 import NOTED
from reflect.cli.parser import build_parser
from reflect.model.session import Session
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from tests.command_line import run
from tests.cpd_folder import invented_review

LATIN_1 = "Caf\udce9"  # "Café" typed in Latin-1: its é a byte UTF-8 cannot read


def test_cpd_fill_keeps_text_with_a_replacement_character_and_says_which_option(
        capsys, dirs, fictional_dir, sessions_dir):
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                      mode="individual", title="An invented reflection")
    save_session(sessions_dir, s)
    code, out, err = run(capsys, "cpd-fill", s.id, "--why", LATIN_1, "--method", LATIN_1,
                         "--theme", f"1={LATIN_1}", *dirs)
    assert code == 0, err  # it said "could not save …: surrogates not allowed"
    saved = load_session(session_path(sessions_dir, s.id))
    assert saved.cpd.why_relevant == saved.cpd.method == "Caf\ufffd"
    assert saved.cpd.themes == {"Prioritise people": "Caf\ufffd"}
    flat = " ".join(err.split())
    for option in ("--why", "--method", "--theme"):
        assert f"reflect cpd-fill: {option} is not UTF-8 text: what could not be read is " \
               "kept as “\ufffd”" in flat
    assert "\udce9" not in out + err


@pytest.mark.parametrize(("argv", "read"), [
    (["walk", "child-zz", "--title", LATIN_1, "--team", LATIN_1, "--name", LATIN_1],
     {"title": "Caf\ufffd", "team": "Caf\ufffd", "name": "Caf\ufffd"}),
    (["walk", LATIN_1], {"review": "Caf\ufffd"}),
    (["report", "--team", LATIN_1, "--review", LATIN_1],
     {"team": "Caf\ufffd", "review": "Caf\ufffd"}),
    (["import", "briefing.pdf", "--id", LATIN_1], {"id": "Caf\ufffd"}),
    (["cpd", "--name", LATIN_1], {"name": "Caf\ufffd"}),
])
def test_text_options_are_read_with_a_replacement_character(argv, read):
    args = build_parser().parse_args(argv)
    assert {k: getattr(args, k) for k in read} == read
    assert getattr(args, NOTED)  # each is said


@pytest.mark.parametrize("argv", [
    ["export", LATIN_1, "-o", f"/tmp/{LATIN_1}.md"],
    ["--sessions-dir", f"/tmp/{LATIN_1}", "import", f"{LATIN_1}.pdf"],
    ["walk", "--resume", LATIN_1],
])
def test_paths_are_kept_exactly_as_typed(argv):
    """A file's name may hold a byte that is not UTF-8 and still be opened or written."""
    args = build_parser().parse_args(argv)
    typed = {v for v in vars(args).values() if isinstance(v, str) and "\udce9" in v}
    assert len(typed) == sum(LATIN_1 in a for a in argv)
    assert not getattr(args, NOTED, [])


def test_a_choice_or_a_file_not_utf8_is_quoted_with_a_replacement_character(
        capsys, dirs, tmp_path):
    with pytest.raises(SystemExit):
        run(capsys, "list", f"review{LATIN_1}", *dirs)
    assert "invalid choice: 'reviewCaf\ufffd'" in capsys.readouterr().err  # not '…\\udce9'
    code, _, err = run(capsys, "import", str(tmp_path / f"{LATIN_1}.pdf"), *dirs)
    assert code == 1 and f"{tmp_path}/Caf\ufffd.pdf" in "".join(err.split()), err
    assert "\udce9" not in err and "\\udc" not in err


def test_walk_saves_its_title_and_team_options_on_one_line_and_readable(
        capsys, dirs, sessions_dir, monkeypatch):
    """A title given by --title kept its line break (`--title $'Invented\\nmeeting'`), as the
    one typed at its question never can; and a byte not UTF-8 could not be saved."""
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("An invented answer\n.\n"))
    code, _, err = run(capsys, "walk", "child-zz", "--mode", "individual", "--name", LATIN_1,
                       "--title", f"Invented\nmeeting {LATIN_1}", "--team", "North\n Team",
                       *dirs)
    assert code == 0, err
    [saved] = [load_session(p) for p in sessions_dir.glob("*.toml")]
    assert (saved.title, saved.team) == ("Invented meeting Caf\ufffd", "North Team")
    assert saved.facilitator == "Caf\ufffd"
