"""The personal-details check against what a hostile trial typed: details in the session's
own fields (participants, title, team, facilitator), and look-alikes that are not details."""

from __future__ import annotations

import pytest

from reflect.cli import main
from reflect.export.identifiers import (
    EMAIL,
    NHS,
    PHONE,
    POSTCODE,
    find_identifiers,
    redact,
)
from reflect.model.session import Participant, Session
from reflect.store.sessions import save_session
from tests.unit.test_identifiers import NHS_A, found_in_answer


def people_session(review) -> Session:
    s = Session.start(review, "20260101-child-zz-0badf00d", title="Invented meeting",
                      team="Invented Shire team")
    s.participants = [
        Participant(id="p1", name="", role="Health visitor 07700 900123", agency="NHS"),
        Participant(id="p2", name="", role="Social worker", agency="Invented Shire YO17 7AB"),
        Participant(id="p3", name="", role="GP", agency=f"Practice {NHS_A}"),
        Participant(id="p4", name="zz.person@invented.example", role="Teacher", agency="School"),
    ]
    return s


def test_details_in_participants_are_found(review):
    found = {(f.field, f.kind, f.text) for f in find_identifiers(people_session(review))}
    assert found == {
        ("participants[0].role", PHONE, "07700 900123"),
        ("participants[1].agency", POSTCODE, "YO17 7AB"),
        ("participants[2].agency", NHS, NHS_A),
        ("participants[3].name", EMAIL, "zz.person@invented.example"),
    }


def test_redact_replaces_details_in_participants(review):
    s = people_session(review)
    copy = redact(s, find_identifiers(s))
    assert copy.participants[0].role == "Health visitor [redacted]"
    assert copy.participants[3].name == "[redacted]"
    assert s.participants[0].role == "Health visitor 07700 900123"  # the original is kept


def test_export_redact_prints_no_participant_detail(capsys, review, fictional_dir, tmp_path):
    s = people_session(review)
    save_session(tmp_path, s)
    code = main(["export", s.id, "--redact", "--sessions-dir", str(tmp_path),
                 "--content-dir", str(fictional_dir)])
    out = capsys.readouterr().out
    assert code == 0 and "[redacted]" in out
    for detail in ("07700 900123", "YO17 7AB", NHS_A, "zz.person@invented.example"):
        assert detail not in out


@pytest.mark.parametrize("field", ["title", "team", "facilitator"])
def test_details_in_the_sessions_own_fields_are_found(review, field):
    s = Session.start(review, "20260101-child-zz-0badf00d")
    setattr(s, field, "Invented Shire, call 07700 900124")
    assert [(f.field, f.kind) for f in find_identifiers(s)] == [(field, PHONE)]


@pytest.mark.parametrize("text", [
    f"The guidance book is ISBN {NHS_A}.",
    f"See ISBN-10: {NHS_A} for the background.",
    "The referral 0123456789 went to the duty team.",
    "We met in Room B12 3AB on the second floor.",
    "Ward E1 2AB was quiet.",
])
def test_false_alarms_are_not_findings(review, text):
    assert found_in_answer(review, text) == []


@pytest.mark.parametrize("text, kind, found", [
    (f"Child's NHS number {NHS_A} on the letter.", NHS, NHS_A),
    ("A Scottish CHI number 150 385 0013 on the letter.", NHS, "150 385 0013"),  # invented
    ("Nan's landline is 01204 61234.", PHONE, "01204 61234"),
    ("The family moved to B12 3AB last year.", POSTCODE, "B12 3AB"),
])
def test_the_true_positives_next_to_them_are_still_found(review, text, kind, found):
    assert [(f.kind, f.text) for f in found_in_answer(review, text)] == [(kind, found)]
