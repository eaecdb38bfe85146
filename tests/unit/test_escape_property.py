"""Stripping escape sequences never takes ordinary text (property-based): `printable` took
the space and the letter after a bare ESC (`ESC Child X` shown as `hild X`, a trial)."""

from hypothesis import given
from hypothesis import strategies as st

from reflect.text import printable, without_controls

# Characters shown as they are: what `printable` keeps of itself (no control character, no
# direction override; no CR, which becomes a line break).
ordinary = st.text(st.characters(exclude_categories=["Cs"]).filter(
    lambda c: printable(c) == c and c != "\r"))

# What may follow ESC in a sequence taken whole; any other character after an ESC is text.
STARTS = "[]PX^_()*+#%78=>"
after_bare_esc = st.tuples(
    st.characters(exclude_categories=["Cs"]).filter(
        lambda c: c not in STARTS and printable(c) == c and c != "\r"),
    ordinary).map("".join)

params, intermediates = st.text("0123456789:;<=>?", max_size=6), st.text(" !\"#$%&'()*+,-./",
                                                                         max_size=2)
body = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x07\x1b\x9c\n"),
               max_size=40)
sequence = st.one_of(
    st.tuples(st.sampled_from(["\x1b[", "\x9b"]), params, intermediates,
              st.characters(min_codepoint=0x40, max_codepoint=0x7e)).map("".join),
    st.tuples(st.sampled_from(["\x1b]", "\x9d"]), body,
              st.sampled_from(["\x07", "\x1b\\", "\x9c"])).map("".join),
    st.tuples(st.sampled_from(["\x1bP", "\x1bX", "\x1b^", "\x1b_", "\x90", "\x98", "\x9e",
                               "\x9f"]), body, st.sampled_from(["\x1b\\", "\x9c"])).map("".join),
    st.sampled_from(["\x1b(B", "\x1b)0", "\x1b(%5", "\x1b#8", "\x1b%G", "\x1b7", "\x1b8",
                     "\x1b=", "\x1b>"]),
    st.sampled_from(["\x07", "\x00", "\x7f", "\x85", "\u202e"]),  # a control character
)

# (what is written, what is shown of it)
piece = st.one_of(ordinary.map(lambda t: (t, t)), sequence.map(lambda s: (s, "")),
                  after_bare_esc.map(lambda t: ("\x1b" + t, t)),
                  sequence.map(lambda s: ("\x1b" + s, "")))  # a bare ESC, then a sequence


@given(st.lists(piece, max_size=12))
def test_no_character_outside_an_escape_sequence_is_lost(pieces):
    written = "".join(w for w, _ in pieces)
    shown = "".join(s for _, s in pieces)
    assert printable(written) == shown
    assert without_controls(written) == shown


@given(ordinary, ordinary)
def test_a_bare_esc_before_a_space_or_a_letter_goes_alone(before, after):
    for between in (" ", "C", "c", "M", "O", "1", "!", "é"):
        assert printable(f"{before}\x1b{between}{after}") == f"{before}{between}{after}"
