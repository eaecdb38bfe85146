"""A session opened to read only shows no empty form for adding: a question's pane asked to
"Type a point (@ and a name to say who), Enter", with its Said by… and Add, where nothing can
be typed (stop 56's trial). A form holding something half typed (a draft) still shows it, so
the viewer sees it; a question without points says none were noted. All names are invented."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import Input

from reflect.model.changes import draft_key
from reflect.model.session import Action, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.item_form import ItemForm
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.points_panel import PointList
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import shown, wait_for
from tests.functional.test_view_only import viewed

HALF_TYPED = "Half typed by the invented Moorvale team"


def saved_on(fictional_dir: Path, sessions_dir: Path, step: str) -> Path:
    """A Moorvale team's session on `step`: a point on the first question, none on the second,
    a point half typed on the third, and an action."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(
        review, "20260105-child-zz-0000f0f0", title="Moorvale forms", team="Moorvale Early Help",
        current_step=step, actions=[Action(id="a1", text="Share the invented checklist")],
        created=datetime(2026, 1, 5, 10, tzinfo=timezone.utc),
        updated=datetime(2026, 1, 5, 10, tzinfo=timezone.utc))
    s.set_answer("zz-first", "What would you do first?", "")
    s.answers[0].points.append(Point(text="Invented point"))
    s.drafts[draft_key("point", "zz-third")] = HALF_TYPED
    return save_session(sessions_dir, s, touch=False)


@pytest.mark.parametrize(("step", "form_shown", "says"), [
    ("q:zz-first", False, "Invented point"),
    ("q:zz-second", False, "No points were noted on this question."),
    ("q:zz-third", True, HALF_TYPED),
    ("actions", False, "Share the invented checklist"),
])
@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_viewed_session_shows_no_empty_form_to_add_to(
        fictional_dir, sessions_dir, step: str, form_shown: bool, says: str,
        size: tuple[int, int]) -> None:
    saved_on(fictional_dir, sessions_dir, step)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await viewed(pilot, app)
        pane = screen.panes[screen.index]
        [form] = pane.query(ItemForm)
        await wait_for(pilot, lambda: says in words_in(pane))
        assert form.display is form_shown
        if form_shown:  # the draft, as typed, in a box that takes no typing
            assert form.first.value == HALF_TYPED and form.first.disabled
        assert not any(box.has_focus for box in form.query(Input))


def words_in(pane: Widget) -> str:
    """What the pane says in its lines, lists and tables, and a shown form's first box."""
    said = [shown(line) for line in pane.query(Literal) if line.display]
    said += [str(o.prompt) for points in pane.query(PointList) for o in points.options]
    said += [str(cell) for table in pane.query(RowTable) for row in range(table.row_count)
             for cell in table.get_row_at(row)]
    said += [form.first.value for form in pane.query(ItemForm) if form.display]
    return "\n".join(said)
