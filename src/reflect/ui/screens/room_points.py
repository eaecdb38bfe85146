"""TakesRoomPoints: the walkthrough's side of the points participants send from the room (#18).

Points sent in wait beside their question (`IncomingQueue`), checked for personal details,
until the facilitator accepts, edits or declines them. Once accepted, a point is followed: edited,
moved or taken out of the notes, its writer's page and the points shared (F3) say so
(`follow_points`); they kept the words as sent, a personal detail the facilitator took out
still on every phone (a trial). A point declined is dropped from the
room at once (its writer's page no longer holds its words). Only the last one declined is
kept here, in memory, for `u` on its question's points to bring it back, waiting again (a `d`
pressed by mistake lost an attendee's point for good: a new user's trial); its words are
dropped as soon as `u` can no longer bring it back: another point declined, the room closed.
Every declined point was kept until the room closed: an attendee's refused words, held long
after any slip could be undone. A part of the walkthrough: HostsRoom, built on it, opens and
closes the room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on

from reflect.model.changes import draft_key
from reflect.model.review import Review
from reflect.model.roles import name_key
from reflect.model.session import FACILITATOR, Point, Session
from reflect.model.steps import QUESTION_PREFIX, find_step, question_key
from reflect.ui.panes import StepPane
from reflect.ui.screens import room_waiting as words
from reflect.ui.screens.room_senders import ListsRoomSenders
from reflect.ui.widgets.incoming import IncomingQueue, Waiting
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.points_panel import PointsEditor
from reflect.ui.widgets.step_list import TYPED_MEANING, steps_title
from reflect.wrapping import cut_at_a_word

if TYPE_CHECKING:
    from reflect.room import IncomingPoint, Room

REFRESH_SECONDS = 0.2
"""Points arriving together are shown together, at most this long after the first."""


class TakesRoomPoints(ListsRoomSenders):
    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__(session, review, read_only)
        self.room: Room | None = None
        """The open room, or None."""
        self.waiting: dict[str, list[Waiting]] = {}
        """Points from the room waiting for the facilitator, by step key (memory only)."""
        self.last_declined: Waiting | None = None
        """The last point declined, for `u` on its question to bring back (memory only): let
        go when another is declined, when it is brought back and when the room closes."""
        self.shared: set[str] = set()
        """Steps whose points the room is shown (F3)."""
        self.accepted: dict[str, tuple[str, Point, str]] = {}
        """Points from the room accepted while it is open, by the room's id: their step key,
        the point in the notes (the same object while it is there) and the words sent."""
        self.in_box: dict[str, PointsEditor] = {}
        """The point boxes a point from the room was opened in to edit (`e`), by step key:
        read as the session is left, when the panes may be gone already."""
        self.devices: dict[str, set[str]] = {}
        """The browsers that sent points under each name (`name_key`), for the queue to say
        where two or more chose one name (`Waiting.devices`; memory only)."""
        self._stale: set[str] = set()

    def room_waiting_note(self) -> str:
        """The export dialog says what still waits in the room (the notes left it out with
        nothing said: a facilitator's trial), and a point from the room in a point box, not
        added (it was said nowhere; the facilitator's own typed points are among the
        dialog's items typed but not added)."""
        return words.exporting(self.waiting, self.steps, self.typed_points()) or ""

    def typed_points(self) -> list[words.Typed]:
        """The points typed into a question's point box and not added, in the steps' order:
        a point from the room opened there to edit (kept nowhere until it is added), else
        the facilitator's own (in the drafts as it is typed). Quitting named a sender
        renamed since as sent ("(Ann Example)"), its point box "Anne Exampleton" (a trial)."""
        typed = []
        for step in self.steps:
            editor = self.in_box.get(step.key)
            sent = editor.from_room_typed() if editor is not None else None
            if sent is not None:  # (its sender as called now, as `who_sent`)
                named = (cut_at_a_word(name, 30) for name in self.named_now(sent[0]))
                typed.append(words.Typed(step.label, words.named(*named)))
            elif step.kind == "question" and self.session.drafts.get(
                    draft_key("point", step.key.removeprefix(QUESTION_PREFIX)), "").strip():
                typed.append(words.Typed(step.label))
        return typed

    def leave_keeper(self, must_go: bool = False) -> bool:
        """Leaving the session (Esc, quitting, any way out): a point from the room in a point
        box is kept there, as typed but not added (`PointsEditor.keep_as_typed`), before the
        session is saved: it was kept nowhere, and went with the room, with nothing said."""
        for editor in self.in_box.values():
            if editor.keep_as_typed() is not None and self.keeper is not None:
                self.keeper.changed()
        self.in_box.clear()
        return super().leave_keeper(must_go)

    def show_steps_title(self) -> None:
        """The step list's title, saying what each mark it shows means: points waiting from
        the room (•2), an item typed but not added (✎)."""
        waiting = bool(words.presenting(self.waiting, self.steps))
        title = steps_title(words.WAITING_MEANING if waiting else "",
                            TYPED_MEANING if self.typed_keys else "")
        line = self.query_one_optional("#steps-title", Literal)  # (by id: cached, not the
        if line is not None:  # whole screen walked, which grows with every pane built)
            line.show(title, "bold")

    def waiting_mark(self, key: str) -> str:
        """After a question's number in the step list: how many points wait there (`•2`)."""
        return words.step_mark(len(self.waiting.get(key, ())))

    def _point_arrived(self, point: IncomingPoint) -> None:
        """A participant sent a point (called on Textual's loop by the room)."""
        from reflect.export.identifiers import kinds_in

        room = self.room
        index = find_step(self.steps, point.step_key)
        if room is None or index is None or self.steps[index].kind != "question":
            if room is not None:
                room.resolve(point.id, False)
            return
        flags = tuple(kinds_in(point.text, self.review, self.session))
        key = name_key(point.name)
        devices = self.devices.setdefault(key, set()) if key else set()
        stale = {point.step_key}
        if devices and point.participant not in devices:  # its other points: said too
            stale.update(step for step, ws in self.waiting.items()
                         if any(name_key(w.point.name) == key for w in ws))
        devices.add(point.participant)
        self.waiting.setdefault(point.step_key, []).append(
            Waiting(point, flags, self._not_here(point.name), self._left_early(point.name),
                    devices, self._facilitators(point.name)))
        if not self._stale:
            self.set_timer(REFRESH_SECONDS, self._refresh_waiting)
        self._stale.update(stale)

    def _refresh_waiting(self) -> None:
        """Redraw the queues and step lines whose waiting (or declined) points changed, and the
        presentation view's count of them."""
        stale, self._stale = self._stale, set()
        said = words.presenting(self.waiting, self.steps) or ""
        line = self.query_one_optional("#present-waiting", Literal)
        if line is not None:
            line.show(said, "bold")
            line.set_class(bool(said), "-waiting")
        self.show_steps_title()
        for key in stale:
            self.redraw_step(key)
            pane = self._pane(key)
            if pane is not None and pane.set_waiting(self.waiting.get(key, []), self._decided,
                                                     self.declined_on(key), self.called_now):
                self.focus_step()  # all decided: back to the point box

    def _decided(self, event: IncomingQueue.Decided) -> None:
        key = event.queue.step_key
        waiting = self.waiting.get(key, [])
        if event.how == "all":
            # A point flagged as holding a personal detail waits to be decided on its own:
            # Accept all took it unasked, and F3 could then show it on every phone. So does
            # one sent under a name more than one device uses: both phones' points went into
            # the notes as the one person listed, the queue's "(2 devices use this name)"
            # passed over (a social care team's trial). And one sent under the facilitator's
            # own name: any phone could send as them (a room trial).
            flagged = [w for w in waiting if w.flags]
            shared = [w for w in waiting if not w.flags and len(w.devices) > 1]
            own = [w for w in waiting if not w.flags and len(w.devices) < 2 and w.facilitator]
            taken = [w for w in waiting
                     if not w.flags and len(w.devices) < 2 and not w.facilitator]
            for w in taken:
                self._accept(key, w)
            if taken:
                self.notify(words.accepted_all(len(taken), sorted(
                    {self.named_now(w.who)[0] for w in taken if self._not_here(w.point.name)})),
                    timeout=8)
                self.offer_to_list(w.point.name for w in taken)
            if flagged or shared or own:
                self.notify(words.left_waiting(len(flagged), len(shared), len(own)),
                            severity="warning", timeout=8)
        elif event.how == "undo":
            self._bring_back(key)
        elif event.waiting is not None and event.waiting in waiting:
            if event.how == "accept":
                self._accept(key, event.waiting)
                who, sent_as = self.named_now(event.waiting.who)
                self.notify(words.accepted(event.waiting.point.text, who,
                                           self._not_here(event.waiting.point.name), sent_as,
                                           event.waiting.facilitator),
                            timeout=8)  # (nothing was said: the point landed below the fold)
                self.offer_to_list([event.waiting.point.name])
            elif event.how == "decline":
                waiting.remove(event.waiting)  # the room drops it; kept here for `u`
                if self.last_declined is not None:  # its words let go: `u` is for this one
                    self._stale.add(self.last_declined.point.step_key)
                self.last_declined = event.waiting
                if self.room is not None:
                    self.room.resolve(event.waiting.point.id, False)
                self.notify(words.declined(event.waiting.point.text, self.who_sent(event.waiting)),
                            timeout=8)
            else:
                pane = self._pane(key)
                if pane is None or not pane.edit_from_room(event.waiting, self.called_now):
                    self.notify("The point box holds something typed: add it (Enter) or "
                                "empty it first.", severity="warning")
                    return
                waiting.remove(event.waiting)
                self.in_box.update((key, e) for e in pane.query(PointsEditor))
        self._stale.add(key)
        self._refresh_waiting()

    def _bring_back(self, key: str) -> None:
        """`u`: the last point declined on this question waits again, first in its queue and
        highlighted, and its writer's page shows it waiting."""
        back = self.last_declined
        if back is None or back.point.step_key != key or self.room is None:
            return
        self.last_declined = None
        self.waiting.setdefault(key, []).insert(0, back)
        self.room.reopen(back.point)
        pane = self._pane(key)
        if pane is not None:
            pane.highlight_waiting(0)
        self.notify(words.brought_back(back.point.text, self.who_sent(back)), timeout=5)

    def named_now(self, sent: str) -> tuple[str, str]:
        """Who sent a point under the name `sent`, as the session calls them now, and `sent`
        where that is another name ("" where not): someone renamed on Who is here since (or
        answered to be someone listed), or the facilitator renamed in their box. A name no
        one has is itself."""
        pid = self.said_by(sent)
        person = (self.session.participant(pid) if pid else None) or self.edits.sender(sent)
        if person is None or not person.name.strip() or name_key(person.name) == name_key(sent):
            return sent, ""
        return person.name, sent

    def called_now(self, sent: str) -> str:
        """The name the sender of a point sent as `sent` goes by now, where another ("" where
        not): the queue labels the point so, as the messages on deciding it do."""
        who, sent_as = self.named_now(sent)
        return who if sent_as else ""

    def who_sent(self, waiting: Waiting) -> str:
        """"Anne Exampleton, sent as Ann Example": the room's messages name the sender so."""
        return words.named(*self.named_now(waiting.who))

    def _not_here(self, name: str) -> bool:
        """Whether `name` is that of someone listed as not here (Who is here), now."""
        person = self.edits.sender(name)  # (renamed there since: them still)
        return person is not None and not person.attended

    def _facilitators(self, name: str) -> bool:
        """Whether `name` is the facilitator's (as called now, or before a correction)."""
        person = self.edits.sender(name)
        return person is not None and person.id == FACILITATOR

    def _left_early(self, name: str) -> bool:
        """Whether `name` is that of someone listed as left early (Who is here), now."""
        person = self.edits.sender(name)
        return person is not None and person.presence == "left early"

    def declined_on(self, key: str) -> int:
        """How many points declined on this question `u` can bring back (the last declined
        only: 1 or 0)."""
        back = self.last_declined
        return int(back is not None and back.point.step_key == key)

    def _accept(self, key: str, waiting: Waiting) -> None:
        self.waiting[key].remove(waiting)
        qid = key.removeprefix(QUESTION_PREFIX)
        change = self.edits.add_point(qid, waiting.point.text, self.said_by(waiting.who),
                                      from_room=waiting.who)
        answer = self.session.answer(qid)
        if answer is not None:
            self._accepted(key, waiting.point, answer.points[-1])
        self.apply(change)
        pane = self._pane(key)
        if pane is not None:
            pane.points_changed()

    def _accepted(self, key: str, sent: IncomingPoint, point: Point) -> None:
        """Tell its writer's page, and follow it from now on."""
        self.accepted[sent.id] = (key, point, sent.text)
        if self.room is not None:  # its writer sees the words kept
            self.room.resolve(sent.id, True, point.text if point.text != sent.text else None)

    @on(PointsEditor.FromRoomAdded)
    def _edited_added(self, event: PointsEditor.FromRoomAdded) -> None:
        self.in_box.pop(event.sent.step_key, None)
        self._accepted(self.steps[self.index].key, event.sent, event.point)
        by = self.said_by(event.sent.name)  # answered to be someone listed under another name
        if by and not event.point.by:
            self.apply(self.edits.edit_point(event.sent.step_key.removeprefix(QUESTION_PREFIX),
                                             event.point, by=by))
        self.offer_to_list([event.sent.name])

    def follow_points(self, key: str) -> None:
        """The question's points changed (added, edited, moved, removed): the room's pages
        show them as the notes hold them now, the points shared and each writer's own. A
        point moved to another question is followed there, still in the notes."""
        room = self.room
        if room is None:
            return
        for pid, (step, point, sent) in self.accepted.items():
            if step == key:  # (the point itself: equal words are another point)
                now = next((question_key(a.question_id) for a in self.session.answers
                            if any(p is point for p in a.points)), None)
                self.accepted[pid] = (now or step, point, sent)
                room.follow(pid, point.text if now else None, point.text != sent)
        if key in self.shared:
            room.share(key, self.room_texts(key))

    @on(PointsEditor.FromRoomPutBack)
    def _put_back(self, event: PointsEditor.FromRoomPutBack) -> None:
        """A point from the room left the point box unadded: it waits again, and that is said
        (it came back with nothing said: a trial)."""
        key = event.waiting.point.step_key
        index = find_step(self.steps, key)
        editor = self.in_box.pop(key, None)
        if self.room is None and editor is not None:  # closed since: it cannot wait again
            if event.words:
                self.apply(editor.keep_words(event.words))
            self.notify(words.not_waiting_again(event.waiting.point.text,
                                                self.who_sent(event.waiting), bool(event.words)),
                        timeout=8)
        elif self.room is not None and index is not None:
            self.waiting.setdefault(key, []).insert(0, event.waiting)
            self._stale.add(key)
            self._refresh_waiting()
            self.notify(words.put_back(event.waiting.point.text, self.who_sent(event.waiting),
                                       self.steps[index].label), timeout=8)

    def _pane(self, key: str) -> StepPane | None:
        """The pane of the step with this key, if it has been built."""
        index = find_step(self.steps, key)
        return self.panes.get(index) if index is not None else None

    def room_texts(self, key: str) -> list[str]:
        """What F3 shows the room of a question: every point the notes hold, the facilitator's
        own too, in their order and words, never who said them (a phone is seen by others,
        and a name given to the facilitator was not given to the room). Only the points sent
        from the room were shown, while the message said "this question's accepted points"
        (a facilitator's trial)."""
        answer = self.session.answer(key.removeprefix(QUESTION_PREFIX))
        return [p.text for p in answer.points if p.text.strip()] if answer else []

    def action_room_points(self) -> None:
        """F2: to the points from the room waiting on this question (a, e, d, A there; u
        brings back the last declined)."""
        pane = self.panes.get(self.index)
        points = pane.waiting_points() if pane is not None else None
        if points is None:
            self.notify(words.elsewhere(self.waiting, self.steps) or (
                "No points from the room wait on this step."
                + ("" if self.room is not None else " Open the room with F4."))
                if self.session.mode == "team" else words.NO_ROOM_ALONE)
            return
        points.focus_from(self.focused, at_once=True)  # Esc there comes back here
