"""An action plan given to `reflect import` without --into: Child L's was "not a learning
briefing" with no word of --into, or, its review in the library, to be imported over that
review with --replace (a learning lead's trial). It is refused naming what it is and the
command that adds it to its review. All invented: "Child ZZ", "Invented Shire"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from tests.unit.test_importer import INVENTED_PLAN


def _import(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["import", *args])
    return code, " ".join(capsys.readouterr().err.split())


def test_an_action_plan_is_refused_with_the_command_that_adds_it_to_its_review(
        capsys: pytest.CaptureFixture[str], fictional_dir: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(INVENTED_PLAN, encoding="utf-8")
    before = (fictional_dir / "child-zz.toml").read_bytes()
    for more in ([], ["--replace"], ["--check"]):  # (child-zz, its review, is in the library)
        code, err = _import(capsys, str(plan), "--content-dir", str(fictional_dir), *more)
        assert code == 1
        assert err.startswith(f"reflect import: {plan} reads as an action plan, not a briefing "
                              "(1 recommendation, each with its action and status); nothing "
                              "written. To add it to the review it belongs to: ")
        assert err.endswith(f" import --content-dir {fictional_dir} {plan} --into child-zz`")
    assert (fictional_dir / "child-zz.toml").read_bytes() == before
    assert main(["import", str(plan), "--into", "child-zz", "--content-dir",
                 str(fictional_dir)]) == 0  # (as said)


def test_with_its_review_not_in_the_library_it_says_where_its_id_is_listed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(INVENTED_PLAN, encoding="utf-8")
    (tmp_path / "library").mkdir()
    code, err = _import(capsys, str(plan), "--content-dir", str(tmp_path / "library"))
    assert code == 1 and ", REVIEW_ID its id (" in err and " reviews` lists them): " in err
    assert err.endswith(f" {plan} --into REVIEW_ID`")
    assert list((tmp_path / "library").iterdir()) == []
