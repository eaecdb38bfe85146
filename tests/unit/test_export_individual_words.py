"""An individual reflection's notes speak of one person's actions, not a team's agreed
actions with owners (#15.14). All data here is invented."""

from __future__ import annotations

from reflect.export.docx_export import to_docx
from reflect.export.html import to_html
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.session import Action, Session
from tests.unit.test_export_formats import docx_text


def render(s: Session, review) -> dict[str, str]:  # type: ignore[no-untyped-def]
    options = ExportOptions()
    return {"md": to_markdown(s, review, options), "txt": to_text(s, review, options),
            "html": to_html(s, review, options),
            "docx": docx_text(to_docx(s, review, options))}


def test_individual_notes_say_what_i_will_do_and_who_else(review) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(review, "s-one", mode="individual")
    s.add_action(Action(text="Read the invented procedure", owner="Invented supervisor"))
    for fmt, text in render(s, review).items():
        assert "Agreed actions" not in text, fmt
        assert "Owner" not in text and "owner:" not in text, fmt
        assert "What I will do" in text, fmt
        assert "Invented supervisor" in text, fmt
    assert "Who else is involved" in render(s, review)["md"]


def test_team_notes_keep_agreed_actions_and_owner(review) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(review, "s-team", team="Invented team")
    s.add_action(Action(text="Ring the invented school", owner="Invented lead"))
    for fmt, text in render(s, review).items():
        assert "Agreed actions" in text, fmt
        assert "Owner" in text or "owner:" in text, fmt
