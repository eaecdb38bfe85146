"""A saved session whose review is not in the library by its id, the file edited by hand:
its id changed (`child-zz` to `child-zz-2026`), or the file left unreadable. The start
screen, `reflect open` and `reflect walk --resume` name the review that looks like it and the
id to write back, or the file and what is wrong with it; they said only "not in the library
now (removed, or its file could not be read)" and "no review 'child-zz'" (a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.missing_review import missing_said, renamed
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.session_read import SessionReadScreen
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import (
    enter_on_the_only_session,
    every_said,
    screen_lines,
    shown,
    wait_for,
)

SESSION_ID = "20260101-child-zz-0000beef"


@pytest.fixture
def saved(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, SESSION_ID, title="Invented huddle")
    save_session(sessions_dir, session)
    return session


def _id_changed(folder: Path, new_name: str = "child-zz-2026.toml", title: str = "Child ZZ"
                ) -> Path:
    """The review's id changed by hand (and its file renamed, its title reworded)."""
    old = folder / "child-zz.toml"
    text = old.read_text(encoding="utf-8").replace('id = "child-zz"', 'id = "child-zz-2026"')
    old.unlink()
    path = folder / new_name
    path.write_text(text.replace('title = "Child ZZ"', f'title = "{title}"'), encoding="utf-8")
    return path


def test_a_review_whose_id_changed_is_found_by_its_file_title_or_questions(fictional_dir):
    asked = ("zz-first", "zz-second", "zz-third")
    path = _id_changed(fictional_dir, new_name="child-zz.toml", title="Child ZZ (Shire)")
    assert renamed(load_catalogue(fictional_dir), "child-zz").path == path  # by its file
    path.rename(fictional_dir / "zz.toml")
    catalogue = load_catalogue(fictional_dir)
    assert renamed(catalogue, "child-zz") is None  # nothing to go by
    assert renamed(catalogue, "child-zz", "child zz (shire)").id == "child-zz-2026"
    assert renamed(catalogue, "child-zz", "Child ZZ", asked[:2]).id == "child-zz-2026"
    assert renamed(catalogue, "child-zz", "Child ZZ", ("zz-first", "x", "y")) is None
    said = missing_said(catalogue, "child-zz", "", asked, then="then press r")
    assert said == (f"The review child-zz-2026 (Child ZZ (Shire), {fictional_dir / 'zz.toml'}) "
                    "looks like it, its id changed: a session finds its review by the id, so "
                    'write id = "child-zz" in that file again and save it, then press r: the '
                    "session opens again.")


def test_the_commands_name_the_review_whose_id_changed(saved, fictional_dir, sessions_dir,
                                                      monkeypatch, capsys):
    path = _id_changed(fictional_dir, title="Child ZZ (Shire)")
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    for command in (["open", SESSION_ID], ["walk", "--resume", SESSION_ID]):
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO(""))
        assert main([command[0], *dirs, *command[1:]]) == 1
        err = " ".join(capsys.readouterr().err.split())
        assert (f"The review child-zz-2026 (Child ZZ (Shire), {path}) looks like it, its id "
                'changed: a session finds its review by the id, so write id = "child-zz" in '
                "that file again and save it: the session opens again.") in err, err
        assert "Traceback" not in err


def test_the_commands_name_the_review_file_that_cannot_be_read(saved, fictional_dir,
                                                               sessions_dir, capsys):
    path = fictional_dir / "child-zz.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"Child ZZ"', '"Child ZZ', 1),
                    encoding="utf-8")
    before = path.read_bytes()
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    for command in (["open", SESSION_ID], ["walk", "--resume", SESSION_ID]):
        assert main([command[0], *dirs, *command[1:]]) == 1
        err = " ".join(capsys.readouterr().err.split())
        # one sentence that leads with the file and its mistake: it said "no review
        # 'child-zz' in DIR. Its file could not be read: …", the review there and not there
        named = "“child-zz”" if command[0] == "walk" else "'child-zz'"  # (plain mode's quotes)
        assert err.startswith(
            f"reflect {command[0]}: {path}, the file of the review {named} that session "
            f"{SESSION_ID} is on, could not be read: not valid TOML in title, at line 2: the "
            "text on this line has no closing quote."), err
        assert err.count("Correct the file and save it: the session opens again.") == 1
        assert "no review" not in err and "Traceback" not in err
    assert main(["walk", *dirs, "child-zz"]) == 1  # a new session on it
    err = " ".join(capsys.readouterr().err.split())
    # (plain mode's refusals quote in curly quotes, as plain mode quotes: a screen reader
    # read a straight one as "tick")
    assert err.startswith(f"reflect walk: {path}, the file of the review “child-zz”, could not "
                          "be read: not valid TOML in title, at line 2:"), err
    assert err.endswith("Correct the file and save it, then run this command again.")
    said = missing_said(load_catalogue(fictional_dir), "child-zz", then="then press r")
    assert said.startswith(f"{path}, the file of the review 'child-zz', could not be read: not "
                           "valid TOML in title, at line 2:")  # (the start screen's)
    assert said.endswith("Correct the file and save it, then press r: the session opens again.")
    assert path.read_bytes() == before  # never written over


async def test_the_start_screen_names_the_review_whose_id_changed(saved, fictional_dir,
                                                                 sessions_dir):
    path = _id_changed(fictional_dir)
    app = make_app(fictional_dir, sessions_dir)
    said = every_said(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await enter_on_the_only_session(pilot)
        await wait_for(pilot, lambda: any("not in the library now" in m for m in said))
    [message] = [m for m in said if "not in the library now" in m]
    assert (f"The review child-zz-2026 (Child ZZ, {path}) looks like it, its id changed: a "
            'session finds its review by the id, so write id = "child-zz" in that file again '
            "and save it, then press r here to read the library again: the session opens "
            "again.") in message
    assert "removed, or its file could not be read" not in message


def test_list_sessions_marks_a_session_whose_review_will_not_open(saved, fictional_dir,
                                                                 sessions_dir, capsys):
    """`reflect list sessions` listed it as any other ("0/3 answered"): only `open` said it
    would not open. A review removed (its file kept in removed/) still opens: unmarked."""
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    assert main(["list", *dirs, "sessions"]) == 0  # cached as it opens
    assert "review" not in capsys.readouterr().out.split("answered")[1]
    opens = "open it to see why"
    path = _id_changed(fictional_dir)
    assert main(["list", *dirs, "sessions"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip("\n").endswith(f"0/3 answered\tits review is not in the library: {opens}")
    path.write_text(FICTIONAL_REVIEW.replace('"Child ZZ"', '"Child ZZ', 1), encoding="utf-8")
    path.rename(fictional_dir / "child-zz.toml")
    assert main(["list", *dirs, "sessions"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip("\n").endswith(f"answered\tits review's file could not be read: {opens}")
    (fictional_dir / "removed").mkdir()
    (fictional_dir / "child-zz.toml").rename(fictional_dir / "removed" / "child-zz-2.toml")
    assert main(["list", *dirs, "sessions"]) == 0
    assert capsys.readouterr().out.rstrip("\n").endswith("0/3 answered")


async def test_the_start_screen_marks_a_session_whose_review_will_not_open(
        saved, fictional_dir, sessions_dir):
    """The saved sessions list showed it as any other: Enter alone said it would not open.
    At 60x20 the mark is on screen, under the session it marks; one that opens has none."""
    _id_changed(fictional_dir)
    opens = Session.start(load_library(fictional_dir).get("child-zz-2026"),
                          "20260102-child-zz-2026-0000cafe", title="Invented follow-up")
    save_session(sessions_dir, opens)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 2)
        rows = {str(sessions.get_option_at_index(n).id): " ".join(
            sessions.get_option_at_index(n).prompt.plain.split()) for n in range(2)}
        sessions.focus()
        await pilot.press("down")  # (the newer one is first)
        await wait_for(pilot, lambda: "⚠ Its review is" in "\n".join(screen_lines(app)))
    marked = "⚠ Its review is not in the library: Enter says why"
    assert marked in rows[str(sessions_dir / f"{SESSION_ID}.toml")], rows
    assert "⚠" not in rows[str(sessions_dir / f"{opens.id}.toml")], rows


async def test_v_reads_what_a_session_holds_though_its_review_is_not_in_the_library(
        saved, fictional_dir, sessions_dir):
    """v said only what Enter says: what was written could be read only by exporting it at a
    shell (a trial). Its notes are shown, literally, and the file is left as it was."""
    saved.answers[0].what = "[b]Invented[/b] worry about the made-up baby"
    save_session(sessions_dir, saved)
    path = sessions_dir / f"{SESSION_ID}.toml"
    before = path.read_bytes()
    _id_changed(fictional_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        sessions.focus()
        await pilot.press("v")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionReadScreen))
        lead = shown(app.screen.query_one("#session-read-lead"))
        notes = shown(app.screen.query_one("#session-read-notes"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, SessionReadScreen))
    assert "which is not in the library now" in lead and 'write id = "child-zz"' in lead
    assert "Invented huddle" in notes
    assert "[b]Invented[/b] worry about the made-up baby" in notes
    assert path.read_bytes() == before
