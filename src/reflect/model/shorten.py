"""A session with every overlong text cut short: for showing a session too big to edit whole
(the file on disk is never changed by it).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from reflect.model.session import Session


def _texts(obj: object) -> Iterator[str]:
    """Every string held in a model, at any depth."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name))
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from _texts(key)
            yield from _texts(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _texts(value)


def shortened(session: Session, limit: int) -> tuple[Session, list[str]]:
        """A copy with every text longer than `limit` characters cut to `limit`, and a name a
        person understands for each text that was cut (none cut: this session, unchanged)."""
        cut: list[str] = []

        def short(owner: BaseModel, name: str, what: str) -> None:
            if len(getattr(owner, name)) > limit:
                setattr(owner, name, getattr(owner, name)[:limit])
                cut.append(what)

        if not any(len(t) > limit for t in _texts(session)):
            return session, cut
        copy = session.model_copy(deep=True)
        for name in ("title", "team", "facilitator", "differently"):
            short(copy, name, f"the {name.replace('differently', 'what I will do differently')}")
        for p in copy.participants:
            for name in ("name", "role", "agency"):
                short(p, name, f"a participant's {name}")
        for n, a in enumerate(copy.answers, 1):
            for name in ("text", "what", "so_what", "now_what"):
                short(a, name, f"the answer to question {n}" + (
                    "" if name == "text" else f" ({name.replace('_', ' ')})"))
            for k, point in enumerate(a.points, 1):
                short(point, "text", f"point {k} of question {n}")
                if point.typed_as is not None:
                    short(point, "typed_as", f"point {k} of question {n} as typed")
        for k, act in enumerate(copy.actions, 1):
            for name in ("text", "owner", "due"):
                short(act, name, f"action {k} ({name})")
        for table, what in ((copy.notes, "the notes on {}"), (copy.drafts, "text typed into {}")):
            for key, text in table.items():
                if len(text) > limit:
                    table[key] = text[:limit]
                    cut.append(what.format(key))
        return copy, cut
