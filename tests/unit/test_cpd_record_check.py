"""The personal-details check on a CPD record reads what that record prints, format by format.

A trial: a health visitor's how for a Code theme named a mother ('listen to mum "Jo
Fictional"'); the Social Work England record and the NMC discussion form, which print no how,
were refused over it, and exported anyway held no "Jo". A record is never refused now: it
replaces what the check finds however it is exported. All names here are invented."""

from __future__ import annotations

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.exports import FORMATS, RECORDS, findings_for, record_prints, render_bytes
from reflect.store.sessions import new_session_id, save_session
from tests.cpd_folder import invented_review
from tests.unit.test_cpd_cli import mine  # noqa: F401 (the same fixture; `dirs`: conftest)

ANY = ["cpd-md", "cpd-txt", "cpd-docx", "cpd-pdf"]
SWE = ["swe-md", "swe-txt", "swe-docx", "swe-pdf"]
NMC = ["nmc-md", "nmc-txt", "nmc-docx", "nmc-pdf"]
DISCUSSION = ["nmc-discussion-md", "nmc-discussion-txt", "nmc-discussion-docx",
              "nmc-discussion-pdf"]


def test_every_record_format_is_tested_here():
    assert sorted(ANY + SWE + NMC + DISCUSSION) == sorted(RECORDS)


@pytest.mark.parametrize("fmt", ANY + SWE + NMC + DISCUSSION)
def test_a_name_in_a_themes_how_is_found_only_in_the_records_printing_it(
        capsys, dirs, mine, tmp_path, fmt):  # noqa: F811 (the fixtures imported above)
    assert main(["cpd-fill", mine.id, "--theme", '1=listen to mum "Jo Fictional"', *dirs]) == 0
    capsys.readouterr()
    target = tmp_path / f"walk{FORMATS[fmt].ending}"
    code = main(["export", mine.id, "-o", str(target), *dirs])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert target.exists()
    if fmt in NMC:  # the reflective account prints the how: found, and replaced
        assert "CPD record (how: Prioritise people): likely name: Jo Fictional" in err
        assert out == f"CPD record written (redacted) to {target}\n"
    else:
        assert "Jo Fictional" not in err and out == f"CPD record written to {target}\n"
    if not fmt.endswith(("docx", "pdf")):
        assert "Jo" not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ANY + SWE + NMC + DISCUSSION)
def test_each_records_own_words_are_checked_where_that_record_prints_them(
        fictional_dir, fmt):
    """Why relevant and the type of activity are the Social Work England record's, the
    account for any profession's and (since a health visitor's trial) the NMC account's; the
    Code themes' how and the method the NMC account's; an
    answer of one's own is in all three, and in no discussion form (a reflection alone had
    no discussion)."""
    from reflect.model.cpd import CpdChoices

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), mode="individual", title="Invented")
    s.answer("zz-first").what = 'I met baby "Sam Sample".'
    s.cpd = CpdChoices(why_relevant='I visit mum "Ada Invented".',
                       activity_type='Reading with dad "Bo Madeup"',
                       method='Shadowing sister "Cy Pretend"',
                       themes={"Preserve safety": 'Ask about Mrs "Di Notreal"'})
    found = {f.text for f in findings_for(s, fmt, review)}
    if fmt in SWE + ANY:
        assert found == {"Sam Sample", "Ada Invented", "Bo Madeup"}
    elif fmt in NMC:
        assert found == {"Sam Sample", "Ada Invented", "Bo Madeup", "Cy Pretend",
                         "Di Notreal"}
    else:
        assert found == set()
    # and what is found is what the record prints: the words before each name are in it
    # (the name itself the record redacts)
    text = render_bytes(s, fmt.rpartition("-")[0] + "-txt", review).decode("utf-8")
    for name, before in (("Sam Sample", "I met baby"), ("Ada Invented", "I visit mum"),
                         ("Bo Madeup", "Reading with dad"), ("Cy Pretend", "Shadowing sister"),
                         ("Di Notreal", "Ask about Mrs")):
        assert (name in found) == (before in text), name


def test_a_team_sessions_discussion_form_is_checked_on_the_discussion(fictional_dir):
    """A team session's discussion form prints the team's points: a name there holds it
    back; the actions, which it does not print, do not."""
    from reflect.model.session import Action, Point

    review = invented_review(fictional_dir)
    s = Session.start(review, new_session_id("child-zz"), title="Invented team")
    s.answer("zz-first").points = [Point(text='We spoke of baby "Sam Sample"')]
    s.actions = [Action(text='Visit mum "Ada Invented" again')]
    assert [f.text for f in findings_for(s, "nmc-discussion-md", review)] == ["Sam Sample"]
    assert {f.text for f in findings_for(s, "swe-md", review)} == {"Sam Sample",
                                                                   "Ada Invented"}
    prints = record_prints(s, "nmc-discussion-pdf", review)
    assert "answers[0].points[0].text" in prints and "actions[0].text" not in prints



@pytest.mark.parametrize("extra", [[], ["--anyway"]])
def test_a_record_on_standard_output_is_redacted_not_refused(
        capsys, dirs, mine, sessions_dir, extra):  # noqa: F811 (the fixture imported above)
    """A trial: `reflect export ID --format cpd-md` refused over a likely name ("nothing was
    exported … --redact … or --anyway"), though a CPD record is redacted however it is
    exported, and --anyway printed `Mrs [redacted]'s GP` all the same. It is written,
    redacted, and what was replaced is said on stderr."""
    mine.answers[0].what = "I rang Mrs Sample's GP about the invented family."
    save_session(sessions_dir, mine)
    code = main(["export", mine.id, "--format", "cpd-md", *extra, *dirs])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Mrs [redacted]'s GP" in out and "Sample" not in out
    assert "nothing was exported" not in err
    assert "1 likely personal detail found, replaced by [redacted] in the CPD record" in err
    assert "likely name: Sample" in err


def test_a_redacted_record_has_the_name_the_app_gives_it(capsys, dirs, mine,  # noqa: F811
                                                         sessions_dir):
    """`reflect export … --format cpd-docx`, which always writes a record redacted, wrote
    `exports/<id>.cpd.docx` saying "CPD record written (redacted)", where the app writes that
    record as `exports/<id>-redacted.cpd.docx` (a trial): one name, wherever it is written,
    so a reader knows; a record that replaced nothing keeps the plain one."""
    exports = sessions_dir / "exports"
    assert main(["export", mine.id, "--format", "cpd-docx", *dirs]) == 0
    assert capsys.readouterr().out == (f"CPD record written to "
                                       f"{exports / f'{mine.id}.cpd.docx'}\n")
    assert main(["cpd-fill", mine.id, "--theme", '1=listen to mum "Jo Fictional"', *dirs]) == 0
    capsys.readouterr()
    assert main(["export", mine.id, "--format", "nmc-docx", *dirs]) == 0
    redacted = exports / f"{mine.id}-redacted.nmc.docx"
    assert capsys.readouterr().out == f"CPD record written (redacted) to {redacted}\n"
    assert redacted.is_file() and not (exports / f"{mine.id}.nmc.docx").exists()
