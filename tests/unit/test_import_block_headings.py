"""A heading opening a block the learning lead moves in the import preview is the block's
heading: in no field, and said in the notes. A fresh-eyes trial (a partnership's learning lead
importing her own .docx briefings, with headings reflect does not know) found "The story so
far" an introduction's paragraph, "Next steps for you" a line of What to do now (shown to teams
as something to do), "Working with Dads", opening a second block moved into Areas for
development, a point whose whole text was that heading, and "Where we need to get better" and
"Our recommendations and progress" the titles of the first point and of recommendation R1,
"R1 " left in its words; the notes said nothing of them. The briefings are made here, as Word
files, in the layouts partnerships publish. All invented: "Child Y", "Moorvale"."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from reflect.importer import import_briefing
from reflect.importer.parse import PARTS, ImportReport
from reflect.importer.sources import read_source

STORY = ["Child Y was an invented three-year-old living with his mother in Moorvale.",
         "A referral was made in February after a bruise was seen on his arm."]
BETTER = ["Agencies did not ask who else lived in the household.",
          "Escalation between agencies was slow when the threshold was disputed."]
DADS = ["Fathers were rarely seen by the professionals visiting the home.",
        "Invitations to meetings went only to the mother."]
NEXT = ["Read the Moorvale escalation policy and discuss it in supervision.",
        "Invite fathers to every meeting about their child."]
HEADS = {"The story so far": "introduction", "Where we need to get better": "development",
         "Working with Dads": "development", "Our recommendations and progress":
         "recommendations", "Next steps for you": "what_to_do_now"}


def briefing(path: Path, recommendations: list[str] | None = None) -> Path:
    """An invented Word briefing: a title and the partnership's line, then sections under
    headings reflect does not know (and two it does), as a learning lead writes her own.
    `recommendations`: paragraphs under "Our recommendations and progress"; else a table
    "No. | Recommendation | Status" with rows "R1 | … | In progress"."""
    doc = Document()
    doc.add_heading("Child Y: Learning Briefing", 0)
    doc.add_paragraph("Moorvale Safeguarding Children Partnership · Rapid Review · March 2027")
    doc.add_heading("The story so far", 1)
    for line in STORY:
        doc.add_paragraph(line)
    doc.add_heading("What went well", 1)
    doc.add_paragraph("The nursery shared its chronology with the health visitor.",
                      style="List Bullet")
    doc.add_heading("Where we need to get better", 1)
    for line in BETTER:
        doc.add_paragraph(line)
    doc.add_heading("Working with Dads", 2)
    for line in DADS:
        doc.add_paragraph(line)
    doc.add_heading("Our recommendations and progress", 1)
    if recommendations is not None:
        for line in recommendations:
            doc.add_paragraph(line)
    else:
        table = doc.add_table(rows=3, cols=3)
        for i, row in enumerate([
                ("No.", "Recommendation", "Status"),
                ("R1", "All agencies record who lives in the household at every contact.",
                 "In progress"),
                ("R2", "The partnership reviews its escalation policy with front-line staff.",
                 "Completed")]):
            for j, words in enumerate(row):
                table.cell(i, j).text = words
    doc.add_heading("Questions for your team", 1)
    doc.add_paragraph("How do you find out who lives in a child's home?", style="List Bullet")
    doc.add_heading("Next steps for you", 1)
    for line in NEXT:
        doc.add_paragraph(line, style="List Bullet")
    doc.save(str(path))
    return path


def moved_as_the_lead_did(path: Path) -> tuple[ImportReport, dict[str, int]]:
    """The briefing read, each block moved where the trial's learning lead moved it, one Move
    after another as the preview makes them; returns the report and each heading's line."""
    source = read_source(path)

    def read(moves: dict[int, str]) -> ImportReport:
        return import_briefing(source.text, furniture=source.furniture, kind=source.kind,
                               rows=source.rows, moves=moves)

    moves: dict[int, str] = {}
    at: dict[str, int] = {}
    for heading, section in HEADS.items():
        [block] = [b for b in read(moves).blocks if b.label == f"## {heading}"]
        at[heading] = block.start
        moves.update({n: section for n, _ in block.lines})
    return read(moves), at


def test_the_headings_over_moved_blocks_are_in_no_field_and_said(tmp_path: Path) -> None:
    report, at = moved_as_the_lead_did(briefing(tmp_path / "child-y.docx"))
    review = report.review
    assert review["introduction"] == STORY
    assert review["development"] == [{"text": line} for line in BETTER + DADS]
    assert review["what_to_do_now"] == NEXT
    assert review["recommendations"] == [
        {"text": "All agencies record who lives in the household at every contact.",
         "update": "In progress"},
        {"text": "The partnership reviews its escalation policy with front-line staff.",
         "update": "Completed"}]
    assert report.unplaced == []
    said = listed_heads(at)
    assert [w for w in report.warnings if w.startswith("the headings over")] == [
        "the headings over the blocks you moved are taken as their headings, not written into "
        f"the review: {said}"]
    assert {(at[h], section) for h, section in HEADS.items()} <= set(report.headings)


def listed_heads(at: dict[str, int]) -> str:
    """The headings as the note lists them: "line 3 (“The story so far”, into introduction),
    …"."""
    parts = [f"line {at[h]} (“{h}”, into {PARTS.get(section, section)})"
             for h, section in HEADS.items()]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def test_a_move_into_the_introduction_says_the_stand_in_in_the_words_said_before(
        tmp_path: Path) -> None:
    """With no introduction, one stands in, "it repeats the first good practice item"; the
    block moved there is the whole of it, and the note said it "no longer repeats the first
    development item", as blocks had been moved into Areas for development since (a trial):
    the words of the one rule, for the briefing as it was."""
    path = briefing(tmp_path / "child-y.docx")
    source = read_source(path)
    before = import_briefing(source.text, kind=source.kind, rows=source.rows)
    assert "no introduction: it repeats the first good practice item; edit it in the file" \
        in before.warnings
    report, _ = moved_as_the_lead_did(path)
    assert "the block you moved is the whole introduction (the briefing has none of its own): " \
        "it no longer repeats the first good practice item, and the review's summary is now " \
        "taken from the block" in report.warnings


def test_a_short_sentence_naming_the_child_is_not_the_titles(tmp_path: Path) -> None:
    """"Child Y was an invented three-year-old living with his mother in Moorvale." (twelve
    words), the first line under "The story so far", was taken for a line of the title, in no
    field and no block: moving the block left it out unsaid (a trial's layout)."""
    source = read_source(briefing(tmp_path / "child-y.docx"))
    report = import_briefing(source.text, kind=source.kind, rows=source.rows)
    [story] = [b for b in report.blocks if b.label == "## The story so far"]
    assert [line for _, line in story.lines[1:]] == STORY


def test_recommendations_numbered_in_their_words_lose_the_numbering(tmp_path: Path) -> None:
    """"R1 All agencies …" under a heading moved into Recommendations: the heading titled R1,
    and "R1 " stayed in its words."""
    path = briefing(tmp_path / "child-y.docx", [
        "R1 All agencies record who lives in the household at every contact.",
        "Recommendation 2: The partnership reviews its escalation policy. Status: Completed"])
    report, _ = moved_as_the_lead_did(path)
    assert report.review["recommendations"] == [
        {"text": "All agencies record who lives in the household at every contact."},
        {"text": "The partnership reviews its escalation policy.", "update": "Completed"}]


def test_the_same_blocks_not_moved_are_listed_with_their_headings(tmp_path: Path) -> None:
    """Before any Move, each unknown heading starts a block of its own, "Working with Dads"
    (a Heading 2 under "Where we need to get better") too."""
    source = read_source(briefing(tmp_path / "child-y.docx"))
    report = import_briefing(source.text, kind=source.kind, rows=source.rows)
    assert [b.label.removeprefix("## ") for b in report.blocks] == list(HEADS)
    assert not [w for w in report.warnings if "heads the block" in w
                or w.startswith("the headings over")]
