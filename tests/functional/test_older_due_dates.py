"""An action from a session file older than dates (`due` kept, no `due_date`) at 80x24: the
actions table, its Selected line and last time's actions show the date its words name where
that does not depend on the day they are read, marked gone by as a stored date is. They showed
`20/11/2020` bare and never gone by, while plain mode said `20/11/2020 (Fri 20 Nov 2020)` (a
trial). The file, the team and everyone in it are invented."""

from __future__ import annotations

from pathlib import Path

from reflect.store.sessions import load_session
from reflect.ui.app import make_app
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import shown, wait_for
from tests.functional.test_actions_table import due_cells, open_actions
from tests.functional.test_carried_progress import on_carried_table

OLDER_FILE = '''\
schema_version = 1
id = "20201101-child-zz-000000ab"
review_id = "child-zz"
review_title = "Child ZZ"
mode = "team"
title = "November huddle"
team = "Invented team"
created = 2020-11-01T10:00:00Z
updated = 2020-11-01T11:00:00Z
current_step = "actions"

[[actions]]
text = "Ring the invented school"
owner = "Pat Example"
due = "20/11/2020"
status = "open"

[[actions]]
text = "Book the invented room"
owner = "Sam Sample"
due = "next Friday"
status = "open"
'''


def older_file(sessions_dir: Path) -> Path:
    sessions_dir.mkdir(parents=True, exist_ok=True)
    path = sessions_dir / "20201101-child-zz-000000ab.toml"
    path.write_text(OLDER_FILE, encoding="utf-8")
    return path


async def test_the_actions_table_shows_an_older_files_date_gone_by(fictional_dir, sessions_dir):
    session = load_session(older_file(sessions_dir))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actions(pilot, session)
        table = screen.query_one(".actions-table", RowTable)
        detail = screen.query_one(".action-detail")
        await wait_for(pilot, lambda: table.row_count == 2 and "Selected" in shown(detail))
        first, second = due_cells(table)
        assert first.startswith("⚠ 20 Nov") or first.startswith("⚠ 20/11/"), first
        assert second == "next Friday"  # another Friday now: not guessed, nor marked
        line = " ".join(shown(detail).split())
        assert "due: 20/11/2020 (Fri 20 Nov 2020), overdue" in line, line


async def test_last_times_actions_show_an_older_files_date(fictional_dir, sessions_dir):
    older_file(sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == 2)

        def first() -> str:
            return str(table.get_row_at(0)[3])

        # A date, marked gone by: at 80x24 with the owner's box below (the step scrolls, its
        # bar taking two columns) in its shortest form, `⚠ 20/11`, the year on the Selected line.
        await wait_for(pilot, lambda: first().startswith(("⚠ 20 Nov", "⚠ 20/11")))
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "Ring the invented school" in shown(detail))
        line = " ".join(shown(detail).split())
        assert "due 20/11/2020 (Fri 20 Nov 2020)" in line, line
