"""The export dialog says the folder it writes into before anything is written, on its
title's line, shortened to the width: a health visitor's notes were named by the session's
id and went to a folder nothing named until afterwards (a trial). Invented paths only."""

from __future__ import annotations

from reflect.ui.screens.export_words import titled_into
from reflect.wrapping import folder_within

HOME = "/home/pat"
FOLDER = "/home/pat/.local/share/reflect/sessions/exports"


def test_the_folder_is_shortened_from_its_start_to_fit() -> None:
    assert folder_within(FOLDER, 80, HOME) == "~/.local/share/reflect/sessions/exports"
    assert folder_within(FOLDER, 30, HOME) == "…/reflect/sessions/exports"
    assert folder_within(FOLDER, 5, HOME) == "…/exports"  # its last part whole, however narrow
    assert folder_within("/home/patricia/exports", 80, HOME) == "/home/patricia/exports"
    assert folder_within("/srv/team share/sessions/exports", 80) == (
        "/srv/team share/sessions/exports")
    assert folder_within(r"D:\Invented\Team\sessions\exports", 22) == r"…\sessions\exports"


def test_the_title_says_the_folder_where_it_has_room() -> None:
    assert titled_into("Export the notes", FOLDER, 76, HOME) == (
        "Export the notes into ~/.local/share/reflect/sessions/exports")
    assert titled_into("Export your CPD record", FOLDER, 50, HOME) == (
        "Export your CPD record into …/sessions/exports")
    assert titled_into("Export your CPD record", FOLDER, 30, HOME) == "Export your CPD record"
