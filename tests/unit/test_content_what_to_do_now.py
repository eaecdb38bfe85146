"""A review's What to do now: notes that include the review's own content include it too
(the option left it out, where a facilitator expected it); in a themed session each line of
it names the review it comes from, as points and recommendations do; a content file writes it
as text. All data here is invented."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from reflect.export.docx_export import to_docx
from reflect.export.html import to_html
from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.review import Review
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.session import Session
from reflect.model.themes import themed_review
from reflect.store.library import ReviewError, read_review
from tests.conftest import FICTIONAL_REVIEW
from tests.unit.test_export_formats import docx_text

ADVICE = "Invented advice: talk the exercise over at the next team meeting."
SHARED = "Invented advice both reviews give."
WITH = ExportOptions(include_content=True)


def review(child: str = "ZZ", advice: tuple[str, ...] = (ADVICE,)) -> Review:
    data = tomllib.loads(FICTIONAL_REVIEW)
    data.update(id=f"child-{child.lower()}", title=f"Child {child}",
                what_to_do_now=list(advice))
    return Review.model_validate(data)


def notes(r: Review, options: ExportOptions) -> dict[str, str]:
    """The notes in each format that can include the review (a PDF prints the plain text's)."""
    s = Session.start(r, "s-advice", team="Invented Team")
    return {"md": to_markdown(s, r, options), "txt": to_text(s, r, options),
            "html": to_html(s, r, options), "docx": docx_text(to_docx(s, r, options)),
            "json": to_json(s, r, options)}


def test_the_reviews_own_content_includes_what_to_do_now() -> None:
    r = review()
    without, full = notes(r, ExportOptions()), notes(r, WITH)
    for fmt, text in full.items():
        assert ADVICE in text, fmt
        assert ADVICE not in without[fmt], fmt
    md = full["md"]  # after the recommendations, under its step's label, before the notes
    assert (md.index("## The review") < md.index("### Recommendations")
            < md.index("### What to do now") < md.index(f"- {ADVICE}")
            < md.index("## Questions for reflection"))
    assert full["txt"].index("WHAT TO DO NOW") < full["txt"].index(ADVICE)
    assert "<h3>What to do now</h3>" in full["html"]
    content = json.loads(full["json"])["review"]["content"]
    assert [c["key"] for c in content][-1] == "actions"
    assert content[-1]["title"] == "What to do now"
    assert content[-1]["blocks"] == [{"kind": "bullet", "text": ADVICE, "title": None,
                                      "extra": None, "source": None}]


def test_a_themed_sessions_what_to_do_now_names_each_review() -> None:
    theme = themed_review("information-sharing", [
        review("YA", ("Invented advice of Child YA alone.", SHARED)),
        review("YB", (SHARED, "Invented advice of Child YB alone."))])
    blocks = section_blocks(theme, "actions")
    assert [(b.text, b.source) for b in blocks] == [
        ("Invented advice of Child YA alone.", "Child YA"),
        (SHARED, "Child YA; Child YB"),  # given by both: once, naming both
        ("Invented advice of Child YB alone.", "Child YB")]
    assert f"• {SHARED}\n    (from Child YA; Child YB)" in blocks_as_text(blocks)  # `reflect walk`
    assert [b.source for b in section_blocks(review(), "actions")] == [None]
    full = notes(theme, WITH)  # in the notes, as a point's or a recommendation's
    assert f"- {SHARED}  \n  *from Child YA; Child YB*" in full["md"]
    assert f"• {SHARED}\n    (from Child YA; Child YB)" in full["txt"]
    assert "from Child YB" in full["html"] and "from Child YB" in full["docx"]


@pytest.mark.parametrize(("written", "said"), [
    ("[1]", "what_to_do_now (the 1st): must be text, in quotes, not 1"),
    ('[""]', 'what_to_do_now (the 1st): is empty (""): write the text between the quotes, '
             'or delete the item'),
    ('[{text = "x", source = "Child ZZ"}]', "what_to_do_now (the 1st): must be text"),
])
def test_a_content_file_writes_what_to_do_now_as_text(
        tmp_path: Path, written: str, said: str) -> None:
    path = tmp_path / "child-zz.toml"
    path.write_text(f"what_to_do_now = {written}\n{FICTIONAL_REVIEW}", encoding="utf-8")
    with pytest.raises(ReviewError) as caught:
        read_review(path)
    assert [said in m for m in caught.value.messages] == [True], caught.value.messages
    path.write_text(f'what_to_do_now = ["{ADVICE}"]\n{FICTIONAL_REVIEW}', encoding="utf-8")
    assert [(a.text, a.source) for a in read_review(path).what_to_do_now] == [(ADVICE, None)]
