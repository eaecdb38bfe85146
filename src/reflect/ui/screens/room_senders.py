"""ListsRoomSenders: someone whose point from the room is accepted under a name that is not on
*Who is here* is offered to the facilitator, once per name, to list there as here (#18).

"Dee Visitor" sent points, was credited in the notes, and was missing from the attendance with
nothing said (a trial). A name that may be someone listed said shorter or fuller ("Priya" for
"Priya Example": `same_person.maybe_same`) is asked about: the same person (ticked here, the
points theirs) or another. Names with no one like them are asked about together. The answers
are kept for the room's run of this screen (memory only): a later point from "Priya" is Priya
Example's, and no name is asked about twice. The facilitator's own name is never asked about
(Who is here names them apart, not as a participant). A part of the walkthrough: TakesRoomPoints is
built on it.
"""

from __future__ import annotations

from collections.abc import Iterable

from reflect.model.arrival import arrival_said
from reflect.model.attribution import ANONYMOUS
from reflect.model.presence import given_said
from reflect.model.review import Review
from reflect.model.roles import name_key
from reflect.model.same_person import maybe_same
from reflect.model.session import Participant, Session
from reflect.text import listed
from reflect.ui.screens.session_export import ExportsSession
from reflect.wrapping import cut_at_a_word

NAME_CELLS = 40
"""The cells of a name a question quotes at most (a name given in the room may be 80
characters), cut after a word (`cut_at_a_word`)."""


def not_listed(names: list[str]) -> str:
    """Asked after accepting points from names no one listed has, or is like."""
    said = listed([cut_at_a_word(n, NAME_CELLS) for n in names])
    one = len(names) == 1
    return (f"{said} sent {'a point' if one else 'points'} from the room but "
            f"{'is' if one else 'are'} not on Who is here, so the attendance leaves "
            f"{'them' if one else 'them all'} out. Add {'them' if one else 'them all'} "
            "there, as here?")


def maybe_listed(name: str, people: list[tuple[int, Participant]]) -> str:
    """Asked after accepting a point from a name that may be someone listed ("Priya" and
    "Priya Example")."""
    sent = cut_at_a_word(name, NAME_CELLS)
    like = listed([f"{cut_at_a_word(p.describe(), NAME_CELLS)} on row {n + 1}" for n, p in people])
    if len(people) == 1:
        like += f", {people[0][1].presence}"
        return (f"“{sent}” sent a point from the room, and Who is here lists {like}. The same "
                f"person (ticked here, their points from the room theirs), or another person "
                f"to add as here? (Esc: neither, for now.)")
    return (f"“{sent}” sent a point from the room, and Who is here lists {like}. If it is "
            f"one of them, tick them there; or add “{sent}” as another person, here?")


class ListsRoomSenders(ExportsSession):
    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__(session, review, read_only)
        self.asked_to_list: set[str] = set()
        """The names (`name_key`) asked about already: each once."""
        self.sender_is: dict[str, str] = {}
        """A name given in the room (`name_key`) to the participant it was answered to be
        (listed under another name): their later points are theirs too."""
        self._to_ask: list[str] = []
        self._asking = False

    def said_by(self, name: str) -> str:
        """The participant a name given in the room was answered to be, or ""."""
        return self.sender_is.get(name_key(name), "")

    def offer_to_list(self, names: Iterable[str]) -> None:
        """Points sent under these names were accepted: ask about each not on Who is here
        and not asked about before, as soon as no question of this kind is open."""
        people = self.session.participants
        # The facilitator is not one of those Who is here lists (it names them apart): their
        # points are theirs (`sender`), and nobody is offered (a trial asked to add
        # the facilitator "there, as here").
        facilitator = name_key(self.session.facilitator)
        for name in names:
            key = name_key(name)
            if (not key or key == ANONYMOUS or key == facilitator or key in self.asked_to_list
                    or key in self.sender_is or any(name_key(p.name) == key for p in people)
                    or self.edits.renamed_from(name)):  # (renamed on Who is here since)
                continue
            self.asked_to_list.add(key)
            self._to_ask.append(name)
        self.call_later(self._ask_next)  # once the decision is drawn, the focus back in place

    def _ask_next(self) -> None:
        from reflect.ui.screens.confirm import ConfirmScreen, same_person_dialog

        if self._asking or not self._to_ask or self.keeper is None or not self.is_attached:
            return
        people = self.session.participants
        alone = [n for n in self._to_ask if not maybe_same(n, people)]
        if alone:
            self._to_ask = [n for n in self._to_ask if n not in alone]
            self._asking = True
            self.app.push_screen(ConfirmScreen(not_listed(alone), yes="Add as here",
                                               no="Not now"),
                                 lambda add: self._answered(alone, add, None))
            return
        name = self._to_ask.pop(0)
        like = [(n, people[n]) for n in maybe_same(name, people)]
        self._asking = True
        if len(like) == 1:
            # As Who is here asks it: a another person, s the same (a trial found y meaning
            # the same person here and another there, and y taken as "yes, the same").
            question = same_person_dialog(maybe_listed(name, like), "Another person",
                                          "Neither")
            self.app.push_screen(question, lambda another: self._answered(
                [name], another, like[0][1] if another is False else None))
        else:
            question = ConfirmScreen(maybe_listed(name, like), yes="Add as another",
                                     no="Not now")
            self.app.push_screen(question, lambda add: self._answered([name], add, None))

    def _answered(self, names: list[str], add: bool | None, same: Participant | None) -> None:
        """`same`: the one listed they are; else, `add`, each listed as a new person."""
        self._asking = False
        given: list[str] = []
        if self.keeper is not None and (same is not None or add):
            for name in names:
                person, change, kept = self.edits.list_from_room(name, same)
                if same is not None:
                    self.sender_is[name_key(name)] = person.id
                self.apply(change)
                given.append(given_said(person, kept, "{} is here"))
                given.append(arrival_said(person, self.edits.take_moved()))  # (late: said)
            pane = self.panes.get(self.index)
            if pane is not None:
                pane.shown()  # who said each point (Who is here, when next shown)
            who = listed([cut_at_a_word(n, NAME_CELLS) for n in names])
            self.notify(" ".join([
                f"{cut_at_a_word(same.name, NAME_CELLS)} is ticked here; points sent as "
                f"“{who}” are theirs." if same is not None else
                f"{who} {'is' if len(names) == 1 else 'are'} on Who is here, as here.",
                *filter(None, given)]), timeout=8)  # (and the points kept as typed for them)
        self._ask_next()
