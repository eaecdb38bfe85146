"""Whether anyone came to more than one of a report's team discussions, naming no one.

A report counts attendances, not people: one person at two meetings counts twice, and it
said so beside every figure ("4 (one person at two meetings counts twice)"), where nobody had
come twice too (a learning lead's fresh-eyes trial). So each session's facts keep, for each
person marked here who has a name, a code made from the name (case, spacing and punctuation
aside: `roles.name_key`) with a random key, never the name: the same name gives the same code,
and the name cannot be read back from it. The key is kept in the user's cache folder (owner
only, beside the report's cache, whose facts were made with it; another key, and the facts are
read again), else made afresh for the run. A person listed without a name cannot be told from
another: where any came to one of two or more team discussions, coming twice cannot be ruled
out, and is said as the rule (`came_twice`).
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.store.atomic import make_private, write_atomic

if TYPE_CHECKING:
    from reflect.model.participant import Participant
    from reflect.report.facts import SessionFacts

KEY_FILE = "report-attendance-key"
"""In the cache folder: the key each attendee's code is made with (hex, 64 characters)."""


@functools.cache
def run_key() -> str:
    """A key for this run alone: where the cache folder's cannot be read nor written, and for
    facts read with no cache (the same in every folder a report reads)."""
    return secrets.token_hex(32)


def cache_key(cache: Path) -> str:
    """The key kept in the cache folder `cache`, made and kept there (0600) the first time;
    the run's own (`run_key`) where it cannot be."""
    path = cache / KEY_FILE
    try:
        kept = path.read_text(encoding="ascii").strip()
        bytes.fromhex(kept)
        if len(kept) == 64:
            return kept
    except (OSError, ValueError):
        pass
    key = secrets.token_hex(32)
    try:
        cache.mkdir(parents=True, exist_ok=True, mode=0o700)
        make_private(cache)
        write_atomic(path, key.encode("ascii"))  # (0600)
    except OSError:
        return run_key()
    return key


def codes(people: Iterable[Participant], key: str) -> tuple[str, ...]:
    """A code for each person marked here who has a name (see the module's docstring)."""
    import hashlib

    from reflect.model.roles import name_key

    secret = bytes.fromhex(key)
    return tuple(hashlib.blake2b(name_key(p.name).encode("utf-8", "surrogatepass"),
                                 key=secret, digest_size=8).hexdigest()
                 for p in people if p.attended and name_key(p.name))


def came_twice(sessions: Iterable[SessionFacts]) -> bool:
    """Whether someone may have come to more than one of these team discussions: a code in
    two of them, or, where two or more had anyone here, someone here with no name (who
    cannot be told from another). Individual reflections are no team discussion."""
    seen: set[str] = set()
    met = unnamed = 0
    for s in sessions:
        if s.mode == "individual":
            continue
        here = sum(1 for p in s.people if p.attended)
        if not here:
            continue
        met += 1
        unnamed += here > len(s.attended_codes)
        mine = set(s.attended_codes)
        if seen & mine:
            return True
        seen |= mine
    return met > 1 and unnamed > 0
