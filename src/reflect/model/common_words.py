"""Whether a word is a common English word: what tells `Food was short.` (a sentence with its
article left off, as notes are written) from `Zorvan was quiet all term` (someone no list
names), where the names check (model/unlisted_names.py) and the quotes rule of the likely
names (export/detectors.py) look at a capitalised word no other list knows.

A word is English when it ends as English words do (`ENGLISH_ENDINGS`: `Training`,
`Engagement`, `Possible`) or is in `common_words.txt`: the words in small letters of SCOWL's
lists up to size 35 (the size its author gives for a small spelling dictionary), English and
British spellings, less those with such an ending (9,898 words, 76 KB; scripts/
common_words.py makes it from Debian's `scowl` package, and the file's head carries SCOWL's
licence, which asks for its notice in every copy). Until 7 December 2026 a word starting a
sentence before "is", "was" or "has" was taken for a name unless a hand-kept list
(`not_owners.txt`) held it, and `Food`, `Money`, `Contact`, `Mood` were redacted.

A first name is never judged here: `first_names.txt` is asked first, so `Grace`, `Will` and
`Rose`, words too, stay names where they are written as one. Read once, when first asked.
"""

from __future__ import annotations

import functools
from pathlib import Path

ENGLISH_ENDINGS = ("s", "ing", "ion", "ment", "er", "or", "ed", "al", "ance", "ence", "ity",
                   "ness", "ship", "ure", "ise", "ize", "ate", "ive", "ful", "less", "ery",
                   "ary", "ory", "age", "ism", "ist", "ly", "ble", "ous", "ant", "ent")
"""How English words end, and names no list holds seldom do (`Training`, `Letter`, `Referral`,
`Governors`; `Possible`, `Anxious`, `Reluctant`, `Urgent` before "to")."""


@functools.cache
def common_words() -> frozenset[str]:
    """The words of `common_words.txt` (in small letters; none with an English ending)."""
    text = Path(__file__).with_name("common_words.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#")
                     for w in line.split())


def is_english(word: str) -> bool:
    """Whether `word`, in small letters, is a common English word: one ending as English
    words do, or one of `common_words()`."""
    return word.endswith(ENGLISH_ENDINGS) or word in common_words()
