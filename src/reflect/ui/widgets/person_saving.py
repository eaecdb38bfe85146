"""Who is here's checks before a person typed is kept (`PersonSaving`, the base of
`PeoplePanel`): boxes that name no one refused, "Alex Example, GP" read apart into its boxes,
a name of more words than a name has asked about, and a name listed already asked about: one
person (ticked here, the rows joined for an edit) or another."""

from __future__ import annotations

from rich.text import Text

from reflect.model.arrival import arrival_said
from reflect.model.presence import ticked_said
from reflect.model.roles import boxes_name_no_one, more_than_a_name, read_apart
from reflect.model.same_person import joined, listed_as, named
from reflect.model.session import Participant
from reflect.text import one_line
from reflect.ui.messages import SessionChanged
from reflect.ui.notices import Notices
from reflect.ui.widgets.item_form import ItemForm
from reflect.ui.widgets.item_panel import ItemPanel
from reflect.ui.widgets.people_rows import A_SENTENCE


class PersonSaving(ItemPanel):
    """Who is here's adding and saving of a person, checked first: `PeoplePanel` says what the
    people are and how they are shown."""

    def show_people(self) -> None:
        """The table filled again (`PeoplePanel`'s)."""
        raise NotImplementedError

    def _say(self, words: str) -> None:
        """Said of the points someone was given (model/presence.py), a while: they go."""
        if words:
            self.notify(words, markup=False, timeout=8)

    _away_said = ""
    """What was last said of someone's presence (marked left early, arrived during Question
    2, …) while it shows: by Space, or as they were added or ticked here by the form."""

    def _say_presence(self, words: str) -> None:
        """Said of someone just marked here or away (`_say`), until it is no longer true:
        "Eve Fakename arrived during Question 1" stayed over Space marking her not here (a
        facilitator's trial: only Space's own words were taken back)."""
        self._away_gone()
        self._away_said = words
        self._say(words)

    def _away_gone(self) -> None:
        """What Space last said taken away: at the next Space (it stayed over ✓, a trial), at
        Delete (at 60x20 over the question's Keep button), and as Ctrl+Z takes the Space back."""
        if self._away_said and isinstance(self.app, Notices):
            self.app.withdraw(self._away_said)
        self._away_said = ""

    def save_person(self, event: ItemForm.Submitted) -> None:
        if boxes_name_no_one(event.values):
            self.screen.set_focus(event.form.first)
            if event.editing is None:
                self.say_first("Type a name (or a role) first, then press Enter to add them.")
            else:
                self.notify("A person needs a name, a role or an agency: type one, or press "
                            "Esc to put them back as they were (Delete on the row removes "
                            "them).", severity="warning")
            return
        if (apart := read_apart(event.values)) is not None:  # ("Alex Example, GP": two boxes'
            event.values.update(apart)  # words, as the new-session form's line reads them)
        name = event.values.get("name", "")
        if event.editing is None and more_than_a_name(name):
            self.ask_if_a_person(event, name)
            return
        self.save_checked(event)

    def ask_if_a_person(self, event: ItemForm.Submitted, name: str) -> None:
        """A name of more words than a name has (`more_than_a_name`): asked before it is
        added, as the new-session form's list would read it as no one's name; Esc or *Add
        nothing* leaves it in the box to change."""
        from reflect.ui.screens.confirm import CONFIRM_CHARS, ConfirmScreen

        def answered(add: bool | None) -> None:
            if add:
                self.save_checked(event)
            else:
                self.screen.set_focus(event.form.first)

        self.app.push_screen(ConfirmScreen(
            A_SENTENCE.format(one_line(name, CONFIRM_CHARS)), yes="Add as a person",
            no="Add nothing"), answered)

    def save_checked(self, event: ItemForm.Submitted) -> None:
        """Add or save the person typed, asked first where their name is one listed."""
        typed = Participant(name=event.values.get("name", ""),
                            role=event.values.get("role", ""),
                            agency=event.values.get("agency", ""))
        people = self.session.participants
        editing = event.editing if event.editing in people else None
        assert editing is None or isinstance(editing, Participant)
        listed = listed_as(typed, people, skip=[people.index(editing)] if editing else [])
        if listed is not None and editing is not None and named(typed) == named(
                Participant.model_validate(event.form.before)):
            listed = None  # edited, but not renamed: asked when it was, not again
        if listed is None:
            self.keep(event, event.values)
            return
        # A name on the list already, added or edited in: asked, never listed twice unasked.
        from reflect.ui.screens.confirm import (
            CONFIRM_CHARS,
            same_person_dialog,
            same_person_question,
        )

        person = people[listed]
        question = same_person_question(
            one_line(person.describe(), CONFIRM_CHARS),
            f"row {listed + 1}, {person.presence}",
            one_line(person.name, CONFIRM_CHARS),
            "ticked here, with any role or agency typed now" if editing is None else
            "one row, with any role or agency changed now, here if either row is ticked, with "
            "the points either made", "back to what you typed" if editing is None
            else "back to editing")

        def answered(another: bool | None) -> None:
            if another:
                self.keep(event, event.values)
            elif another is None:  # Esc: nothing added, what was typed stays to be changed
                self.screen.set_focus(event.form.first)
            elif person in self.session.participants:
                self.same_person(event.form, person, changed, editing)

        # The role and agency the edit changed, for "the same person": those left as the
        # row had them were its own, shown to edit, not typed (a trial: Dee Placeholder,
        # Teacher, renamed Sam Sample gave Sam, a health visitor, Dee's role and agency).
        changed = typed
        if editing is not None:
            before = event.form.before
            changed = typed.model_copy(update={
                field: "" for field in ("role", "agency")
                if getattr(typed, field).strip() == str(before.get(field, "")).strip()})

        self.app.push_screen(same_person_dialog(
            question, "Add another" if editing is None else "Another person",
            "Add nothing" if editing is None else "Keep editing"), answered)

    def same_person(self, form: ItemForm, person: Participant, typed: Participant,
                    edited: Participant | None = None) -> None:
        """`typed`, added, was `person`: ticked here, with the role and agency typed (if
        any; for an edit, those it changed), and the form empty for the next. `edited`: the
        row edited into `typed`, taken off the list, its points `person`'s, `person` here if
        either was."""
        now = joined(typed, person)
        if edited is not None and edited in self.session.participants:
            rows = (person.presence, edited.presence)  # (here if either row is, all of it)
            change = self.edits.remove_participant(
                edited, into=person, role=now.role, agency=now.agency,
                attended=person.attended or edited.attended,
                left_early=None if "here" in rows else person.left_early or edited.left_early)
        else:  # ticked here as Space ticks them: given the points kept as typed for them
            self.edits.edit_participant(person, role=now.role, agency=now.agency)
            ticked = ticked_said(self.session, person)  # (said before they are given them)
            change = self.edits.mark_here(person, True)
            self._say_presence(" ".join(
                x for x in (ticked, arrival_said(person, self.edits.take_moved())) if x))
            form.clear_drafts()
        form.end_editing()
        index = self.session.participants.index(person)
        if edited is None:
            self.screen.set_focus(form.first)
            self.show_item(index)
            self.highlight(index)
        else:  # an edit saved: back on the row, as `keep` leaves one
            self.show_people()
            self.back_to_row(index)
        form.say(Text(f"{one_line(person.name)} is {'here' if person.attended else 'listed'}"
                      f" (row {index + 1})"))
        if change is not None:
            self.post_message(SessionChanged(change))
