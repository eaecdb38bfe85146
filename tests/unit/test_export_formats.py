"""The HTML, Word, JSON, CSV and CPD exports. All data here is invented."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from reflect.export.csv_export import COLUMNS, safe_cell, to_csv
from reflect.export.docx_export import to_docx
from reflect.export.html import to_html
from reflect.export.json_export import to_json
from reflect.export.options import ExportOptions
from reflect.model.session import Action, Participant, Session

REPO = Path(__file__).resolve().parents[2]

NON_ASCII = "Café au lait with 子 and 🙂 emoji.\nA second line, still ünïcödé."
MARKUP = "[bold]not bold[/] and [@click=app.quit]x[/]"
SCRIPT = "<script>alert(1)</script>"
LONG = ("Invented long answer " * 250)[:5000]
CONTROLS = "before\x1b[31m red\x07 after\u202e"
FORMULA = '=HYPERLINK("evil.invalid/steal","Click me")'
NAMES = ("Invented Person Alpha", "Invented Person Beta")
ROLES = ("Invented role one, Invented agency one", "Invented role two, Invented agency two")
INTRO = "Child ZZ is an invented child in an invented town."
ALL_OPTIONS = [ExportOptions(), ExportOptions(include_content=True),
               ExportOptions(roles_only=True), ExportOptions(include_attendance=False)]


@pytest.fixture
def session(review) -> Session:
    s = Session.start(review, "child-zz-20300101-0900", title="Exercise <b>café</b> [bold]",
                      team="Invented team 子", facilitator="Invented Facilitator Gamma",
                      participants=[
                          Participant(name=NAMES[0], role="Invented role one",
                                      agency="Invented agency one"),
                          Participant(name=NAMES[1], role="Invented role two",
                                      agency="Invented agency two"),
                      ])
    s.set_answer("zz-first", "What would you do first?", NON_ASCII)
    s.set_answer("zz-second", "Who would you tell?", MARKUP)
    s.set_answer("zz-third", "What will you change?", SCRIPT)
    s.set_answer("zz-empty", "An invented question left unanswered?", "")
    s.set_answer("zz-long", "An invented question with a long answer?", LONG)
    s.set_answer("zz-controls", "An invented question with control codes?", CONTROLS)
    s.notes["good-practice"] = "Invented note on good practice: café."
    s.notes["actions"] = "Invented what-to-do-now note: brief the team about 子."
    s.add_action(Action(text=FORMULA, owner="+Invented owner", due="2030-01-31"))
    s.add_action(Action(text="Share the café briefing 子 🙂", owner="Invented team lead",
                        due="Friday", status="in progress"))
    return s


def answers_of(s: Session) -> list[str]:
    return [a.text for a in s.answers]


def docx_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [c.text for row in table.rows for c in row.cells]
    return "\n".join(parts)


def render_all(s: Session, review, options: ExportOptions) -> dict[str, str]:
    """Every export that lists people, as text (the CPD records list nobody: see
    test_cpd_records.py)."""
    return {
        "html": to_html(s, review, options),
        "docx": docx_text(to_docx(s, review, options)),
        "json": json.dumps(json.loads(to_json(s, review, options)), ensure_ascii=False),
    }


# --- HTML ---------------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.data: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.data.append(data)


def parse_html(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


def test_html_shows_user_text_as_text_and_runs_nothing(session, review):
    out = to_html(session, review)
    page = parse_html(out)
    assert "<script" not in out.lower()
    assert "script" not in page.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    shown = "".join(page.data)
    assert SCRIPT in shown                      # the reader sees exactly what was typed
    assert MARKUP in shown
    assert "Exercise <b>café</b> [bold]" in shown
    assert "b" not in page.tags                 # the title's <b> did not become a tag
    assert not [a for a in page.attrs if a in ("src", "href", "srcset", "action")
                or a.startswith("on")]


def test_html_is_self_contained_and_prints_on_a4(session, review):
    out = to_html(session, review, ExportOptions(include_content=True))
    lowered = out.lower()
    for external in ("http://", "https://", "src=", "href=", "url(", "@import", "<link",
                     "<img", "<iframe", "<object", "<embed"):
        assert external not in lowered
    style = parse_html(out).style
    assert "@page { size: A4; margin: 2cm; }" in style
    assert "@media print" in style
    assert out.startswith("<!DOCTYPE html>")


def test_html_keeps_text_line_breaks_and_non_ascii(session, review):
    out = to_html(session, review)
    assert "Café au lait with 子 and 🙂 emoji.<br>\nA second line, still ünïcödé." in out
    assert LONG in out
    assert "No answer recorded." in out
    for ch in ("\x1b", "\x07", "\u202e"):
        assert ch not in out
    assert "before red after" in out


def test_html_has_headings_details_and_an_actions_table(session, review):
    out = to_html(session, review)
    page = parse_html(out)
    assert page.tags.count("h1") == 1
    for heading in ("Details", "Notes on the review", "Questions for reflection",
                    "Agreed actions"):
        assert re.search(rf"<h2[^>]*>{heading}</h2>", out)
    assert "<h3>1. What would you do first?</h3>" in out
    assert '<dt>Team or service</dt><dd dir="auto">Invented team 子</dd>' in out
    assert "<th scope=\"col\">What</th>" in out
    assert page.tags.count("tr") == 3           # header and two actions
    assert ('<td dir="auto">=HYPERLINK(&quot;evil.invalid/steal&quot;,&quot;Click me&quot;)'
            "</td>") in out
    assert "Invented note on good practice: café." in out


# --- Word -----------------------------------------------------------------------------------


def test_docx_uses_real_heading_and_list_styles(session, review):
    doc = docx.Document(io.BytesIO(to_docx(session, review)))
    styled = [(p.style.name, p.text) for p in doc.paragraphs]
    assert styled[0] == ("Title", "Exercise <b>café</b> [bold]")
    h1 = [t for s, t in styled if s == "Heading 1"]
    assert h1 == ["Details", "Notes on the review", "Questions for reflection", "Agreed actions"]
    h2 = [t for s, t in styled if s == "Heading 2"]
    assert "1. What would you do first?" in h2 and "3. What will you change?" in h2
    assert "Good practice" in h2
    bullets = [t for s, t in styled if s == "List Bullet"]
    assert "Team or service: Invented team 子" in bullets
    people = [t for s, t in styled if s == "List Bullet 2"]
    assert people == [f"{NAMES[0]} (Invented role one, Invented agency one)",
                      f"{NAMES[1]} (Invented role two, Invented agency two)"]


def test_docx_actions_table_has_a_header_row_and_every_action(session, review):
    doc = docx.Document(io.BytesIO(to_docx(session, review)))
    assert len(doc.tables) == 1
    rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert rows == [
        ["What", "Owner", "Due", "Status"],
        [FORMULA, "+Invented owner", "Thu 31 Jan 2030", "open"],
        ["Share the café briefing 子 🙂", "Invented team lead", "Friday", "in progress"],
    ]
    header = doc.tables[0].rows[0]._tr
    assert header.xpath("./w:trPr/w:tblHeader")


def test_docx_text_survives_exactly_without_control_codes(session, review):
    data = to_docx(session, review)
    assert data[:2] == b"PK"
    text = docx_text(data)
    for answer in (NON_ASCII, MARKUP, SCRIPT, LONG):
        assert answer in text
    assert "No answer recorded." in text
    for ch in ("\x1b", "\x07", "\u202e"):
        assert ch not in text
    assert "before red after" in text
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.title == "Exercise <b>café</b> [bold]"
    assert props.author == "reflect"


def test_docx_drops_characters_xml_cannot_hold(session, review):
    session.set_answer("zz-first", "q", "a\ufffeb\uffffc")
    text = docx_text(to_docx(session, review))
    assert "abc" in text


# --- JSON -----------------------------------------------------------------------------------

TOP_KEYS = {"format", "version", "exported_on", "session", "review"}
SESSION_KEYS = {"id", "title", "review_id", "review_title", "theme", "mode", "team",
                "facilitator", "participants", "created", "updated", "answers", "notes",
                "actions", "carried", "differently", "timing", "minutes_spent",
                "minutes_for_cpd", "confidence"}
PARTICIPANT_KEYS = {"id", "name", "role", "agency", "attended", "left_early", "arrived_during",
                    "left_during",
                    "listed_last_time"}
ANSWER_KEYS = {"question_id", "question", "source", "origin", "given_under", "no_longer_in_review",
               "points", "text", "what", "so_what", "now_what"}
POINT_KEYS = {"text", "by", "from_room", "said_by"}
CONFIDENCE_KEYS = {"phase", "prompt", "counts", "answers", "average"}
ACTION_KEYS = {"id", "text", "owner", "due", "due_date", "status", "progress",
               "recommendation", "agreed_due", "agreed_due_date", "overdue", "moved_in",
               "due_shown", "agreed_owner", "given_in", "done_in"}
CARRIED_KEYS = {"session_id", "session_label", "action_id", "text", "owner", "due", "due_date",
                "status_before", "status", "noted_in", "progress_before", "progress_noted_in",
                "due_noted_in", "owner_noted_in", "owner_before", "note", "new_due", "new_due_date",
                "written_back", "overdue",
                "due_in_force", "due_in_force_date", "new_due_not_a_date", "due_in_force_shown"}
TIMING_KEYS = {"minutes", "plan", "spent", "total_spent", "paused"}
REVIEW_KEYS = {"id", "title", "partnership", "review_type", "content"}
CONTENT_KEYS = {"key", "title", "blocks"}
BLOCK_KEYS = {"kind", "text", "title", "extra", "source"}


def test_json_matches_the_documented_schema(session, review):
    from reflect.model.session import CarriedAction, Point

    session.answers[0].points.append(Point(text="Invented point", by="p1"))
    session.carried.append(CarriedAction(session_id="earlier", session_label="Earlier",
                                         action_id="a1", text="Invented earlier action"))
    data = json.loads(to_json(session, review, ExportOptions(include_content=True)))
    assert set(data) == TOP_KEYS
    assert data["format"] == "reflect-notes" and data["version"] == 1
    sess = data["session"]
    assert set(sess) == SESSION_KEYS
    assert all(set(p) == PARTICIPANT_KEYS for p in sess["participants"])
    assert all(set(a) == ANSWER_KEYS for a in sess["answers"])
    assert all(set(a) == ACTION_KEYS for a in sess["actions"])
    assert all(set(p) == POINT_KEYS for a in sess["answers"] for p in a["points"])
    assert sess["answers"][0]["points"] and sess["carried"]
    assert all(set(c) == CARRIED_KEYS for c in sess["carried"])
    assert set(sess["timing"]) == TIMING_KEYS
    assert set(data["review"]) == REVIEW_KEYS
    assert all(set(c) == CONTENT_KEYS for c in data["review"]["content"])
    assert all(set(b) == BLOCK_KEYS for c in data["review"]["content"] for b in c["blocks"])

    doc = (REPO / "docs" / "export-json-schema.md").read_text(encoding="utf-8")
    every = (TOP_KEYS | SESSION_KEYS | PARTICIPANT_KEYS | ANSWER_KEYS | POINT_KEYS | ACTION_KEYS
             | CONFIDENCE_KEYS | CARRIED_KEYS | TIMING_KEYS | REVIEW_KEYS | CONTENT_KEYS
             | BLOCK_KEYS)
    undocumented = [k for k in every if f"| `{k}` |" not in doc]
    assert undocumented == []
    example = json.loads(doc.split("## Example")[1].split("```json")[1].split("```")[0])
    assert set(example["session"]) == SESSION_KEYS
    assert set(example["session"]["timing"]) == TIMING_KEYS
    assert all(set(a) == ANSWER_KEYS for a in example["session"]["answers"])
    assert all(set(a) == ACTION_KEYS for a in example["session"]["actions"])
    assert all(set(c) == CARRIED_KEYS for c in example["session"]["carried"])
    assert all(set(c) == CONFIDENCE_KEYS for c in example["session"]["confidence"])


def test_json_round_trips_every_answer_exactly(session, review):
    out = to_json(session, review)
    data = json.loads(out)
    sess = data["session"]
    assert [a["text"] for a in sess["answers"]] == answers_of(session)
    # control codes never reach the model (model/clean.py), so never an export either
    assert "before red after" in [a["text"] for a in sess["answers"]]
    assert [(a["question_id"], a["question"]) for a in sess["answers"]] == \
        [(a.question_id, a.question) for a in session.answers]
    assert sess["notes"] == session.notes
    assert sess["actions"][0] == {"id": "a1", "text": FORMULA, "owner": "+Invented owner",
                                  "due": "2030-01-31", "due_date": None, "status": "open",
                                  "progress": "", "recommendation": "", "agreed_due": None,
                                  "agreed_due_date": None, "overdue": False, "moved_in": None,
                                  "due_shown": "Thu 31 Jan 2030", "agreed_owner": None,
                                  "given_in": None, "done_in": None}
    assert sess["title"] == session.title and sess["mode"] == "team"
    assert datetime.fromisoformat(sess["created"]) == session.created
    assert datetime.fromisoformat(sess["updated"]) == session.updated
    assert data["review"] == {"id": "child-zz", "title": "Child ZZ",
                              "partnership": "Invented Shire Safeguarding Partnership",
                              "review_type": "Practice exercise", "content": None}
    # Readable, yet nothing a terminal could act on is written raw.
    assert "Café au lait with 子 and 🙂" in out
    for ch in ("\x1b", "\x07", "\u202e"):
        assert ch not in out


def test_json_without_the_review(session):
    data = json.loads(to_json(session, None, ExportOptions(include_content=True)))
    assert data["review"] is None
    assert data["session"]["review_id"] == "child-zz"


# --- CSV ------------------------------------------------------------------------------------


def test_csv_lists_the_actions_with_formulas_neutralised(session, review):
    out = to_csv(session, review)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 3
    first, second = (dict(zip(COLUMNS, r, strict=True)) for r in rows[1:])
    assert first["what"] == "'" + FORMULA
    assert first["owner"] == "'+Invented owner"
    assert first["session_id"] == session.id and first["review_id"] == "child-zz"
    assert first["session_title"] == "Exercise <b>café</b> [bold]"
    assert second["what"] == "Share the café briefing 子 🙂"
    assert second["status"] == "in progress"
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r"))
                   for row in rows for cell in row)


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\r=1", "=cmd|' /C x'!A0"])
def test_csv_formula_starts_get_a_quote(text):
    assert safe_cell(text).startswith("'")


@pytest.mark.parametrize("text", ["plain", "a=b", "café", "1-2", ""])
def test_csv_ordinary_cells_are_unchanged(text):
    assert safe_cell(text) == text


def test_csv_keeps_line_breaks_in_a_cell_and_strips_controls(session, review):
    session.actions.append(Action(text="Line one\nline two\x1b[31m"))
    rows = list(csv.reader(io.StringIO(to_csv(session, review), newline="")))
    assert rows[-1][3] == "Line one\nline two"


def test_csv_with_no_actions_is_just_the_header(session):
    session.actions.clear()
    assert list(csv.reader(io.StringIO(to_csv(session)))) == [list(COLUMNS)]


# --- Options --------------------------------------------------------------------------------


def test_names_are_listed_by_default(session, review):
    for fmt, out in render_all(session, review, ExportOptions()).items():
        assert all(name in out for name in NAMES), fmt


def test_roles_only_removes_every_name(session, review):
    for fmt, out in render_all(session, review, ExportOptions(roles_only=True)).items():
        for name in NAMES:
            assert name not in out, fmt
        assert "Invented role one" in out and "Invented agency two" in out, fmt
    people = json.loads(to_json(session, review, ExportOptions(roles_only=True)))
    assert [p["name"] for p in people["session"]["participants"]] == ["", ""]
    assert [p["role"] for p in people["session"]["participants"]] == ["Invented role one",
                                                                      "Invented role two"]


def test_attendance_off_removes_the_participants(session, review):
    for fmt, out in render_all(session, review, ExportOptions(include_attendance=False)).items():
        for text in NAMES + ("Invented role one", "Invented agency two"):
            assert text not in out, fmt
        assert "Participants" not in out, fmt
    data = json.loads(to_json(session, review, ExportOptions(include_attendance=False)))
    assert data["session"]["participants"] == []


def test_absent_participants_are_listed_apart_from_those_taking_part(session, review):
    session.participants[1].attended = False
    for fmt, out in render_all(session, review, ExportOptions()).items():
        if fmt == "json":
            continue
        # Listed once, after the heading for those invited who did not attend.
        assert out.count(NAMES[1]) == 1, fmt
        assert out.index(NAMES[0]) < out.index("Invited, did not attend") < out.index(NAMES[1])
    data = json.loads(to_json(session, review))
    assert data["session"]["participants"][1]["attended"] is False


def test_include_content_adds_the_review_before_the_notes(session, review):
    plain = render_all(session, review, ExportOptions())
    full = render_all(session, review, ExportOptions(include_content=True))
    for fmt in plain:
        assert INTRO not in plain[fmt], fmt
        assert INTRO in full[fmt], fmt
        assert "Hold meetings sooner." in full[fmt], fmt
    assert full["html"].index(INTRO) < full["html"].index("Notes on the review")
    assert full["docx"].index(INTRO) < full["docx"].index("Notes on the review")
    content = json.loads(to_json(session, review, ExportOptions(include_content=True)))
    keys = [c["key"] for c in content["review"]["content"]]
    assert keys == ["intro", "good-practice", "development", "recommendations"]
    assert content["review"]["content"][0]["blocks"][0] == {
        "kind": "para", "text": INTRO, "title": None, "extra": None, "source": None}


@pytest.mark.parametrize("options", ALL_OPTIONS)
def test_every_format_works_without_the_review(session, options):
    assert "Questions for reflection" in to_html(session, None, options)
    assert "Questions for reflection" in docx_text(to_docx(session, None, options))
    assert json.loads(to_json(session, None, options))["review"] is None
    assert len(list(csv.reader(io.StringIO(to_csv(session, None, options))))) == 3
    assert INTRO not in to_html(session, None, options)


def test_new_export_modules_do_not_import_textual():
    code = (
        "import sys\n"
        "import reflect.export.html, reflect.export.docx_export, reflect.export.json_export,"
        " reflect.export.csv_export, reflect.export.cpd\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_word_is_a4_british_with_a_wide_what_column(review):
    import io

    import docx
    from docx.shared import Mm

    from reflect.export.docx_export import to_docx
    from reflect.model.session import Action, Session

    s = Session.start(review, "20260101-child-zz-000000aa", title="Exercise")
    s.actions.append(Action(text="A long invented action " * 5, owner="Role"))
    document = docx.Document(io.BytesIO(to_docx(s, review)))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    lang = document.styles["Normal"].element.rPr.find(docx.oxml.ns.qn("w:lang"))
    assert lang.get(docx.oxml.ns.qn("w:val")) == "en-GB"
    widths = [c.width for c in document.tables[0].rows[1].cells]
    assert widths[0] > 2 * widths[1]
    grid = [c.width for c in document.tables[0].columns]
    assert grid[0] > 2 * grid[1]


def test_reflects_own_questions_are_labelled_in_every_format(session, review):
    """A question reflect added (the briefing had none) says so in every export."""
    from reflect.export.markdown import to_markdown
    from reflect.export.parts import REFLECT_QUESTION
    from reflect.export.plain import to_text

    assert len(session.answers) >= 2
    session.answers[0].origin = "reflect"
    md = to_markdown(session, review)
    assert md.count(REFLECT_QUESTION) == 1
    assert to_text(session, review).count(REFLECT_QUESTION) == 1
    page = to_html(session, review)
    assert page.count("this briefing has none of its own") == 1
    assert docx_text(to_docx(session, review)).count("this briefing has none of its own") == 1
    data = json.loads(to_json(session, review, ExportOptions()))
    assert [a["origin"] for a in data["session"]["answers"]][:2] == ["reflect", "briefing"]


def test_a_pdf_of_letters_its_font_lacks_says_so_and_which_formats_keep_them(review):
    """A PDF printed Urdu and Punjabi as `[arabic letter alef]…` and reported success without
    a word (a trial)."""
    from reflect.store.exports import font_note

    s = Session.start(review, "child-zz-20300101-0901", mode="individual", title="Invented")
    assert font_note(s, "pdf") == ""  # Latin only
    s.answers[0].what = "Invented: Łódź, Ελλάδα, Київ"  # Latin, Greek and Cyrillic print
    assert font_note(s, "pdf") == ""
    s.answers[0].so_what = "Invented: اردو ਪੰਜਾਬੀ 子供 😀"
    note = font_note(s, "swe-pdf")
    assert note.startswith("The PDF's font cannot print the Arabic, Gurmukhi, CJK and emoji "
                           "characters")
    # only formats offered for what is exported: no record is written as a web page (a trial)
    assert note.endswith("in brackets. Word (.docx) keeps them.")
    for fmt in ("cpd-pdf", "nmc-pdf"):
        assert font_note(s, fmt).endswith(" Word (.docx) keeps them."), fmt
    assert font_note(s, "pdf").endswith(" Word (.docx) and web page (.html) keep them.")
    assert font_note(s, "docx") == "" and font_note(s, "md") == ""


def test_a_letter_and_its_accent_typed_apart_print_as_one_in_the_pdf(review):
    """"Zoë" typed as e and a combining diaeresis printed "Zoee¨": the PDF places no marks, so
    the accent stood after the letter (a trial). Printed as the one letter ë (NFC)."""
    from pdfminer.high_level import extract_text

    from reflect.store.exports import render_bytes

    s = Session.start(review, "child-zz-20300101-0903", mode="individual", title="Invented")
    s.answers[0].what = "Invented: talked with Zoe\u0308 Example"
    text = extract_text(io.BytesIO(render_bytes(s, "pdf", review)))
    assert "Zo\u00eb Example" in text and "\u0308" not in text


def test_a_pdfs_font_note_is_about_what_that_pdf_prints(review):
    """A redacted NMC discussion form was said to lack emoji and Arabic letters it did not
    hold (checked with pdfminer): the note was about the whole session (a trial)."""
    from pdfminer.high_level import extract_text

    from reflect.export.identifiers import Finding, redact
    from reflect.store.exports import font_note, render_bytes

    s = Session.start(review, "child-zz-20300101-0902", mode="individual", title="Invented")
    s.answers[0].so_what = "Invented: اردو 😀"  # what I learned: not on the discussion form
    for fmt in ("nmc-discussion-pdf", "swe-pdf", "nmc-pdf", "pdf"):
        text = extract_text(io.BytesIO(render_bytes(s, fmt, review)))
        in_it = "[arabic letter" in text
        assert in_it == (fmt != "nmc-discussion-pdf"), fmt
        assert bool(font_note(s, fmt, review)) == in_it, fmt
    assert "Arabic and emoji" in font_note(s, "pdf", review)
    # the redacted copy, as exported, is what the note is about
    field = "answers[0].so_what"
    at = s.answers[0].so_what.index("اردو")
    copy = redact(s, [Finding("likely name", "Question 1 (So what?)", field, "اردو 😀", at,
                              at + len("اردو 😀"))])
    assert "[arabic letter" not in extract_text(io.BytesIO(render_bytes(copy, "swe-pdf",
                                                                         review)))
    assert font_note(copy, "swe-pdf", review) == ""
