"""Pastes read from the terminal lose their escape sequences and control characters before
Textual reads them, however the reads split them; keys outside a paste pass at once."""

from __future__ import annotations

from reflect.ui.driver import PASTE_END, PASTE_START, PasteCleaner, replacing_decoder

TYPED_THEN_PASTED = ("ab\x1b" + PASTE_START + "start \x1b[31mRED\x1b[0m middle \x1b]0;Title\x07"
                     " end\r\nline two" + PASTE_END + "\x1b[A" + "x" + PASTE_START + "bell\x07"
                     + PASTE_END)
CLEANED = ("ab\x1b" + PASTE_START + "start RED middle  end\nline two" + PASTE_END + "\x1b[A"
           + "x" + PASTE_START + "bell" + PASTE_END)


def test_a_paste_is_cleaned_the_same_however_the_reads_split_it() -> None:
    text = TYPED_THEN_PASTED
    for i in range(len(text) + 1):
        for j in range(i, len(text) + 1):
            clean = PasteCleaner()
            got = clean(text[:i]) + clean(text[i:j]) + clean(text[j:], final=True)
            assert got == CLEANED, (i, j, got)


def test_keys_outside_a_paste_are_never_held_back() -> None:
    clean = PasteCleaner()
    assert clean("\x1b") == "\x1b"  # the Esc key, at once (Textual times it out as Esc)
    assert clean("\x07\x1b[A") == "\x07\x1b[A"  # Ctrl+G and ↑ are keys when typed


def test_a_paste_is_held_until_it_ends_and_given_up_whole_at_the_end_of_input() -> None:
    clean = PasteCleaner()
    assert clean(PASTE_START + "half \x1b[3") == PASTE_START
    assert clean("1mpasted", final=True) == "half pasted"


def test_the_terminals_bytes_are_decoded_and_cleaned() -> None:
    decode = replacing_decoder("utf-8")().decode
    data = TYPED_THEN_PASTED.encode() + b"\xa3"
    assert "".join(decode(data[i:i + 7]) for i in range(0, len(data), 7)) == CLEANED + "\ufffd"
