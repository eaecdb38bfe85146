"""`reflect cpd-fill`, `reflect cpd` and the CPD export formats, from the command line."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest

from reflect.model.session import Session
from reflect.store.locks import SessionLock
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from tests.command_line import run
from tests.cpd_folder import invented_review


def flat(text: str) -> str:
    """`text` with its lines as one (the terminal's width wraps them)."""
    return " ".join(text.split())


@pytest.fixture
def mine(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection")
    s.answer("zz-first").what = "I noticed the invented father was never asked."
    s.answer("zz-first").now_what = "Ask about every adult."
    save_session(sessions_dir, s)
    return s


def test_cpd_fill_sets_the_choices_the_records_use(capsys, dirs, mine, sessions_dir, tmp_path):
    code, out, err = run(capsys, "cpd-fill", mine.id, "--why", "I visit invented families.",
                         "--standard", "3", "--standard", "1",
                         "--theme", "preserve safety=I ask who is at home.",
                         "--theme", "Practice effectively=I check.", "--theme", "1",
                         "--participatory", "no", "--minutes", "1h30", *dirs)
    assert code == 0, err
    saved = load_session(session_path(sessions_dir, mine.id))
    assert saved.cpd.why_relevant == "I visit invented families."
    assert saved.cpd.standards == [1, 3]
    assert saved.cpd.themes == {"Prioritise people": "", "Practise effectively": "I check.",
                                "Preserve safety": "I ask who is at home."}
    assert saved.cpd.participatory is False and saved.minutes_spent == 90
    assert "Social Work England standards: 1 Promote the rights" in out
    assert "Participatory (NMC): no\n" in out and "nothing is chosen" not in out
    target = tmp_path / "mine.swe.docx"
    code, out, err = run(capsys, "export", mine.id, "-o", str(target), *dirs)
    assert code == 0, err
    assert out == f"CPD record written to {target}\n"  # a record, not the notes
    doc = docx.Document(io.BytesIO(target.read_bytes()))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "I visit invented families." in cells
    assert "1 hour 30 minutes (1.5 hours)" in cells
    code, out, _ = run(capsys, "export", mine.id, "--format", "nmc-txt", *dirs)
    assert "Preserve safety: I ask who is at home." in out
    assert "Number of hours:\n1.5\n" in out and "Number of participatory hours:\n0\n" in out
    code, _, _ = run(capsys, "cpd-fill", mine.id, "--minutes", "measured", *dirs)
    assert code == 0 and load_session(session_path(sessions_dir, mine.id)).minutes_spent is None


def test_cpd_fill_with_no_options_shows_what_is_set(capsys, dirs, mine, sessions_dir):
    before = session_path(sessions_dir, mine.id).read_bytes()
    code, out, _ = run(capsys, "cpd-fill", mine.id, *dirs)
    assert code == 0
    assert session_path(sessions_dir, mine.id).read_bytes() == before
    # No regulator's record chosen: one line on how to choose one, not "Standards: (none
    # chosen)", "Code themes: (none chosen)", "Participatory: no" (a teacher's trial)
    assert "For a regulator's record, nothing is chosen: --standard N for Social Work " \
           "England (social workers); --theme, --participatory, --method for the NMC" in flat(out)
    assert not re.search("^(Standards|Code themes|Participatory|CPD method)", out, re.M)
    code, out, _ = run(capsys, "cpd-fill", mine.id, "--theme", "Preserve safety", *dirs)
    # The NMC's chosen: its lines, and what "auto" gives for this session, not the word
    # "auto" (a trial); Social Work England's not
    assert "NMC Code themes: Preserve safety: (how not given)" in out
    assert "Participatory (NMC): no (a reflection on your own: auto)" in out
    assert "CPD method (NMC log): (left empty: reflect fills it in)" in out
    assert "Social Work England standards" not in out
    assert "nothing is chosen" not in out
    # No time measured: said as the records leave it, not "0 minutes (measured)" (a trial)
    assert "Time logged for CPD: none measured (the records leave the time and hours" in out
    code, out, _ = run(capsys, "cpd-fill", mine.id, "--minutes", "1", *dirs)
    assert "Time logged for CPD: 1 minute\n" in out  # not "1 minutes"
    code, out, _ = run(capsys, "cpd-fill", mine.id, "--minutes", "1,5 hours", *dirs)
    assert code == 0 and "Time logged for CPD: 90 minutes" in out  # a decimal comma (a trial)
    assert load_session(session_path(sessions_dir, mine.id)).minutes_spent == 90


@pytest.mark.parametrize("bad,message", [
    (["--standard", "7"], "give a standard's number, 1 to 6"),
    (["--theme", "Be nice=always"], "is not a theme of the Code"),
    (["--minutes", "soon"], "'soon' is not a time this can log: type whole minutes (45)"),
    (["--minutes", "1500"], "'1500' is 1500 minutes (25 hours): a time to log is from 1 minute "
                            "to 24 hours; or 'measured'"),
    (["--minutes", "0"], "'0' is no time: a time to log is from 1 minute to 24 hours"),
])
def test_cpd_fill_refuses_bad_choices_clearly(capsys, dirs, mine, bad, message):
    with pytest.raises(SystemExit) as stop:
        run(capsys, "cpd-fill", mine.id, *bad, *dirs)
    assert stop.value.code == 2 and message in capsys.readouterr().err


def test_cpd_fill_refuses_a_session_open_elsewhere(capsys, dirs, mine, sessions_dir):
    lock = SessionLock(session_path(sessions_dir, mine.id))
    assert lock.acquire()
    try:
        code, _, err = run(capsys, "cpd-fill", mine.id, "--why", "x", *dirs)
    finally:
        lock.release()
    assert code == 1 and "open in reflect" in err
    code, _, err = run(capsys, "cpd-fill", "no-such-session", "--why", "x", *dirs)
    assert code == 1 and "no session" in err


def test_cpd_fill_never_writes_over_a_change_made_since_it_read_the_session(
        capsys, dirs, mine, sessions_dir, monkeypatch):
    """A sync landing between cpd-fill reading the session and saving it was written over."""
    from reflect.store.sessions import session_path
    from tests.conftest import changed_after_reading

    changed_after_reading(monkeypatch, 'why_relevant = ""', 'why_relevant = "Theirs"')
    code, _, err = run(capsys, "cpd-fill", mine.id, "--why", "Mine, typed here.", *dirs)
    assert code == 1 and "changed by another program" in err and "run it again" in err
    assert 'why_relevant = "Theirs"' in session_path(sessions_dir, mine.id).read_text()


def test_binary_records_are_never_printed(capsys, dirs, mine, sessions_dir):
    code, out, _ = run(capsys, "export", mine.id, "--format", "swe-docx", *dirs)
    target = sessions_dir / "exports" / f"{mine.id}.swe.docx"  # where the app puts it
    assert code == 0 and out == f"CPD record written to {target}\n" and target.is_file()
    code, out, _ = run(capsys, "export", mine.id, "--format", "cpd-swe", *dirs)
    assert code == 0 and "# CPD record: My invented reflection" in out  # the earlier name


def test_my_cpd_so_far_by_year_and_as_csv(capsys, dirs, mine, sessions_dir, fictional_dir,
                                          tmp_path):
    from datetime import datetime, timezone

    from reflect.model.cpd import CpdChoices
    from reflect.model.session import Timing

    review = invented_review(fictional_dir)
    team = Session.start(review, new_session_id("child-zz"), title="=HYPERLINK(\"x\") meeting",
                         created=datetime(2025, 5, 1, tzinfo=timezone.utc))
    team.answer("zz-first").text = "Invented summary."
    team.timing = Timing(spent={"q:zz-first": 5400})
    team.cpd = CpdChoices(themes={"Preserve safety": "how"}, standards=[4])
    save_session(sessions_dir, team)
    mine.minutes_spent = 30
    save_session(sessions_dir, mine)
    empty = Session.start(review, new_session_id("child-zz"), title="Nothing in it")
    save_session(sessions_dir, empty)
    code, out, _ = run(capsys, "cpd", *dirs)
    assert code == 0
    before, after = out.split(f"{mine.created.year}\n====")
    assert "2025\n====\n2025-05-01  1 h 30 min  =HYPERLINK" in before
    assert "(team session; participatory, peer-reflected)" in before
    assert ("Total: 1 h 30 min (1.5 hours), 1 h 30 min of it participatory; 1 of 1 "
            "peer-reflected.") in before
    assert "Social Work England standards covered: 4." in before
    assert "NMC Code themes covered: Preserve safety." in before
    assert "  30 min  My invented reflection (individual reflection)" in after
    assert "0 of 1 peer-reflected" in after and "  Nothing in it (" not in before
    assert after.endswith(f"Not counted (nothing recorded):\n  {empty.created:%Y-%m-%d}  "
                          f"Nothing in it (team session): {empty.id}\n")
    target = tmp_path / "cpd.csv"
    code, out, _ = run(capsys, "cpd", "--csv", str(target), *dirs)
    assert code == 0 and "2 sessions written" in out
    import csv
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["title"] for r in rows] == ["'=HYPERLINK(\"x\") meeting", "My invented reflection"]
    assert (rows[0]["participatory_hours"], rows[1]["participatory_hours"]) == ("1.5", "0")
    code, _, err = run(capsys, "cpd", "--csv", str(target), *dirs)
    assert code == 1 and "already exists" in err


def test_a_team_record_is_checked_on_what_it_prints(capsys, dirs, fictional_dir, sessions_dir,
                                                    tmp_path):
    """Action owners' names never reach a record, so they are no finding there; a name in
    a point (which the record prints) is found, and replaced by [redacted]."""
    from reflect.model.session import Action, Participant, Point

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), title="Invented team",
                      participants=[Participant.parse("Ann Example, Health visitor, Trust")])
    s.answer("zz-first").points = [Point(text="Ask about every adult in the home")]
    s.actions = [Action(text="Write to the invented GP", owner="Ann Example", due="Friday")]
    save_session(sessions_dir, s)
    target = tmp_path / "team.swe.docx"
    code, out, err = run(capsys, "export", s.id, "-o", str(target), *dirs)
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    tables = "\n".join(c.text for t in docx.Document(str(target)).tables for r in t.rows
                       for c in r.cells)
    assert "Write to the invented GP" in text + tables
    assert "Ann Example" not in text + tables
    code, out, err = run(capsys, "export", s.id, "--format", "md", "--roles-only", *dirs)
    assert code == 0, err  # the notes print a participant who owns one by role: nothing to hold
    assert "| Write to the invented GP | Health visitor, Trust |" in out
    s.actions[0].owner = "Ann"  # ... but print anyone else as typed: checked there
    save_session(sessions_dir, s)
    code, _, err = run(capsys, "export", s.id, "--format", "md", "--roles-only", *dirs)
    assert code == 1 and "Agreed action 1 (owner): participant name: Ann" in err
    s.actions[0].owner = "Ann Example"
    save_session(sessions_dir, s)

    s.answer("zz-first").points.append(Point(text="Ann Example said to ask the invented GP"))
    save_session(sessions_dir, s)
    again = tmp_path / "again.swe.docx"
    code, out, err = run(capsys, "export", s.id, "-o", str(again), *dirs)
    assert code == 0 and "participant name" in err and "point 2" in err
    assert "replaced by [redacted] in the CPD record" in err
    assert out == f"CPD record written (redacted) to {again}\n"
    tables = "\n".join(c.text for t in docx.Document(str(again)).tables for r in t.rows
                       for c in r.cells)
    assert "[redacted] said to ask the invented GP" in tables and "Ann Example" not in tables


def test_a_name_in_the_records_own_words_is_caught_and_redacted(capsys, dirs, fictional_dir,
                                                                sessions_dir, tmp_path):
    """What the person typed for the record (why relevant, how for a Code theme) is printed by
    the record, so the check reads it; notes, which never print it, do not."""
    from reflect.model.cpd import CpdChoices
    from reflect.model.session import Participant

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), title="Invented team",
                      participants=[Participant.parse("Ann Example, Health visitor, Trust")])
    s.cpd = CpdChoices(why_relevant="Ann Example and I visit invented families",
                       themes={"Preserve safety": "Ring 07700 900123 first"})
    s.set_answer("zz-first", "q", "An invented answer")
    save_session(sessions_dir, s)
    target = tmp_path / "r.swe.txt"
    code, out, err = run(capsys, "export", s.id, "-o", str(target), *dirs)
    assert code == 0 and "CPD record (why relevant): participant name: Ann Example" in err
    assert out == f"CPD record written (redacted) to {target}\n"
    assert "Ann Example" not in target.read_text()
    assert "[redacted] and I visit invented families" in target.read_text()
    nmc = tmp_path / "r.nmc.txt"
    code, _, err = run(capsys, "export", s.id, "-o", str(nmc), "--redact", *dirs)
    assert code == 0 and "07700" not in nmc.read_text() and "Ring [redacted] first" in \
        nmc.read_text()
    code, _, err = run(capsys, "export", s.id, "--format", "md", *dirs)
    assert code == 0, err  # the notes never print the record's own words


def test_my_cpd_rows_add_up_to_their_total_as_shown():
    """Hours to two places did not: 0.02 + 0.75 + 0.02 hours made a total of 0.78."""
    from reflect.export.portfolio import Entry, to_text

    def made(minutes: int, n: int) -> Entry:
        return Entry(date=f"2026-03-0{n}", year=2026, session_id=f"s{n}",
                     title=f"Invented {n}", review="Child ZZ", kind="team session",
                     minutes=minutes, participatory=n == 2, peer_reflected=False,
                     standards=(), themes=(), nmc=True)

    text = to_text([made(1, 1), made(45, 2), made(1, 3)])
    assert [line[10:].split("  Invented")[0].strip() for line in text.splitlines()
            if line.startswith("2026-")] == ["1 min", "45 min", "1 min"]
    assert "Total: 47 min (0.78 hours), 45 min of it participatory;" in text
    assert "(1 hour)" in to_text([made(60, 1)])


def test_my_cpd_leaves_out_a_session_with_nothing_recorded_and_says_so(
        capsys, dirs, mine, sessions_dir, fictional_dir, tmp_path):
    """A reflection started and left at once (a minute measured, nothing typed) was logged
    as 0:01 of CPD and added to the totals (a trial): it is left out, as a report leaves it
    out, and the log says how many, why and which; the CSV's rows stay one per session
    logged, the note beside it on stderr."""
    from reflect.model.session import Timing

    review = invented_review(fictional_dir)
    left = Session.start(review, new_session_id("child-zz"), mode="individual",
                         title="Opened and left")
    left.timing = Timing(spent={"intro": 61})
    left.cpd.standards = [2]  # the CPD record's choices are no record on their own
    save_session(sessions_dir, left)
    assert left.minutes_for_cpd == 1
    code, out, _ = run(capsys, "cpd", *dirs)
    assert code == 0
    assert "1 min  Opened and left" not in out and "Total: 0 min (0 hours)" in out
    assert out.startswith("1 session with nothing recorded is not counted: it holds no answer,"
                          " point, action or note, and no change to last time's actions (a "
                          "session started and left at once, say), so it is no evidence of "
                          "learning to log as CPD. It is listed at the end.\n")
    # the standard chosen was the session's left out: none of the regulators' terms
    assert "peer-reflected" not in out and "standards covered" not in out
    assert out.endswith("Not counted (nothing recorded):\n"
                        f"  {left.created:%Y-%m-%d}  Opened and left (individual reflection): "
                        f"{left.id}\n")
    target = tmp_path / "cpd.csv"
    code, out, err = run(capsys, "cpd", "--csv", str(target), *dirs)
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and "Opened and left" not in target.read_text(encoding="utf-8-sig")
    # beside the CSV, on stdout as information, not on stderr as an error (g129's trial)
    assert code == 0 and err == ""
    assert out.startswith(f"1 session written to {target}\n1 session with nothing recorded "
                          "is not counted:")
    assert "It is listed below.\nNot counted (nothing recorded):\n" in out and left.id in out


def test_cpd_fill_suggests_the_record_of_the_regulator_chosen(capsys, dirs, mine):
    """A standard chosen: Social Work England's record is the export suggested, as the app's
    dialog opens on it (it suggested the account for any profession, which leaves the
    standards out: a trial); nothing chosen, the account for any profession."""
    code, out, err = run(capsys, "cpd-fill", mine.id, "--why", "Invented families.", *dirs)
    assert code == 0, err
    assert out.rstrip().endswith(f" {mine.id} --format cpd-docx")
    code, out, err = run(capsys, "cpd-fill", mine.id, "--standard", "4", *dirs)
    assert code == 0, err
    assert out.rstrip().endswith(f" {mine.id} --format swe-docx")
