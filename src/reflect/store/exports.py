"""Writing exported notes to disk: owner-only, atomic, into the sessions folder's `exports/`."""

from __future__ import annotations

from pathlib import Path

from reflect.export.markdown import to_markdown
from reflect.export.plain import to_text
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.atomic import write_atomic

FORMATS = {"md": (to_markdown, ".md"), "txt": (to_text, ".txt")}


def render(session: Session, fmt: str, review: Review | None = None) -> str:
    render_fn, _ = FORMATS[fmt]
    return render_fn(session, review)


def default_export_path(sessions_dir: Path, session: Session, fmt: str, suffix: str = "") -> Path:
    return sessions_dir / "exports" / f"{session.id}{suffix}{FORMATS[fmt][1]}"


def format_for(path: Path) -> str | None:
    """The format a file name asks for by its ending (`notes.txt` -> txt), if any."""
    return next((fmt for fmt, (_, ext) in FORMATS.items() if path.suffix == ext), None)


def export_session(session: Session, fmt: str, target: Path, review: Review | None = None) -> Path:
    write_atomic(target, render(session, fmt, review).encode("utf-8"))
    return target
