"""The export dialog's opening format for a reflection whose CPD choices (F8) are for a
regulator: what a trial's social worker met, and that a record chosen in the dialog with them
in view is kept. Names and words here are invented."""

from __future__ import annotations

from reflect.export.options import ExportOptions
from reflect.model.cpd import CpdChoices
from reflect.model.session import Session
from reflect.store.last_export import LastExport
from reflect.ui.screens.export_memory import opening, remember


def reflection(**cpd: object) -> Session:
    return Session(id="20261207-example-a1b2c3d4", review_id="example", review_title="Example",
                   mode="individual", cpd=CpdChoices.model_validate(cpd))


def test_which_regulator_the_choices_are_for() -> None:
    assert CpdChoices().regulator == ""
    assert CpdChoices(standards=[4, 6]).regulator == "swe"
    assert CpdChoices(method="Reading").regulator == "nmc"
    assert CpdChoices(participatory=False).regulator == "nmc"
    assert CpdChoices(standards=[1], themes={"Preserve safety": "x"}).regulator == ""


def test_the_standards_ticked_open_on_social_work_englands_record() -> None:
    memory: dict[str, LastExport] = {}
    plain = reflection()
    remember(memory, plain, LastExport("cpd-md", ExportOptions()))  # before F8: any profession
    ticked = reflection(standards=[4, 6])
    assert opening(ticked, memory["individual"]) == "swe-md"
    assert opening(ticked, None) == "swe-docx"
    assert opening(plain, memory["individual"]) == "cpd-md"
    remember(memory, ticked, LastExport("cpd-md", ExportOptions()))  # chosen with them ticked
    assert opening(ticked, memory["individual"]) == "cpd-md"


def test_a_record_chosen_with_them_ticked_is_the_next_runs_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reflect.store.last_export import as_setting, from_setting

    path = tmp_path / "settings.toml"
    memory: dict[str, LastExport] = {}
    ticked = reflection(standards=[4])
    remember(memory, ticked, LastExport("cpd-md", ExportOptions()))
    kept = as_setting(memory)
    assert kept["individual"]["chosen_for"] == "swe"  # type: ignore[index]
    read, problems = from_setting(kept, path)
    assert problems == []
    assert opening(ticked, read["individual"]) == "cpd-md"
    read, problems = from_setting({"individual": {"format": "cpd-md", "chosen_for": "hcpc"}},
                                  path)
    assert opening(ticked, read["individual"]) == "swe-md"  # (not known: the regulator's)
    assert problems == [f'{path}: last_export.individual.chosen_for: should be "swe", "nmc" '
                        'or ""; ignored']
