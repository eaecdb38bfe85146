"""Letters with their accents left off, as names typed on any keyboard compare: "Siobhán"
typed "Siobhan", "Éamon" typed "eamon" (most keyboards in the UK type no accent without a
dead key, so a name listed with one went unmatched by the name typed without it: a trial's
`@eamon`, an action's owner `Siobhan`, *My CPD so far* for `Siobhan O'Neill-Test`).

The one rule: `text.search_words` (what searches, `@name`, names and owners compare by) and
the export check's names (`model/unlisted_names.py`) take it from here. Pure.
"""

from __future__ import annotations

import unicodedata


def unaccented(text: str) -> str:
    """`text` without its accents ("Éamon" → "Eamon", "Łukasz" → "Lukasz"); ASCII as it is."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
