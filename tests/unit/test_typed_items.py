"""Items typed into a form and not added are described one way wherever reflect says them:
which kind, on which step, and what each holds in short (model/typed_items.py). An action
with an owner and a due date but no words was said nowhere as reflect ended, and every export
said `1 item typed but not added: 1 action` (a fresh-eyes trial). All data invented."""

from __future__ import annotations

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.typed_items import typed_elsewhere, typed_items, typed_steps


def test_an_action_without_its_words_names_what_it_holds_and_what_it_lacks(review: Review):
    session = Session.start(review, "20261205-child-zz-0000beef", title="Moorvale")
    session.set_draft("action:owner", "Nobody")
    session.set_draft("action:due", "tomorrow")
    [item] = typed_items(session)
    assert (item.kind, item.step_key, item.step) == ("action", "actions", "What to do now")
    assert item.kept == ("An action half typed on What to do now is kept: owner “Nobody”, "
                         "due “tomorrow” — no What yet")
    assert item.named == ("an action on What to do now (owner “Nobody”, due “tomorrow” — no "
                          "What yet)")


def test_each_kind_is_named_in_the_order_of_its_step_and_cut_short(review: Review):
    session = Session.start(review, "20261205-child-zz-0000beef", title="Moorvale",
                            mode="team")
    session.set_draft("point:zz-second", "Sam Sample said the   rota at Moorvale has gaps at "
                      "every weekend\nand bank holiday")
    session.set_draft("person:name", "Sam Sample")
    session.set_draft("person:agency", "Moorvale Invented Health and Care Partnership Trust")
    session.set_draft("action:text", "Ring the invented school nurse")
    session.set_draft("point:zz-first", "   ")  # (spaces alone: nothing typed)
    assert [item.kept for item in typed_items(session)] == [
        "A person half typed on Who is here is kept: name “Sam Sample”, agency “Moorvale "
        "Invented…”",
        "A point half typed on Question 2 is kept: “Sam Sample said the rota at Moorvale…”",
        "An action half typed on What to do now is kept: “Ring the invented school nurse”"]
    assert typed_steps(session) == {"people", "q:zz-second", "actions"}
    # As the session opens: those on the other steps (the one it opens on shows its own).
    assert typed_elsewhere(session, "q:zz-second") == [
        typed_items(session)[0].kept, typed_items(session)[2].kept]


def test_on_your_own_the_action_says_who_else_is_involved(review: Review):
    session = Session.start(review, "20261205-child-zz-0000beef", title="Moorvale",
                            mode="individual")
    session.set_draft("action:owner", "Sam Sample")
    assert [item.words for item in typed_items(session)] == [
        "who else is involved “Sam Sample” — no What yet"]


def test_the_time_plan_and_a_facilitator_half_typed_are_no_items(review: Review):
    session = Session.start(review, "20261205-child-zz-0000beef", title="Moorvale")
    session.set_draft("plan:typed", "45")
    session.set_draft("detail:facilitator", "Sam Sam")
    assert typed_items(session) == [] and typed_steps(session) == frozenset()
