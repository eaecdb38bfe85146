"""`reflect handout`: a one-page A4 briefing of a review, as PDF, HTML and Word."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from reflect.cli import main
from reflect.export import handout
from reflect.store.library import load_library

SUPPORT = "Invented support: ring the invented wellbeing line."


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(f'support = "{SUPPORT}"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("review_id", ["child-ac", "child-h", "child-i", "child-l"])
def test_every_bundled_review_fits_one_a4_page_with_room_for_notes(content_dir, review_id):
    review = load_library(content_dir).get(review_id)
    h, data = handout.fit(review, SUPPORT)
    assert pages(data) == 1 and b"/MediaBox [0 0 595.28 841.89]" in data
    assert handout._pdf_page(h)[2] >= handout.NOTE_LINES
    # The review's own words: its questions (whole, or their start before "…").
    for question, shown in zip(review.questions, h.questions, strict=True):
        assert question.text.startswith(shown.removesuffix("…"))
    assert h.learning and h.learning[0].removesuffix("…").split(": ")[-1][:30] in " ".join(
        p.text for p in review.development)


def test_a_long_review_is_shortened_to_fit(fictional_dir):
    review = load_library(fictional_dir).get("child-zz")
    long = review.model_copy(update={
        "questions": [q.model_copy(update={"text": "An invented long question " * 30})
                      for q in review.questions] * 4,
        "development": review.development * 8})
    h, data = handout.fit(long, SUPPORT)
    assert pages(data) == 1
    assert all(len(q) <= handout.LEVELS[0][1] for q in h.questions)


def test_handout_from_the_command_line_in_each_format(capsys, content_dir, settings, tmp_path):
    dirs = ["--content-dir", str(content_dir)]
    for ending in (".pdf", ".html", ".docx"):
        target = tmp_path / f"child-h{ending}"
        assert main(["handout", "child-h", "-o", str(target), *dirs]) == 0
        assert "Handout written to" in capsys.readouterr().out
        data = target.read_bytes()
        if ending == ".pdf":
            assert pages(data) == 1 and b"/FontFile2" in data
        elif ending == ".html":
            text = data.decode()
            assert SUPPORT in text and "@page { size: A4" in text and "<script" not in text
            assert "Questions to discuss" in text
        else:
            doc = docx.Document(io.BytesIO(data))
            text = "\n".join(p.text for p in doc.paragraphs)
            assert SUPPORT in text and "Key learning" in text
            assert doc.sections[0].page_width.mm == pytest.approx(210, abs=0.5)
    assert main(["handout", "child-h", "-o", str(tmp_path / "child-h.pdf"), *dirs]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["handout", "child-h", "-o", str(tmp_path / "x.txt"), *dirs]) == 1
    assert "give a file ending in .pdf, .html, .docx" in capsys.readouterr().err
    assert main(["handout", "child-zz", "-o", str(tmp_path / "x.pdf"), *dirs]) == 1
    assert "no review 'child-zz'" in capsys.readouterr().err
    # By its title too, as walk and report take it (a trial: only ids were taken)
    assert main(["handout", "Child H", "-o", str(tmp_path / "by-title.html"), *dirs]) == 0
    assert (tmp_path / "by-title.html").exists()


def _printed_pages(chromium: str, html_page: str, out: Path) -> int:
    page = out.with_suffix(".html")
    page.write_text(html_page, encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    return pages(out.read_bytes())


def test_html_handout_prints_on_one_page(content_dir, tmp_path):
    """Every review's web page handout printed, all in one Chromium run (a start each cost some
    0.7 s of CPU): the pages' bodies one after another, each from a new sheet, in the first
    page's head (the heads differ only in their titles), print to as many sheets as there are
    reviews only when each body fits on one. When they do not, each is printed alone to name
    the review that does not fit."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    reviews = load_library(content_dir).reviews
    made = {review.id: handout.to_html(review, SUPPORT) for review in reviews}
    heads = {re.sub(r"<title>.*</title>", "", page.partition("<body>")[0])
             for page in made.values()}
    assert len(heads) == 1 and len(made) > 1
    bodies = [page.partition("<body>")[2].partition("</body>")[0] for page in made.values()]
    together = (next(iter(made.values())).partition("<body>")[0] + "<body>\n"
                + "\n".join(f'<section style="break-before: page">{body}</section>'
                            for body in bodies) + "\n</body>\n</html>\n")
    if _printed_pages(chromium, together, tmp_path / "all.pdf") != len(made):
        for review_id, page in made.items():
            assert _printed_pages(chromium, page, tmp_path / f"{review_id}.pdf") == 1, review_id
        pytest.fail("the handouts printed one after another took more sheets than reviews")


def test_word_handout_prints_on_one_page(content_dir, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    for review in load_library(content_dir).reviews:
        (tmp_path / f"{review.id}.docx").write_bytes(handout.to_docx(review, SUPPORT))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                    *map(str, sorted(tmp_path.glob("*.docx")))],
                   capture_output=True, timeout=300, check=True)
    for review in load_library(content_dir).reviews:
        assert pages((tmp_path / "pdf" / f"{review.id}.pdf").read_bytes()) == 1, review.id


def test_the_web_page_handout_runs_nothing_and_loads_nothing(fictional_dir):
    """As every page reflect writes (notes, reports): a Content-Security-Policy that allows
    no script and no request, in case a review's text ever slipped through unescaped."""
    [review] = load_library(fictional_dir).reviews
    page = handout.to_html(review, SUPPORT)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_points_left_out_are_said_on_the_page_in_each_format(capsys, fictional_dir, tmp_path):
    """4 of a review's 5 development points and 2 of its 4 good-practice points were listed
    with nothing said (a trial): where the page leaves points out it says how many, under
    their list, in the PDF, the web page and Word alike."""
    from pdfminer.high_level import extract_text

    text = (fictional_dir / "child-zz.toml").read_text(encoding="utf-8")
    extra = "".join(f'\n[[development]]\ntext = "Invented development point {n}: the '
                    f'exercise found that the invented meetings were late again."\n'
                    for n in range(2, 9))
    extra += "".join(f'\n[[good_practice]]\ntext = "Invented good practice {n}: the '
                     f'exercise saw information shared quickly."\n' for n in range(2, 7))
    (fictional_dir / "child-zz.toml").write_text(text + extra, encoding="utf-8")
    review = load_library(fictional_dir).get("child-zz")
    assert len(review.development) == 8 and len(review.good_practice) == 6
    level, h, _ = handout.fit_level(review, SUPPORT)
    assert h.learning_more == 8 - len(h.learning) > 0
    assert h.good_more == 6 - len(h.good) > 0
    word = handout.build(review, SUPPORT, level + 1)  # Word's page is one level shorter
    said = {".pdf": (h.learning_more, h.good_more), ".html": (h.learning_more, h.good_more),
            ".docx": (word.learning_more, word.good_more)}
    for ending, (learning_more, good_more) in said.items():
        target = tmp_path / f"handout{ending}"
        assert main(["handout", "child-zz", "-o", str(target), "--content-dir",
                     str(fictional_dir)]) == 0, capsys.readouterr().err
        if ending == ".pdf":
            page = " ".join(extract_text(str(target)).split())
        elif ending == ".html":
            page = target.read_text(encoding="utf-8")
        else:
            page = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
        learning_at, good_at = page.index("Key learning"), page.index("What went well")
        questions_at = page.index("Questions to discuss")
        assert f"+{learning_more} more in the briefing" in page[learning_at:good_at], ending
        assert f"+{good_more} more in the briefing" in page[good_at:questions_at], ending
        assert page.count("more in the briefing") == 2, ending  # never under the questions


def test_nothing_is_said_where_nothing_is_left_out(fictional_dir):
    review = load_library(fictional_dir).get("child-zz")
    h, _ = handout.fit(review, SUPPORT)
    assert (h.learning_more, h.good_more) == (0, 0)
    assert "more in the briefing" not in handout.to_html(review, SUPPORT)


def test_an_introduction_opening_with_the_summary_is_not_repeated(fictional_dir):
    """`reflect handout` printed an imported review's summary, then its introduction, which
    opens with the same sentence (the importer takes the summary from it): said once. A
    summary of its own, or cut short with "…", is judged by its words."""
    review = load_library(fictional_dir).get("child-zz")
    first = "Child ZZ is an invented boy whose family moved three times in a year."
    rest = "The invented school noticed he was hungry."
    imported = review.model_copy(update={"summary": first,
                                         "introduction": [f"{first} {rest}", "More words."]})
    h = handout.build(imported, SUPPORT)
    assert h.happened == [f"{first} {rest} More words."]
    assert " ".join(h.happened).count(first) == 1
    cut = imported.model_copy(update={"summary": "Child ZZ is an invented boy whose…"})
    assert handout.build(cut, SUPPORT).happened == [f"{first} {rest} More words."]
    own = imported.model_copy(update={"summary": "An invented summary of its own."})
    assert handout.build(own, SUPPORT).happened == ["An invented summary of its own.",
                                                    f"{first} {rest} More words."]


def test_a_themed_handout_names_the_review_of_each_item_in_each_format(capsys, fictional_dir,
                                                                        tmp_path):
    """`reflect handout theme-…` listed items from every review tagged with the theme, none
    saying which, under "Quotations are from the review" (a midwife's trial): each item is
    followed by its review, as the app and the notes name it, in the PDF, the web page and
    Word alike."""
    from pdfminer.high_level import extract_text

    from tests.conftest import FICTIONAL_REVIEW

    other = FICTIONAL_REVIEW.replace("child-zz", "child-zy").replace("Child ZZ", "Child ZY") \
        .replace('"zz-', '"zy-').replace("What would you do first?", "Who would you ring?") \
        .replace("were late", "were cancelled").replace("quickly", "by phone")
    (fictional_dir / "child-zy.toml").write_text(other, encoding="utf-8")
    for ending in (".pdf", ".html", ".docx"):
        target = tmp_path / f"theme{ending}"
        assert main(["handout", "theme-information-sharing", "-o", str(target),
                     "--content-dir", str(fictional_dir)]) == 0, capsys.readouterr().err
        page = {".pdf": lambda: " ".join(extract_text(str(target)).split()),
                ".html": lambda: target.read_text(encoding="utf-8"),
                ".docx": lambda: "\n".join(p.text for p in docx.Document(str(target))
                                           .paragraphs)}[ending]()
        assert "Quotations are from the reviews named after each; read their full " \
               "briefings" in page, ending
        assert "Quotations are from the review;" not in page, ending
        for said in ("The exercise found that meetings were late. (Child ZZ)",
                     "The exercise found that meetings were cancelled. (Child ZY)",
                     "Agencies in the exercise shared information quickly. (Child ZZ)",
                     "What would you do first? (Child ZZ)", "Who would you ring? (Child ZY)",
                     # a question both ask in the same words: asked once, naming both
                     "Who would you tell? (Child ZY; Child ZZ)"):
            assert said in page, (ending, said)
    review = load_library(fictional_dir).get("child-zz")  # a review's own: as it was
    h = handout.build(review, SUPPORT)
    assert "(Child ZZ)" not in " ".join([*h.learning, *h.good, *h.questions])
    assert h.source.endswith("Quotations are from the review; read the full briefing for the "
                             "whole picture.")


def _invented_theme(review) -> object:
    """A themed review of three invented reviews: a long first one (six points of
    development, four of good practice) and two short ones (one of each)."""
    from reflect.model.review import Point
    from reflect.model.themes import themed_review

    def invented(letters: str, points: int, good: int):
        return review.model_copy(update={
            "id": f"child-{letters.lower()}", "title": f"Child {letters}",
            "development": [Point(text=f"Invented point {n} of Child {letters}.")
                            for n in range(1, points + 1)],
            "good_practice": [Point(text=f"Invented strength {n} of Child {letters}.")
                              for n in range(1, good + 1)]})

    return themed_review("information-sharing", [invented("ZA", 6, 4), invented("ZB", 1, 1),
                                                 invented("ZC", 1, 1)])


def test_a_themed_page_takes_its_points_in_turn_from_each_review(review):
    """A themed page took its points in library order, and a long first review filled "Key
    learning" (a trial): the first of each review, then the second, ..., within the same
    limit, listed in the reviews' order."""
    themed = _invented_theme(review)
    h = handout.build(themed, SUPPORT, level=5)  # three points of learning, one of good
    assert h.learning == ["Invented point 1 of Child ZA. (Child ZA)",
                          "Invented point 1 of Child ZB. (Child ZB)",
                          "Invented point 1 of Child ZC. (Child ZC)"]
    assert h.good == ["Invented strength 1 of Child ZA. (Child ZA)"]
    four = handout.build(themed, SUPPORT, level=2)  # four: the long review's second next
    assert [line.split(" (")[-1] for line in four.learning] == \
        ["Child ZA)", "Child ZA)", "Child ZB)", "Child ZC)"]
    assert four.learning[1].startswith("Invented point 2 of Child ZA.")
    mixed = [p.model_copy(update={"source": None}) for p in themed.development]
    own = handout.build(review.model_copy(update={"development": mixed}), SUPPORT, level=5)
    assert own.learning == [p.text for p in mixed[:3]]  # a review's own: its first, as before
    assert own.learning_more_in == ()


def test_a_themed_page_says_whose_briefings_hold_the_points_it_leaves_out(review):
    """"+9 more in the briefing" under a theme sent a reader looking for one briefing where
    there were several (a trial): the reviews holding those left out are named."""
    themed = _invented_theme(review)
    h = handout.build(themed, SUPPORT, level=5)
    said = dict((heading, more) for heading, _, more in h.lists())
    assert said["Key learning"] == "+5 more in the briefing of Child ZA"
    assert said["What went well"] == "+5 more in the briefings of Child ZA, Child ZB and Child ZC"
    assert said["Questions to discuss"] == ""
    fitted, _ = handout.fit(themed, SUPPORT)  # the web page says it as the PDF does
    assert fitted.learning_more_in == ("Child ZA",)
    assert handout.more_line(fitted.learning_more, ("Child ZA",)) in handout.to_html(themed,
                                                                                      SUPPORT)
    assert handout.more_line(2, ("Child ZA", "Child ZB")) == \
        "+2 more in the briefings of Child ZA and Child ZB"
    assert handout.more_line(2) == "+2 more in the briefing" and handout.more_line(0) == ""
