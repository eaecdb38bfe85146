"""Plain mode's facilitator typed again among who is here, the same person (`s`): listed, as
the app's form lists them ("the facilitator too: one person, not two"), and one person with
the facilitator (`attribution.speakers`). Carried on, they were asked "Renée Exämple: here?
y or n", and "n" gave notes saying "Facilitator: Renée Exämple" and "Invited, did not
attend: Renée Exämple" (a screen reader user's trial). The facilitator is here: not asked."""

from __future__ import annotations

from reflect.export.plain import to_text
from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, save_session
from tests.unit.test_walk_half_typed import dirs, walk_typing  # noqa: F401 (a fixture)

LEADS = "Renée Exämple"


def test_the_facilitator_listed_is_not_asked_whether_here(monkeypatch, capsys, sessions_dir,
                                                          dirs):  # noqa: F811
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "", *dirs)
    walk_typing(monkeypatch, capsys,
                [LEADS, "Pat Example, Health visitor", "renée exämple", "s", ""], *args)
    [entry] = list_sessions(sessions_dir).entries
    sid = entry.session.id
    assert [(p.name, p.attended) for p in entry.session.participants] == [
        ("Pat Example", True), (LEADS, True)]
    # carried on at Who is here: Enter keeps the facilitator, Enter: Pat Example is here
    code, said = walk_typing(monkeypatch, capsys, ["1", "", "", "n"], "--resume", sid, *dirs)
    assert f"Is {LEADS} here?" not in said and "Is Pat Example, Health visitor, here?" in said
    assert f"{LEADS}: the facilitator, here." in said
    session = load_session(sessions_dir / f"{sid}.toml")
    assert [(p.name, p.attended) for p in session.participants] == [
        ("Pat Example", True), (LEADS, True)]
    assert "did not attend" not in to_text(session)


def test_the_facilitator_marked_not_here_before_is_marked_here(monkeypatch, capsys,
                                                               fictional_dir, sessions_dir,
                                                               dirs):  # noqa: F811
    """A file the old question left so: the facilitator was at their own meeting."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000fa01", mode="team", title="Meeting",
                      facilitator=LEADS, current_step="people", participants=[
                          Participant(name="Pat Example"),
                          Participant(name="renée exämple", attended=False)])
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys, ["", "", "", ""], "--resume", s.id, *dirs)
    assert "renée exämple: the facilitator, so marked here." in said
    assert "here? y or n" in said and "Is renée exämple here?" not in said
    assert all(p.attended for p in load_session(sessions_dir / f"{s.id}.toml").participants)


def test_with_only_the_facilitator_listed_nothing_is_asked_so_nothing_is_said(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):  # noqa: F811
    """"Say who is here: y for here, n for not here…" was said, and then nothing was asked
    (a trial): with no one but the facilitator listed, the facilitator alone is said."""
    review = load_library(fictional_dir).get("child-zz")
    for sid, people in (("20261201-child-zz-0000fa02", [Participant(name=LEADS)]),
                        ("20261201-child-zz-0000fa03", [Participant(name=LEADS),
                                                        Participant(name="Pat Example")])):
        s = Session.start(review, sid, mode="team", title="Meeting", facilitator=LEADS,
                          current_step="people", participants=people)
        save_session(sessions_dir, s)
        code, said = walk_typing(monkeypatch, capsys, ["", "", "", ""], "--resume", sid, *dirs)
        assert f"{LEADS}: the facilitator, here." in said
        assert ("Say who is here" in said) == (len(people) > 1), said
        assert ("Is Pat Example here? y or n" in said) == (len(people) > 1)
