"""The Reports screen's table of reviews fits the screen: at 80x24 every column's figure is in
sight with no sideways scrolling (its "Attendances" column was past the right edge of a table
that scrolled sideways), the columns' names shortened with a key under the table, and a review
of a short title on one line; at 60x20 each review is a short block of words with every
figure. Every team and person is invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from reflect.model.session import Action, Participant, Point, Session
from reflect.report.summary_rows import OWN_AGENCIES
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, _screen_lines, open_reports
from tests.local_days import here
from tests.unit.test_report_themed import _copy

LONG_TITLE = "Child XX (Invented rapid review)"
TEAM = [("Pat Example", "Social worker", "Invented Council"),
        ("Sam Sample", "Health visitor", "Invented Health Trust"),
        ("Alex Example", "Police officer", "Invented Shire Police")]


def _held(review, day: int, team: str, people, actions: int = 0,  # type: ignore[no-untyped-def]
          done: int = 0, mode: str = "team") -> Session:
    s = Session.start(review, f"202603{day:02d}-{review.id}-0000{day:04d}", mode=mode,
                      team=team, created=here(2026, 3, day),
                      participants=[Participant(name=n, role=r, agency=a) for n, r, a in people])
    for answer in s.answers:
        answer.points.append(Point(text="An invented point"))
    for n in range(actions):
        s.add_action(Action(text=f"Invented action {n}", status="done" if n < done else "open"))
    return s


def library_and_sessions(tmp_path: Path, sessions_dir: Path) -> Path:
    """Child ZZ: three team discussions (9 attendances, 3 agencies) and an individual
    reflection; Child XX, under a long title: one team discussion and two reflections; Child
    YY: one team discussion. The reflections list one person of an agency a team discussion
    reached, and one of an agency none did."""
    content = tmp_path / "content"
    content.mkdir()
    from tests.conftest import FICTIONAL_REVIEW

    (content / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    (content / "child-xx.toml").write_text(_copy("child-xx", LONG_TITLE, "xx"),
                                           encoding="utf-8")
    (content / "child-yy.toml").write_text(_copy("child-yy", "Child YY", "yy"),
                                           encoding="utf-8")
    library = load_library(content)
    zz, xx, yy = library.get("child-zz"), library.get("child-xx"), library.get("child-yy")
    for s in (_held(zz, 2, "Invented North Team", TEAM, actions=2, done=1),
              _held(zz, 5, "Invented South Team", TEAM, actions=2, done=1),
              _held(zz, 9, "Invented North Team", TEAM),
              _held(zz, 10, "", [("Jo Example", "Youth worker", "Invented Youth Service")],
                    mode="individual"),
              _held(xx, 3, "Invented East Team", TEAM[:2], actions=1),
              _held(xx, 4, "", [("Lee Example", "Social worker", "Invented Council")],
                    mode="individual"),
              _held(xx, 6, "", [], mode="individual"),
              _held(yy, 7, "Invented West Team", TEAM, actions=3, done=3)):
        save_session(sessions_dir, s)
    return content


async def _table_at_top(pilot, app) -> DataTable:  # type: ignore[no-untyped-def]
    await open_reports(pilot, sessions_held=8)
    table = app.screen.query_one(".report-reviews", DataTable)
    await wait_for(pilot, lambda: table.row_count == 3)
    table.scroll_visible(animate=False, top=True)
    await wait_for(pilot, lambda: any(line.startswith(" Review ") or line.startswith(" Child ")
                                      for line in _screen_lines(app)))
    return table


def _figures(lines: list[str], title: str, table: DataTable) -> str:  # type: ignore[type-arg]
    """The words of the screen's line that starts `title`'s row, after the title (within the
    table: the report's scrollbar is beside it)."""
    line = next(line for line in lines if line.startswith(f" {title} "))
    return " ".join(line[:table.region.right].split()[len(title.split()):])


async def test_at_80x24_every_figure_of_each_review_is_in_sight(tmp_path, sessions_dir):
    content = library_and_sessions(tmp_path, sessions_dir)
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _table_at_top(pilot, app)
        assert table.virtual_size.width <= table.size.width  # no sideways scrolling
        assert not table.show_vertical_scrollbar  # (nor one hiding the Last column's end)
        lines = _screen_lines(app)
        header = next(line for line in lines if line.startswith(" Review "))
        assert header.split() == ["Review", "Sess", "Own", "Teams", "Agen.", "Att.", "Qs",
                                  "Agr.", "Done", "Last"]
        # sessions, individual reflections, teams, agencies, attendances, questions
        # answered, actions agreed and done, the last day: each review of a short title on
        # one line (each took two, its day's year on the next line: a helper's trial)
        assert _figures(lines, "Child ZZ", table) == "4 1 2 3 9 3/3 4 2 10 Mar 2026"
        assert _figures(lines, "Child XX", table) == "3 2 1 2 2 3/3 1 0 6 Mar 2026"
        assert [row.height for row in table.rows.values()][1:] == [1, 1]  # (by title)
        assert "(Invented rapid" in "\n".join(lines)  # the long title wrapped, not cut
        key = app.screen.query_one("#report-reviews-key")
        # The key says what each column counts: Child ZZ's `4 1` is 4 sessions, the
        # reflection one of them (read as five: a learning lead's trial).
        said = [word for word in str(key.render()).split() if word != "·"]
        assert key.display and said == [word for word in (
            "Key: Sess = sessions: team discussions and individual reflections, together · "
            "Own = individual reflections: sessions held alone, counted in Sess too · "
            "Teams: those that held a team discussion on it · Agen. = agencies: those of the "
            "people at its team discussions · Att. = attendances: the people at its team "
            "discussions, each once a meeting (one person at two meetings counts twice) · "
            "Qs = questions answered: those of its questions answered at least once · "
            "Agr. = actions agreed: at its team discussions, not personal actions · "
            "Done = actions done: of those agreed · "
            "Last = last discussed: the day of its last session (or themed session)").split()
            if word != "·"], said
        for pair in ("Key: Sess = sessions", "Teams: those that"):
            assert any(pair in line for line in lines), pair  # each on one line, in sight
        assert all(len(line) <= 80 for line in lines)
        # The summary says how far the reflections reached beyond the team discussions.
        assert (f"{OWN_AGENCIES}: 2 (1 of them not reached at any team discussion)"
                in _report_text(app))
        # Wider, the columns are named in full, and so is the key.
        await pilot.resize_terminal(130, 40)
        await wait_for(pilot, lambda: " ".join(str(key.render()).split()).startswith(
            "What each column counts. Sessions: team discussions and individual reflections, "
            "together Individual reflections: sessions held alone, counted in Sessions too"))
        assert key.display
        table.scroll_visible(animate=False, top=True)
        await wait_for(pilot, lambda: any("Attendances" in line for line in _screen_lines(app)))
        assert "Sess " not in "\n".join(_screen_lines(app))
        assert _figures(_screen_lines(app), "Child ZZ", table).endswith(
            "3 of 3 4 2 10 Mar 2026")  # (the questions in full where there is room)


async def test_at_60x20_each_review_is_a_block_with_every_figure(tmp_path, sessions_dir):
    content = library_and_sessions(tmp_path, sessions_dir)
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        table = await _table_at_top(pilot, app)
        assert table.virtual_size.width <= table.size.width
        # Taller than the report's 9 lines here, it scrolls with the report: a scrollbar of its
        # own hid the end of a block's line ("· 4 team").
        assert table.size.height > 9 and not table.show_vertical_scrollbar
        assert not app.screen.query_one("#report-reviews-key").display  # nothing shortened
        table.focus()
        # In order of title, ↓ bringing each block into sight. Each figure is said in words,
        # none broken.
        blocks = [
            [LONG_TITLE, "3 sessions (2 of them individual reflections)", "1 team",
             "2 agencies", "2 attendances", "3 of 3 questions answered",
             "1 action agreed, 0 done", "last discussed: 6 March 2026"],
            ["Child YY", "1 session (no individual reflections)", "1 team", "3 agencies",
             "3 attendances", "3 of 3 questions answered", "3 actions agreed, 3 done",
             "last discussed: 7 March 2026"],
            ["Child ZZ", "4 sessions (1 of them an individual reflection)", "2 teams",
             "3 agencies", "9 attendances", "3 of 3 questions answered",
             "4 actions agreed, 2 done", "last discussed: 10 March 2026"]]
        for row, block in enumerate(blocks):
            if row:
                await pilot.press("down")
            await wait_for(pilot, lambda block=block: all(  # type: ignore[misc]
                any(want in line for line in _screen_lines(app)) for want in block))
            shown = str(table.get_row_at(row)[0]).split("\n")
            assert all(any(f" {part} " in f"{line} " for line in _screen_lines(app))
                       for part in shown), shown  # each line of the block whole
        assert all(len(line) <= 60 for line in _screen_lines(app))
