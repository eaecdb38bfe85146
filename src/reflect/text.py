"""Making any text safe to show: control characters out, everything else exactly as written."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from functools import lru_cache
from typing import NamedTuple

from reflect.accents import unaccented

# C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides/isolates that
# can make text display in a different order from how it is stored.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# Whole terminal escape sequences, as ECMA-48 and the terminals that act on them have them:
# removing only the ESC of `ESC[31m` or `ESC[D` left `[31mred[0m` and `abc[D[DX` (a trial).
# Nothing else goes with an ESC (`ESC Child X` was shown as `hild X`, an ESC, a space and a
# letter taken as one: a trial): a bare ESC goes alone, as `reflect walk` keeps the key after
# one, and so does one before a letter (a C1 control's seven-bit form, `ESC M`: left, the
# letter does nothing, and it is far more likely text). Taken: a control sequence (CSI); a
# control string (OSC, DCS, SOS, PM, APC) with its end, ST or OSC's BEL, within a line (one
# left open would take the rest of an answer with it); a character set chosen (`ESC ( B`,
# sent by `tput sgr0`, `ESC # 8`, `ESC % G`); `ESC 7`, `ESC 8`, `ESC =`, `ESC >`.
_SEQUENCE = re.compile("(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"
                       "|(?:\x1b\\]|\x9d)[^\x07\x1b\x9c\n]{0,512}(?:\x07|\x1b\\\\|\x9c)"
                       "|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]{0,512}(?:\x1b\\\\|\x9c)"
                       "|\x1b(?:[()*+][\"%&]?[0-~]|#[0-9]|%[@G8]|[78=>])")
_STARTS = re.compile("[\x1b\x90\x98\x9b\x9d-\x9f]")


def _without_sequences(text: str) -> str:
    return _SEQUENCE.sub("", text) if _STARTS.search(text) else text


def printable(text: str) -> str:
    """`text` without terminal control characters or escape sequences; CR and CRLF become
    newlines."""
    return _UNSAFE.sub("", _without_sequences(text.replace("\r\n", "\n").replace("\r", "\n")))


SKIN_TONES = re.compile("[\U0001F3FB-\U0001F3FF]")
"""An emoji's skin-tone modifier (U+1F3FB to U+1F3FF): no cell to Rich, two in tmux 3.3a."""


def one_width(text: str) -> str:
    """`text` as drawn in a terminal: without emoji skin-tone modifiers (U+1F3FB to U+1F3FF).
    Rich counts "👶🏽" as the two cells of "👶"; tmux 3.3a (and other terminals) draws the
    modifier as two more, and a point holding one pushed the room queue's right border out of
    line (a room trial), as a title typed with one did the new-session form's. The app's
    driver writes every frame through it (ui/driver.py), so the rule is one for every box;
    the emoji stays, in every terminal two cells, and the words kept are untouched."""
    return SKIN_TONES.sub("", text)


_UNSAFE_RUN = re.compile(f"(?:{_UNSAFE.pattern})+")


def spaced(text: str) -> str:
    """`text` without control characters, for a document's words (a briefing imported): a
    run of them between two words a space, as it parted them (a form feed or unit separator,
    `0\x1f0`, removed, joined them: `00`); CR and CRLF newlines, and a terminal's escape
    sequence taken whole, as `printable` has them: with its ESC alone taken, `\x1b[2J` in a
    .txt briefing was imported as `[2J` (a learning lead's trial). (A bare ESC, or one before
    a letter, goes alone: `\x1b Child` stays ` Child`.)"""
    text = _without_sequences(text.replace("\r\n", "\n").replace("\r", "\n"))

    def gap(found: re.Match[str]) -> str:
        start, end = found.start(), found.end()
        parted = 0 < start and end < len(text) and not text[start - 1].isspace() \
            and not text[end].isspace()
        return " " if parted else ""

    return _UNSAFE_RUN.sub(gap, text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(text: str) -> str:
    """`text` with each byte its reader could not decode as U+FFFD (�). Python keeps such a
    byte from standard input or the command line as a lone surrogate, which no file can hold:
    `reflect walk` lost an answer, and all after it, to a "£" typed in Latin-1 (a trial)."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def without_controls(text: str) -> str:
    """`text` with every unsafe character and escape sequence removed (CR too); line breaks
    are not touched."""
    return _UNSAFE.sub("", _without_sequences(text)).replace("\r", "")


def plural(n: int, one: str, many: str | None = None) -> str:
    """`1 action`, `2 actions`."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def listed(items: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return f"{', '.join(items[:-1])} and {items[-1]}" if len(items) > 1 else "".join(items)


def has_controls(text: str) -> bool:
    return bool(_UNSAFE.search(text)) or "\r" in text


_C0 = ("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB "
       "CAN EM SUB ESC FS GS RS US").split()
_BREAKS = re.compile("[\t\n]")


def control_said(text: str, one_line: bool = False) -> str | None:
    """The first character in `text` that `printable` would take out (a control character,
    ESC and BEL among them, or a direction override), or where `one_line` a tab or a line
    break, said by its name and code and where it is: `a control character, BEL (U+0007),
    after “Child”`. None where there is none."""
    found = [m.start() for m in (_UNSAFE.search(text), _BREAKS.search(text) if one_line
                                 else None) if m is not None]
    if not found:
        return None
    at = min(found)
    char, code = text[at], ord(text[at])
    name = _C0[code] if code < 32 else "DEL" if code == 127 else ""  # (C1: no short name)
    what = {"\t": "a tab", "\n": "a line break", "\r": "a carriage return"}.get(char) or (
        f"a control character{f', {name}' if name else ''}" if code < 0xa0
        else f"an invisible direction mark, {unicodedata.name(char)}")
    before = printable(text[:at]).replace("\n", " ").strip()
    if len(before) > 30:  # its last words, whole
        before = "…" + before[-30:].split(" ", 1)[-1]
    return f"{what} (U+{code:04X}), " + (f"after “{before}”" if before else "at its start")


_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile("['\u2019](?=\\w)")


def search_words(text: str) -> list[str]:
    """The words of `text` as a search compares them: case-folded letters and digits, accents,
    punctuation, apostrophes left off (`Child-L`: child, l; `Siobhán's`: siobhans)."""
    return _WORD.findall(_APOSTROPHES.sub("", unaccented(text.casefold())))


_WORD_GAPS = re.compile(r"[\s,()]+")


def findable_words(text: str) -> list[tuple[str, ...]]:
    """The words of `text` (between spaces, commas and brackets) as a choice by the letters
    starting one reads them (who said a point, a recommendation): each as every start it is
    found by, case-folded, punctuation left out: the whole word's, and each part's after
    punctuation within it. `[b]Kim[/b]` is found by "b" and "kim" (a name shown as typed,
    markup-like text and all, was found by nothing: a trial), `Sample-Jones` by "samplej"
    and "jones", `O'Brien` by "obr". Punctuation alone is no word."""
    words = []
    for word in _WORD_GAPS.split(text):
        parts = search_words(word)
        if parts:
            words.append(tuple("".join(parts[n:]) for n in range(len(parts))))
    return words


def typed_starts(text: str) -> list[str]:
    """The words typed to choose by (see `findable_words`), punctuation left out ("o'b" is
    "ob", "sample-j" "samplej"); punctuation alone is no word."""
    return [w for w in ("".join(search_words(word)) for word in _WORD_GAPS.split(text)) if w]


def starts_word(letters: str, word: tuple[str, ...]) -> bool:
    """Whether `letters` (of `typed_starts`) start `word` (of `findable_words`)."""
    return any(start.startswith(letters) for start in word)


NAMES_END = "|"
"""A line of its own in a `search_text`, after names beyond the first two (a session's team):
never a word, as `search_words` keeps letters and digits only."""


@lru_cache(maxsize=32_768)
def search_text(*parts: str, names: int = 2) -> str:
    """The text a search box matches against, one line per part (see `matches_query`): the
    first `names` parts are names (a review's id and title; a session's title, review and
    team), the first two always. Remembered: each key typed in a search box matches every
    review and saved session again (with 10,000 sessions, making these texts anew was half of
    each key's time)."""
    lines = [" ".join(search_words(part)) for part in parts]
    if names > 2:
        lines.insert(names, NAMES_END)
    return "\n".join(lines)


@lru_cache(maxsize=64)
def _query_words(query: str) -> tuple[str, ...]:
    return tuple(search_words(query))


def matches_query(query: str, haystack: str, named: Container[str] | None = None) -> bool:
    """True when `query` finds `haystack` (a `search_text`) the way people type searches.

    Every word of the query must start a word of the haystack. A word of one or two
    characters that names something in the list searched (`named`, from `naming_words`; by
    default every such word) is a name's word: it must start a word of a name (a review's id
    and title, a session's title, review and team), so "Child L" finds Child L but not Child
    AC (whose summary merely has words starting with "l"), "z" finds Child ZZ, and "No" a
    session of the North Invented Team (another session's title starting "No…" made "no" a
    name's word, and a team was no name: a trial). Straight after another word of the query
    it is read with that word, as the word after it: "Child A" finds Child AC, and not every
    review whose summary has the word "a" (it listed them all), nor a session titled "Child
    L — after the inquest"; "Child I" finds Child I, not every "Child L — individual
    reflection". Where that word is in no name, or only in a team's and the short one does
    not follow it there ("Riverside L": the Riverside team's session on Child L), the short
    one need only start a name's word. A short word that names nothing there is a word being
    typed and starts any word, as a longer one does: "Child In" listed only the reviews
    whose summary had the word "in" ("died in hospital"), and not Child I, whose theme is
    information sharing, which "Child Inf" then found (a trial). A query typed with or
    without spaces or dashes ("child-l", "childl") also finds a name that is the same once
    those are removed. A query of symbols alone ("[", "(.*", "🙂") finds nothing: a search
    compares letters and digits only, and it listed everything, as if nothing were typed (a
    trial); only an empty or blank query finds everything.
    """
    words = _query_words(query)
    if not words:
        return not query.strip()
    compact = "".join(words)
    text = _prepared(haystack)
    if any(line.startswith(compact) for line in text.names_compact):
        return True

    def finds(n: int, word: str) -> bool:
        if len(word) > 2 or (named is not None and word not in named):
            return any(w.startswith(word) for w in text.words)
        before = words[n - 1] if n else ""
        if before and any(w.startswith(before) for w in text.names):
            if any(a.startswith(before) and _next_word(line[n + 1:], word)
                   for line in text.lines for n, a in enumerate(line)):
                return True
            if any(w.startswith(before) for w in text.first_names):
                return False  # read with it: "Child A" is not Child L's session "after" …
        return any(w.startswith(word) for w in text.names)

    return all(finds(n, word) for n, word in enumerate(words))


def _next_word(rest: tuple[str, ...], word: str) -> bool:
    """`word` starts the first of `rest` (a name's words after the one the query's word before
    it starts), or spells on past a letter into the word after it: "Child He" reads "Child H
    (Henry)" on the way to "Child Hen" (it found nothing between them)."""
    return bool(rest) and (rest[0].startswith(word) or len(rest) > 1 and word.startswith(rest[0])
                           and rest[1].startswith(word))


def naming_words(query: str, haystacks: Iterable[str]) -> frozenset[str]:
    """The words of one or two characters in `query` that start a name's word in any of
    `haystacks` (`search_text`s): "l" in a library with a Child L, "ac" with a Child AC. For
    `matches_query`: these are names; other short words are the start of a word still being
    typed ("in", on the way to "information")."""
    short = {word for word in _query_words(query) if len(word) <= 2}
    named: set[str] = set()
    for haystack in haystacks if short else ():
        names = _prepared(haystack).names
        named.update(word for word in short - named if any(w.startswith(word) for w in names))
        if named == short:
            break
    return frozenset(named)


class _Prepared(NamedTuple):
    """A `search_text` split once."""

    names_compact: tuple[str, ...]
    """Each name without its spaces."""
    words: tuple[str, ...]
    """Every word."""
    names: tuple[str, ...]
    """The words of the names."""
    first_names: tuple[str, ...]
    """The words of the first two names (a review's id and title; a session's title and
    review)."""
    lines: tuple[tuple[str, ...], ...]
    """Each name's words."""


@lru_cache(maxsize=32_768)
def _prepared(haystack: str) -> _Prepared:
    lines = haystack.split("\n")
    if NAMES_END in lines:
        end = lines.index(NAMES_END)
        lines = lines[:end] + lines[end + 1:]
    else:
        end = 2
    names = lines[:end]
    return _Prepared(tuple(line.replace(" ", "") for line in names),
                     tuple(" ".join(lines).split()), tuple(" ".join(names).split()),
                     tuple(" ".join(names[:2]).split()), tuple(tuple(line.split())
                                                               for line in names))


_PARTICLES = frozenset({"da", "das", "de", "del", "della", "den", "der", "des", "do", "dos",
                        "la", "van", "von"})
"""Words that join a name to the rest ("Pat van der Example"), small between its other words."""
_PART_START = re.compile("(^|[-'\u2019])(\\w)")


def tidy_name(name: str) -> str:
    """A person's name as it is kept and shown (My CPD's *Your name*, remembered): spacing
    collapsed, and each word typed all in small letters or all in capitals given a capital
    first letter, after a hyphen or an apostrophe too (`o'brien-example` → O'Brien-Example);
    a joining word between two others small (`van`, `de`). A word with capitals of its own
    is kept as the person typed it (`McExample`), and so are capitals of one or two letters
    (initials, `PJ`) unless the whole name is in capitals. Only the case changes: `name_key`
    reads it as it read the name typed."""
    words = name.split()
    shouting = " ".join(words).isupper()
    out = []
    for n, word in enumerate(words):
        letters = sum(ch.isalpha() for ch in word)
        if not (word.islower() or word.isupper() and (shouting or letters > 2)):
            out.append(word)
        elif 0 < n < len(words) - 1 and word.lower() in _PARTICLES:
            out.append(word.lower())
        else:
            out.append(_PART_START.sub(lambda m: m[1] + m[2].upper(), word.lower()))
    return " ".join(out)


def on_one_line(without: str = "") -> re.Pattern[str]:
    """A pattern matching all of any text `one_line` leaves as it is (no control character,
    escape sequence or bidirectional override, nothing `printable` takes out, and words one
    space apart) that holds none of the characters in `without`."""
    word = f"[^\\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069{re.escape(without)}]+"
    return re.compile(f"{word}(?: {word})*")


_ONE_LINE = on_one_line()


def one_line(text: str, limit: int = 0) -> str:
    """`printable` text folded onto one line (for lists and tables), optionally cut to `limit`
    terminal cells with "…" (counted in letters, a line of 漢 took twice its width)."""
    # Most text is one line already: said as it is without taking it apart (a report with
    # nothing changed folds some hundred thousand).
    flat = text if _ONE_LINE.fullmatch(text) else " ".join(printable(text).split())
    if not limit or len(flat) <= limit and (flat.isascii() or 2 * len(flat) <= limit):
        return flat  # (no letter takes more than two cells)
    from reflect.wrapping import cells_cut  # (only here: most lines are never cut)
    return cells_cut(flat, limit)


SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
"""What a review's id, a question's id and a theme are written as (model/review.py)."""
SLUG_RULE = ("lowercase letters, digits and hyphens, starting with a letter or a digit, at "
             "most 64 characters")


def slug_for(text: str) -> str:
    """`text` as an id or a theme is written ("Unseen Men" → "unseen-men", "Café Q" →
    "cafe-q"): its letters, accents dropped, and digits, in small letters, each run joined to
    the next by a hyphen; "" when it holds no letter or digit."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.casefold())
    slug = "-".join(re.findall(r"[a-z0-9]+", plain))[:64].rstrip("-")
    return slug if SLUG.match(slug) else ""


def slug_said(value: object, example: str) -> str:
    """`SLUG_RULE`, then the value it could be: `…: write "unseen-men", not "Unseen Men"` (a
    theme "Unseen Men" was told `(e.g. child-zz)`, a review's id, a trial); with nothing to
    make one of, `example`."""
    fixed = slug_for(value) if isinstance(value, str) else ""
    if not fixed:
        return f"{SLUG_RULE} (such as {example}), not {value!r}"
    return f'{SLUG_RULE}: write "{fixed}", not {value!r}'


def review_id(typed: str) -> str | None:
    """The review's id `typed` is, typed in any case: ids are lowercase letters, digits and
    hyphens (`SLUG`), so `CHILD-H`, copied off a slide, is child-h (it was refused, or named no
    review, wherever capitals were not already matched: a trial); None when it is no id, even
    in small letters (a title, a file's name: for the caller to look up or refuse)."""
    said = typed.strip()
    return said.lower() if said.isascii() and SLUG.match(said.lower()) else None


def toml_stem(name: str) -> str | None:
    """The name typed for a `.toml` file, its folder and that ending dropped (`content/child-l.toml`
    → "child-l"), the ending in any case (`R2.TOML`: one typed in capitals was judged no file
    of reflect's, a trial); None when `name` does not end with it."""
    base = re.split(r"[/\\]", name)[-1]
    return base[:-5] if base.casefold().endswith(".toml") else None


def ordinal(n: int) -> str:
    """`1st`, `2nd`, `11th`, `23rd`: a table's place in a list, as a file's problem names it
    (`actions (the 2nd)`)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
