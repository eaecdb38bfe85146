"""Which keys the footer line shows (ui/widgets/footer.py `keys_shown`): Help and Quit always,
a key given room first wherever it fits, the others in order while they fit whole."""

from __future__ import annotations

from reflect.ui.widgets.footer import keys_shown


def test_keys_in_order_while_they_fit_none_after_the_first_that_does_not() -> None:
    assert keys_shown([8, 8, 9, 20, 5], 30, 2) == [0, 1, 2]
    assert keys_shown([8, 8, 9, 20, 5], 10, 2) == [0, 1]  # Help and Quit whatever the room


def test_a_key_given_room_first_is_shown_in_its_place_before_others() -> None:
    # Help, Quit, Accept, Edit, Decline, Accept all, Bring back at 60 columns.
    widths = [8, 8, 9, 7, 10, 13, 13, 9]
    assert 6 not in keys_shown(widths, 60, 2)
    assert keys_shown(widths, 60, 2, frozenset({6})) == [0, 1, 2, 3, 4, 6]
    assert keys_shown(widths, 20, 2, frozenset({6})) == [0, 1]  # still whole keys only
