"""What to say of a field a file holds that its format does not: the field meant, where one is
close (`sumary`: did you mean summary?), and where a briefing's own word for a thing goes
where reflect names it otherwise (a recommendation's `status`: in its `update`).

A learning lead correcting a review by hand was told "unknown field (… check the spelling)"
and no more: which field was meant, or where "In progress" goes, was theirs to find (a trial).
"""

from __future__ import annotations

import difflib
import typing

from pydantic import BaseModel

from reflect.text import printable

ELSEWHERE: dict[tuple[str, str], tuple[str, str]] = {
    ("Recommendation", "status"): ("update", "a recommendation's status or progress"),
    ("Recommendation", "progress"): ("update", "a recommendation's status or progress"),
    ("Recommendation", "owner"): ("lead", "the agency named to lead on a recommendation"),
    ("Recommendation", "lead_agency"): ("lead", "the agency named to lead on a recommendation"),
    ("Recommendation", "agency"): ("lead", "the agency named to lead on a recommendation"),
}
"""A briefing's word for a part that `model/review.py` holds under another name: by the model
and the word, the field it goes in and what it is, in words."""

UNKNOWN = "unknown field (not part of the format; check the spelling)"


def unknown_field(model: type[BaseModel] | None, loc: tuple[object, ...], value: object,
                  missing: bool = False) -> str:
    """What is wrong with the field at `loc` (pydantic's `extra_forbidden`) in a file read as
    `model`: `UNKNOWN`, then the field meant where one is near, or where such words go.
    `missing`: that field is required and missing too, said here (`(summary is required)`),
    not on a line of its own: `sumary` was said twice, as unknown and as summary missing."""
    name = loc[-1] if loc else None
    known = _model_at(model, loc[:-1]) if model is not None else None
    if known is None or not isinstance(name, str):
        return UNKNOWN
    meant = _meant(known, name)
    required = f" ({meant} is required)" if missing and meant is not None else ""
    elsewhere = ELSEWHERE.get((known.__name__, name))
    if elsewhere is not None:
        field, what = elsewhere
        shown = f" = {_value(value)}" if isinstance(value, str) else ""
        return (f"unknown field: {what} goes in its {field} field "
                f"(write {field}{shown} in place of {name}{shown}){required}")
    if meant is not None:
        return f"unknown field (not part of the format): did you mean {meant}?{required}"
    return UNKNOWN


def meant_field(model: type[BaseModel] | None, loc: tuple[object, ...]) -> str | None:
    """The field an unknown one at `loc` stands for: where its words go (`ELSEWHERE`), or the
    nearest in spelling; None where none is near."""
    name = loc[-1] if loc else None
    known = _model_at(model, loc[:-1]) if model is not None else None
    if known is None or not isinstance(name, str):
        return None
    return _meant(known, name)


def _meant(known: type[BaseModel], name: str) -> str | None:
    """The field of `known` that `name` stands for (`meant_field`)."""
    elsewhere = ELSEWHERE.get((known.__name__, name))
    if elsewhere is not None:
        return elsewhere[0]
    near = difflib.get_close_matches(name, list(known.model_fields), n=1, cutoff=0.7)
    return near[0] if near else None


def _value(value: str) -> str:
    """A text field's value as the file writes it, cut short where long."""
    short = printable(value) if len(value) <= 40 else printable(value[:39]) + "…"
    return '"' + short.replace('"', '\\"') + '"'


def _model_at(model: type[BaseModel], loc: tuple[object, ...]) -> type[BaseModel] | None:
    """The model of the table at `loc` in a file read as `model` (a list's items counted by
    their number, passed over); None where `loc` leads to no table of fields."""
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        inner = _model_in(field.annotation) if field is not None else None
        if inner is None:
            return None
        model = inner
    return model


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model a field's type holds: itself, or inside a list, an Optional or Annotated."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is not None and origin is not dict:  # (a table of any names: no model's)
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
