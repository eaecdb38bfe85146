"""A titled item a briefing set inside the bullet before it (`… to act. Some title: …`) is
imported as an item of its own, and the report says so: Child L's *Good practice* had one run
into the item before it (a new user's trial). All text here is invented."""

from __future__ import annotations

from reflect.importer import import_briefing

INTRO = "Introduction\nChild Q is invented.\n"
QUESTIONS = "Questions for reflection\n- What would you do?\n"


def imported(line: str):  # type: ignore[no-untyped-def]
    return import_briefing(f"{INTRO}Areas of Good Practice\n{line}\n{QUESTIONS}")


def test_a_titled_item_run_into_the_one_before_is_its_own() -> None:
    report = imported("- **Quick help:** Moorvale rang at once. Careful notes: Sam Sample "
                      "wrote everything down. Kind words: Pat Example listened")
    assert report.review["good_practice"] == [
        {"title": "Quick help", "text": "Moorvale rang at once."},
        {"title": "Careful notes", "text": "Sam Sample wrote everything down."},
        {"title": "Kind words", "text": "Pat Example listened"}]
    assert any("“Careful notes” and “Kind words”, run into the item before, made an item of "
               "its own" in note for note in report.warnings), report.warnings


def test_what_is_no_title_stays_in_its_item() -> None:
    for words in ("It came. For example: the nurse rang.",  # (no sentence after it)
                  "It came. The nurse, who was new, said this: Ring.",  # (a clause)
                  "It came at 10: Moorvale rang."):  # (no sentence's end before it)
        report = imported(f"- **Quick help:** {words}")
        assert report.review["good_practice"] == [{"title": "Quick help", "text": words}]
    untitled = imported("- Moorvale rang at once. Careful notes: Sam wrote.")
    assert untitled.review["good_practice"] == [
        {"text": "Moorvale rang at once. Careful notes: Sam wrote."}]
