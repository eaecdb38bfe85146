"""Session files in a folder inside the sessions folder (`Team Red/`) are not listed, and the
lists say so as the report does (store/folders_inside.py): the report named the folder, the
start screen's saved sessions and `reflect list sessions` said nothing (a learning lead's
trial). Not said of reflect's own `exports/` and `replaced/`, nor of a hidden `.git`.

Every name, team and place here is invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.review import Review
from reflect.store.index import list_summaries
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.unit.test_report_folder_inside import _folder, _session


def said(folder: Path) -> str:
    sub = folder / "Team Red"
    return (f"{sub}: a folder inside the sessions folder, holding 2 session files (.toml), "
            "not listed: reflect lists the files in the sessions folder itself, not in folders "
            f"inside it. Move them into {folder} to list them (or, at the command line, add "
            f"--sessions-dir '{sub}')")


def test_the_list_says_a_folder_inside_holding_sessions(review: Review, tmp_path: Path):
    folder = _folder(review, tmp_path)
    for inside in ("exports", "replaced", ".git"):  # notes, copies kept aside, git's own
        save_session(folder / inside, _session(review, "20261112-child-zz-0000blue", "Blue"))
    (folder / "Notes").mkdir()
    (folder / "Notes" / "agenda.toml").write_text('title = "Agenda"\n', encoding="utf-8")
    cache = tmp_path / "cache"
    for _ in range(2):  # read from the files, then from the cache
        found = list_summaries(folder, cache)
        assert [e.team for e in found.entries] == ["Team Blue"]
        assert (found.inside, found.problems) == ([said(folder)], [])
    assert found.against(lambda review_id: None).inside == [said(folder)]  # (carried on)


def test_reflect_list_sessions_says_it_once(capsys, review: Review, tmp_path: Path,
                                            fictional_dir: Path):
    folder = _folder(review, tmp_path)
    code, out, err = run(capsys, "list", "sessions", "--sessions-dir", str(folder),
                         "--content-dir", str(fictional_dir))
    assert code == 0 and "20261112-child-zz-0000blue" in out
    assert err.count("a folder inside the sessions folder") == 1
    assert f"reflect list: warning: {said(folder)}" in " ".join(err.split())

