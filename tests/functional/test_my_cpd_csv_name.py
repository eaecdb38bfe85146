"""My CPD so far's CSV (Ctrl+O) is named after whose log it is, where a name is typed: a
practitioner handing it to a manager, or a shared folder's exports holding several people's,
had `my-cpd-20261206-193444.csv`, whose it was said nowhere in it or its name (a learning
lead's trial). Everyone's log keeps the name without one."""

from __future__ import annotations

import re
from pathlib import Path

from reflect.ui.app import make_app
from tests.cpd_folder import two_teams_and_two_people
from tests.functional.helpers import my_cpd, press_in_order, wait_for

STAMP = r"\d{8}-\d{6}"


async def test_the_csv_names_whose_log_it_is(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    two_teams_and_two_people(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    exports = sessions_dir / "exports"

    def written() -> list[str]:
        return sorted(p.name for p in exports.glob("*.csv")) if exports.is_dir() else []

    async with app.run_test(size=(100, 40)) as pilot:
        screen, log = await my_cpd(pilot, sessions=4)
        await pilot.press("ctrl+o")  # everyone's
        await wait_for(pilot, lambda: len(written()) == 1)
        assert re.fullmatch(rf"my-cpd-{STAMP}\.csv", written()[0])
        await press_in_order(app, [*"pat  example"])
        await wait_for(pilot, lambda: "Only the sessions of Pat Example" in log.said
                       and screen.csv is not None)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: len(written()) == 2)
    mine = [name for name in written() if "pat" in name]
    assert len(mine) == 1 and re.fullmatch(rf"my-cpd-pat-example-{STAMP}\.csv", mine[0])
    assert "My own reflection" in (exports / mine[0]).read_text(encoding="utf-8-sig")
