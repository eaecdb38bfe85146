"""An unknown field in a review or session file: the field meant named where one is near, and
where a briefing's own word goes where reflect calls it something else (a learning lead's
trial: `sumary` and a recommendation's `status` were each "unknown field … check the
spelling", and no more)."""

from pathlib import Path

from reflect.store.library import load_library
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW


def test_a_misspelt_field_is_answered_with_the_field_meant(capsys, fictional_dir: Path):
    bad = fictional_dir / "child-zz.toml"
    bad.write_text(FICTIONAL_REVIEW.replace("summary = ", "sumary = "), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1
    assert "child-zz.toml: sumary: unknown field (not part of the format): did you mean " \
        "summary?" in out


def test_a_nested_table_s_field_is_matched_against_its_own_fields(fictional_dir: Path):
    """A question's `txt` is near a question's `text`, not a review's `title`."""
    (fictional_dir / "child-zz.toml").write_text(
        FICTIONAL_REVIEW.replace('text = "Who would you tell?"', 'txt = "Who would you tell?"'),
        encoding="utf-8")
    problems = "\n".join(load_library(fictional_dir).problems)
    assert "questions (the 2nd): txt: unknown field (not part of the format): did you mean " \
        "text?" in problems


def test_a_recommendation_s_status_is_said_to_go_in_its_update(capsys, fictional_dir: Path):
    bad = fictional_dir / "child-zz.toml"
    bad.write_text(FICTIONAL_REVIEW.replace(
        'update = "Meetings are now held within five days."', 'status = "In progress"'),
        encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1
    assert ("recommendations (the 1st): status: unknown field: a recommendation's status or "
            'progress goes in its update field (write update = "In progress" in place of '
            'status = "In progress")') in " ".join(out.split())


def test_a_field_near_none_is_said_as_before(fictional_dir: Path):
    (fictional_dir / "child-zz.toml").write_text(
        FICTIONAL_REVIEW.replace("themes = ", "tags = "), encoding="utf-8")
    problems = "\n".join(load_library(fictional_dir).problems)
    assert "tags: unknown field (not part of the format; check the spelling)" in problems
    assert "did you mean" not in problems


def test_a_session_file_s_misspelt_field_is_answered_too(fictional_dir: Path, tmp_path: Path):
    from reflect.model.session import Session
    from reflect.store.sessions import SessionError, new_session_id, read_session, save_session

    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    path = save_session(tmp_path, Session.start(review, new_session_id("child-zz"),
                                                title="Invented meeting"))
    path.write_text(path.read_text(encoding="utf-8").replace("\ntitle = ", "\ntitel = "),
                    encoding="utf-8")
    try:
        read_session(path)
    except SessionError as e:
        said = str(e)
    assert "titel: unknown field (not part of the format): did you mean title?" in said


def test_a_cache_from_before_is_not_read_as_saying_check_the_spelling(fictional_dir: Path,
                                                                      tmp_path: Path):
    """The start screen lists a file's problems from the cache while the file is unchanged: one
    written by the reflect before this (cache version 7) held "check the spelling" alone."""
    import json

    from reflect.store.cache import cache_file
    from reflect.store.catalogue import load_catalogue

    (fictional_dir / "child-zz.toml").write_text(
        FICTIONAL_REVIEW.replace("summary = ", "sumary = "), encoding="utf-8")
    cache = tmp_path / "cache"
    load_catalogue(fictional_dir, cache)
    path = cache_file("library", fictional_dir, cache)
    records = json.loads(path.read_text(encoding="utf-8"))["files"]
    for record in records.values():
        record["problems"] = [p.replace("format): did you mean summary?",
                                        "format; check the spelling)")
                              for p in record["problems"]]
    path.write_text(json.dumps({"version": 7, "files": records}), encoding="utf-8")
    assert "did you mean summary?" in "\n".join(load_catalogue(fictional_dir, cache).problems)
