"""CPD records: the regulators' forms in forms.toml, filled from the session, in every format,
in the forms' order, naming nobody."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest

from reflect.export import forms
from reflect.export.identifiers import find_identifiers
from reflect.export.records import FILL_IN, nmc_discussion, nmc_log, nmc_records, swe_record
from reflect.model.cpd import NMC_THEMES, CpdChoices, TeamLink
from reflect.model.session import Action, Participant, Point, Session, Timing
from reflect.store.exports import FORMATS, NAMELESS, format_for, render_bytes

NAMES = ("Zelda Quorum", "Barnaby Invented", "Ottilie Madeup", "Quentin Placeholder")
ROLES = ("Named Midwife", "Invented social worker role", "Health visitor", "Invented GP role")
AGENCIES = ("Harbourside Invented Trust", "Invented Shire Council", "Invented Health",
            "Invented Surgery")

RECORD_FORMATS = {  # format -> the forms it holds, in order
    "cpd": ("any",), "swe": ("swe",), "nmc": ("nmc_account", "nmc_log"),
    "nmc-discussion": ("nmc_discussion",)}


@pytest.fixture
def team(review) -> Session:
    """A team session full of invented names, roles, agencies and personal details."""
    s = Session.start(review, "child-zz-20300101-0900", title="Invented team meeting",
                      team="Invented team", facilitator=NAMES[3])
    for name, role, agency in zip(NAMES, ROLES, AGENCIES, strict=True):
        s.add_participant(Participant(name=name, role=role, agency=agency))
    first = s.answer("zz-first")
    first.points = [Point(text="Ask about fathers", by="p1"),
                    Point(text=f"{NAMES[1]} said to ring 07700 900123 first", by="p2")]
    first.text = f"Agreed with {NAMES[0].split()[0]} to check SW1A 1AA records."
    s.add_action(Action(text="Share the invented briefing", owner=NAMES[2], due="Friday"))
    s.timing = Timing(spent={"q:zz-first": 3600, "q:zz-second": 1800})
    return s


@pytest.fixture
def reflection(review) -> Session:
    s = Session.start(review, "child-zz-20300102-0900", mode="individual",
                      title="My invented reflection")
    a = s.answer("zz-first")
    a.what, a.so_what = "I noticed the invented father was never asked.", "I miss half a family."
    a.now_what = "I will ask about every adult in the home."
    s.differently = "Ask who lives in the home at every visit."
    s.minutes_spent = 45
    s.cpd = CpdChoices(why_relevant="I visit invented families every week.", standards=[3, 1],
                       themes={"Preserve safety": "I ask who is in the home.",
                               "Prioritise people": "I listen to fathers."})
    return s


def _names_in(text: str) -> list[str]:
    return [line.rstrip(":") for line in text.splitlines()]


def field_names(fmt: str, data: bytes) -> list[str]:
    """The field names an output shows, in order, found by each layout's own shape."""
    known = {f.name for key in ("any", "swe", "nmc_account", "nmc_log", "nmc_discussion")
             for f in forms.form(key).fields}
    if fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        cells = [cell.paragraphs[0].text for table in doc.tables for row in table.rows
                 for cell in row.cells]
        return [c for c in cells if c in known]
    text = data.decode()
    if fmt.endswith("md"):  # headings, and a table's header row
        found: list[str] = []
        lines = text.splitlines()
        for n, line in enumerate(lines):
            if line.startswith("#"):
                found.append(re.sub(r"^#+ ", "", line))
            elif line.startswith("| ") and n + 1 < len(lines) and lines[n + 1].startswith("|-"):
                found += [c.strip() for c in line.strip("| ").split(" | ")]
        return [f for f in found if f in known]
    return [n for n in _names_in(text) if n in known]


@pytest.mark.parametrize("kind", list(RECORD_FORMATS))
@pytest.mark.parametrize("layout", ["md", "txt", "docx"])
@pytest.mark.parametrize("which", ["team", "reflection"])
def test_every_record_gives_its_forms_fields_in_the_forms_order(kind, layout, which, request,
                                                               review):
    session = request.getfixturevalue(which)
    fmt = f"{kind}-{layout}"
    expected = [f.name for key in RECORD_FORMATS[kind] for f in forms.form(key).fields]
    assert field_names(fmt, render_bytes(session, fmt, review)) == expected
    assert fmt in FORMATS and fmt in NAMELESS
    assert format_for(Path(f"notes.{kind}.{layout}")) == fmt


def test_the_forms_name_the_regulators_lists():
    assert forms.swe_standards() == (
        "Promote the rights, strengths and wellbeing of people, families and communities",
        "Establish and maintain the trust and confidence of people",
        "Be accountable for the quality of my practice and the decisions I make",
        "Maintain my continuing professional development",
        "Act safely, ethically and with integrity",
        "Promote ethical practice and report concerns")
    assert forms.nmc_themes() == NMC_THEMES
    assert [f.key for f in forms.form("nmc_log").fields] == [
        "date", "method", "topic", "code", "hours", "participatory"]
    swe = [f.key for f in forms.form("swe").fields]
    for key in ("activity_type", "description", "why_relevant", "learned", "impact",
                "peer_with", "peer_discussed", "peer_changed", "standards"):
        assert key in swe


def test_the_logs_topic_keeps_a_titles_brackets_and_nests_none_in_its_own(reflection, review):
    titled = review.model_copy(update={"title": "Child ZQ (Quinn)"})
    topic = {e.field.key: e.text for e in nmc_log(reflection, titled).entries}["topic"]
    assert topic == (f"Child ZQ (Quinn), {review.partnership}, {review.review_type}. How it "
                     "related to my practice: I visit invented families every week.")
    said = " ".join(e.text for r in nmc_records(reflection, titled) for e in r.entries)
    # (the account's description too): the title followed by a comma, no bracket of its own
    assert re.findall(r"Child ZQ \(Quinn\)(.)", said) == [",", ","] and ") (" not in said


def test_a_reflection_fills_every_field_from_what_was_typed_and_chosen(reflection, review):
    record = {e.field.key: e.text for e in swe_record(reflection, review).entries}
    assert FILL_IN not in "".join(v for k, v in record.items() if not k.startswith("peer"))
    assert record["why_relevant"] == "I visit invented families every week."
    assert "What?\n  I noticed the invented father was never asked." in record["learned"]
    assert "I will ask about every adult in the home." in record["impact"]
    reflection.add_action(Action(text="Book the invented course"))
    impact = {e.field.key: e.text for e in swe_record(reflection, review).entries}["impact"]
    assert impact.endswith("My actions\n- Book the invented course")
    assert record["standards"].splitlines() == [
        "1 Promote the rights, strengths and wellbeing of people, families and communities",
        "3 Be accountable for the quality of my practice and the decisions I make"]
    assert record["time"] == "45 minutes (0.75 hours)"
    account = {e.field.key: e.text for e in nmc_records(reflection, review)[0].entries}
    assert account["code"] == ("Prioritise people: I listen to fathers.\n"
                               "Preserve safety: I ask who is in the home.")
    log = {e.field.key: e.text for e in nmc_log(reflection, review).entries}
    assert (log["hours"], log["participatory"]) == ("0.75", "0")
    assert log["code"] == "Prioritise people; Preserve safety"


def test_the_nmc_records_carry_the_type_of_activity_and_why_relevant_as_typed(
        reflection, review):
    """F8's type of activity and why relevant reached the account for any profession and
    Social Work England's record, never the NMC's: a health visitor typed them and found them
    nowhere in her export (a trial). The account's nature of the activity holds both; the
    log's Topic, "how it related to your practice", why relevant, on its one line."""
    reflection.cpd.activity_type = "Reading an invented briefing"
    reflection.cpd.why_relevant = "I visit invented families.\nFathers are often out."
    nature = {e.field.key: e.text for e in nmc_records(reflection, review)[0].entries}["nature"]
    assert nature.endswith("Type of CPD activity: Reading an invented briefing\n"
                           "Why it is relevant to my practice:\n"
                           "I visit invented families.\nFathers are often out.")
    topic = {e.field.key: e.text for e in nmc_log(reflection, review).entries}["topic"]
    assert topic.endswith(". How it related to my practice: I visit invented families. "
                          "Fathers are often out.")
    reflection.cpd.activity_type = reflection.cpd.why_relevant = ""
    nature = {e.field.key: e.text for e in nmc_records(reflection, review)[0].entries}["nature"]
    topic = {e.field.key: e.text for e in nmc_log(reflection, review).entries}["topic"]
    assert "Type of" not in nature and "relevant" not in nature and "related" not in topic


@pytest.mark.parametrize("minutes, said", [
    (120, "2 hours"), (60, "1 hour"), (90, "1 hour 30 minutes (1.5 hours)"),
    (45, "45 minutes (0.75 hours)"), (125, "2 hours 5 minutes (2.08 hours)"),
])
def test_the_time_is_said_once_in_words_and_in_hours_only_when_those_differ(
        reflection, review, minutes, said):
    """The Social Work England record read "2 hours (2 hours)" (a trial)."""
    reflection.minutes_spent = minutes
    record = {e.field.key: e.text for e in swe_record(reflection, review).entries}
    assert record["time"] == said
    nature = {e.field.key: e.text for e in nmc_records(reflection, review)[0].entries}["nature"]
    assert f"Time logged for CPD: {said}." in nature
    assert "hours (2 hours)" not in record["time"] + nature


@pytest.mark.parametrize("participatory", [None, True, False])
def test_no_time_known_is_left_to_fill_in_in_the_log_as_in_the_account(
        reflection, review, participatory):
    """A reflection with no minutes typed and none measured: the NMC account left its time to
    fill in while the log entry under it said 0 hours (a trial). Both leave it now."""
    reflection.minutes_spent = None
    reflection.timing = Timing()
    reflection.after = TeamLink(session_id="child-zz-20300101-0900", label="Team", date="1 May",
                                roles=["Health visitor"], points={"zz-first": ["A point"]})
    reflection.cpd.participatory = participatory
    account, log = ({e.field.key: e.text for e in r.entries}
                    for r in nmc_records(reflection, review))
    assert f"Time logged for CPD: {FILL_IN}." in account["nature"]
    assert log["hours"] == FILL_IN
    assert log["participatory"] == (FILL_IN if participatory else "0")
    swe = {e.field.key: e.text for e in swe_record(reflection, review).entries}
    assert swe["time"] == FILL_IN
    joined = FILL_IN if participatory else "0"
    txt = render_bytes(reflection, "nmc-txt", review).decode()
    assert f"Number of hours:\n{FILL_IN}\n\nNumber of participatory hours:\n{joined}\n" in txt
    md = render_bytes(reflection, "nmc-md", review).decode()
    assert md.split("|---|")[-1].splitlines()[1].endswith(f"| {FILL_IN} | {joined} |")
    doc = docx.Document(io.BytesIO(render_bytes(reflection, "nmc-docx", review)))
    assert [c.text for c in doc.tables[-1].rows[-1].cells][-2:] == [FILL_IN, joined]


def test_a_team_session_is_peer_reflection_and_participatory(team, review):
    record = {e.field.key: e.text for e in swe_record(team, review).entries}
    assert "Ask about fathers" in record["peer_discussed"]
    assert "Share the invented briefing" in record["peer_changed"]
    assert record["time"] == "1 hour 30 minutes (1.5 hours)"
    log = {e.field.key: e.text for e in nmc_log(team, review).entries}
    assert (log["hours"], log["participatory"]) == ("1.5", "1.5")
    discussion = {e.field.key: e.text for e in nmc_discussion(team, review).entries}
    assert discussion["partner_name"] == discussion["partner_pin"] == FILL_IN  # theirs
    assert "Ask about fathers" in discussion["summary"]


def test_a_reflection_after_a_team_session_takes_its_peer_reflection_from_the_link(
        reflection, review):
    reflection.after = TeamLink(session_id="child-zz-20300101-0900", label="Team", date="1 May",
                                roles=["Health visitor"], points={"zz-first": ["A point"]},
                                actions=["An action"], minutes=60)
    record = {e.field.key: e.text for e in swe_record(reflection, review).entries}
    question = reflection.answer("zz-first").question
    assert (record["peer_with"], record["peer_discussed"], record["peer_changed"]) == \
        ("Health visitor", f"{question}\n- A point", "- An action")
    assert "1 May" in {e.field.key: e.text for e in nmc_discussion(reflection, review).entries}[
        "date"]


@pytest.mark.parametrize("fmt", sorted(f for f in FORMATS if f in NAMELESS))
def test_no_record_identifies_anyone(team, review, fmt, tmp_path):
    data = render_bytes(team, fmt, review)
    if fmt.endswith("pdf"):
        text = _pdf_text(data, tmp_path)
        if text is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
    elif fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        text = "\n".join([p.text for p in doc.paragraphs] + [
            c.text for t in doc.tables for row in t.rows for c in row.cells])
    else:
        text = data.decode()
    flat = " ".join(text.replace("\\", "").split())
    for name in NAMES:
        assert name not in flat and name.split()[0] not in flat, (fmt, name)
    for role, agency in zip(ROLES, AGENCIES, strict=True):
        assert agency not in flat, (fmt, agency)  # never role and organisation together
        assert f"{role}, {agency}" not in flat
    for finding in find_identifiers(team, review, roles_only=True):
        if finding.field.startswith("participants["):
            continue  # a role on its own is how people appear
        assert finding.text not in flat, (fmt, finding)
    if "discussion" not in fmt:  # the discussion form leaves the partner to the person
        assert "Named Midwife" in flat  # by role only


def _pdf_text(data: bytes, tmp_path: Path) -> str | None:
    """The PDF's text by poppler's pdftotext, when it is installed (None when not)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        return None
    source = tmp_path / "out.pdf"
    source.write_bytes(data)
    return subprocess.run(["pdftotext", str(source), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


@pytest.mark.parametrize("kind", list(RECORD_FORMATS))
def test_pdf_records_embed_their_font_and_keep_the_forms_order(kind, reflection, review,
                                                               tmp_path):
    data = render_bytes(reflection, f"{kind}-pdf", review)
    assert data.startswith(b"%PDF-") and b"/FontFile2" in data and b"SourceSansPro" in data
    assert b"/MediaBox [0 0 595.28 841.89]" in data  # A4
    text = _pdf_text(data, tmp_path)
    if text is None:
        return
    flat = " ".join(text.split())
    at = 0
    for key in RECORD_FORMATS[kind]:
        for field in forms.form(key).fields:
            # Each field's name in order (a long name may wrap: its first words are enough).
            start = " ".join(field.name.split()[:4])
            found = flat.find(start, at)
            assert found >= 0, (kind, field.name)
            at = found + len(start)


def test_pdf_notes_print_any_text_without_failing(team, review, tmp_path):
    team.answer("zz-first").text = "Café – “quoted” Zoë 子 🙂 \x1b[31m <b>bold</b>"
    data = render_bytes(team, "pdf", review)
    assert data.startswith(b"%PDF-") and b"/FontFile2" in data
    text = _pdf_text(data, tmp_path)
    if text is not None:
        assert "Café – “quoted” Zoë" in text and "<b>bold</b>" in text and "\x1b" not in text
    # What the font lacks is named, not left out without a word (a fresh-eyes trial).
    import io

    from pdfminer.high_level import extract_text

    words = " ".join(extract_text(io.BytesIO(data)).split())
    assert "Zoë [cjk unified ideograph-5b50] [slightly smiling face]" in words


def test_cpd_choices_and_the_team_link_hold_clean_text(reflection):
    reflection.cpd = CpdChoices(why_relevant="why\x1b]52;c;ZXZp\x07 me",
                                themes={"Preserve safety": "how\x1b[2J"})
    reflection.after = TeamLink(session_id="s", roles=["Health\u202e visitor"],
                                points={"zz-first": ["a\x1b[31m point"]})
    assert reflection.cpd.why_relevant == "why me"
    assert reflection.cpd.themes == {"Preserve safety": "how"}
    assert reflection.after.roles == ["Health visitor"]
    assert [p.text for p in reflection.after.points["zz-first"]] == ["a point"]


def test_a_blank_line_in_an_answer_keeps_its_gap_in_the_pdf(reflection, review):
    """The PDF ran an answer's paragraphs together (a fresh-eyes trial); the other formats kept
    the blank line."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextLine

    reflection.answer("zz-first").what = "Invented first paragraph\n\nInvented second one"
    data = render_bytes(reflection, "pdf", review)
    tops = {}

    def walk(item):  # type: ignore[no-untyped-def]
        if isinstance(item, LTTextLine):
            tops[item.get_text().strip()] = item.y1
        for child in getattr(item, "_objs", []):
            walk(child)

    for page in extract_pages(io.BytesIO(data)):
        walk(page)
    line = tops["What?"] - tops["Invented first paragraph"]
    gap = tops["Invented first paragraph"] - tops["Invented second one"]
    assert gap > line * 1.4, (line, gap)


def test_a_reflection_after_keeps_who_made_each_point_by_role_and_the_summary_apart(
        team, review, reflection):
    """The team's points came to the reflection with no one's role, the team's summary the
    last of them as if it were a point: each point keeps who made it by role and agency, as
    the team session records them (never a name), and the summary is shown apart, labelled."""
    from reflect.export.team_words import after_context, team_link
    from reflect.model.session import Point

    first = team.answer("zz-first")
    first.points.append(Point(text="Nobody owned the invented plan"))
    first.points.append(Point(text="Sent from the invented room", from_room="anonymous"))
    reflection.after = team_link(team, review)
    points, summary = after_context(reflection, "zz-first")
    assert "  - Ask about fathers (Named Midwife, Harbourside Invented Trust)" in points
    assert "  - Nobody owned the invented plan (no one named)" in points  # it had no speaker
    assert "  - Sent from the invented room (anonymous)" in points
    assert not any("SW1A" in line or "Agreed with" in line for line in points)
    assert summary[0] == "The team's summary:"
    assert summary[1].startswith("  Agreed with [redacted] to check")  # as the team wrote it
    flat = "\n".join(points + summary)
    for name in NAMES:
        assert name not in flat and name.split()[0] not in flat
    # On a question with a summary alone: no points, said so, and the summary
    team.answer("zz-second").text = "Only an invented summary."
    reflection.after = team_link(team, review)
    assert after_context(reflection, "zz-second") == [
        ["(The team made no separate points on this question.)"],
        ["The team's summary:", "  Only an invented summary."]]
    assert after_context(reflection, "zz-third") == [
        ["(The team made no points on this question.)"]]
    # The record's peer reflection: the points by nobody, and the summary labelled
    record = {e.field.key: e.text for e in swe_record(reflection, review).entries}
    assert "- Ask about fathers\n" in record["peer_discussed"]
    assert "\nThe team's summary:\n  Only an invented summary." in record["peer_discussed"]
    assert "Named Midwife" not in record["peer_discussed"]


def test_none_attributed_is_said_once_and_a_link_kept_before_is_read_as_it_was(reflection):
    """Points none of which the team attributed say so in their heading; a reflection started
    before the points kept who made them (its points plain words, the summary among them)
    still opens, and says what it does not know."""
    from reflect.export.team_words import after_context
    from reflect.model.session import Session

    reflection.after = TeamLink(session_id="s", label="Invented meeting", date="1 May",
                                points={"zz-first": [{"text": "A point", "by": ""}]})
    assert after_context(reflection, "zz-first") == [[
        "The team's points (Invented meeting, 1 May; no role recorded for any):", "  - A point"]]
    data = reflection.model_dump(mode="python", exclude_none=True)
    data["after"]["points"] = {"zz-first": ["An old point", "An old summary"]}
    old = Session.model_validate(data)
    assert after_context(old, "zz-first") == [[
        "The team's points (Invented meeting, 1 May; kept without who made each, the team's "
        "summary among them):", "  - An old point", "  - An old summary"]]


def test_a_point_nobody_made_is_told_from_one_by_someone_with_no_role(team, review,
                                                                      reflection):
    """A point with no speaker read "(no role recorded)", as if someone had made it whose
    role was missing (a trial): it says no one was named; someone the team session records
    with neither role nor agency still has no role recorded."""
    from reflect.export.team_words import after_context, team_link
    from reflect.model.session import Participant, Point

    jo = team.add_participant(Participant(name="Jo Example"))
    first = team.answer("zz-first")
    first.points = [Point(text="An invented point nobody made"),
                    Point(text="An invented point of hers", by=jo.id)]
    reflection.after = team_link(team, review)
    assert after_context(reflection, "zz-first")[0][1:] == [
        "  - An invented point nobody made (no one named)",
        "  - An invented point of hers (no role recorded)"]
    first.points = [Point(text="One nobody made"), Point(text="Another nobody made")]
    reflection.after = team_link(team, review)
    assert after_context(reflection, "zz-first")[0][0].endswith("; no one named for any):")
    # Kept in the reflection's file, and read back so
    data = reflection.model_dump(mode="python", exclude_none=True)
    assert data["after"]["points"]["zz-first"][0] == {"text": "One nobody made", "by": "",
                                                      "no_one": True}


@pytest.mark.parametrize("mode", ["team", "individual", "after"])
@pytest.mark.parametrize("chosen", [None, True, False])
def test_my_cpd_and_the_records_agree_on_participatory_and_peer_reflected(
        review, mode: str, chosen: bool | None) -> None:
    """One rule for each, read by the NMC log, the Social Work England record and My CPD
    so far (`CpdChoices.counts_as_participatory`, `cpd.peer_reflected`): they were written
    out in export/records.py and export/portfolio.py each, free to drift apart."""
    from reflect.export.portfolio import entry
    from reflect.export.records import NO_PEER

    s = Session.start(review, "child-zz-20300103-0900", mode="individual" if mode == "after"
                      else mode, title="Invented session", minutes_spent=60)
    if mode == "after":
        s.after = TeamLink(session_id="child-zz-20300101-0900", label="Team", date="1 May",
                           roles=["Health visitor"], points={"zz-first": ["A point"]},
                           actions=["An action"], minutes=60)
    s.cpd = CpdChoices(participatory=chosen)
    logged = entry(s)
    participatory = chosen if chosen is not None else mode == "team"
    assert logged.participatory is participatory
    log = {e.field.key: e.text for e in nmc_log(s, review).entries}
    assert (log["participatory"] != "0") is participatory
    assert logged.peer_reflected is (mode != "individual")
    record = {e.field.key: e.text for e in swe_record(s, review).entries}
    assert (record["peer_discussed"] != NO_PEER) is logged.peer_reflected


def test_my_cpd_names_the_codes_themes_as_the_records_do(review) -> None:
    """My CPD's "themes covered" had the Code's four themes written out again."""
    from reflect.export.portfolio import entry, to_text

    s = Session.start(review, "child-zz-20300103-0900", mode="individual", title="Mine",
                      minutes_spent=30)
    s.answer("zz-first").what = "Invented."  # type: ignore[union-attr]
    s.cpd = CpdChoices(themes={theme: "Invented how" for theme in NMC_THEMES})
    assert f"NMC Code themes covered: {'; '.join(NMC_THEMES)}." in to_text([entry(s)])


@pytest.mark.parametrize("fmt", sorted(f for f in FORMATS if f in NAMELESS))
def test_a_records_actions_say_who_else_and_due_as_the_notes_text_does(reflection, team,
                                                                         review, fmt):
    """A trial: a record printed `Audit discharge <b>letters</b> … (due 31/02/2027)`: not
    that the date is not a real one, and not who else (`Lead midwife`), which the notes'
    text prints. Every record, in every layout, prints them as the notes do (its status
    left out); a participant by role alone (never with their agency)."""
    from pdfminer.high_level import extract_text

    from reflect.export.plain import to_text

    reflection.add_action(Action(text="Audit discharge <b>letters</b>", owner="Lead midwife",
                                 due="31/02/2027"))
    # the record's as the notes' text: no brackets in its brackets, nor "Feb" (a trial)
    facts = "(with Lead midwife; due 31/02/2027, not a date: no 31 February"
    assert ("Audit discharge <b>letters</b>. With Lead midwife; due 31/02/2027, not a date: no "
            "31 February; status: open.") in to_text(reflection, review)  # (the notes: aloud)
    team.actions[0].due = "31/02/2027"
    expected = {"record": f"Audit discharge <b>letters</b> {facts})",
                "team": "Share the invented briefing (owner: Named Midwife; due 31/02/2027, "
                        "not a date: no 31 February)"}
    for which, s in (("record", reflection), ("team", team)):
        if which == "team":
            expected[which] = expected[which].replace("Named Midwife", ROLES[2])
        data = render_bytes(s, fmt, review)
        if fmt.endswith("pdf"):
            text = extract_text(io.BytesIO(data))
        elif fmt.endswith("docx"):
            doc = docx.Document(io.BytesIO(data))
            text = "\n".join([p.text for p in doc.paragraphs] + [
                c.text for t in doc.tables for row in t.rows for c in row.cells])
        else:
            text = data.decode()
        flat = " ".join(text.replace("\\", "").replace("&lt;", "<").replace("&gt;", ">")
                        .split())
        if which == "record":  # a reflection's actions are its impact (not on the discussion)
            assert (expected[which] in flat) is ("discussion" not in fmt), (fmt, flat)
        else:  # a team's, its peer reflection's changes (not on the NMC forms)
            assert flat.count(expected[which]) == flat.count("Share the invented briefing")
            assert (expected[which] in flat) is fmt.startswith(("cpd", "swe")), (fmt, flat)


@pytest.mark.parametrize("fmt", ["cpd-txt", "cpd-md", "swe-txt"])
def test_a_team_sessions_own_record_labels_the_summary(team, review, fmt):
    """A team session's own record gave its summary as one more point among the points,
    where docs/cpd-records.md (and a reflection after it) label it `The team's summary: …`:
    a reader could not tell the team's conclusion from one person's point (a trial)."""
    text = render_bytes(team, fmt, review).decode()
    flat = " ".join(text.replace("\\", "").replace("\n> ", "\n").split())
    assert "The team's summary:\n" in text  # its label on a line of its own, its lines under it
    assert "The team's summary: Agreed with [redacted] to check" in flat
    assert "- Ask about fathers" in text


@pytest.mark.parametrize("fmt", ["cpd-txt", "cpd-md", "swe-txt"])
def test_a_team_sessions_own_record_gives_the_command_with_its_real_ids(team, review, fmt):
    """Its blanks gave `reflect walk REVIEW --after SESSION`, the review's and the session's
    ids known but left for the reader to find (a trial)."""
    text = render_bytes(team, fmt, review).decode()
    flat = " ".join(text.replace("\\", "").split())
    assert f"reflect walk child-zz --after {team.id}" in flat
    assert "REVIEW" not in text and "--after SESSION" not in text
