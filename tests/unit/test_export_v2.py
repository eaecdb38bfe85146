"""What the notes show of a version 2 session: points and who made them, attendance (and who
did not attend), the reflective model, carried-over actions, links to recommendations, the time
table and themed sessions, in every format. All people, places and numbers are invented."""

from __future__ import annotations

import csv
import io
import json

import docx
import pytest

from reflect.export.cpd import to_cpd_swe, to_nmc
from reflect.export.csv_export import COLUMNS, to_csv
from reflect.export.docx_export import to_docx
from reflect.export.html import to_html
from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.session import (
    Action,
    CarriedAction,
    Participant,
    Point,
    Session,
    Timing,
)
from reflect.model.themes import themed_review

NAMES = ("Sam Sample", "Alex Example", "Robin Placeholder", "Casey Madeup", "Fay Facilitator")
ROLES = ("Health visitor", "Social worker", "Invented teacher role", "Family support worker")


@pytest.fixture
def session(review) -> Session:
    s = Session.start(review, "child-zz-20300101-0900", title="Invented team meeting",
                      team="Invented team", facilitator=NAMES[4])
    for person in (Participant(name=NAMES[0], role=ROLES[0], agency="Health"),
                   Participant(name=NAMES[1], role=ROLES[1], agency="Children's social care"),
                   Participant(name=NAMES[2], role=ROLES[2], attended=False),
                   Participant(name=NAMES[3], role=ROLES[3], agency="Children's social care")):
        s.add_participant(person)
    first = s.answer("zz-first")
    first.points = [Point(text="Ask about fathers", by="p1"),
                    Point(text="Check who else lives in the home", by="p2"),
                    Point(text="An unattributed invented point")]
    first.text = "Invented summary of the discussion."
    s.answer("zz-second").points = [Point(text="Only a point here", by="p4")]
    s.add_action(Action(text="Share the invented briefing", owner="Team lead", due="Friday",
                        recommendation="Hold meetings sooner."))
    s.add_action(Action(text="An action linked to nothing", owner="Duty manager"))
    s.carried = [
        CarriedAction(session_id="child-zz-20291201-0900", session_label="December meeting",
                      action_id="a1", text="Update the invented referral form",
                      owner="Practice lead", due="January", status_before="open",
                      status="done", written_back=False),
        CarriedAction(session_id="child-zz-20291201-0900", session_label="December meeting",
                      action_id="a2", text="Book invented training", owner="Team lead",
                      status_before="in progress", status="in progress"),
    ]
    s.timing = Timing(minutes=15, plan={"people": 60, "q:zz-first": 300, "actions": 120},
                      spent={"people": 90, "q:zz-first": 420, "actions": 60, "summary": 30})
    return s


def docx_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(parts)


def every_format(s: Session, review, options: ExportOptions) -> dict[str, str]:
    return {
        "md": to_markdown(s, review, options),
        "txt": to_text(s, review, options),
        "html": to_html(s, review, options),
        "docx": docx_text(to_docx(s, review, options)),
        "json": json.dumps(json.loads(to_json(s, review, options)), ensure_ascii=False),
    }


def section(md: str, heading: str) -> str:
    """The Markdown between `heading` and the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    rest = md.split(heading + "\n", 1)[1]
    ends = [i for i in (rest.find(f"\n{'#' * n} ") for n in range(1, len(level) + 1)) if i >= 0]
    return rest[: min(ends)] if ends else rest


# --- points and who made them ----------------------------------------------------------------


def test_points_are_a_list_attributed_by_name_by_default(session, review):
    md = to_markdown(session, review)
    q1 = section(md, "### 1. What would you do first?")
    assert ("- Ask about fathers (Sam Sample, Health visitor, Health)\n"
            "- Check who else lives in the home (Alex Example, Social worker, Children's social "
            "care)\n"
            "- An unattributed invented point\n") in q1
    assert "**Summary:**\n\nInvented summary of the discussion." in q1
    assert q1.index("- Ask about fathers") < q1.index("**Summary:**")
    assert "No answer recorded" not in q1
    q2 = section(md, "### 2. Who would you tell?")
    assert "- Only a point here (Casey Madeup, Family support worker" in q2
    assert "No answer recorded" not in q2 and "Summary" not in q2
    assert "*No answer recorded.*" in section(md, "### 3. What will you change?")


def test_roles_only_attributes_points_by_role_and_names_nobody(session, review):
    outs = every_format(session, review, ExportOptions(roles_only=True))
    for fmt, out in outs.items():
        for name in NAMES:
            assert name not in out, (fmt, name)
    assert "- Ask about fathers (Health visitor, Health)" in outs["md"]
    assert "Point 1: Ask about fathers, said by Health visitor, Health" in outs["txt"]
    assert "<li>Ask about fathers (Health visitor, Health)</li>" in outs["html"]
    assert "Ask about fathers (Health visitor, Health)" in outs["docx"]
    said = json.loads(outs["json"])["session"]["answers"][0]["points"][0]
    assert said == {"text": "Ask about fathers", "by": "p1", "from_room": False,
                    "said_by": "Health visitor, Health"}


def test_attendance_by_agency_counts_and_attributes_to_the_agency_only(session, review):
    options = ExportOptions(attendance_by_agency=True)
    outs = every_format(session, review, options)
    for fmt, out in outs.items():
        for text in NAMES + ROLES:
            assert text not in out, (fmt, text)
    md = outs["md"]
    assert "- **Participants by agency:** Health: 1; Children's social care: 2\n" in md
    assert "- **Invited, did not attend, by agency:** (no agency given): 1\n" in md
    assert "- Ask about fathers (Health)\n" in md
    assert "- Check who else lives in the home (Children's social care)\n" in md
    assert "<li>Children&#x27;s social care: 2</li>" in outs["html"]
    assert "Ask about fathers (Health)" in outs["docx"]
    data = json.loads(outs["json"])["session"]
    assert [(p["name"], p["role"], p["agency"]) for p in data["participants"]][:2] == [
        ("", "", "Health"), ("", "", "Children's social care")]
    assert data["facilitator"] == ""
    assert data["answers"][0]["points"][1]["said_by"] == "Children's social care"


def test_attendance_left_out_never_names_whoever_made_a_point(session, review):
    outs = every_format(session, review, ExportOptions(include_attendance=False))
    for fmt, out in outs.items():
        for name in NAMES[:4]:
            assert name not in out, (fmt, name)
        assert "Participants" not in out and "did not attend" not in out, fmt
    assert "- Ask about fathers (Health visitor, Health)" in outs["md"]


def test_who_attended_and_who_did_not_are_listed_apart(session, review):
    md = to_markdown(session, review)
    assert ("- **Participants:** Sam Sample (Health visitor, Health); Alex Example (Social "
            "worker, Children's social care); Casey Madeup (Family support worker, Children's "
            "social care)\n") in md
    assert "- **Invited, did not attend:** Robin Placeholder (Invented teacher role)\n" in md
    roles = to_markdown(session, review, ExportOptions(roles_only=True))
    assert "- **Invited, did not attend:** Invented teacher role\n" in roles
    html = to_html(session, review)
    assert ("<dt>Invited, did not attend</dt><dd><ul><li>Robin Placeholder (Invented teacher "
            "role)</li></ul></dd>") in html
    text = to_text(session, review)
    assert "Invited, did not attend: Robin Placeholder, Invented teacher role\n" in text


def test_a_point_attributed_to_someone_no_longer_listed_has_no_attribution(session, review):
    session.answers[0].points[0].by = "p99"
    assert "- Ask about fathers\n" in to_markdown(session, review)


# --- the reflective model -------------------------------------------------------------------


@pytest.fixture
def reflection(review) -> Session:
    s = Session.start(review, "child-zz-20300102-0900", mode="individual",
                      title="My invented reflection")
    a = s.answer("zz-first")
    a.what = "I noticed the invented father was never asked."
    a.so_what = "It means I miss half the family."
    a.now_what = "I will ask about every adult in the home."
    a.text = "Invented other thoughts."
    s.answer("zz-second").so_what = "Only a so-what here."
    s.differently = "Ask who lives in the home at every visit."
    s.timing = Timing(spent={"q:zz-first": 600, "q:zz-second": 301})
    return s


def test_self_reflection_parts_appear_under_their_labels(reflection, review):
    md = to_markdown(reflection, review)
    q1 = section(md, "### 1. What would you do first?")
    assert q1.strip() == ("**What?**\n\nI noticed the invented father was never asked.\n\n"
                          "**So what?**\n\nIt means I miss half the family.\n\n"
                          "**Now what?**\n\nI will ask about every adult in the home.\n\n"
                          "**Other thoughts:**\n\nInvented other thoughts.")
    assert section(md, "### 2. Who would you tell?").strip() == \
        "**So what?**\n\nOnly a so-what here."
    assert section(md, "## What I will do differently").strip().split("\n\n")[0] == \
        "Ask who lives in the home at every visit."
    text = to_text(reflection, review)
    assert "    So what?\n    It means I miss half the family.\n" in text
    html = to_html(reflection, review)
    assert '<dt>Now what?</dt><dd dir="auto">I will ask about every adult in the home.</dd>' in html
    assert '<h2 id="differently">What I will do differently</h2>' in html
    word = docx_text(to_docx(reflection, review))
    assert "What?\nI noticed the invented father was never asked." in word
    assert "What I will do differently\nAsk who lives in the home at every visit." in word
    data = json.loads(to_json(reflection, review))["session"]
    assert data["answers"][0]["so_what"] == "It means I miss half the family."
    assert data["differently"] == "Ask who lives in the home at every visit."


def test_time_for_cpd_is_the_time_measured_unless_entered(reflection, review):
    # 901 seconds measured (said so, as the time table says times): 15 minutes to log (to
    # the nearest minute).
    md = to_markdown(reflection, review)
    assert "- **Time the session was open (measured):** 15 min 1 s\n" in md
    assert ("- **Time logged for CPD:** 15 minutes, as reflect measured it, in whole "
            "minutes\n") in md
    assert json.loads(to_json(reflection, review))["session"]["minutes_for_cpd"] == 15
    reflection.minutes_spent = 25
    for notes in (to_markdown(reflection, review), to_text(reflection, review)):
        # Two figures, two names: what was measured, and what the person logs.
        assert "Time the session was open (measured):** 15 min 1 s" in notes.replace(
            "- **", "**") or "Time the session was open (measured): 15 minutes 1 second" \
            in notes  # (the plain text in whole words, read aloud)
        assert "Time spent" not in notes and "Time for CPD:" not in notes
    assert ("- **Time logged for CPD:** 25 minutes, as you entered it (time reading and "
            "thinking away from reflect counts)\n") in to_markdown(reflection, review)
    assert "25 minutes (0.42 hours)" in to_cpd_swe(reflection, review)
    assert "15 minutes" not in to_cpd_swe(reflection, review)  # records use the CPD figure


def test_team_notes_give_the_meetings_time_not_a_cpd_log(session, review):
    """A team's notes said "Time logged for CPD: 1 minute" (a trial): the team reads its time
    as the meeting's. The time measured is the time in the session; a figure typed for it (F8,
    `cpd-fill --minutes`) the time spent; a team session's own CPD record still logs it."""
    session.timing = Timing(spent={"q:zz-first": 61})
    for notes in (to_markdown(session, review), to_text(session, review),
                  docx_text(to_docx(session, review))):
        assert "Time in the session" in notes and ("1 min 1 s" in notes or
                                                   "1 minute 1 second" in notes)
        assert "CPD" not in notes and "Time spent" not in notes  # the same figure, said once
    session.minutes_spent = 45
    for notes in (to_markdown(session, review), to_text(session, review),
                  docx_text(to_docx(session, review))):
        assert "CPD" not in notes
    assert "- **Time spent:** 45 minutes\n" in to_markdown(session, review)
    assert "Time spent: 45 minutes" in to_text(session, review)
    assert "45 minutes (0.75 hours)" in to_cpd_swe(session, review)  # its record: the CPD time


def test_team_notes_have_no_differently_section_unless_written(session, review):
    assert "What I will do differently" not in to_markdown(session, review)


def test_swe_record_maps_the_reflective_model_onto_its_fields(reflection, review):
    out = to_cpd_swe(reflection, review)
    _, rest = out.split("## What I learned")
    learned, impact = rest.split("## Impact on my practice")
    assert "## Time logged for CPD\n\n15 minutes (0.25 hours)\n" in out
    assert "I noticed the invented father was never asked." in learned
    assert "It means I miss half the family." in learned
    assert "Only a so-what here." in learned
    assert "Invented other thoughts." in learned
    assert "I will ask about every adult in the home." not in learned
    assert "I will ask about every adult in the home." in impact
    assert "What I will do differently\n> Ask who lives in the home at every visit." in impact


def test_nmc_account_maps_the_reflective_model_onto_its_prompts(reflection, review):
    reflection.minutes_spent = 40
    account = to_nmc(reflection, review).split("# CPD log entry")[0]
    nature, learned, changed, code = account.split("\n## ")[1:]
    assert nature.startswith("What was the nature") and "40 minutes (0.67 hours)" in nature
    assert "What?\n> I noticed the invented father was never asked." in learned
    assert "So what?\n> It means I miss half the family." in learned
    assert "Now what?" not in learned
    assert "I will ask about every adult in the home." in changed
    assert "Ask who lives in the home at every visit." in changed
    assert "I will ask" not in code


def test_cpd_records_use_points_but_never_say_who_made_them(session, review):
    from reflect.store.exports import render_bytes

    for fmt in ("cpd-swe", "nmc", "swe-txt", "nmc-txt", "nmc-discussion-md"):
        out = render_bytes(session, fmt, review).decode()
        flat = out.replace("  \n", "\n").replace("\\- ", "- ")  # Markdown's breaks, escapes
        assert "What would you do first?\n- Ask about fathers\n" in flat, fmt
        assert "Ask about fathers (" not in out, fmt
        for name in NAMES:
            assert name not in out, (fmt, name)


# --- actions --------------------------------------------------------------------------------


def test_actions_table_gains_a_recommendation_column_when_any_action_has_one(session, review):
    md = to_markdown(session, review)
    assert "| What | Owner | Due | Status | Recommendation |" in md
    assert "| Share the invented briefing | Team lead | Friday | open | Hold meetings sooner. |" \
        in md
    assert "| An action linked to nothing | Duty manager | no due date given | open |  |" in md
    assert '<th scope="col">Recommendation</th>' in to_html(session, review)
    word = docx.Document(io.BytesIO(to_docx(session, review)))
    actions = next(t for t in word.tables if t.rows[0].cells[0].text == "What"
                   and t.rows[0].cells[-1].text == "Recommendation")
    assert [c.text for c in actions.rows[1].cells][-1] == "Hold meetings sooner."
    assert "Recommendation: Hold meetings sooner." in to_text(session, review)
    for act in session.actions:
        act.recommendation = ""
    md = to_markdown(session, review)
    assert "| What | Owner | Due | Status |\n" in md
    assert "Recommendation" not in md.replace("| Recommendations | – |", "")  # (a step's time)


def test_carried_actions_are_listed_with_their_session_and_status_change(session, review):
    md = to_markdown(session, review)
    carried = section(md, "## Actions from earlier sessions")
    assert "| What | Owner | Due | From the session | Status |" in carried
    assert ("| Update the invented referral form | Practice lead | January | December meeting "
            "| open → done (not yet recorded in the earlier session) |") in carried
    assert ("| Book invented training | Team lead | no due date given | December meeting | in "
            "progress "
            "(no change) |") in carried
    assert md.index("## Actions from earlier sessions") < md.index("## Questions for reflection")
    text = to_text(session, review)
    assert ("Earlier action 1: Update the invented referral form. Owner: Practice lead; due "
            "January; from: December meeting; status: open, now done; not yet recorded in the "
            "earlier session.") in " ".join(text.split())
    html = to_html(session, review)
    assert '<td dir="auto">open → done (not yet recorded in the earlier session)</td>' in html
    assert "December meeting" in docx_text(to_docx(session, review))
    data = json.loads(to_json(session, review))["session"]["carried"]
    assert data[0]["written_back"] is False and data[0]["status_before"] == "open"
    session.carried.clear()
    assert "Actions from earlier sessions" not in to_markdown(session, review)


def test_csv_has_the_recommendation_and_the_carried_actions_marked(session, review):
    session.carried[0].text = "=invented formula"
    rows = [dict(zip(COLUMNS, r, strict=True))
            for r in list(csv.reader(io.StringIO(to_csv(session, review), newline="")))[1:]]
    assert COLUMNS[7:9] == ("recommendation", "carried_over_from")  # new ones go at the end
    assert COLUMNS[9:] == ("due_date", "progress", "last_noted", "overdue", "new_due_not_a_date",
                           "agreed_due", "agreed_due_date", "moved_in", "moved_in_held",
                           "agreed_owner", "owner_given_in", "owner_given_in_held",
                           "done_in", "done_in_held")
    assert [(r["what"], r["recommendation"], r["carried_over_from"]) for r in rows] == [
        ("Share the invented briefing", "Hold meetings sooner.", ""),
        ("An action linked to nothing", "", ""),
        ("'=invented formula", "", "December meeting"),
        ("Book invented training", "", "December meeting"),
    ]
    assert rows[2]["status"] == "done"


# --- time -----------------------------------------------------------------------------------


def test_planned_length_and_time_spent_in_the_details(session, review):
    md = to_markdown(session, review)
    assert "- **Planned length:** 15 minutes\n" in md
    assert "- **Time in the session:** 10 min\n" in md  # 600 seconds, as the time table
    session.timing = Timing()
    md = to_markdown(session, review)
    assert "Planned length" not in md and "Time in the session" not in md and "## Time" not in md


def test_time_table_per_step_with_a_total(session, review):
    md = to_markdown(session, review)
    table = section(md, "## Time")
    # Every step, in order: those passed in under a second (or not reached) show 0 s. Each
    # time in words: `1:30` read as an hour and a half beside My CPD so far (a trial).
    assert table.strip().splitlines()[:15] == [
        "| Step | Planned | Spent | Over or under |",
        "| --- | --- | --- | --- |",
        "| Who is here | 1 min | 1 min 30 s | 30 s over |",
        "| Last time's actions | – | 0 s |  |",
        "| Introduction and context | – | 0 s |  |",
        "| Good practice | – | 0 s |  |",
        "| Areas for development | – | 0 s |  |",
        "| Recommendations | – | 0 s |  |",
        "| Question 1 | 5 min | 7 min | 2 min over |",
        "| Question 2 | – | 0 s |  |",
        "| Question 3 | – | 0 s |  |",
        "| What to do now | 2 min | 1 min | 1 min under |",
        "| Summary and export | – | 30 s |  |",
        "| **Total** | **8 min** | **10 min** | **2 min over** |",
        "",
    ]
    html = to_html(session, review)
    assert ('<tr class="total"><td dir="auto">Total</td><td dir="auto">8 min</td>'
            '<td dir="auto">10 min</td><td dir="auto">2 min over</td></tr>' in html)
    text = to_text(session, review)
    assert "\nTotal: 8 minutes planned, 10 minutes spent, 2 minutes over.\n" in text
    assert "Total | 8 min | 10 min | 2 min over" in docx_text(to_docx(session, review))
    timing = json.loads(to_json(session, review))["session"]["timing"]
    assert timing["total_spent"] == 600 and timing["plan"]["q:zz-first"] == 300


def test_time_table_without_the_review_labels_questions_by_number(session):
    table = section(to_markdown(session, None), "## Time")
    assert "| Question 1 | 5 min | 7 min | 2 min over |" in table
    session.timing = Timing(spent={"q:gone-question": 65})
    assert "| A question no longer in the review | – | 1 min 5 s |  |" in to_markdown(session,
                                                                                  None)


# --- themed sessions ------------------------------------------------------------------------


@pytest.fixture
def themed(review):
    theme = themed_review("information-sharing", [review])
    s = Session.start(theme, "theme-information-sharing-20300103-0900",
                      theme="information-sharing")
    for a, q in zip(s.answers, theme.questions, strict=True):
        a.source = q.source or ""
    s.answers[0].text = "Invented themed answer."
    return theme, s


def test_themed_notes_say_the_theme_and_where_each_question_comes_from(themed):
    theme, s = themed
    md = to_markdown(s, theme)
    assert "- **Theme:** information sharing\n" in md
    assert "*From: Child ZZ*\n\nInvented themed answer." in md
    assert '<p class="note">From: Child ZZ</p>' in to_html(s, theme)
    assert "From: Child ZZ" in to_text(s, theme)
    assert json.loads(to_json(s, theme))["session"]["theme"] == "information-sharing"


def test_themed_content_blocks_say_which_review_they_come_from(themed):
    theme, s = themed
    options = ExportOptions(include_content=True)
    md = to_markdown(s, theme, options)
    good = section(md, "### Good practice")
    assert ("- **Invented strength:** Agencies in the exercise shared information quickly.  \n"
            "  *from Child ZZ*") in good
    assert '<span class="extra note">from Child ZZ</span>' in to_html(s, theme, options)
    assert "from Child ZZ" in docx_text(to_docx(s, theme, options))
    assert "(from Child ZZ)" in to_text(s, theme, options)
    blocks = json.loads(to_json(s, theme, options))["review"]["content"][1]["blocks"]
    assert blocks[0]["source"] == "Child ZZ"


# --- text stays literal ---------------------------------------------------------------------


def test_typed_text_in_the_new_fields_stays_literal(session, review):
    session.answers[0].points[0].text = "# not a heading <script>x</script> [link](y)"
    session.carried[0].text = "<b>carried</b> | pipe"
    session.participants[0].agency = "Health [bold]"
    md = to_markdown(session, review)
    assert "- \\# not a heading \\<script>x\\</script> \\[link](y) (Sam Sample, Health visitor, " \
           "Health \\[bold])" in md
    assert "| \\<b>carried\\</b> \\| pipe |" in md
    html = to_html(session, review)
    assert "<script>" not in html and "<b>carried" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "&lt;b&gt;carried&lt;/b&gt; | pipe" in html


def test_notes_that_name_nobody_leave_out_the_owners_of_carried_actions():
    from reflect.export.json_export import to_json
    from reflect.export.markdown import to_markdown
    from reflect.export.options import ExportOptions
    from reflect.export.plain import to_text
    from reflect.model.session import CarriedAction, Session

    s = Session(id="20260101-child-zz-0000abcd", review_id="child-zz", review_title="Child ZZ",
                carried=[CarriedAction(session_id="20251201-child-zz-0000abce",
                                       session_label="December huddle", action_id="a1",
                                       text="Ring the invented school", owner="Casey Fictional")])
    named = ExportOptions()
    for options in (ExportOptions(roles_only=True), ExportOptions(attendance_by_agency=True),
                    ExportOptions(include_attendance=False)):
        for render in (to_markdown, to_text, to_json):
            text = render(s, None, options)
            assert "Ring the invented school" in text
            assert "Casey Fictional" not in text, (render.__name__, options)
    assert "Casey Fictional" in to_markdown(s, None, named)
    # ... so the check run for such notes does not flag a name it will not print.
    from reflect.export.identifiers import find_identifiers
    from reflect.model.session import Participant

    s.participants = [Participant(name="Casey Fictional", role="Invented role")]
    s.carried[0].text = "Ask Casey Fictional to ring the invented school"
    found = [(f.field, f.text) for f in find_identifiers(s, roles_only=True)]
    assert found == [("carried[0].text", "Casey Fictional")]


def test_minutes_are_rounded_to_the_nearest_not_up():
    """1:15 counted showed as "2 minutes" in the notes and the CPD log (fresh-eyes trial)."""
    from reflect.model.session import whole_minutes

    assert [whole_minutes(s) for s in (0, 1, 29, 75, 89, 90, 3599)] == [0, 1, 1, 1, 1, 2, 60]
    session = Session(id="20260101-child-zz-0000aaaa", review_id="child-zz",
                      review_title="Child ZZ", timing=Timing(spent={"intro": 75}))
    assert session.minutes_for_cpd == 1
    assert "Time in the session:** 1 min 15 s\n" in to_markdown(session)  # (measured)


def test_a_carried_actions_last_noted_progress_is_said_in_every_format(session, review):
    """Meeting 2's note, written back to meeting 1's action, was nowhere in meeting 3's notes
    ("in progress (no change)"), and a note typed there replaced it unseen (a trial)."""
    book = session.carried[1]
    book.progress_before = "Invented venue booked"
    for name, text in every_format(session, review, ExportOptions()).items():
        assert "Invented venue booked" in text, name
    md = to_markdown(session, review)
    assert ("| Book invented training | Team lead | no due date given | December meeting | in "
            "progress "
            "(no change); last noted: “Invented venue booked” |") in md
    book.note = "Two dates offered"
    md = to_markdown(session, review)
    assert ("in progress (no change); last noted: “Invented venue booked”; progress: Two "
            "dates offered |") in md
    assert "last noted: “Invented venue booked”; progress: Two dates offered" in " ".join(
        to_text(session, review).split())
    rows = [dict(zip(COLUMNS, r, strict=True))
            for r in list(csv.reader(io.StringIO(to_csv(session, review), newline="")))[1:]]
    assert (rows[3]["progress"], rows[3]["last_noted"]) == ("Two dates offered",
                                                           "Invented venue booked")
    assert json.loads(to_json(session, review))["session"]["carried"][1][
        "progress_before"] == "Invented venue booked"
    book.note = "Invented venue booked"  # said again: once is enough
    assert "last noted" not in to_markdown(session, review)
