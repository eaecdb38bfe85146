"""A session file cut short (a copy or a sync stopped part-way) is said to be cut short.

A trial cut a session to half its size, and reflect said `nothing follows the = : give the
value …, or delete the line`: deleting it made a session that read, silently without the
later answers and actions, which reflect would then have saved over the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Action, Session
from reflect.store.errors import SessionError
from reflect.store.library import load_library
from reflect.store.sessions import read_session, save_session


def saved(fictional_dir: Path, sessions_dir: Path) -> Path:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261204-child-zz-cut001", title="An invented meeting")
    for q in review.questions:
        s.set_answer(q.id, "text", f"Invented answer to {q.id}.")
    s.add_action(Action(text="Invent a later action", owner="Pat Example"))
    return save_session(sessions_dir, s)


def cut(path: Path, before: str) -> bytes:
    """The file cut just after the first `before` in it; the whole file as it was."""
    data = path.read_bytes()
    at = data.index(before.encode()) + len(before)
    path.write_bytes(data[:at])
    return data


def said(path: Path) -> str:
    with pytest.raises(SessionError) as e:
        read_session(path)
    return str(e.value)


@pytest.mark.parametrize("before", [
    "question =",  # the trial's: nothing follows the =
    'text = "Invented answer to zz-second',  # inside a text: no closing quote
    'question_id = "zz-sec',
    'id = "a1"\ntext',  # an action's field, cut in its name
    "[[answ",
])
def test_a_file_cut_part_way_through_a_line_is_said_to_be_cut_short(
        fictional_dir, sessions_dir, home, before):
    path = saved(fictional_dir, sessions_dir)
    cut(path, before)
    message = said(path)
    last = len(path.read_text(encoding="utf-8").split("\n"))
    assert message.startswith(f"{path}: not valid TOML: the file looks cut short: it ends "
                              f"part-way through line {last}")
    assert "delete the line" not in message.replace("Do not delete the line", "")
    assert "could read" not in message and "emergency copy" not in message


def test_the_emergency_copy_is_named_where_there_is_one(fictional_dir, sessions_dir, home):
    path = saved(fictional_dir, sessions_dir)
    whole = cut(path, "question =")
    copy = home / f"reflect-copy-{path.stem}-20261204-101500.toml"
    copy.write_bytes(whole)
    assert f"An emergency copy of this session was saved as {copy}" in said(path)


def test_a_copy_of_another_session_whose_id_goes_on_from_it_is_not_named(
        fictional_dir, sessions_dir, home):
    """Copies are found by `copies.COPY_NAME`: a glob of `reflect-copy-ID-*` took the copy of
    session ID-2 (a session of its own) for one of session ID, and said to put it back."""
    path = saved(fictional_dir, sessions_dir)
    whole = cut(path, "question =")
    other = home / f"reflect-copy-{path.stem}-2-20261204-101500.toml"
    other.write_bytes(whole.replace(path.stem.encode(), f"{path.stem}-2".encode()))
    (home / f"reflect-copy-{path.stem}-not-a-copy.toml").write_bytes(whole)
    assert "emergency copy" not in said(path)
    own = home / f"reflect-copy-{path.stem}-20261204-101400.toml"
    own.write_bytes(whole)
    assert f"An emergency copy of this session was saved as {own}:" in said(path)


def test_the_same_line_with_a_line_end_after_it_is_a_mistake_to_put_right(
        fictional_dir, sessions_dir, home):
    """Typed by hand, with the line ended: not cut short, and said as before."""
    path = saved(fictional_dir, sessions_dir)
    cut(path, "question =")
    path.write_bytes(path.read_bytes() + b"\n")
    message = said(path)
    assert "cut short" not in message and "nothing follows the =" in message
