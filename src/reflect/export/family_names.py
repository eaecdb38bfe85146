"""A family's surname written as a GP or a teacher writes it: `the Quillby family`, `the
Quillby-Orlov household`, `The Quillby twins`. A CPD record names nobody, yet "The family (the
Sample family at 12 Invented Close) had a CIN plan" reached one with the address redacted and
the family's name as typed, and the check said nothing of it (a trial): a surname alone was
no likely name. `likely_names.likely_names` yields what this finds, for the export's check and the
partnership's report alike.

Precision first, as the other rules: one or two capitalised words (a capital, then small
letters) straight after `the` and before `family`, `household`, `twins` or `siblings` written
in small letters (`the Troubled Families Programme`, `the Early Help Family Hub` are titles,
not families), never safeguarding's own words (`roles.NOT_NAMES`: `the Early family`) nor a
word saying where a family is from or what faith it holds (`the Polish family`, `the Muslim
family`, `the Traveller family`: what the reflection is about, not who). Pure: no IO."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reflect.model.roles import NOT_NAMES

_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_GAP = r"[ \u00a0]+"
_FAMILY = re.compile(rf"(?<![\w'’-])(?i:the){_GAP}(?P<name>{_WORD}(?:{_GAP}{_WORD})?)"
                     rf"{_GAP}(?:family|families|household|twins|siblings)(?:['’]s)?(?![\w'’-])")

HERITAGE = frozenset("""
afghan african albanian algerian american amish arab armenian asian australian bangladeshi
bengali black brazilian british buddhist bulgarian caribbean catholic chinese christian
congolese cornish croatian czech dutch egyptian english eritrean estonian ethiopian european
filipino french gambian german ghanaian greek gujarati gypsy haredi hasidic hindu hungarian
indian iranian iraqi irish italian jamaican japanese jewish kenyan kosovan kurdish latvian
lebanese lithuanian malaysian mixed moroccan muslim nepalese nigerian orthodox pakistani
pentecostal polish portuguese punjabi roma romani romanian russian scottish sikh slovak
somali spanish sudanese sylheti syrian tamil traveller travelling turkish ugandan ukrainian
vietnamese welsh white yemeni zimbabwean
""".split())
"""Words saying where a family is from, its people or its faith: capitalised as a name is, but
no one's name (`the Polish family`)."""


def _surname_word(word: str) -> bool:
    """Whether `word` is written as a surname is: a capital, then a small letter, and not one
    of safeguarding's own words nor a word of heritage or faith."""
    bare = word.removesuffix("'s").removesuffix("’s")
    return len(bare) >= 2 and bare[0].isupper() and bare[1].islower() \
        and bare.casefold() not in NOT_NAMES and bare.casefold() not in HERITAGE


def family_surnames(text: str) -> Iterator[tuple[int, int, str]]:
    """Each family's surname in `text` (the module's docstring says which): its span (the
    name alone: `the` and `family` stay) and its value in lower case."""
    if "famil" not in text and "household" not in text and "twins" not in text \
            and "siblings" not in text:
        return  # most texts: no regular expression run
    for m in _FAMILY.finditer(text):
        words = m.group("name").split()
        if all(_surname_word(w) for w in words):
            yield m.start("name"), m.end("name"), " ".join(words).casefold()
