"""The pane of one question: a team's points and summary, or one practitioner's What? So
what? Now what? and other thoughts."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, TextArea

from reflect.model.answer import (
    BOX_NAMES,
    REFLECTIVE_MODEL,
    Answer,
    carry_on_box,
    left_unfinished,
)
from reflect.model.changes import AnswerKey
from reflect.model.reworded import asked_as
from reflect.model.steps import Step
from reflect.ui.focus_view import brings_into_view
from reflect.ui.notices import Notices
from reflect.ui.panes.base import PaneContext, StepPane, finding_place, question_id
from reflect.ui.widgets.incoming import IncomingList, IncomingQueue, Waiting
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.points_panel import PointList, PointsEditor
from reflect.ui.widgets.wording_note import WordingNote

READ_ONLY = " (read-only: changes here are not saved)"


class AnswerLabel(Literal):
    """The label above an answer's box: what goes in it, then how it is kept (its read-only
    note instead, when read-only: every box said "The answer so far", What? and So what?
    alike, a trial)."""

    def __init__(self, what: str, kept: str = "") -> None:
        super().__init__(what + kept, classes="label answer-label")
        self.what = what


class QuestionPane(StepPane):
    """What both kinds of question pane share: the question, numbered, with its source."""

    PANE_CLASS = "question-pane"

    @classmethod
    def create(cls, ctx: PaneContext, step: Step, index: int) -> StepPane:
        team = ctx.session.mode == "team"
        return (TeamQuestionPane if team else ReflectiveQuestionPane)(ctx, step, index)


    @property
    def answer(self) -> Answer:
        answer = self.session.answer(question_id(self.step))
        assert answer is not None  # sync_questions gave every question an answer
        return answer

    def heading(self) -> ComposeResult:
        with Vertical(classes="question-head"):  # kept in view above what scrolls (app.tcss)
            yield from self._heading()

    def _heading(self) -> ComposeResult:
        qid = question_id(self.step)
        question = self.review.question(qid)
        questions = self.review.questions
        n = [q.id for q in questions].index(qid) + 1 if question else 0
        source = f" · from {question.source}" if question and question.source else ""
        if question is not None and question.origin == "reflect":
            source += " · reflect's question — this briefing has none of its own"
        yield Literal(f"Question {n} of {len(questions)}{source}", "dim")
        yield Literal(question.text if question else self.answer.question, "bold",
                      classes="question")
        if question is not None and (before := asked_as(self.answer, question)) is not None:
            yield WordingNote(self.edits, question, before)  # a review changed since

    def on_resize(self, event: events.Resize) -> None:
        head = self.query(".question-head").first()
        self.set_class(head.outer_size.height * 2 >= event.size.height, "-unpinned")
        if self.screen.has_class("-presenting"):  # (a line said under it: points waiting)
            self.call_after_refresh(self.presented)

    @property
    def unpinned(self) -> bool:
        """Whether the question scrolls with the rest (`-unpinned`), never in the presentation
        view: the room reads it there (app.tcss)."""
        return self.has_class("-unpinned") and not self.screen.has_class("-presenting")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A box given focus is seen with its label, under the question kept at the top:
        Shift+Tab to Now what? left its label and first lines under the question, for Textual
        counts a box as in view there (a trial)."""
        self.call_after_refresh(self._seen_from_top, event.widget)

    _opening: Widget | None = None
    """The box given the focus as the step was shown, until the focus goes anywhere else on
    the step: the step is seen from its heading where that scrolls with the rest."""

    def reveal(self, target: Widget) -> None:
        self._opening = target
        super().reveal(target)
        self.call_after_refresh(self._seen_from_top, target)  # once scrolled

    @brings_into_view
    def _seen_from_top(self, box: Widget) -> None:
        if box is not self._opening:
            self._opening = None
        self.in_view(self.top_of(box), box)

    def top_of(self, box: Widget) -> Widget:
        """What is seen from its top when `box` has the focus: its label; as the step opens,
        where the question scrolls with the rest (60x20), the question, from its heading
        (the box seen under it as far as it fits: typing, or Tab, brings it into view). A long
        question opened with its heading and first lines scrolled away, the box under them
        in view (a trial). Not for the box a reflection carries on in, left half way through a
        sentence (`left_unfinished`): its label and the words typed are seen, the question above
        them as far as it fits (opened again at 60x20 in Now what?, the view showed the question
        and What?, the box typed in below the fold: a fresh-eyes trial)."""
        if self._opening is box and self.unpinned and not self._carried_on_in(box):
            return self.query(".question-head").first()
        return _label_of(box)

    def _carried_on_in(self, box: Widget) -> bool:
        """Whether `box` is the one this reflection was left half way through a sentence in."""
        cut = left_unfinished(self.answer.boxes, self.answer.last_typed)
        boxes = list(self.query(TextArea))
        return cut is not None and cut < len(boxes) and boxes[cut] is box

    def in_view(self, top: Widget, box: Widget) -> None:
        """Scroll so that `top` down to the end of `box` is seen below the question kept at
        the top, as far as it fits (then from the top of `box`)."""
        head = self.query(".question-head").first()
        view = self.scrollable_content_region
        first = view.y + (0 if self.unpinned else head.outer_size.height)
        by = 0
        if top.region.y < first:
            by = top.region.y - first
        elif box.region.bottom > view.bottom:
            by = min(box.region.bottom - view.bottom, top.region.y - first)
            # No label left cut in two at the top: Tab from What? to So what? left What?'s
            # cut to `stands out for you?`, a question of its own (a trial at 80x24).
            cut = [label.region.bottom - first for label in self.query(AnswerLabel)
                   if label.region.y < first + by < label.region.bottom]
            if cut and cut[0] <= top.region.y - first:
                by = cut[0]
        if by:
            self.scroll_to(y=self.scroll_y + by, animate=False, immediate=True)

    def make_read_only(self) -> None:
        super().make_read_only()
        for label in self.query(AnswerLabel):
            label.show(label.what + READ_ONLY)
        for points in self.query(PointsEditor):
            points.make_read_only()
        for note in self.query(WordingNote):
            note.make_read_only()


def _label_of(box: Widget) -> Widget:
    """The label above an answer's box (else the box itself)."""
    siblings = list(box.parent.children) if box.parent is not None else []
    place = siblings.index(box) if box in siblings else 0
    return siblings[place - 1] if place and isinstance(siblings[place - 1], AnswerLabel) \
        else box


class TeamQuestionPane(QuestionPane):
    """Points, each said by someone (or not), and a summary of the discussion."""

    def compose(self) -> ComposeResult:
        yield from self.heading()
        yield IncomingQueue(self.step.key, id=f"incoming-{self.index}")  # points from the room
        yield PointsEditor(self.edits, self.answer, id=f"points-{self.index}")
        yield AnswerLabel("Summary of the discussion",
                          " (free text, alongside the points; saved as you go)")
        yield self.editor(f"answer-{self.index}", AnswerKey(self.answer.question_id, "text"),
                          "answer")

    def focus_target(self) -> Widget:
        if self.read_only:
            return self.query_one(TextArea)
        return self.query_one(".point-text", Input)

    def typing_target(self, focused: Widget) -> Widget | None:
        """A letter typed on the list of points starts (or carries on) the point in the box
        above it; on the list, the letters vanished (fresh-eyes trial)."""
        return self.query_one(".point-text", Input) if isinstance(focused, PointList) else None

    def shown(self) -> None:
        """Who said each point by their name now, and a point typed but not yet added as it
        is now: its "@…" follows a person renamed on *Who is here* (model/rename_edits.py)."""
        editor = self.query_one(PointsEditor)
        editor.set_people(self.session.participants)
        editor.form.show_drafts()

    def presented(self) -> None:
        """The newest (highlighted) point in view under the point box, the list held to the
        room there: at 60x20 with the room's lines, F5 showed the question and the box, and
        none of seven points (a room trial)."""
        editor = self.query_one(PointsEditor)
        highlighted = editor.query_one(PointList).highlighted
        if highlighted is not None:
            editor.release_table()  # (held to the room there was at the other view's size)
            editor.row_into_view(highlighted)

    def go_to_field(self, field: str) -> None:
        """A point: opened for editing in the point box, its line highlighted, both in view;
        the summary: its box."""
        place, _ = finding_place(field)
        if "points" not in place:
            area = self.query_one(f"#answer-{self.index}", TextArea)
            self.screen.set_focus(area, scroll_visible=False)
            self.keep_in_view(area)
            return
        editor = self.query_one(PointsEditor)
        if editor.go_to_item(place["points"], "text") is not None:
            editor.row_into_view(place["points"])

    # (Each `query`, not `query_one`: a pane built ahead may not be composed yet.)

    def set_waiting(self, waiting: list[Waiting], decide: Callable[[IncomingQueue.Decided], None],
                    declined: int = 0, now: Callable[[str], str] | None = None) -> bool:
        emptied = False
        for queue in self.query(IncomingQueue):
            points = queue.query_one(IncomingList)
            # The screen's focus, not `has_focus` (set once the Blur is handled, later): `e`
            # had just moved the focus to the point box, and the keys typed to edit the point
            # went back with the focus to where F2 came from, the summary (a trial).
            was_here = self.screen.focused is points
            queue.on_decide = decide
            queue.set_waiting(waiting, declined, now)
            if was_here and not queue.waiting and not queue.stays():  # all decided: back
                emptied |= not points.go_back()
        for editor in self.query(PointsEditor):  # one in the point box: its sender too
            editor.name_sender(now)
        return emptied

    def waiting_points(self) -> IncomingList | None:
        return next((queue.query_one(IncomingList) for queue in self.query(IncomingQueue)
                     if queue.waiting or queue.declined), None)

    def highlight_waiting(self, index: int) -> None:
        for points in self.query(IncomingList):
            points.call_after_refresh(setattr, points, "highlighted", index)

    def edit_from_room(self, waiting: Waiting, now: Callable[[str], str] | None = None) -> bool:
        """The point box, given the point, is shown from the step's top as the step opens
        (`reveal`), once laid out without the queue `e` emptied: scrolled to while the queue
        still stood above it, the box went above the view as the queue went (80x24, 60x20,
        the question opened by PgDn from Who is here: a trial), until a key was typed."""
        editor = self.query_one(PointsEditor)
        if not editor.edit_from_room(waiting, now):
            return False
        box = editor.form.first

        @brings_into_view
        def into_view() -> None:
            if self.screen.focused is box:
                self.reveal(box)

        self.call_after_refresh(into_view)
        return True

    def points_changed(self) -> None:
        for editor in self.query(PointsEditor):
            editor.refresh_list()


class ReflectiveQuestionPane(QuestionPane):
    """The reflective model: What? So what? Now what? and other thoughts."""

    PANE_CLASS = "question-pane reflective-pane"

    def compose(self) -> ComposeResult:
        yield from self.heading()
        qid = self.answer.question_id
        if self.session.after is not None:  # written after a team session: its points first
            from reflect.export.team_words import after_context

            points, *summary = after_context(self.session, qid)
            yield Literal("\n".join(points), "dim", classes="after-context")
            for block in summary:  # the team's summary, apart from its points
                yield Literal("\n".join(block), "dim", classes="after-summary")
        for name, label, prompt in REFLECTIVE_MODEL:
            yield AnswerLabel(f"{label} {prompt}")
            key = AnswerKey(qid, name)  # type: ignore[arg-type]  # a field of the model
            yield self.editor(f"{name}-{self.index}", key, "reflective")
        yield AnswerLabel("Other thoughts (optional)")
        yield self.editor(f"answer-{self.index}", AnswerKey(qid, "text"), "reflective")

    def top_of(self, box: Widget) -> Widget:
        """On What?, as the step opens, the team's points above it, from their heading (as far
        as What? fits under them; typing brings it into view, as on a section's notes): What?
        was brought into view under the question, the points scrolled out above it and
        nothing to say so (a new user's trial at 80x24). Where the question scrolls with the
        rest, the question first, from its heading; after the focus has been anywhere else on
        the step, its label, as for every box."""
        context = next(iter(self.query(".after-context")), None)
        if (context is None or self._opening is not box or box.id != f"what-{self.index}"
                or self.unpinned):
            return super().top_of(box)
        return context

    def go_to_field(self, field: str) -> None:
        """What?, So what?, Now what? or other thoughts: the box the finding is in."""
        boxes = self.query(f"#{finding_place(field)[1]}-{self.index}").results(TextArea)
        for box in boxes:
            self.screen.set_focus(box, scroll_visible=False)
            self.keep_in_view(box)

    def focus_target(self) -> Widget:
        """The box a reflection opened again, or come back to, carries on in: the box last
        typed in, where its words stop short of a finished sentence, else the first still
        empty (What? when every box is written, or none is; `carry_on_box`), the cursor at the
        end of its text; the first box, to scroll, when read-only."""
        boxes = list(self.query(TextArea))
        if self.read_only:
            return boxes[0]
        return boxes[carry_on_box([box.text for box in boxes], self.answer.last_typed)]

    def opening_note(self) -> str:
        """Said as the session opens on this step when it carries on in a box left unfinished
        (`left_unfinished`): the cursor is not in the first empty box, and says why."""
        cut = left_unfinished(self.answer.boxes, self.answer.last_typed)
        if cut is None or self.read_only:
            return ""
        self._carry_on = (list(self.query(TextArea))[cut],
                          f"You were writing “{BOX_NAMES[cut]}”; carry on, or Tab to the next box.")
        return self._carry_on[1]

    _carry_on: tuple[Widget, str] | None = None
    """The box left unfinished that the step opened in, and what was said of it (`opening_note`),
    until the focus goes to another box."""

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The message saying the box left unfinished is withdrawn once the focus moves on: it
        stayed over So what? after Tab to Now what?, saying "You were writing" of a box done.
        (Textual calls `QuestionPane`'s handler too.)"""
        if self._carry_on is not None and event.widget is not self._carry_on[0]:
            if isinstance(self.app, Notices):
                self.app.withdraw(self._carry_on[1])
            self._carry_on = None
