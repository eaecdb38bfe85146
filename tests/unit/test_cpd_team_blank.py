"""A team session's own record leaves what the writer learned for them to fill in, saying where
the team's discussion is. A trial: the NMC account said "The team's discussion is under peer
reflection", but the NMC form has no peer reflection heading; the discussion is in its first
answer, after "What we discussed:". All names and text here are invented."""

from __future__ import annotations

import io
import re

import docx
import pytest

from reflect.export.forms import form
from reflect.export.record_blanks import TEAM_OWN_CHANGES, is_blank, team_own_words
from reflect.model.session import Participant, Point, Session
from reflect.store.exports import render_bytes

NATURE = form("nmc_account").field("nature").name
PEER = form("swe").field("peer_discussed").name


@pytest.fixture
def team(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20261205-0900", title="Riverside invented meeting",
                      team="Riverside Team",
                      participants=[Participant(name="Alex Example", role="Health visitor")])
    s.answer("zz-first").points = [Point(text="Ask about invented fathers", by="p1")]  # type: ignore[union-attr]
    return s


def _flat(data: bytes, fmt: str) -> str:
    if fmt.endswith("pdf"):
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(data))
    elif fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for t in doc.tables for row in t.rows for c in row.cells
                         for p in c.paragraphs)
    else:
        text = data.decode("utf-8").replace("\\", "")
    return " ".join(text.replace("\n> ", "\n").split())


@pytest.mark.parametrize("fmt", ["nmc-md", "nmc-txt", "nmc-docx", "nmc-pdf"])
def test_the_nmc_account_points_to_its_first_question(team, review, fmt):
    text = _flat(render_bytes(team, fmt, review), fmt)
    assert "under peer reflection" not in text  # no such heading on the NMC form
    pointer = ("The team's discussion is under the first question, “What was the nature of "
               "the CPD activity…”, after “What we discussed”;")
    assert text.count(pointer) == 1, text  # what I learned (how I changed my practice: its own)
    # ...and there it is: the first question, then the discussion after "What we discussed:"
    dash = "" if fmt.endswith("docx") else "- "  # (Word's own bullets: test_notes_read_aloud)
    assert re.search(re.escape(NATURE) + r" .*What we discussed: What would you do first\? "
                     + dash + "Ask about invented fathers", text)
    assert text.index(NATURE) < text.index("What we discussed:") < text.index(pointer)


@pytest.mark.parametrize("fmt", ["cpd-md", "cpd-txt", "cpd-docx", "cpd-pdf",
                                 "swe-md", "swe-txt", "swe-docx", "swe-pdf"])
def test_the_other_records_point_to_their_peer_reflections_field(team, review, fmt):
    text = _flat(render_bytes(team, fmt, review), fmt)
    pointer = f"The team's discussion is under “{PEER}”;"
    assert text.count(pointer) == 1, text
    dash = "" if fmt.endswith("docx") else "- "  # (Word's own bullets: test_notes_read_aloud)
    assert re.search(re.escape(PEER) + r":? What would you do first\? " + dash +
                     "Ask about invented", text)


@pytest.mark.parametrize("key", ["any", "swe", "nmc_account"])
def test_each_records_blank_is_still_told_from_the_persons_words(team, key):
    blank = team_own_words(team, key)
    assert is_blank(blank)
    assert not is_blank(blank + "\nMy own invented words.")


TEAM_FORMATS = [f"{kind}-{ext}" for kind in ("cpd", "swe", "nmc")
                for ext in ("md", "txt", "docx", "pdf")]


def _raw(data: bytes, fmt: str) -> str:
    """The record's text as written, a Markdown file's backslashes kept (`_flat` drops them)."""
    return " ".join(data.decode("utf-8").split()) if fmt.endswith(("md", "txt")) \
        else _flat(data, fmt)


@pytest.mark.parametrize("fmt", TEAM_FORMATS)
def test_the_command_to_type_is_shown_as_a_command_in_every_format(team, review, fmt):
    """The Markdown showed the command with a backslash before each backtick (a fresh-eyes
    trial): a code span now; elsewhere the command between backticks, as reflect writes one,
    with no backslash; and once, in what I learned alone."""
    text = _raw(render_bytes(team, fmt, review), fmt)
    command = "`reflect walk child-zz --after child-zz-20261205-0900` asks you the questions."
    assert text.count(command) == 1, text
    assert "\\`" not in text


@pytest.mark.parametrize("fmt", TEAM_FORMATS)
def test_what_i_learned_and_how_it_changes_my_practice_each_have_their_own_blank(
        team, review, fmt):
    """Both carried the same long text, the command and all, when left empty (a fresh-eyes
    trial): what I learned says where the discussion is and the command; how it changes my
    practice a short line of its own, with the form's guidance where it has some."""
    text = _raw(render_bytes(team, fmt, review), fmt)
    assert text.count("Left for you to fill in: what you learned yourself.") == 1, text
    assert text.count(TEAM_OWN_CHANGES) == 1, text
    assert "and how it changes your practice" not in text


@pytest.mark.parametrize(("key", "field"), [("any", "changes"), ("swe", "impact"),
                                            ("nmc_account", "changed")])
def test_the_second_blank_is_a_blank_with_the_forms_guidance(team, review, key, field):
    from reflect.export.any_record import any_account
    from reflect.export.record_render import prompt
    from reflect.export.records import nmc_account, swe_record

    record = {"any": any_account, "swe": swe_record, "nmc_account": nmc_account}[key](
        team, review)
    entry = next(e for e in record.entries if e.field.key == field)
    assert entry.text == TEAM_OWN_CHANGES and is_blank(entry.text)
    assert prompt(entry) == form(key).field(field).prompt  # (the NMC's: none)


@pytest.mark.parametrize("fmt", ["cpd-md", "swe-md", "nmc-md"])
def test_the_markdown_command_is_a_code_span_to_a_commonmark_reader(team, review, fmt):
    from markdown_it import MarkdownIt

    md = render_bytes(team, fmt, review).decode("utf-8")
    spans = [child.content for token in MarkdownIt("commonmark").parse(md)
             if token.children for child in token.children if child.type == "code_inline"]
    assert spans == ["reflect walk child-zz --after child-zz-20261205-0900"]


def test_reflects_own_text_keeps_its_commands_and_escapes_the_rest() -> None:
    from reflect.export.escaping import code, with_code

    assert with_code("Type `reflect walk a --after b` *now* <here>") == \
        "Type `reflect walk a --after b` \\*now\\* \\<here>"
    assert with_code("no command at all [x]") == "no command at all \\[x]"
    assert code("a `b` c") == "``a `b` c``"
    assert code("`start") == "`` `start ``"
