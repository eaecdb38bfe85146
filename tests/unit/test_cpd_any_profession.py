"""A CPD record for any profession: a school's safeguarding lead reflecting for their CPD was
offered Social Work England's record and the NMC's, every field labelled for one of them, and
could not tell which to use. The reflective account for any profession comes first, says it
is for anyone, and holds what a CPD log asks for. All names here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.export import forms, portfolio
from reflect.export.any_record import any_account
from reflect.export.records import FILL_IN, NO_PEER
from reflect.model.cpd import CpdChoices
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.exports import FORMATS, RECORDS, format_for, render_bytes
from reflect.store.sessions import save_session


@pytest.fixture
def reflection(review) -> Session:
    s = Session.start(review, "child-zz-20300102-0900", mode="individual",
                      title="My invented reflection")
    a = s.answer("zz-first")
    a.what, a.so_what = "The invented pupil's attendance fell.", "I wait too long to ask."
    a.now_what = "Ask the family the same week."
    s.differently = "Check attendance with the form tutor every Monday."
    s.add_action(Action(text="Brief the invented staff team", due="end of March"))
    s.minutes_spent = 50
    s.cpd = CpdChoices(why_relevant="I am the school's safeguarding lead.")
    return s


def _fields(session: Session, review) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.field.key: e.text for e in any_account(session, review).entries}


def test_it_holds_what_a_cpd_log_asks_for_in_the_forms_order(reflection, review):
    record = any_account(reflection, review)
    assert [e.field.name for e in record.entries] == [
        "Name", "Title", "Type of activity", "Date", "Time spent", "What I did",
        "Why it matters for my role", "What I learned", "How it changes my practice",
        "Next steps", "Peer reflection: who I discussed it with",
        "Peer reflection: what we discussed"]
    got = _fields(reflection, review)
    assert got["time"] == "50 minutes (0.83 hours)"
    assert got["why_relevant"] == "I am the school's safeguarding lead."
    assert "What?\n  The invented pupil's attendance fell." in got["learned"]
    assert "So what?\n  I wait too long to ask." in got["learned"]
    assert got["changes"] == "Check attendance with the form tutor every Monday."
    question = reflection.answer("zz-first").question
    assert got["next_steps"] == (f"{question}\nNow what?\n  Ask the family the same week.\n\n"
                                 "My actions\n- Brief the invented staff team (due end of March)")
    assert got["peer_with"] == got["peer_discussed"] == NO_PEER


def test_nothing_typed_is_left_to_fill_in(review):
    s = Session.start(review, "child-zz-20300103-0900", mode="individual", title="Empty")
    got = _fields(s, review)
    for key in ("why_relevant", "learned", "changes", "next_steps", "time"):
        assert got[key] == FILL_IN, key


def test_a_team_session_gives_the_teams_actions_as_next_steps_naming_no_one(review):
    s = Session.start(review, "child-zz-20300104-0900", title="Invented staff meeting")
    s.add_participant(Participant(name="Pat Example", role="Class teacher",
                                  agency="Invented Primary"))
    s.answer("zz-first").points = [Point(text="Ask sooner", by="p1")]
    s.add_action(Action(text="Share the invented briefing", owner="Pat Example",
                        due="Friday"))
    got = _fields(s, review)
    assert got["next_steps"] == ("The team's agreed actions\n- Share the invented briefing "
                                 "(owner: Class teacher; due Friday)")
    assert got["peer_with"] == "Class teacher"
    text = render_bytes(s, "cpd-txt", review).decode("utf-8")
    assert "Pat" not in text and "Invented Primary" not in text


def test_its_words_are_for_anyone_and_name_no_regulator(reflection, review):
    text = render_bytes(reflection, "cpd-txt", review).decode("utf-8")
    assert "any profession" in text
    for regulator in ("Social Work England", "NMC", "the Code", "nurs", "social work"):
        assert regulator not in text, regulator
    assert forms.form("any").check is False  # reflect's own layout: nothing to check against


def test_it_is_the_first_record_offered_and_says_it_is_for_any_profession():
    records = [f for f in FORMATS if f in RECORDS]
    assert records[:4] == ["cpd-md", "cpd-txt", "cpd-docx", "cpd-pdf"]
    assert all("any profession" in FORMATS[f].title for f in records[:4])
    assert format_for(Path("my-record.cpd.docx")) == "cpd-docx"


def test_reflect_export_writes_it_by_the_files_ending(capsys, fictional_dir, sessions_dir,
                                                      reflection, tmp_path):
    save_session(sessions_dir, reflection)
    target = tmp_path / "my-record.cpd.txt"
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    assert main(["export", reflection.id, "-o", str(target), *dirs]) == 0
    assert "CPD record written to" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8").startswith(
        "Reflective account: My invented reflection")
    assert main(["cpd-fill", reflection.id, "--why", "I lead safeguarding.", *dirs]) == 0
    said = capsys.readouterr().out  # the any-profession record first, into the exports folder
    assert "(cpd-docx: the reflective account for any profession;" in said
    last = said.rstrip().splitlines()[-1]  # (the folder options carried after "export")
    assert " export " in last and last.endswith(f"{reflection.id} --format cpd-docx")


def test_my_cpd_names_no_regulators_list_where_none_was_chosen(reflection):
    """A teacher's log said "Social Work England standards covered: none chosen" and "NMC
    Code themes covered: none chosen" each year: two regulators' lists, neither theirs."""
    text = portfolio.to_text([portfolio.entry(reflection)])
    assert "  50 min  My invented reflection" in text
    assert "Social Work England" not in text and "NMC" not in text
    reflection.cpd = CpdChoices(standards=[3])
    assert "Social Work England standards covered: 3." in portfolio.to_text(
        [portfolio.entry(reflection)])


NOW_WHAT = "Add an invented safer-sleep check to my visit template by 31/01/2027."
DIFFERENTLY = "Ask where the invented baby sleeps at every visit, not only the first."


def _health_visitor(review) -> Session:  # type: ignore[no-untyped-def]
    """A health visitor's reflection on her own: a dated Now what? and what she will do
    differently, and nothing on What to do now."""
    s = Session.start(review, "child-zz-20301120-1000", mode="individual",
                      title="Invented safer sleep reflection")
    a = s.answer("zz-first")
    a.what, a.so_what = "The invented family had a leaflet only.", "I rush the conversation."
    a.now_what = NOW_WHAT
    s.differently = DIFFERENTLY
    s.minutes_spent = 40
    return s


def test_her_dated_now_what_is_her_next_steps_not_left_to_fill_in(review):
    """Her Now what? was given as how it changes her practice, and the next steps said
    "(for you to fill in)" until she added an action on What to do now (a trial)."""
    got = _fields(_health_visitor(review), review)
    assert NOW_WHAT in got["next_steps"] and FILL_IN not in got["next_steps"]
    assert NOW_WHAT not in got["changes"]  # once, where it belongs
    assert got["changes"] == DIFFERENTLY
    assert DIFFERENTLY not in got["next_steps"]


def test_what_to_do_now_and_her_actions_follow_her_now_what_in_the_next_steps(review):
    s = _health_visitor(review)
    s.notes["actions"] = "Talk to the invented team lead first."
    s.add_action(Action(text="Update the invented visit template", due="31/01/2027"))
    steps = _fields(s, review)["next_steps"]
    assert steps.index(NOW_WHAT) < steps.index("What to do now\n  Talk to the invented team") < \
        steps.index("My actions\n- Update the invented visit template (due Sunday 31 January "
                    "2027")


@pytest.mark.parametrize("fmt", ["cpd-md", "cpd-txt", "cpd-docx", "swe-txt", "nmc-txt"])
def test_each_of_her_words_is_in_every_record_once(review, fmt):
    """The regulators' forms have one field for the impact on her practice: what she will do
    differently and her Now what?, each once."""
    data = render_bytes(_health_visitor(review), fmt, review)
    if fmt.endswith("docx"):
        import io

        import docx

        doc = docx.Document(io.BytesIO(data))
        text = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    else:
        text = data.decode("utf-8")
    assert text.count(NOW_WHAT) == text.count(DIFFERENTLY) == 1, fmt
    if fmt.startswith("cpd"):
        assert text.index(DIFFERENTLY) < text.index("Next steps") < text.index(NOW_WHAT)
