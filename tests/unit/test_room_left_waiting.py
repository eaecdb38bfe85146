"""What Accept all says of the points it leaves waiting (ui/screens/room_waiting.py): those
flagged for a likely personal detail, and those sent under a name more than one device uses
(a social care team's trial: two phones chose one name, and A took both, unasked)."""

from __future__ import annotations

from reflect.ui.screens.room_waiting import left_waiting


def test_flagged_points_alone_are_said_as_before() -> None:
    assert left_waiting(1, 0) == ("1 point with a likely personal detail (⚠) left waiting: "
                                  "accept, edit or decline it on its own.")


def test_a_point_under_a_shared_name_says_to_find_out_who_sent_it() -> None:
    assert left_waiting(0, 1) == ("1 point sent under a name more than one device uses left "
                                  "waiting: accept, edit or decline it on its own, once you "
                                  "know who sent it.")


def test_both_kinds_are_counted_apart_and_decided_each_on_its_own() -> None:
    assert left_waiting(1, 2) == ("1 point with a likely personal detail (⚠) and 2 points "
                                  "sent under a name more than one device uses left waiting: "
                                  "accept, edit or decline each on its own, once you know who "
                                  "sent them.")


def test_points_under_the_facilitators_own_name_are_counted_too() -> None:
    """Any phone could send as the facilitator and be taken as them (a room trial)."""
    assert left_waiting(0, 0, 1) == ("1 point sent under your own name left waiting: accept, "
                                     "edit or decline it on its own, once you know who sent "
                                     "it.")
    assert left_waiting(1, 1, 2) == ("1 point with a likely personal detail (⚠), 1 point sent "
                                     "under a name more than one device uses and 2 points "
                                     "sent under your own name left waiting: accept, edit or "
                                     "decline each on its own, once you know who sent them.")
