"""Session files in a folder inside the sessions folder (a team's own, `Team Red/`, as a
learning lead sorted the files colleagues sent) are not read by a report, and it says so,
naming the folder and how many, in every form of the report: they were left out unsaid, the
report's "covering every session found" and "Files that could not be read: 0" over a count
one team short (a learning lead's fresh-eyes trial).

Every name, team and place here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.report import Filters, build_report, gather, to_html, to_markdown
from reflect.store.sessions import save_session

TODAY = date(2026, 12, 7)


def _session(review: Review, sid: str, team: str) -> Session:
    return Session.start(review, sid, team=team, title=f"Child ZZ — {team}",
                         created=datetime(2026, 11, 12, 10, tzinfo=UTC),
                         participants=[Participant(name="Pat Example", role="Social worker",
                                                   agency="Invented Council")])


def _folder(review: Review, tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    save_session(folder, _session(review, "20261112-child-zz-0000blue", "Team Blue"))
    save_session(folder / "Team Red", _session(review, "20261112-child-zz-000000ed", "Team Red"))
    save_session(folder / "Team Red", _session(review, "20261113-child-zz-0000red2", "Team Red"))
    return folder


def test_a_folder_inside_holding_sessions_is_said_not_read(review: Review,
                                                           tmp_path: Path) -> None:
    folder = _folder(review, tmp_path)
    found = gather([folder], Filters(), today=TODAY, use_cache=False)
    assert [f.team for _, f, _ in found.sessions] == ["Team Blue"]
    assert found.unreadable == [
        f"{folder / 'Team Red'}: a folder inside the sessions folder, holding 2 session files "
        "(.toml), not read: a report reads the files in the sessions folder itself, not in "
        f"folders inside it. Move them into {folder} to count them (or, at the command line, "
        f"add --sessions-dir '{folder / 'Team Red'}')"]
    report = build_report(found, today=TODAY)
    for text in (to_markdown(report), to_html(report)):
        assert "Team Red" in text and "holding 2 session files" in text


def test_the_folders_reflect_keeps_inside_and_other_files_are_not_said(
        review: Review, tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    save_session(folder, _session(review, "20261112-child-zz-0000blue", "Team Blue"))
    for inside in ("exports", "replaced", ".git"):  # notes, copies kept aside, git's own
        save_session(folder / inside, _session(review, "20261112-child-zz-0000blue", "Team Blue"))
    (folder / "Notes").mkdir()
    (folder / "Notes" / "agenda.toml").write_text('title = "Agenda"\n', encoding="utf-8")
    (folder / "Notes" / "minutes.docx").write_bytes(b"PK")
    found = gather([folder], Filters(), today=TODAY, use_cache=False)
    assert (len(found.sessions), found.unreadable) == (1, [])


def test_a_folder_inside_given_as_a_folder_too_is_read_not_said(review: Review,
                                                                tmp_path: Path) -> None:
    folder = _folder(review, tmp_path)
    found = gather([folder, folder / "Team Red"], Filters(), today=TODAY, use_cache=False)
    assert (len(found.sessions), found.unreadable) == (3, [])
