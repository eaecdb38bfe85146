"""A participant's line: name, role and agency, and a name typed before a job (#trial)."""

from __future__ import annotations

import pytest

from reflect.model.roles import names_a_role
from reflect.model.session import Participant


@pytest.mark.parametrize(("line", "read"), [
    ("Alex Example, GP", ("Alex Example", "GP", "")),
    ("Sam Sample, social worker", ("Sam Sample", "social worker", "")),
    ("Pat Placeholder, Designated Safeguarding Lead",
     ("Pat Placeholder", "Designated Safeguarding Lead", "")),
    ("Jo Example\tfamily support worker", ("Jo Example", "family support worker", "")),
    # A role and an agency, as before.
    ("Health visitor, Invented Trust", ("", "Health visitor", "Invented Trust")),
    ("Social worker, CSC", ("", "Social worker", "CSC")),
    ("Student, GP", ("", "Student", "GP")),  # the first names a job too: role, agency
    # A name and an agency: read as a role, roles-only notes and the report printed the name.
    ("Alex Example, Invented Council", ("Alex Example", "", "Invented Council")),
    ("Early Help, Invented Council", ("", "Early Help", "Invented Council")),
    ("Sam Sample, Teacher, Invented Academy", ("Sam Sample", "Teacher", "Invented Academy")),
    ("Team manager", ("", "Team manager", "")),
])
def test_a_name_before_a_job_is_read_as_a_name(line, read):
    """"Alex Example, GP" was read as the role "Alex Example" at the agency "GP", and the
    partnership's report, which names no one, counted "Alex Example" among the roles."""
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == read


@pytest.mark.parametrize(("words", "job"), [
    ("GP", True), ("health visitor", True), ("Police Officer", True), ("SENCO", True),
    ("designated safeguarding lead", True), ("Head teacher", True),
    ("Alex Example", False), ("Invented Council", False), ("", False), ("CSC", False),
])
def test_names_a_role(words, job):
    assert names_a_role(words) is job


@pytest.mark.parametrize(("line", "read"), [
    ("Jo Bloggs", ("Jo Bloggs", "", "")),
    ("Priya Placeholder", ("Priya Placeholder", "", "")),
    ("Alex Example", ("Alex Example", "", "")),
    ("Sam O'Sample", ("Sam O'Sample", "", "")),
    ("Casey Fictional-Example", ("Casey Fictional-Example", "", "")),
    # Jobs, services and agencies typed alone stay roles.
    ("Health visitor", ("", "Health visitor", "")),
    ("Duty manager", ("", "Duty manager", "")),
    ("Duty Manager", ("", "Duty Manager", "")),
    ("GP", ("", "GP", "")),
    ("Designated Safeguarding Lead", ("", "Designated Safeguarding Lead", "")),
    ("Social worker", ("", "Social worker", "")),
    ("Social Worker", ("", "Social Worker", "")),
    ("Facilitator", ("", "Facilitator", "")),
    ("Probation", ("", "Probation", "")),
    ("Invented Council", ("", "Invented Council", "")),
    ("CAMHS", ("", "CAMHS", "")),
    ("Alex Example Sam Sample", ("", "Alex Example Sam Sample", "")),  # four words: as before
])
def test_a_name_typed_alone_is_read_as_a_name(line, read):
    """Names typed one per line ("Jo Bloggs") were read as roles: the report that names no one
    counted them by role, and a roles-only export wrote them out (a trial)."""
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == read
    assert [(q.name, q.role) for q in Participant.parse_lines(f"{line}\n")] == [read[:2]]


def test_names_typed_alone_are_left_out_of_roles_only_exports_and_the_report(
        capsys, fictional_dir, sessions_dir, tmp_path):
    from reflect.cli import main
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import new_session_id, save_session

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Exercise",
                      participants=Participant.parse_lines(
                          "Jo Bloggs\nPriya Placeholder\nHealth visitor"))
    s.set_answer("zz-first", "q", "An answer")
    save_session(sessions_dir, s)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    target = tmp_path / "x.md"
    assert main(["export", s.id, "--roles-only", "-o", str(target), *dirs]) == 0
    assert main(["report", *dirs]) == 0
    out = capsys.readouterr().out
    for text in (target.read_text(), out):
        assert "Health visitor" in text
        assert "Jo Bloggs" not in text and "Priya Placeholder" not in text


@pytest.mark.parametrize(("text", "no_one"), [
    ("Team lead", True), ("Duty Manager", True), ("DSL", True), ("Head of Service", True),
    ("Designated safeguarding lead", True), ("Family support worker", True),
    ("Jo", False), ("Jo Example", False), ("Kim Lee (Team lead)", False),
    ("Jo Example, DSL", False), ("Team", False), ("", False)])
def test_a_facilitators_field_names_no_one_when_it_holds_a_role(text, no_one):
    """A report redacts the facilitator's name from titles and actions: not a role, which
    was redacted as one ("Team lead catch-up" was "[redacted] catch-up": a trial)."""
    from reflect.model.roles import names_no_one

    assert names_no_one(text) is no_one


def test_one_rule_compares_names_for_the_room_my_cpd_and_a_person_typed_twice() -> None:
    """Two rules disagreed: Who is here asked of "Sam Sample." added beside Sam Sample, while
    the room and *My CPD so far* took them for two people (a regression trial)."""
    from reflect.model.roles import name_key, one_named
    from reflect.model.same_person import listed_as
    from reflect.model.session import Participant

    people = [Participant(name="Sam Sample", role="Social worker")]
    assert name_key("sam  SAMPLE.") == name_key("Sam Sample") == "sam sample"
    assert one_named(people, "Sam Sample.") is people[0]
    assert listed_as(Participant(name="sam sample."), people) == 0


@pytest.mark.parametrize(("line", "read"), [
    ("sam sample", ("sam sample", "", "")),
    ("pat o'example", ("pat o'example", "", "")),
    ("sam sample, invented council", ("sam sample", "", "invented council")),
    # Jobs, services and agencies in small letters stay roles, as with capitals.
    ("health visitor", ("", "health visitor", "")),
    ("social worker", ("", "social worker", "")),
    ("duty manager", ("", "duty manager", "")),
    ("early help", ("", "early help", "")),
    ("invented council", ("", "invented council", "")),
    ("camhs", ("", "camhs", "")),
    ("nspcc", ("", "nspcc", "")),
    ("CAMHS", ("", "CAMHS", "")),
])
def test_a_name_in_small_letters_is_read_as_a_name(line, read):
    """Plain mode asks for `name, role, agency`: `sam sample` typed there was read as a role
    (a trial); then the app's box still read it so (a trial). One reading for both."""
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == read
    assert [(q.name, q.role, q.agency) for q in Participant.parse_lines(line)] == [read]


@pytest.mark.parametrize(("line", "read"), [
    ("PAT EXAMPLE", ("PAT EXAMPLE", "", "")),
    ("SAM O'SAMPLE, INVENTED COUNCIL", ("SAM O'SAMPLE", "", "INVENTED COUNCIL")),
    ("PAT EXAMPLE, SW", ("PAT EXAMPLE", "SW", "")),
    ("pat example, sw", ("pat example", "sw", "")),
    # Jobs, services and abbreviations in capitals stay roles, as in small letters.
    ("HEALTH VISITOR", ("", "HEALTH VISITOR", "")),
    ("INVENTED COUNCIL", ("", "INVENTED COUNCIL", "")),
    ("SW", ("", "SW", "")), ("sw", ("", "sw", "")),
    ("HV", ("", "HV", "")), ("GP", ("", "GP", "")),
    ("CAMHS", ("", "CAMHS", "")), ("NHS", ("", "NHS", "")), ("nhs", ("", "nhs", "")),
    ("LADO", ("", "LADO", "")), ("lado", ("", "lado", "")),
    ("TM", ("", "TM", "")),  # three letters or fewer alone in capitals: an abbreviation
])
def test_a_name_in_capitals_is_read_as_a_name(line, read):
    """`PAT EXAMPLE` typed in plain mode was read as a role, while `pat example` was a name,
    and was not found to be Pat Example (a trial); the app's box reads it as plain mode."""
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == read
    assert [(q.name, q.role, q.agency) for q in Participant.parse_lines(line)] == [read]


@pytest.mark.parametrize(("line", "read"), [
    ("Dee Visitor, health visitor", ("Dee Visitor", "health visitor", "")),
    ("Sam Carer, midwife", ("Sam Carer", "midwife", "")),
    ("Kim Head, GP", ("Kim Head", "GP", "")),
    # Jobs before jobs stay a role and an agency.
    ("Health Visitor, GP", ("", "Health Visitor", "GP")),
    ("Duty Manager, social worker", ("", "Duty Manager", "social worker")),
    ("Office Manager, GP", ("", "Office Manager", "GP")),
    ("Student, GP", ("", "Student", "GP")),
    ("Team Lead, midwife", ("", "Team Lead", "midwife")),
    ("Senior Nurse, health visitor", ("", "Senior Nurse", "health visitor")),
])
def test_a_surname_that_is_a_job_word_before_a_job_is_a_name(line, read):
    """"Dee Visitor, health visitor" was read as the role "Dee Visitor" at the agency
    "health visitor": both parts named a job, and two such parts were role then agency."""
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == read


@pytest.mark.parametrize(("line", "read"), [
    ("Sam Sample, TA", ("Sam Sample", "TA", "")),
    ("sam sample, ta", ("sam sample", "ta", "")),
    ("Jo Example, HLTA", ("Jo Example", "HLTA", "")),
    ("Jo Example, SENDCo", ("Jo Example", "SENDCo", "")),
    ("Kim Example, HV", ("Kim Example", "HV", "")),
    ("Pat Example, DCI", ("Pat Example", "DCI", "")),
    ("Pat Example, DI", ("Pat Example", "DI", "")),
    ("Alex Example, TM", ("Alex Example", "TM", "")),
    ("Sam Sample (TA)", ("Sam Sample", "TA", "")),
    ("TA, Moorvale Academy", ("", "TA", "Moorvale Academy")),
    ("HV, NHS", ("", "HV", "NHS")),
    # Services written short stay agencies.
    ("Sam Sample, CSC", ("Sam Sample", "", "CSC")),
    ("Sam Sample, NHS", ("Sam Sample", "", "NHS")),
    ("Sam Sample, CAMHS", ("Sam Sample", "", "CAMHS")),
    # Names that are a short job's words stay names, written as names are.
    ("Di Example, TA", ("Di Example", "TA", "")),
    ("Di", ("Di", "", "")),
    ("Elsa Example", ("Elsa Example", "", "")),
    ("Sam Ta", ("Sam Ta", "", "")),
])
def test_a_job_written_short_is_a_role(line, read):
    """"Sam Sample, TA" was read as the agency "TA" with no role, while "teaching assistant"
    written out was a role (a school's safeguarding lead's trial)."""
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == read
