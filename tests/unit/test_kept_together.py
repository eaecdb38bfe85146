"""`kept_together`: items on lines broken only between two, one too wide wrapped at words."""

from reflect.wrapping import kept_together


def test_items_are_kept_whole_and_one_too_wide_wrapped_at_words():
    items = ("Enter on a review,", "v only views it.", "m shows", "a very long item that goes on.")
    assert kept_together(items, 26) == ["Enter on a review,", "v only views it. m shows",
                                        "a very long item that goes", "on."]
    assert kept_together(items, 200) == [" ".join(items)]
    assert kept_together((), 40) == []
