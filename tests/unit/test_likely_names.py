"""Likely names of people in what was typed: found in a self-reflection, which has no
participants whose names could be looked for, and in a team's notes; redacted like any other
finding; and never the words of safeguarding's own vocabulary, months or days.

Every name here is invented and belongs to nobody.
"""

from __future__ import annotations

import pytest

from reflect.export.identifiers import LIKELY_NAME, find_identifiers, kinds_in, redact
from reflect.export.likely_names import likely_names
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.exports import findings_for, render_bytes


def names_in(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in likely_names(text)]


@pytest.mark.parametrize("text, names", [
    ('the HV record for baby "Sam Sample"', ["Sam Sample"]),
    ("Family of Alex Example", ["Alex Example"]),
    ("the family of Alex Example moved", ["Alex Example"]),
    ("baby Sam was weighed", ["Sam"]),
    ("Baby Sam Sample's cot", ["Sam Sample"]),
    ("Mum Jo Invented said", ["Jo Invented"]),
    ("mum and dad Sam", ["Sam"]),
    ("her mother Priya", ["Priya"]),
    ("his father Kit Madeup", ["Kit Madeup"]),
    ("the brother Ollie and sister Ada", ["Ollie", "Ada"]),
    ("nan Rosa Example and grandma Ida", ["Rosa Example", "Ida"]),
    ("child Jamie", ["Jamie"]),
    ("Mr Sample", ["Sample"]),
    ("Mrs. Example's flat", ["Example"]),
    ("Ms Alex Example", ["Alex Example"]),
    ("Miss Example", ["Example"]),
    ("Mr O'Example-Sample", ["O'Example-Sample"]),
    ("grandma Zoë Ąbecka", ["Zoë Ąbecka"]),
    ("‘Sam Sample’ was on the list", ["Sam Sample"]),
    ("“Alex Jo Example”", ["Alex Jo Example"]),
    ("baby Sam\u00a0Sample", ["Sam\u00a0Sample"]),
    # a parent's partner (`her partner Quorra Example` went into a CPD record: a trial)
    ("Mum said her partner Quorra Example stayed over.", ["Quorra Example"]),
    ("mum's ex-partner Zorvan and her boyfriend Kit", ["Zorvan", "Kit"]),
    ("Partner Ollie Madeup; his wife Ada; her husband Zorvan; fiancé Kit", [
        "Ollie Madeup", "Ada", "Zorvan", "Kit"]),
    # set off by a comma or a dash (`her partner, Quorra Example,` went unfound: g345's trial)
    ("Mum said her partner, Quorra Example, stayed over.", ["Quorra Example"]),
    ("her son, Zorvan; baby – Kit Madeup – was seen", ["Zorvan", "Kit Madeup"]),
    # "@" and words ending a point: who said it, left as typed when it matched no one here
    ("Teachers were not invited @rob", ["rob"]),
    ("Ring the invented school @Ann Example.", ["Ann Example"]),
    # "@" and a name anywhere else ("Discussed with @sam." went into a record: a trial)
    ("Discussed with @sam. Ref 12.", ["sam"]),
    ("Asked @alex and the team", ["alex"]),
    ("Discussed with @sam about it.", ["sam"]),  # not "sam about it": redacted, it went too
])
def test_likely_names_are_found(text, names):
    assert names_in(text) == names


@pytest.mark.parametrize("text", [
    "Write to invented.sam@example.org about it.",
    "The @team and the school met.",
    "The Social Worker visited.",
    "Children's Services were told.",
    "the Local Authority held a meeting",
    "Mum and dad were at home when the health visitor called.",
    "Dad and mum were out.",
    "child Protection Plan; the Child Protection Conference; Child in Need",
    "a Child Safeguarding Practice Review",
    "Child AC, Child H and Baby X",  # a review's own way of naming nobody
    "mum May, dad Monday, baby June, child Friday",  # months and days
    "Mum. Sam went home.",  # a new sentence, not a name after "Mum"
    "the Mother and Baby Unit",
    "Father Christmas",
    "sister Ward 3",
    '"Working Together" and "Was Not Brought" and "Think Family"',
    '"Signs of Safety"',
    '"Social Worker"',
    "her mum sam",  # not written as a name is
    "MUM SAM SAMPLE",
    "Mr",
    "Summer plan: Mrs",
    "person Alpha; the Mummy-like grandma",
    "Invented point @social worker",  # a role, not a name
    "Seen @home today",
    "write to invented@example.invalid",  # an email is found as one, not as a name
    "met @ school",
    "our partner Agencies and partner Organisations met",  # partner agencies, not a partner
    "the partner Police; a Partner Organisation",
    "Mum, Dad and Nan attended; our partner, Police and Health, met",  # a list, not a name
    "Dad: Yes. Mother (Birth) and Father (Adoptive)",  # a form's answers, kinds
])
def test_words_that_are_not_names_are_not_found(text):
    assert names_in(text) == []


def reflection(review) -> Session:
    s = Session.start(review, "child-zz-mine", mode="individual", title="My reflection")
    a = s.answers[0]
    a.what = 'I read the HV record for baby "Sam Sample" again.'
    a.so_what = "Family of Alex Example: nobody asked who else lived there."
    s.differently = "Ask Mum and dad who lives in the home."
    return s


def test_a_self_reflection_has_its_names_found_and_redacted(review):
    s = reflection(review)
    assert s.participants == []
    found = [(f.field, f.kind, f.text) for f in find_identifiers(s, review)]
    assert found == [("answers[0].what", LIKELY_NAME, "Sam Sample"),
                     ("answers[0].so_what", LIKELY_NAME, "Alex Example")]
    clean = redact(s, find_identifiers(s, review))
    assert clean.answers[0].what == 'I read the HV record for baby "[redacted]" again.'
    assert clean.answers[0].so_what.startswith("Family of [redacted]: nobody")
    assert clean.differently == s.differently


def test_the_nmc_record_never_prints_them(review):
    s = reflection(review)
    assert [f.text for f in findings_for(s, "nmc-txt", review)] == ["Sam Sample", "Alex Example"]
    text = render_bytes(s, "nmc-txt", review).decode("utf-8")
    assert "Sam Sample" not in text and "Alex Example" not in text
    assert "[redacted]" in text


def test_a_team_session_has_the_familys_names_found_not_the_staffs(review):
    s = Session.start(review, "child-zz-team", title="Invented meeting", facilitator="Mrs Lead",
                      participants=[Participant(name="Mr Kit Madeup", role="Nurse")])
    s.set_answer("zz-first", "q", "We asked how baby Ollie was sleeping.")
    s.actions.append(Action(text="Ring Mrs Example", owner="Mr Madeup"))
    found = [(f.field, f.text) for f in find_identifiers(s, review) if f.kind == LIKELY_NAME]
    assert found == [("answers[0].text", "Ollie"), ("actions[0].text", "Example")]


def test_a_name_the_review_itself_uses_is_no_finding(review):
    named = review.model_copy(update={"title": "Child Q (Quill)"})
    s = Session.start(named, "child-zz-mine", mode="individual")
    s.answers[0].what = "What happened to child Quill and to baby Sam"
    assert [f.text for f in find_identifiers(s, named)] == ["Sam"]


def test_a_points_at_name_that_matched_no_one_here_is_found_for_a_cpd_record(review):
    """`@rob`, for Rob Test marked not here, stayed in the point and went into a CPD record,
    and the check found nothing (a trial)."""
    s = Session.start(review, "child-zz-team", title="Invented meeting",
                      participants=[Participant(name="Rob Test", role="Teacher",
                                                attended=False)])
    s.answers[0].points.append(Point(text="Teachers were not invited @rob"))
    found = [(f.field, f.kind, f.text) for f in find_identifiers(s, review, roles_only=True)]
    assert found == [("answers[0].points[0].text", LIKELY_NAME, "rob")]
    assert "@rob" not in render_bytes(s, "swe-md", review).decode("utf-8")


def test_a_point_from_the_room_is_flagged(review):
    assert kinds_in("Mum said Mrs Example knew", review) == [LIKELY_NAME]
    assert kinds_in("Mum and dad were at home", review) == []
