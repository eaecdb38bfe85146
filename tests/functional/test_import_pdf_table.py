"""Importing a PDF whose recommendations are a ruled table ("No. | Recommendation | Status",
running over a page break) from the app: the preview lists each recommendation with its
status and says every line was placed (a learning lead's trial: the table was read column by
column, and every status was lost). All invented."""

from __future__ import annotations

import tomllib

from reflect.importer.readers.pdf_pages import pages
from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ImportScreen
from reflect.ui.widgets.literal import Literal
from tests import briefing_files as bf
from tests.functional.helpers import open_and_preview, shown, wait_for
from tests.unit import test_hung_lines
from tests.unit.test_import_pdf_tables import briefing

STATUSES = ["Completed", "In progress", "Not started"]


async def test_the_preview_shows_each_rows_status(fictional_dir, sessions_dir, tmp_path,
                                                  monkeypatch):
    rows = [(f"{n}.", f"Invented agency {n} asks Team Blue how the voice of the child was "
             "heard at each visit, and what it changed in the plan.", STATUSES[n % 3])
            for n in range(1, 31)]
    source = bf.pdf_table(briefing(("No.", "Recommendation", "Status"), rows),
                          tmp_path / "child-zr.pdf", widths=(1.2, 12, 3))
    assert len(pages(source.read_bytes())) == 2  # over a page break
    told: list[str] = []  # (each page read is said as it is: a long PDF said "Reading…" alone)
    show = Literal.show
    monkeypatch.setattr(Literal, "show", lambda self, text, *a, **k: (
        told.append(text), show(self, text, *a, **k)))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, until="recommendations: 30")
        assert [t for t in told if t.startswith("Reading")] == [
            "Reading…", "Reading page 1 of 2…", "Reading page 2 of 2…"]
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert "1. Invented agency 1 asks Team Blue how the voice of the child… (status: In " \
               "progress)" in said  # (the cut ends "child": kept, cut_at_a_word)
        assert "30. Invented agency 30 asks Team Blue how the voice of the… (status: " \
               "Completed)" in said
        assert said.count("(status: Not started)") == sum(r[2] == "Not started" for r in rows)
        assert "Every line of the briefing was placed but the pages' headers" in said
        drawn = test_hung_lines.drawn(dialog.query_one("#import-preview").content, 60)
        first = drawn.index("  1. Invented agency 1 asks Team Blue how the voice of the")
        assert drawn[first + 1] == "     child… (status: In progress)"  # (hung under its words)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))
    saved = tomllib.loads((fictional_dir / "child-zr.toml").read_text(encoding="utf-8"))
    assert [r.get("update") for r in saved["recommendations"]] == [r[2] for r in rows]
