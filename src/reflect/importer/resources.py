"""The resources a briefing's line gives: its links, each titled by its words, or a bare
address titled by the words before it (`resources`). Pure: no files, no Textual.
"""

from __future__ import annotations

import re

from reflect.importer.parse import BARE_URL, Json, clean, has_words, real_links

_WWW = re.compile(r"(?<![\w@/.])www\.[^\s<>()\[\]]+[^\s<>()\[\].,;:!?]")
"""An address without its scheme ("www.example.org/guide"), taken as written."""
_LABELLED = re.compile(r"^(?P<t>.*?\w.*?)\s*(?::|\s[–—-])\s*(?P<u>\S+?)[.;]?$")
"""Words, a colon (or a dash), then the address, ending the line: "Find out more: www...."."""


def resources(body: str, lead: str | None = None) -> list[Json]:
    """The resources a line gives: its links, each titled by its words; a bare address
    ("https://..." or "www....") titled by the words before it and a colon, else by `lead` (the
    heading the address ran into: "Find out more: www.example.org/..."), else by the address.
    Titled by its address alone, "Find out more: www...." was a resource with no link (a
    trial)."""
    title = clean(body, links="text")
    urls = [target for _, target in real_links(body)]
    bare = not urls
    if bare:
        urls = (BARE_URL.findall(body) or _WWW.findall(body))[:1]
    if bare and urls:
        m = _LABELLED.match(title)
        if title == urls[0] and lead is not None and has_words(lead):
            title = clean(lead)
        elif m is not None and m.group("u") == urls[0]:
            title = m.group("t")
    if not title:  # a link whose words are all markup (`[*](…)`): its address names it
        title = urls[0] if urls else body.strip()
    if not urls:
        return [{"title": title}]
    out = [{"title": title, "url": urls[0]}]
    out += [{"title": u, "url": u} for u in urls[1:]]
    return out
