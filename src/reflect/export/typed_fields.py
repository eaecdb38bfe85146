"""Every free-text field of a session that someone typed, each with its place in words and as a
path into the session, and a way to read and to set it: the fields the personal-details check
looks at, marks and redacts (export/identifiers.py). The review's own words (a question, the
recommendation an action answers) are none of them. Pure: no Textual, no IO."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reflect.export.markdown import SECTION_NOTES
from reflect.model.session import Session
from reflect.text import one_line

_QUESTION_WIDTH = 50


def _shorten(text: str, width: int = _QUESTION_WIDTH) -> str:
    """`text` on one line, cut at a word before `width` characters with "…" when longer."""
    flat = one_line(text)
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


@dataclass(frozen=True)
class TypedField:
    path: str
    where: str
    get: Callable[[], str]
    set: Callable[[str], None]


def typed_fields(s: Session) -> Iterator[TypedField]:
    """Every free-text field of `s` that someone typed (the review's words, such as a question
    or an action's recommendation, are not among them)."""

    def attr(obj: object, name: str, path: str, where: str) -> TypedField:
        return TypedField(path, where, lambda: getattr(obj, name),
                      lambda value: setattr(obj, name, value))

    yield attr(s, "title", "title", "Session title")
    yield attr(s, "team", "team", "Team")
    yield attr(s, "facilitator", "facilitator", "Facilitator")
    for i, person in enumerate(s.participants):
        for name in ("name", "role", "agency"):
            yield attr(person, name, f"participants[{i}].{name}", f"Participant {i + 1} ({name})")
    for i, c in enumerate(s.carried):
        where = f"Earlier action {i + 1}"
        yield attr(c, "text", f"carried[{i}].text", where)
        yield attr(c, "owner", f"carried[{i}].owner", f"{where} (owner)")
        if c.owner_before:  # said in the notes as the owner it came with
            yield attr(c, "owner_before", f"carried[{i}].owner_before", f"{where} (owner)")
        yield attr(c, "due", f"carried[{i}].due", f"{where} (due)")
        yield attr(c, "note", f"carried[{i}].note", f"{where} (progress note)")
        if c.progress_before:  # said in the notes as "last noted" (None in older files)
            yield attr(c, "progress_before", f"carried[{i}].progress_before",
                       f"{where} (last noted)")
        yield attr(c, "new_due", f"carried[{i}].new_due", f"{where} (new due date)")
    for i, a in enumerate(s.answers):
        question = _shorten(a.question)
        where = f"Question {i + 1}: {question}" if question else f"Question {i + 1}"
        for j, point in enumerate(a.points):
            yield attr(point, "text", f"answers[{i}].points[{j}].text",
                       f"{where} (point {j + 1})")
        yield attr(a, "what", f"answers[{i}].what", f"{where} (What?)")
        yield attr(a, "so_what", f"answers[{i}].so_what", f"{where} (So what?)")
        yield attr(a, "now_what", f"answers[{i}].now_what", f"{where} (Now what?)")
        yield attr(a, "text", f"answers[{i}].text", where)
    for key in list(s.notes):
        label = SECTION_NOTES.get(key, key)

        def _set(value: str, key: str = key) -> None:
            s.notes[key] = value

        def _get(key: str = key) -> str:
            return s.notes[key]

        yield TypedField(f"notes.{key}", f"Notes: {label}", _get, _set)
    for i, act in enumerate(s.actions):
        at, where = f"actions[{i}]", f"Agreed action {i + 1}"
        yield attr(act, "text", f"{at}.text", where)
        yield attr(act, "owner", f"{at}.owner", f"{where} (owner)")
        if act.agreed_owner:  # the owner agreed, said before a later meeting's (model/given.py)
            yield attr(act, "agreed_owner", f"{at}.agreed_owner", f"{where} (owner agreed)")
        yield attr(act, "due", f"{at}.due", f"{where} (due)")
        yield attr(act, "progress", f"{at}.progress", f"{where} (progress noted later)")
    yield attr(s, "differently", "differently", "What I will do differently")
    # The person's own words for their CPD records (only the records print them).
    for name, label in (("activity_type", "type of activity"),
                        ("why_relevant", "why relevant"), ("method", "CPD method")):
        yield attr(s.cpd, name, f"cpd.{name}", f"CPD record ({label})")
    for theme in list(s.cpd.themes):

        def _get_how(theme: str = theme) -> str:
            return s.cpd.themes[theme]

        def _set_how(value: str, theme: str = theme) -> None:
            s.cpd.themes[theme] = value

        yield TypedField(f"cpd.themes.{theme}", f"CPD record (how: {theme})", _get_how, _set_how)
