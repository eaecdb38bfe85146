"""A section's notes box in a real terminal: at 80x24 a long section's notes box is below the
screen's bottom; the first letter typed into it scrolls it into view, and the terminal shows
the scrolled pane whole (it kept the section's first lines drawn over it: the pane scrolled on
a later refresh that redrew only the box)."""

from __future__ import annotations

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.conftest import FICTIONAL_REVIEW

LONG_SECTION = "".join(
    f'\n[[good_practice]]\ntitle = "Invented strength number {n}"\n'
    f'text = "{"An invented practice point that takes a line or two to say. " * 2}"\n'
    for n in range(1, 9))


def test_typing_into_a_long_sections_notes_shows_the_box(tmp_path, run_reflect, sessions_dir):
    content = tmp_path / "invented"
    content.mkdir()
    (content / "child-zz.toml").write_text(FICTIONAL_REVIEW + LONG_SECTION, encoding="utf-8")
    review = load_library(content).get("child-zz")
    assert review is not None
    session = Session.start(review, "20260101-child-zz-0000cafe", title="Invented meeting",
                            mode="individual")
    save_session(sessions_dir, session)
    term = run_reflect("open", session.id, size=(80, 24),
                       env={"REFLECT_CONTENT_DIR": str(content)})
    term.wait_for("Step 1 of")
    term.keys("PageDown")  # as a person reaches it, the pane built ahead while they read
    term.wait_for("Step 2 of")
    term.wait_for("Invented strength number 1")  # the section is read from its top
    term.wait_idle(quiet=1.0)  # read a moment: the next pane built ahead (typed at once, or
    # before that was done, the pane was drawn whole: the fault needs the app settled)
    assert "Notes on this section" not in term.screen()
    term.type("z")
    term.wait_for("Notes on this section")
    term.wait_for("Invented strength number 8")
    # the whole pane redrawn at its new place: the section's first lines are gone
    assert "Invented strength number 1" not in term.screen()
