"""An empty text, an empty list and a date in quotes TOML cannot read are said in words, with
what to write: a learning lead met pydantic's "String should have at least 1 character",
"List should have at least 1 item after validation, not 0" and "Input should be a valid date
or datetime, invalid character in year"."""

from __future__ import annotations

from pathlib import Path

from reflect.store.library import load_library
from tests.conftest import FICTIONAL_REVIEW

IMPORTED = ('\n[imported_from]\nfile = "zz.md"\nsha256 = "' + "a" * 64
            + '"\nimported_on = "04/03/2026"\n')


def test_empty_fields_and_a_quoted_date_are_said_in_words(fictional_dir: Path):
    path = fictional_dir / "child-zz.toml"
    path.write_text(FICTIONAL_REVIEW
                    .replace('themes = ["information-sharing"]', "themes = []")
                    .replace('title = "Child ZZ"', 'title = ""')
                    .replace('context = ["An invented context point."]', 'context = [""]')
                    + IMPORTED, encoding="utf-8")
    assert sorted(load_library(fictional_dir).problems) == sorted(f"{path}: {said}" for said in (
        'title: is empty (""): write the text between the quotes',
        "themes: is empty ([]): write at least one item between its square brackets",
        'context (the 1st): is empty (""): write the text between the quotes, or delete the '
        "item",
        "imported_from: imported_on: must be a date as TOML writes one, without quotes "
        "(2026-12-04), not '04/03/2026'"))
