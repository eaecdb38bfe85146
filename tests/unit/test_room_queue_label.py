"""A waiting point's line in the queue beside its question (#18): who sent it is never split
over two lines. Wrapped as the words were, the name was split at the list's edge, and at the
list's height only "— Alex" of "Alex Demo" showed (a trial)."""

from __future__ import annotations

from rich.console import Console

from reflect.room.contract import IncomingPoint
from reflect.ui.widgets.incoming import Waiting


def drawn(waiting: Waiting, width: int, now: str = "") -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(waiting.label(now))
    return [line.rstrip() for line in console.export_text().splitlines()]


def point(text: str, name: str) -> IncomingPoint:
    return IncomingPoint(id="pt1", step_key="q:zz-first", text=text, name=name,
                         participant="invented")


def test_the_senders_name_is_never_split_over_two_lines() -> None:
    waiting = Waiting(point("Invented point shared with GP", "Alex Demo"))
    assert drawn(waiting, 36) == ["Invented point shared with GP", "— Alex Demo"]
    assert drawn(waiting, 60) == ["Invented point shared with GP — Alex Demo"]
    assert str(waiting.label()) == "Invented point shared with GP — Alex Demo"
    absent = Waiting(point("Invented point", "Sam Sample"), absent=True)
    assert drawn(absent, 60) == ["Invented point — Sam Sample (listed as not here)"]


def test_a_name_too_long_to_show_is_cut_with_an_ellipsis() -> None:
    name = "Invented Name " * 6  # 84 characters: the room keeps 80
    lines = drawn(Waiting(point("Invented point", name.strip())), 30)
    assert lines[0] == "Invented point"
    assert lines[1].endswith("…") and len(lines[1]) <= 30 and lines[1].startswith("— Invented")
    assert len(lines) == 2


def test_a_sender_renamed_since_is_named_as_now_then_as_sent() -> None:
    """As the messages on accepting or declining it say (the queue gave the name sent alone:
    a trial); too wide for one line, each name starts a line, whole."""
    waiting = Waiting(point("Invented point", "Ann Example"))
    assert drawn(waiting, 80, "Anne Exampleton") == [
        "Invented point — Anne Exampleton, sent as Ann Example"]
    assert drawn(waiting, 40, "Anne Exampleton") == [
        "Invented point", "— Anne Exampleton, sent as Ann Example"]
    assert drawn(waiting, 30, "Anne Exampleton") == [
        "Invented point", "— Anne Exampleton,", "sent as Ann Example"]
    absent = Waiting(point("Invented point", "Ann Example"), absent=True)
    assert str(absent.label("Anne Exampleton")) == (
        "Invented point — Anne Exampleton, sent as Ann Example (listed as not here)")
    assert drawn(absent, 30, "Anne Exampleton")[1:] == [
        "— Anne Exampleton,", "sent as Ann Example (listed a…"]  # (cut only past the list)


def test_a_name_longer_than_is_shown_is_cut_after_a_word_and_kept_literal() -> None:
    """Cut at 40 characters inside a word, "[b]huddle[/b] lead for the Moorvale Childrens
    Centre" was "— [b]huddle[/b] lead for the Moorvale Chi…" (by hand in tmux)."""
    name = "[b]huddle[/b] lead for the Moorvale Childrens Centre"
    waiting = Waiting(point("Invented point", name))
    assert str(waiting.label()) == "Invented point — [b]huddle[/b] lead for the Moorvale…"
    assert drawn(waiting, 80) == ["Invented point — [b]huddle[/b] lead for the Moorvale…"]
    assert str(waiting.label(name)).endswith(
        "— [b]huddle[/b] lead for the Moorvale…, sent as [b]huddle[/b] lead for the Moorvale…")


def test_the_question_to_list_a_sender_cuts_their_name_after_a_word() -> None:
    from reflect.model.session import Participant
    from reflect.ui.screens.room_senders import maybe_listed, not_listed

    name = "[b]huddle[/b] lead for the Moorvale Childrens Centre"
    assert not_listed([name]).startswith("[b]huddle[/b] lead for the Moorvale… sent a point")
    person = Participant(name="[b]huddle[/b] lead for the Moorvale Childrens Centre team")
    assert maybe_listed(name, [(0, person)]).startswith(
        "“[b]huddle[/b] lead for the Moorvale…” sent a point from the room, and Who is here "
        "lists [b]huddle[/b] lead for the Moorvale… on row 1")

