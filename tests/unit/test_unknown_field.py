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


def test_a_misspelt_required_field_is_said_once(capsys, fictional_dir: Path):
    """`sumary` said two things: the unknown field, and "summary: required field is
    missing"; the field meant is missing because it was misspelt, so one line says both."""
    bad = fictional_dir / "child-zz.toml"
    bad.write_text(FICTIONAL_REVIEW.replace("summary = ", "sumary = "), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(bad))
    said = " ".join(out.split())
    assert code == 1
    assert "sumary: unknown field (not part of the format): did you mean summary? (summary " \
        "is required)" in said
    assert "required field is missing" not in said and "1 problem(s)" in said
    code, out, _ = run(capsys, "validate", str(fictional_dir))  # the folder, as the library
    assert out.count("child-zz.toml") == 1 and "(summary is required)" in " ".join(out.split())


def test_a_nested_misspelt_required_field_is_said_once(fictional_dir: Path):
    (fictional_dir / "child-zz.toml").write_text(
        FICTIONAL_REVIEW.replace('text = "Who would you tell?"', 'txt = "Who would you tell?"'),
        encoding="utf-8")
    [problem] = load_library(fictional_dir).problems
    assert problem.endswith("questions (the 2nd): txt: unknown field (not part of the "
                            "format): did you mean text? (text is required)")


def test_two_misspellings_of_one_required_field_say_it_once(fictional_dir: Path):
    (fictional_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        "summary = ", 'summry = "An invented summary."\nsumary = '), encoding="utf-8")
    problems = load_library(fictional_dir).problems
    assert len(problems) == 2 and "required field is missing" not in "\n".join(problems)
    assert sum("(summary is required)" in p for p in problems) == 1


def test_a_field_missing_with_no_stand_in_is_still_said(fictional_dir: Path):
    (fictional_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        "summary = ", 'sumary = "An invented summary."\nsumary_note = ').replace(
        'partnership = "Invented Shire Safeguarding Partnership"\n', ""), encoding="utf-8")
    problems = "\n".join(load_library(fictional_dir).problems)
    assert "partnership: required field is missing" in problems  # nothing stood for it
    assert "(summary is required)" in problems


def test_a_cache_from_before_is_not_read_as_saying_the_field_missing_twice(
        fictional_dir: Path, tmp_path: Path):
    """Cache version 8 held "summary: required field is missing" as well: read again."""
    import json

    from reflect.store.cache import cache_file
    from reflect.store.catalogue import load_catalogue

    bad = fictional_dir / "child-zz.toml"
    bad.write_text(FICTIONAL_REVIEW.replace("summary = ", "sumary = "), encoding="utf-8")
    cache = tmp_path / "cache"
    load_catalogue(fictional_dir, cache)
    path = cache_file("library", fictional_dir, cache)
    records = json.loads(path.read_text(encoding="utf-8"))["files"]
    for record in records.values():
        record["problems"] = [p.replace(" (summary is required)", "") for p in
                              record["problems"]] + [f"{bad}: summary: required field is missing"]
    path.write_text(json.dumps({"version": 8, "files": records}), encoding="utf-8")
    problems = "\n".join(load_catalogue(fictional_dir, cache).problems)
    assert "(summary is required)" in problems and "required field is missing" not in problems
