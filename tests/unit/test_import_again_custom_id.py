"""A briefing imported under an id of the learning lead's own (`--id my-id`), then imported
again with `--force`, replaces that review, as docs/adding-a-briefing.md says re-importing
does: it wrote a second review beside it, under the id the briefing gives (`child-v`), unsaid
(a learning lead's trial). An --id naming another review with --force is refused: a second
review of the same file is never made. All data invented."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reflect.model.session import Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, new_session_id, save_session
from tests.command_line import run
from tests.unit.test_cli import BRIEFING


@pytest.fixture
def imported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, list[str]]:
    """brief.txt (Child V) imported as my-id; the briefing file and the folder options."""
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    content.mkdir()
    sessions.mkdir()
    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    dirs = ["--content-dir", str(content), "--sessions-dir", str(sessions)]
    code, _, err = run(capsys, "import", str(source), "--id", "my-id", *dirs)
    assert code == 0, err
    return source, dirs


def _reviews(dirs: list[str]) -> list[str]:
    return sorted(p.stem for p in Path(dirs[1]).glob("*.toml"))


def test_force_imports_it_again_as_the_review_it_was(capsys, imported) -> None:
    source, dirs = imported
    review = load_library(Path(dirs[1])).get("my-id")
    session = Session.start(review, new_session_id("my-id"), title="Invented talk",
                            team="Invented Team")
    session.answers[0].points = [Point(text="An invented point")]
    save_session(Path(dirs[3]), session)
    code, _, err = run(capsys, "import", str(source), *dirs)  # without --force: what to add
    assert code == 1 and "already in the library as review my-id (Child V)" in err
    assert "add --force to import it again, replacing that review" in " ".join(err.split())
    code, out, err = run(capsys, "import", str(source), "--force", *dirs)
    assert code == 0, err
    assert _reviews(dirs) == ["my-id"]  # child-v.toml was written beside it
    assert f"Replaced the review in {Path(dirs[1]) / 'my-id.toml'}" in out
    data = tomllib.loads((Path(dirs[1]) / "my-id.toml").read_text(encoding="utf-8"))
    assert data["id"] == "my-id" and data["title"] == "Child V"
    kept = load_session(Path(dirs[3]) / f"{session.id}.toml")
    assert kept.review_id == "my-id" and kept.answers[0].points[0].text == "An invented point"
    code, out, _ = run(capsys, "import", str(source), "--force", "--id", "my-id", *dirs)
    assert code == 0 and _reviews(dirs) == ["my-id"]


def test_force_with_another_id_is_refused_saying_how_to_replace_it(capsys, imported) -> None:
    source, dirs = imported
    code, out, err = run(capsys, "import", str(source), "--force", "--id", "other-id", *dirs)
    said = " ".join(err.split())
    assert code == 1 and out == "" and _reviews(dirs) == ["my-id"]
    assert "is already in the library as review my-id (Child V)" in said
    assert ("nothing written. --force imports it again as that review, replacing it: leave "
            "out --id other-id (or give --id my-id); a second review of the same file is not "
            "made") in said
    code, _, err = run(capsys, "import", str(source), "--id", "other-id", *dirs)
    assert code == 1 and _reviews(dirs) == ["my-id"]
    assert ("(add --force, and leave out --id other-id, to import it again as my-id, replacing "
            "that review and any edits made to its file)") in " ".join(err.split())


def test_force_with_check_says_it_would_replace_the_review_it_was(capsys, imported) -> None:
    source, dirs = imported
    code, out, _ = run(capsys, "import", str(source), "--force", "--check", *dirs)
    assert code == 0 and _reviews(dirs) == ["my-id"]
    assert f"would be written to {Path(dirs[1]) / 'my-id.toml'}" in out
    assert "saving would replace review my-id" in out
