"""My CPD so far lists the CPD records exported for each session in its log, and where they
are (the pure parts: tests/unit/test_my_cpd_records_exported.py): a health visitor found her
exported NMC account nowhere in reflect afterwards (a trial)."""

from __future__ import annotations

from pathlib import Path

from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.cpd_folder import invented_review, reflection
from tests.functional.helpers import my_cpd


async def test_my_cpd_so_far_lists_the_records_exported(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    s = reflection(invented_review(fictional_dir), "My invented reflection", "Pat Example")
    save_session(sessions_dir, s)
    exports = sessions_dir / "exports"
    exports.mkdir()
    (exports / f"{s.id}.nmc.docx").write_bytes(b"invented")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        _, log = await my_cpd(pilot, sessions=1)
        shown = " ".join(str(log.render()).split())
    assert f"CPD records exported, in {exports}:" in shown
    assert f"My invented reflection: {s.id}.nmc.docx" in shown
