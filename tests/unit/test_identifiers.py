"""Personal identifiers in what a team typed: found precisely, redacted in a copy.

All data here is invented. NHS numbers are made up with a valid check digit computed below;
phone numbers come from Ofcom's ranges for drama (07700 900xxx, 020 7946 0xxx, 0113 496 0xxx,
01632 960xxx); emails use example.com; names belong to nobody.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.export.identifiers import (
    BIRTH_DATE,
    EMAIL,
    KINDS,
    LIKELY_NAME,
    NAME,
    NHS,
    NI_NUMBER,
    PHONE,
    POSTCODE,
    Finding,
    find_identifiers,
    redact,
)
from reflect.model.review import Review
from reflect.model.session import Action, CarriedAction, Participant, Point, Session
from reflect.store.library import load_library

# --- helpers --------------------------------------------------------------------------------


def nhs_number(first_nine: str) -> str:
    """An invented NHS number: nine digits and their modulus-11 check digit."""
    assert len(first_nine) == 9
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    assert check != 10, "no valid check digit for these nine digits; choose others"
    return first_nine + str(0 if check == 11 else check)


def wrong_check(number: str) -> str:
    return number[:9] + str((int(number[9]) + 1) % 10)


NHS_A = nhs_number("943476591")  # invented
NHS_B = nhs_number("401023213")  # invented
NHS_C = nhs_number("600000001")  # invented


@pytest.fixture
def contact_review(review):
    """The invented review with contact lines like the bundled ones."""
    return review.model_copy(update={"contact": [
        "To make a safeguarding referral about an adult or child call: 0300 121 3 121",
        "If you have any questions please email us at nyscp@northyorks.gov.uk",
    ]})


def blank(review, **fields) -> Session:
    return Session.start(review, "child-zz-test", **fields)


def found_in_answer(review, text: str, **kwargs) -> list[Finding]:
    s = blank(review)
    s.set_answer("zz-first", "What would you do first?", text)
    r = kwargs.pop("with_review", None)
    return find_identifiers(s, r, **kwargs)


def texts(findings: list[Finding], kind: str | None = None) -> list[str]:
    return [f.text for f in findings if kind is None or f.kind == kind]


def field_text(s: Session, path: str) -> str:
    """The text at a finding's `field` path, read independently of the module."""
    if path in ("title", "team", "facilitator"):
        return getattr(s, path)
    if path in ("differently",):
        return s.differently
    if path.startswith("notes."):
        return s.notes[path.removeprefix("notes.")]
    m = re.fullmatch(r"answers\[(\d+)\]\.points\[(\d+)\]\.text", path)
    if m:
        return s.answers[int(m.group(1))].points[int(m.group(2))].text
    m = re.fullmatch(r"(answers|actions|carried|participants)\[(\d+)\]\.(\w+)", path)
    assert m, path
    return getattr(getattr(s, m.group(1))[int(m.group(2))], m.group(3))


# --- NHS numbers ----------------------------------------------------------------------------


def test_the_helper_makes_valid_numbers():
    # The worked example in the NHS data dictionary: 943 476 5919 is valid.
    assert nhs_number("943476591") == "9434765919"


@pytest.mark.parametrize("written", [
    NHS_A,
    f"{NHS_B[:3]} {NHS_B[3:6]} {NHS_B[6:]}",
    f"{NHS_C[:3]}-{NHS_C[3:6]}-{NHS_C[6:]}",
    f"{NHS_A[:3]}\u00a0{NHS_A[3:6]}\u00a0{NHS_A[6:]}",
])
def test_nhs_numbers_are_found(review, written):
    found = found_in_answer(review, f"Child's NHS number is {written}, checked with the GP.")
    assert [(f.kind, f.text) for f in found] == [(NHS, written)]


@pytest.mark.parametrize("text", [
    f"Reference {wrong_check(NHS_A)} on the form.",          # wrong check digit
    f"Reference {wrong_check(NHS_B)[:3]} {wrong_check(NHS_B)[3:6]} {wrong_check(NHS_B)[6:]}.",
    f"Case number {NHS_A}7 was closed.",                     # 11 digits
    f"Case number 1{NHS_A} was closed.",                     # 11 digits
    f"Long run 55{NHS_B}55 of digits.",
    f"Hyphenated run 12-{NHS_B} and {NHS_C}-34.",
    f"Mixed grouping {NHS_A[:3]} {NHS_A[3:6]}-{NHS_A[6:]}.",
    "Placeholder 0000000000 and 1111111111.",                # pass modulus 11, never real
    f"A code ABC{NHS_A} in a system.",                       # glued to letters
])
def test_nhs_look_alikes_are_not_found(review, text):
    assert texts(found_in_answer(review, text), NHS) == []


# --- phone numbers --------------------------------------------------------------------------


@pytest.mark.parametrize("written", [
    "07700 900123",
    "07700900123",
    "07700 900 123",
    "0770 090 0123",
    "+44 7700 900123",
    "+447700900123",
    "+44 (0)7700 900123",
    "0044 7700 900123",
    "020 7946 0123",
    "(020) 7946 0123",
    "+44 20 7946 0123",
    "0113 496 0123",
    "01632 960123",
    "(01632) 960123",
    "01632-960123",
    "0300 123 4567",  # a 0300 number that is not the partnership's own
])
def test_uk_phone_numbers_are_found(review, written):
    found = found_in_answer(review, f"Mum can be reached on {written} most days.")
    assert [(f.kind, f.text) for f in found] == [(PHONE, written)]


def test_a_bracketed_number_leaves_out_the_outer_brackets(review):
    found = found_in_answer(review, "Dad (07700 900456) did not answer.")
    assert texts(found) == ["07700 900456"]


@pytest.mark.parametrize("text", [
    "The meeting is at 10:30 in 2026.",
    "Case 0770090012345 is closed.",            # a longer run of digits
    "Ref 12-07700900123 on the letter.",
    "Account 020794601234 is old.",              # 12 digits
    "Freephone 0800 123 4567 is a service line.",  # 08: not a personal number
    "Code x07700900123 in the system.",
    "It took 2026 minutes, or 1,234,567,890 seconds.",
])
def test_phone_look_alikes_are_not_found(review, text):
    assert texts(found_in_answer(review, text), PHONE) == []


# --- the partnership's own contact details --------------------------------------------------


@pytest.mark.parametrize("written", [
    "0300 121 3 121", "0300 121 3121", "03001213121", "+44 300 121 3121",
    "nyscp@northyorks.gov.uk", "NYSCP@northyorks.gov.uk",
])
def test_the_partnerships_published_details_are_not_findings(review, contact_review, written):
    text = f"We reminded everyone to call or write to {written} with concerns."
    assert texts(found_in_answer(review, text, with_review=contact_review)) == []
    # Without the review's contact lines they look like any other number or address.
    assert texts(found_in_answer(review, text)) == [written]


def test_other_details_are_still_found_next_to_the_published_ones(review, contact_review):
    text = "Referral line 0300 121 3 121; Mum 07700 900123; email mum@example.com."
    found = found_in_answer(review, text, with_review=contact_review)
    assert texts(found) == ["07700 900123", "mum@example.com"]


def test_the_bundled_contact_lines_are_read(review, bundled_dir):
    bundled = load_library(bundled_dir).get("child-h")
    assert bundled is not None and bundled.contact
    text = "Call 0300 121 3 121 or email nyscp@northyorks.gov.uk; dad is on 07700 900321."
    assert texts(found_in_answer(review, text, with_review=bundled)) == ["07700 900321"]


# --- email addresses ------------------------------------------------------------------------


@pytest.mark.parametrize("written", [
    "jo.bloggs@example.com", "first.last+school@example.co.uk", "o_brien-2@mail.example.com",
])
def test_emails_are_found(review, written):
    found = found_in_answer(review, f"Mum's email is {written}.")
    assert [(f.kind, f.text) for f in found] == [(EMAIL, written)]


@pytest.mark.parametrize("text", [
    "See x.com/NYSCP1 and safeguardingchildren.co.uk for more.",
    "Use the @duty channel or name@localhost.",
    "An @ on its own, or a@b.",
])
def test_email_look_alikes_are_not_found(review, text):
    assert texts(found_in_answer(review, text), EMAIL) == []


# --- postcodes ------------------------------------------------------------------------------


@pytest.mark.parametrize("written", [
    "YO17 7AB", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX",
    "YO177AB", "yo17 7ab",
])
def test_postcodes_are_found(review, written):
    found = found_in_answer(review, f"The family moved to {written} last year.")
    assert [(f.kind, f.text) for f in found] == [(POSTCODE, written)]


@pytest.mark.parametrize("text", [
    "The code XYO17 7AB is in a longer word.",
    "The string ABCM11AEZ is not a postcode.",
    "Form YO17 7ABC was used.",
    "In S1 2nd set and year 7 3rd term.",      # ordinals after a short code
    "Item QQ1 1AA is not a postcode area.",
    "Version M1-1AE-2 of the plan.",
    "yo177ab without a space in lower case.",
    "We met in 2026 at 10:30.",
])
def test_postcode_look_alikes_are_not_found(review, text):
    assert texts(found_in_answer(review, text), POSTCODE) == []


# --- dates of birth -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("Child's DOB: 03/03/2019 as recorded.", "03/03/2019"),
    ("D.O.B. 03.03.19 on the referral.", "03.03.19"),
    ("d.o.b 3/3/2019", "3/3/2019"),
    ("Date of birth 03-03-2019.", "03-03-2019"),
    ("She was born on 3 March 2019 in hospital.", "3 March 2019"),
    ("Baby (born 3rd of Mar 2019) was seen.", "3rd of Mar 2019"),
    ("Born March 3, 2019.", "March 3, 2019"),
    ("Sibling b. 03/03/2019 lives with dad.", "03/03/2019"),
    ("Aged 4 (03/03/2019) at the time.", "03/03/2019"),
    ("03/03/2019 (date of birth) was wrong on the form.", "03/03/2019"),
    ("Birth date 2019-03-03.", "2019-03-03"),
    ("Seen last week.Born 03/04/2019 at home.", "03/04/2019"),  # no space after the stop
])
def test_dates_of_birth_are_found(review, text, date):
    found = found_in_answer(review, text)
    assert [(f.kind, f.text) for f in found] == [(BIRTH_DATE, date)]


@pytest.mark.parametrize("text", [
    "We met on 12/03/2026 to discuss the plan.",
    "The review was published on 3 March 2024.",
    "Child was born prematurely. We met on 12/03/2026.",     # another sentence
    "We met on 12/03/2026.\nBorn early, the baby did well.",  # another line
    "Aged 4, the child was seen on 12/03/2026 by the team.",  # another clause
    "Child B. 12/03/2026 was the strategy meeting.",          # "B." is a name, not "b."
    "DOB to be checked; meeting 12/03/2026.",
    "Born in 2019; seen at 10:30.",                           # a year and a time, no date
    "DOB 32/13/2019 is not a date.",
])
def test_other_dates_are_not_dates_of_birth(review, text):
    assert texts(found_in_answer(review, text), BIRTH_DATE) == []


def test_only_the_date_next_to_the_word_is_a_birth_date(review):
    found = found_in_answer(review, "DOB 03/03/2019 12/03/2026 next meeting")
    assert texts(found) == ["03/03/2019"]


# --- National Insurance numbers -------------------------------------------------------------


@pytest.mark.parametrize("written", ["AB 12 34 56 C", "AB123456C", "ab123456c", "JT 98 76 54 D",
                                     "ZY 10 20 30 A"])
def test_ni_numbers_are_found(review, written):
    found = found_in_answer(review, f"Dad's NI number is {written} per the DWP letter.")
    assert [(f.kind, f.text) for f in found] == [(NI_NUMBER, written)]


@pytest.mark.parametrize("written", [
    "QQ 12 34 56 C",  # the usual example: Q is never used
    "DA 12 34 56 C", "AF 12 34 56 C", "IA 12 34 56 C", "AU 12 34 56 C", "VA 12 34 56 C",
    "AO 12 34 56 C",  # O never second
    "BG 12 34 56 A", "GB 12 34 56 A", "KN 12 34 56 A", "NK 12 34 56 A", "NT 12 34 56 A",
    "TN 12 34 56 A", "ZZ 12 34 56 A",
    "AB 12 34 56 E",  # suffix A-D only
    "AB 12 34 5 C", "XAB 12 34 56 C", "AB 12 34 56 CD",
])
def test_ni_look_alikes_are_not_found(review, written):
    assert texts(found_in_answer(review, f"Number {written} on file."), NI_NUMBER) == []


# --- participant names ----------------------------------------------------------------------


def named_session(review) -> Session:
    s = blank(review, participants=[
        Participant(name="Alex Invented", role="Social worker", agency="Invented Council"),
        Participant(name="", role="Health visitor", agency="Invented Trust"),
        Participant(name="Sam", role="Teacher", agency="Invented School", attended=False),
    ])
    s.set_answer("zz-first", "q", "ALEX INVENTED said Sam would call; Alexandra and Samantha"
                                  " did not. alex  invented agreed.")
    s.actions.append(Action(text="Ring the school", owner="sam", due="Friday"))
    return s


def test_names_are_findings_only_when_the_notes_name_roles(review):
    s = named_session(review)
    assert texts(find_identifiers(s), NAME) == []
    found = find_identifiers(s, roles_only=True)
    assert [(f.field, f.text) for f in found if f.kind == NAME] == [
        ("answers[0].text", "ALEX INVENTED"),
        ("answers[0].text", "Sam"),
        ("answers[0].text", "alex  invented"),
    ]  # not the owner "sam": Sam, invited and not here, is printed by role (owner_by_role)


def test_part_of_a_longer_word_is_not_a_name(review):
    s = blank(review, participants=[Participant(name="Ann", role="Nurse")])
    s.set_answer("zz-first", "q", "Anne, Annie and the annual plan; Ann-Marie too.")
    assert texts(find_identifiers(s, roles_only=True), NAME) == []
    # (each is a name no one listed, though: export/unlisted.py)
    assert texts(find_identifiers(s, roles_only=True), LIKELY_NAME) == [
        "Anne", "Annie", "Ann-Marie"]


# --- where, field and offsets ---------------------------------------------------------------


def full_session(review) -> Session:
    s = blank(review, title="Review with 07700 900001", team="Team at YO17 7AB",
              facilitator="facilitator@example.com")
    s.set_answer("zz-first", "What would you do first?", f"NHS {NHS_A}, then call 07700 900002.")
    s.set_answer("zz-third", "What will you change?", "Write to team@example.com")
    s.answers[2].question = "What will you change? " + "A long question. " * 6
    s.notes["good-practice"] = "Shared quickly with SW1A 1AA."
    s.notes["custom-key"] = "NI AB 12 34 56 C"
    s.add_action(Action(text="Nothing here", owner="Lead"))
    s.add_action(Action(text="Visit M1 1AE", owner="owner@example.com",
                        due="born 3 March 2019"))
    return s


def test_findings_say_where_they_are_in_words_and_as_a_path(review):
    found = find_identifiers(full_session(review))
    assert [(f.where, f.field, f.kind, f.text) for f in found] == [
        ("Session title", "title", PHONE, "07700 900001"),
        ("Team", "team", POSTCODE, "YO17 7AB"),
        ("Facilitator", "facilitator", EMAIL, "facilitator@example.com"),
        ("Question 1: What would you do first?", "answers[0].text", NHS, NHS_A),
        ("Question 1: What would you do first?", "answers[0].text", PHONE, "07700 900002"),
        ("Question 3: What will you change? A long question. A long…",
         "answers[2].text",
         EMAIL, "team@example.com"),
        ("Notes: Good practice", "notes.good-practice", POSTCODE, "SW1A 1AA"),
        ("Notes: custom-key", "notes.custom-key", NI_NUMBER, "AB 12 34 56 C"),
        ("Agreed action 2", "actions[1].text", POSTCODE, "M1 1AE"),
        ("Agreed action 2 (owner)", "actions[1].owner", EMAIL, "owner@example.com"),
        ("Agreed action 2 (due)", "actions[1].due", BIRTH_DATE, "3 March 2019"),
    ]
    assert {f.kind for f in found} <= set(KINDS)


def test_offsets_point_at_the_text_in_its_field(review):
    s = full_session(review)
    found = find_identifiers(s)
    assert found
    for f in found:
        assert field_text(s, f.field)[f.start:f.end] == f.text


def test_question_wording_and_review_content_are_not_scanned(review):
    s = blank(review)
    s.set_answer("zz-first", "Would you call 07700 900123 or write to a@example.com?", "")
    assert find_identifiers(s, review) == []


def test_a_clean_session_has_no_findings(review):
    s = blank(review, title="Practice exercise, 12/03/2026", team="Duty team",
              facilitator="Team lead")
    s.set_answer("zz-first", "q", "We met on 12/03/2026 at 10:30 and agreed 3 actions for 2026.")
    s.notes["good-practice"] = "Information was shared within 24 hours, in line with policy."
    s.actions.append(Action(text="Share the briefing", owner="Team lead", due="31/03/2026"))
    assert find_identifiers(s, review, roles_only=True) == []


# --- redaction ------------------------------------------------------------------------------


def test_redact_replaces_only_the_findings_in_a_copy(review):
    s = full_session(review)
    before = s.model_dump()
    found = find_identifiers(s)
    clean = redact(s, found)
    assert s.model_dump() == before  # the original is untouched
    assert clean is not s and clean.answers[0] is not s.answers[0]
    assert clean.title == "Review with [redacted]"
    assert clean.answers[0].text == "NHS [redacted], then call [redacted]."
    assert clean.notes == {"good-practice": "Shared quickly with [redacted].",
                           "custom-key": "NI [redacted]"}
    assert clean.actions[0] == s.actions[0]
    assert (clean.actions[1].text, clean.actions[1].owner, clean.actions[1].due) == (
        "Visit [redacted]", "[redacted]", "born [redacted]")
    assert find_identifiers(clean) == []


def test_redact_only_what_was_chosen(review):
    s = full_session(review)
    found = find_identifiers(s)
    chosen = [f for f in found if f.kind == EMAIL]
    clean = redact(s, chosen)
    assert clean.facilitator == "[redacted]"
    assert clean.team == s.team and clean.title == s.title
    assert redact(s, []).model_dump() == s.model_dump()


def test_redact_names_for_roles_only_notes(review):
    s = named_session(review)
    clean = redact(s, find_identifiers(s, roles_only=True))
    # Alexandra and Samantha are no one's listed here, but names all the same (unlisted.py)
    assert clean.answers[0].text == ("[redacted] said [redacted] would call; [redacted] and"
                                     " [redacted] did not. [redacted] agreed.")
    assert clean.actions[0].owner == "sam"  # Sam, not here, is printed by role: no finding
    assert clean.participants == s.participants  # the attendance list is the exporter's choice


def test_a_stale_finding_still_redacts_its_text(review):
    s = blank(review)
    s.set_answer("zz-first", "q", "Call 07700 900123.")
    finding = find_identifiers(s)[0]
    s.answers[0].text = "Edited first. Call 07700 900123."
    assert redact(s, [finding]).answers[0].text == "Edited first. Call [redacted]."


def test_a_finding_for_a_field_the_session_lacks_is_an_error(review):
    s = blank(review)
    bogus = Finding(PHONE, "Agreed action 9", "actions[8].owner", "07700 900123", 0, 12)
    with pytest.raises(ValueError, match="actions\\[8\\].owner"):
        redact(s, [bogus])


# --- properties -----------------------------------------------------------------------------

FRAGMENTS = [
    "07700 900123", "+44 20 7946 0123", NHS_A, f"{NHS_B[:3]} {NHS_B[3:6]} {NHS_B[6:]}",
    "jo@example.com", "YO17 7AB", "m1 1ae", "AB 12 34 56 C", "DOB", "born", "b.", "03/03/2019",
    "3 March 2019", "12/03/2026", "10:30", "2026", "Alex Invented", "Alex", "0300 121 3 121",
    "nyscp@northyorks.gov.uk", "1", "-", ".", ",", " ", "\n", "(", ")", "a", "X", "0", "9",
    "family of Sam Sample", "4 Moorvale Road",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25), st.booleans())
def test_findings_are_exact_and_disjoint_and_redaction_replaces_exactly_them(parts, roles_only):
    review = Review(id="child-zz", title="Child ZZ", partnership="Invented", review_type="x",
                    summary="x", themes=["x"], introduction=["x"],
                    questions=[{"id": "zz-first", "text": "q"}],
                    contact=["call: 0300 121 3 121", "email nyscp@northyorks.gov.uk"])
    s = Session.start(review, "prop", participants=[Participant(name="Alex Invented")])
    text = s.answers[0].text = "".join(parts)
    found = find_identifiers(s, review, roles_only=roles_only)
    expected, last_end = "", 0
    for f in found:
        assert f.text and text[f.start:f.end] == f.text
        assert f.start >= last_end
        expected += text[last_end:f.start] + "[redacted]"
        last_end = f.end
    expected += text[last_end:]
    assert redact(s, found).answers[0].text == expected
    assert s.answers[0].text == text


def test_redacted_details_are_not_found_again(review):
    s = blank(review, participants=[Participant(name="Alex Invented")])
    s.set_answer("zz-first", "q", " ".join(FRAGMENTS))
    found = find_identifiers(s, roles_only=True)
    assert {f.kind for f in found} == set(KINDS)
    assert find_identifiers(redact(s, found), roles_only=True) == []


def test_the_module_never_imports_textual():
    code = ("import sys, reflect.export.identifiers\n"
            "print('textual' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_first_names_and_a_named_facilitator_when_roles_only(review):
    s = blank(review, facilitator="Kim Example",
              participants=[Participant(name="Jo Invented", role="Nurse"),
                            Participant(name="Priya Madeup", role="Social worker")])
    s.set_answer("zz-first", "q", "Jo said the HV rang. Priya noted it. Kim agreed. "
                                  "jo and priya in lower case are not names here.")
    found = texts(find_identifiers(s, roles_only=True), NAME)
    assert found == ["Jo", "Priya", "Kim"]
    plain = blank(review, facilitator="Team lead")
    plain.set_answer("zz-first", "q", "The Team lead agreed.")
    assert texts(find_identifiers(plain, roles_only=True), NAME) == []


# --- version 2 fields -----------------------------------------------------------------------


def v2_session(review) -> Session:
    """Invented details in every free-text field version 2 added."""
    s = blank(review, mode="individual",
              participants=[Participant(name="Sam Sample", role="Health visitor",
                                        agency="Health")])
    a = s.answers[1]
    a.points = [Point(text="Nothing identifying", by="p1"),
                Point(text="Mum's mobile is 07700 900456", by="p1")]
    a.what = "Seen at YO17 7AB."
    a.so_what = "Ring 020 7946 0123 next time."
    a.now_what = "Write to mum@example.com"
    s.differently = f"Check NHS {NHS_A} first."
    s.carried = [CarriedAction(session_id="earlier", session_label="Earlier", action_id="a1",
                               text="Visit M1 1AE", owner="owner@example.com",
                               due="born 3 March 2019")]
    s.add_action(Action(text="Share the briefing", owner="Team lead",
                        recommendation="Call 0113 496 0000 (the review's own words)"))
    return s


def test_new_free_text_fields_are_checked_with_their_place(review):
    found = find_identifiers(v2_session(review))
    assert [(f.where, f.field, f.kind, f.text) for f in found] == [
        ("Earlier action 1", "carried[0].text", POSTCODE, "M1 1AE"),
        ("Earlier action 1 (owner)", "carried[0].owner", EMAIL, "owner@example.com"),
        ("Earlier action 1 (due)", "carried[0].due", BIRTH_DATE, "3 March 2019"),
        ("Question 2: Who would you tell? (point 2)", "answers[1].points[1].text", PHONE,
         "07700 900456"),
        ("Question 2: Who would you tell? (What?)", "answers[1].what", POSTCODE, "YO17 7AB"),
        ("Question 2: Who would you tell? (So what?)", "answers[1].so_what", PHONE,
         "020 7946 0123"),
        ("Question 2: Who would you tell? (Now what?)", "answers[1].now_what", EMAIL,
         "mum@example.com"),
        ("What I will do differently", "differently", NHS, NHS_A),
    ]  # the recommendation is the review's wording: not checked
    s = v2_session(review)
    for f in found:
        assert field_text(s, f.field)[f.start:f.end] == f.text


def test_redact_removes_details_from_the_new_fields_in_a_copy(review):
    s = v2_session(review)
    before = s.model_dump()
    clean = redact(s, find_identifiers(s))
    assert s.model_dump() == before
    a = clean.answers[1]
    assert [p.text for p in a.points] == ["Nothing identifying", "Mum's mobile is [redacted]"]
    assert a.points[1].by == "p1"
    assert (a.what, a.so_what, a.now_what) == ("Seen at [redacted].", "Ring [redacted] next time.",
                                               "Write to [redacted]")
    assert clean.differently == "Check NHS [redacted] first."
    c = clean.carried[0]
    assert (c.text, c.owner, c.due) == ("Visit [redacted]", "[redacted]", "born [redacted]")
    assert clean.actions[0].recommendation == s.actions[0].recommendation
    assert find_identifiers(clean) == []


def test_names_in_points_and_reflections_are_found_for_nameless_notes(review):
    s = v2_session(review)
    s.answers[0].points = [Point(text="Sam Sample said to ring the school", by="p1")]
    s.answers[0].now_what = "Ask Sam about it"
    names = [(f.field, f.text) for f in find_identifiers(s, roles_only=True) if f.kind == NAME]
    assert names == [("answers[0].points[0].text", "Sam Sample"), ("answers[0].now_what", "Sam")]
    assert [f for f in find_identifiers(s) if f.kind == NAME] == []


def test_a_carried_actions_last_noted_progress_is_checked_and_redacted(review):
    """The notes now say where a carried action had got to when it came here (`last noted`),
    so that text is checked as the note typed here is."""
    s = v2_session(review)
    s.carried[0].progress_before = "Left word on 07700 900457"
    found = [f for f in find_identifiers(s) if f.field == "carried[0].progress_before"]
    assert [(f.where, f.kind, f.text) for f in found] == [
        ("Earlier action 1 (last noted)", PHONE, "07700 900457")]
    assert redact(s, found).carried[0].progress_before == "Left word on [redacted]"


def test_notes_that_name_nobody_look_for_a_likely_name_in_an_owner_printed_as_typed(review):
    """A CPD record prints an action's who else, and notes by role an owner who is none of the
    session's people, as typed: "Dr Example" reached them unchecked (a helper's trial)."""
    s = named_session(review)
    s.actions.append(Action(text="Write to the GP", owner="Dr Invented"))
    owners = [f for f in find_identifiers(s) if f.field.endswith("].owner")]
    assert owners == []  # notes that name people may
    found = find_identifiers(s, roles_only=True)
    assert [(f.field, f.text) for f in found if f.kind == LIKELY_NAME and
            f.field.endswith("].owner")] == [("actions[1].owner", "Invented")]
