"""Importing a briefing from the app: the file is read in a worker, the preview lists unplaced
lines, an unplaced block can be moved into a section, then the review is saved."""

from __future__ import annotations

import tomllib

from textual.widgets import Button, Input, OptionList

from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ImportScreen
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import (
    import_dialog,
    move_block,
    open_and_preview,
    save_import,
    shown,
    wait_for,
)
from tests.unit.test_cli import BRIEFING


async def test_import_preview_then_save(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await import_dialog(pilot)
        preview = dialog.query_one("#import-preview")
        dialog.query_one("#import-path", Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "cannot read" in shown(preview))
        assert dialog.query_one("#import-save", Button).disabled
        await pilot.press("ctrl+s")  # nothing to save yet: the dialog stays
        assert isinstance(app.screen, ImportScreen)
        # A file dragged into a terminal is pasted in quotes (a trial: "cannot read '…'").
        dialog.query_one("#import-path", Input).value = f" '{source}' "
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Child V" in shown(preview))
        assert "questions: 2" in shown(preview)
        # its first two lines are its title and partnership: nothing is left unplaced
        assert "Every line of the briefing was placed." in shown(preview)
        await pilot.press("ctrl+s")  # saved from the keyboard, wherever the focus is
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 2)
    data = tomllib.loads((fictional_dir / "child-v.toml").read_text())
    assert data["imported_from"]["file"] == "brief.txt"


UNKNOWN_BLOCK = """Invented Shire Safeguarding Children Partnership
## Background
Child ZY is an invented toddler in Invented Town.

## What the nursery saw
- Staff noticed Child ZY was often hungry.
- The nursery told the health visitor.

## Questions to consider
- How would you hear about a hungry child?
"""


async def test_moving_an_unplaced_block_into_a_section(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "zy.md"
    source.write_text(UNKNOWN_BLOCK)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source)
        preview = dialog.query_one("#import-preview")
        assert "Not placed: 3 lines in 1 block" in shown(preview)  # the partnership line is not one
        # The id's example names this briefing (it said child-v, a trial).
        assert str(dialog.query_one("#import-id", Input).placeholder).startswith("child-zy ")
        blocks = dialog.query_one("#import-blocks", OptionList)
        assert blocks.display and blocks.option_count == 1  # the unknown block
        await move_block(pilot, dialog, 0, "good_practice", "Moved 3 lines to Good practice")
        assert "Every line of the briefing was placed." in shown(preview)
        assert "good practice: 2 points" in shown(preview)
        assert not blocks.display or blocks.option_count == 0
        await save_import(pilot, dialog)
    data = tomllib.loads((fictional_dir / "child-zy.toml").read_text())
    assert [p["text"] for p in data["good_practice"]] == [
        "Staff noticed Child ZY was often hungry.", "The nursery told the health visitor."]


async def test_a_file_already_imported_is_not_saved_again(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "zy.md"
    source.write_text(UNKNOWN_BLOCK)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        first = await open_and_preview(pilot, source)
        assert "already in the library" not in shown(first.query_one("#import-preview"))
        await save_import(pilot, first)
        again = await open_and_preview(pilot, source)
        said = shown(again.query_one("#import-preview"))
        assert "Already in the library as review child-zy" in said
        assert "Will be saved" not in said and "REPLACING" not in said  # no contradiction
        assert again.query_one("#import-save", Button).disabled
        await pilot.press("ctrl+s")  # says why nothing happens
        await wait_for(pilot, lambda: any("Nothing to save" in n.message
                                          for n in app._notifications))


async def test_standard_questions_are_labelled_in_the_walkthrough(sessions_dir, tmp_path):
    """A briefing with no questions imports with reflect's own; the question step says so."""
    from reflect.importer import import_briefing, to_toml
    from tests.functional.helpers import start_and_go_to

    content = tmp_path / "content"
    content.mkdir()
    report = import_briefing("Invented Shire Safeguarding Children Partnership\n"
                             "Child ZW was an invented baby.\n\nKey messages\n"
                             "- Invented learning for an invented case.\n")
    assert report.standard_questions
    (content / "child-zw.toml").write_text(to_toml(report), encoding="utf-8")
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        pane = screen.query_one(f"#pane-{screen.index}")
        text = " ".join(shown(w) for w in pane.query("Literal"))
        assert "Question 1 of 4" in text
        assert "reflect's question — this briefing has none of its own" in text


async def test_whether_the_review_would_be_replaced_is_looked_at_in_the_worker(
        fictional_dir, sessions_dir, tmp_path, monkeypatch):
    """The preview asked the disk whether the review's file was there on the UI thread."""
    import threading
    from pathlib import Path

    target = fictional_dir / "child-v.toml"
    target.write_text("# an invented file in the way\n", encoding="utf-8")
    asked_on_ui: list[Path] = []
    real = Path.exists

    def recording(self: Path, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        if self == target and threading.current_thread() is threading.main_thread():
            asked_on_ui.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "exists", recording)
    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await open_and_preview(pilot, source, "The library already has")
    assert asked_on_ui == []


async def test_moving_a_block_into_the_introduction_says_what_it_changed(
        fictional_dir, sessions_dir, tmp_path):
    """Moved into Introduction, a block took the place of the briefing's opening paragraph
    (then listed as not placed), or of the context's first paragraph standing in for an
    introduction, which went back to the context; the summary changed with it, and the preview
    said nothing. The opening paragraph stays, the block added after it; where the context
    stood in, the preview says what changed."""
    from tests.unit.test_import_moves import BRIEFING as LAYOUT
    from tests.unit.test_import_moves import OWN

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        for n, intro in enumerate((f"{OWN}\n\n", "")):
            source = tmp_path / f"zq-{n}.txt"
            source.write_text(LAYOUT.format(intro=intro))
            dialog = await open_and_preview(pilot, source, "Not placed: 2 lines")
            said = await move_block(pilot, dialog, 0, "introduction",
                                    "Moved 2 lines to Introduction")
            assert "Every line of the briefing was placed." in said
            told = "Note: the block you moved is the whole introduction"
            if intro:
                assert "introduction: 2 paragraphs" in said and told not in said
            else:  # (the block's heading is its heading: in no paragraph)
                assert "introduction: 1 paragraph; context: 2 paragraphs" in said
                assert (f"{told} (the briefing has none of its own): the context keeps its first "
                        "paragraph, which stood in for one, and the review's summary is now "
                        "taken from the block") in said
            await pilot.press("escape")  # the Move is discarded only when asked
            await wait_for(pilot, lambda: app.screen is not dialog)
            await pilot.press("y")
            await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))


async def test_the_partnership_in_a_pdfs_running_footer_is_kept_after_a_move(
        fictional_dir, sessions_dir, tmp_path):
    """A PDF's running footer, the only place it named its partnership, is dropped from its
    text: the preview said "Unknown partnership", and a Move, which reads the text again,
    must keep what the footer said."""
    from tests.briefing_files import pdf_one_column
    from tests.unit.test_import_partnership_lines import LONG

    source = pdf_one_column(LONG + "\n## Working with fathers\nThe invented father was not "
                            "asked about his care of Child Z.\n", tmp_path / "child-z.pdf")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        preview = dialog.query_one("#import-preview")
        assert "Invented Shire Safeguarding Partnership" in shown(preview)
        # (its header and footer are left out, and said to be)
        await move_block(pilot, dialog, 0, "development", "Every line of the briefing was "
                         "placed but the pages' headers and footers.")
        assert "Invented Shire Safeguarding Partnership" in shown(preview)


TWO_BLOCKS = """Child ZX: Learning Briefing

Background

Child ZX was an invented eight-year-old who lived with Sam Sample.

Working with fathers

The father, Pat Example, was rarely asked about his care of Child ZX.
Home visits were arranged when the father was at work.

Good practice

The school nurse noticed Child ZX was tired and told the safeguarding lead.

The school day

Child ZX often arrived late and without breakfast.

Questions for reflection

- How do you include fathers in your assessments?
"""


async def test_after_a_move_the_preview_says_what_moved_where_and_what_is_left(
        fictional_dir, sessions_dir, tmp_path):
    """After a Move the preview said "Moved by you: 3 line(s)." (a new user's trial): not
    where they went, nor what was still not placed. It says both, in the preview and in a
    message that is seen however the preview is scrolled."""
    source = tmp_path / "zx.txt"
    source.write_text(TWO_BLOCKS)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed: 5 lines in 2 blocks")
        blocks = dialog.query_one("#import-blocks", OptionList)
        assert "line 7: Working with fathers (3 lines)" in str(blocks.get_option_at_index(0).prompt)
        said = await move_block(pilot, dialog, 0, "development", "Still not placed")
        assert ("Moved 3 lines to Areas for development (the block from line 7, “Working with "
                "fathers”).") in said
        assert "Still not placed: 2 lines in 1 block" in said
        assert "line 16: The school day" in said and "line 7:" not in said
        await wait_for(pilot, lambda: any(
            n.message == "Moved 3 lines to Areas for development; 2 lines still not placed."
            for n in app._notifications))
        said = await move_block(pilot, dialog, 0, "good_practice", "Every line")
        assert "Moved 2 lines to Good practice (the block from line 16, “The school day”)." in said
        assert "Moved before: 3 lines to Areas for development." in said
        assert "Every line of the briefing was placed." in said and "not placed" not in said
        await wait_for(pilot, lambda: any(
            n.message == "Moved 2 lines to Good practice; every line is now placed."
            for n in app._notifications))


async def test_a_file_already_imported_offers_no_move_and_names_the_review_and_its_file(
        fictional_dir, sessions_dir, tmp_path):
    """The same file, under another name, previewed after it was imported: the preview listed
    its unplaced lines and offered Move as if it were new (a new user's trial). It says which
    review it is, that review's file and the file it was imported from, and offers nothing
    to move or save; importing it again, replacing the review, is left to the command."""
    first = tmp_path / "zy.md"
    first.write_text(UNKNOWN_BLOCK)
    again = tmp_path / "zy (copy).md"
    again.write_text(UNKNOWN_BLOCK)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, first, "Not placed")
        await save_import(pilot, dialog)
        dialog = await open_and_preview(pilot, again, "Already in the library")
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert (f"Already in the library as review child-zy (Child ZY), "
                f"{fictional_dir / 'child-zy.toml'}, imported from zy.md on ") in said
        assert "Nothing to import or move" in said
        assert f"reflect import '{again}' --force" in said
        assert "Not placed" not in said and "Found:" not in said  # no analysis as if new
        assert not dialog.query_one("#import-blocks", OptionList).display
        assert not dialog.query_one("#import-move-row").display
        assert dialog.query_one("#import-save", Button).disabled
        dialog.move_block()  # nothing to move, whatever the list held
        assert dialog.moves == {}


async def test_importing_into_a_library_folder_that_does_not_exist_says_it_creates_it(
        tmp_path, sessions_dir):
    """The dialog said only "Will be saved as /…/mistyped-folder/child-v.toml" and made the
    folder (a trial): it now says the folder does not exist, how it was chosen, and that
    saving creates it, on the button too."""
    from reflect import paths

    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    folder = paths.content_dir(tmp_path / "mistyped-folder")
    app = make_app(folder, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, "Child V")
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert (f"The review library folder {folder} does not exist (it was given with "
                "--content-dir).") in said
        assert "Saving creates it: cancel (Esc) if the library should be elsewhere." in said
        assert str(dialog.query_one("#import-save", Button).label) == (
            "Create the folder and save")
        assert not folder.exists()
        await save_import(pilot, dialog)
    assert (folder / "child-v.toml").is_file()


async def test_a_library_folder_a_file_stands_in_is_said_to_be_one(tmp_path, sessions_dir):
    """A file where the library folder (or one above it) should be: "does not exist …
    Saving creates it" was said, and saving cannot make it (a trial)."""
    from reflect import paths

    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    (tmp_path / "child-zz.toml").write_text("# an invented review's file\n")
    folder = paths.content_dir(tmp_path / "child-zz.toml" / "inside")
    app = make_app(folder, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, "Child V")
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert (f"The review library folder {folder} cannot be made: "
                f"{tmp_path / 'child-zz.toml'} is a file, not a folder") in said
        assert "Nothing can be saved there." in said and "Saving creates it" not in said


async def test_a_markdown_briefing_keeps_its_paragraphs_after_a_move(
        fictional_dir, sessions_dir, tmp_path):
    """A Move reads the text again: as Markdown still, so a paragraph written across lines
    stays one (the preview counted them as paragraphs of their own, a trial)."""
    from tests.unit.test_import_paragraphs import FIRST, SECOND, WRAPPED

    source = tmp_path / "child-zq.md"
    source.write_text(WRAPPED.replace("## Key learning", "## The family\n\nInvented words "
                                      "about the family.\n\n## Key learning"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed: 2 lines")
        await move_block(pilot, dialog, 0, "context", "Moved 2 lines to Context")
        await save_import(pilot, dialog)
    data = tomllib.loads((fictional_dir / "child-zq.toml").read_text())
    assert data["introduction"] == [FIRST, SECOND]


async def test_saving_a_file_that_is_no_briefing_asks_first(fictional_dir, sessions_dir,
                                                            tmp_path):
    """A party invitation was saved by Ctrl+S under a note asking "is it the briefing you
    meant?" (a trial): Save asks first, and only its button saves it (neither Ctrl+S nor a
    letter does); Esc or "Don't save" saves nothing."""
    from reflect.ui.screens.confirm import ConfirmScreen
    from tests.unit.test_import_not_a_briefing import PARTY

    source = tmp_path / "party.md"
    source.write_text(PARTY)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Sam Sample")
        assert "Is it the briefing you meant?" in shown(dialog.query_one("#import-warning"))
        for no in ("escape", "n"):
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            assert "party.md does not read as a learning briefing" in shown(
                app.screen.query_one(Literal))
            if no == "escape":  # (then n as the first key: typing seen, letters are off)
                await pilot.press("y", "ctrl+s")  # no letter (nor Ctrl+S again) saves it
                assert isinstance(app.screen, ConfirmScreen)
            await pilot.press(no)
            await wait_for(pilot, lambda: app.screen is dialog)
        assert not (fictional_dir / "party.toml").exists()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        app.screen.query_one("#yes", Button).press()
        await wait_for(pilot, lambda: not isinstance(app.screen, (ConfirmScreen, ImportScreen)))
    assert tomllib.loads((fictional_dir / "party.toml").read_text())["id"] == "party"


async def test_a_review_id_typed_as_a_title_is_told_the_id_it_could_be(fictional_dir,
                                                                      sessions_dir, tmp_path):
    """"Child ZY" in the Review id box was told "e.g. child-q" (the importer's example): the
    preview gives the id it could be."""
    source = tmp_path / "zy.md"
    source.write_text(UNKNOWN_BLOCK)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await import_dialog(pilot)
        dialog.query_one("#import-path", Input).value = str(source)
        dialog.query_one("#import-id", Input).value = "Child ZY"
        await pilot.press("enter")
        preview = dialog.query_one("#import-preview")
        await wait_for(pilot, lambda: "Review id:" in shown(preview))
        assert "write \"child-zy\", not 'Child ZY'" in " ".join(shown(preview).split())
        assert dialog.query_one("#import-save", Button).disabled


async def test_a_block_can_be_the_reviews_type_or_left_out(fictional_dir, sessions_dir,
                                                           tmp_path):
    """*Move it into…* could set neither the review's type (a trial's "Rapid Review", its
    "LCSPR") nor throw a page's footer away: a block's words go into the Review type box (a
    type reflect knows as it names it), and a block left out is kept only as a comment."""
    from tests.unit.test_import_set_aside import BRIEFING

    source = tmp_path / "zw.txt"
    source.write_text(BRIEFING)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed: 3 lines in 2 blocks")
        kind = dialog.query_one("#import-type", Input)
        assert kind.value == "Learning briefing"  # the importer's, until another is chosen
        blocks = dialog.query_one("#import-blocks", OptionList)
        said = await move_block(pilot, dialog, 0, "review_type", "Still not placed")
        assert kind.value == "Multi-agency learning review of invented practice"
        assert ("Moved 1 line to Review type (the block from line 3, “Multi-agency learning "
                "review of invented practice”). The review type is “Multi-agency learning "
                "review of invented practice”.") in said
        assert "Child ZW: Multi-agency learning review of invented practice," in said
        said = await move_block(pilot, dialog, 0, "leave_out", "Every line")
        assert "Left out 2 lines (the block from line 9, “Page footer”)." in said
        assert ("Every line of the briefing was placed but the 2 lines left out (kept as a "
                "comment at the end of the file).") in said
        assert not blocks.display or blocks.option_count == 0
        kind.value = "LCSPR"  # typed over: taken as typed
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))
    text = (fictional_dir / "child-zw.toml").read_text()
    assert tomllib.loads(text)["review_type"] == "LCSPR"
    assert text.endswith("# ---- Left out in the import preview (line number: text)\n"
                         "# 9: Page footer\n"
                         "# 11: Invented Town Council, printed 2026, page 2 of 2.\n")


async def test_a_paragraph_is_not_taken_for_a_type(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "zw.txt"
    source.write_text("Child ZW: Learning Briefing\n\n" + "An invented sentence. " * 6
                      + "\n\nBackground\n\nChild ZW was an invented baby.\n")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "review_type", None)  # refused: said in a message
        await wait_for(pilot, lambda: any("A review type is a few words" in n.message
                                          for n in app._notifications))
        assert dialog.query_one("#import-type", Input).value == "Learning briefing"
        assert "Not placed: 1 line" in shown(dialog.query_one("#import-preview"))
