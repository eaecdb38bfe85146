"""How well the export's personal-details check finds names in a reflection's prose: the names
and addresses caught, and the other words it would redact, over
tests/data/export_free_names.txt (invented sentences, each name in braces, each address in
square brackets), as a CPD record's check reads them (`roles_only`), with names no one listed
and street addresses looked for (after) and not (before, as until 5 December 2026).

    python bench/export_names.py        # a line each for before and after
    python bench/export_names.py -v     # and the misses and the words lost

Every name, place and word in the file is invented.
"""

from __future__ import annotations

import contextlib
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "export_free_names.txt"
_MARK = re.compile(r"\{([^}]*)\}|\[([^\]]*)\]")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True)
class Sentence:
    typed: str
    names: tuple[tuple[int, int], ...]
    addresses: tuple[tuple[int, int], ...]


def corpus(path: Path = CORPUS) -> list[Sentence]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typed, names, addresses, at = "", [], [], 0
        for m in _MARK.finditer(line):
            typed += line[at:m.start()]
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            (names if m.group(1) is not None else addresses).append(
                (len(typed), len(typed) + len(inner)))
            typed += inner
            at = m.end()
        out.append(Sentence(typed + line[at:], tuple(names), tuple(addresses)))
    return out


@dataclass
class Score:
    names: int = 0
    caught: int = 0
    addresses: int = 0
    addresses_caught: int = 0
    words: int = 0
    lost: int = 0
    misses: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)


def found_spans(sentences: list[Sentence], unlisted: bool) -> list[list[tuple[int, int]]]:
    """Where the check finds something in each sentence, typed as a reflection's What?."""
    from bench.report_names import REVIEW

    from reflect.export import identifiers
    from reflect.model.session import Session
    from reflect.store.library import load_library

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "child-zz.toml").write_text(REVIEW, encoding="utf-8")
        review = load_library(Path(folder)).reviews[0]
    out = []
    before = [mock.patch.object(identifiers, "finder", lambda *_: lambda _text: []),
              mock.patch.object(identifiers, "DETECTORS", [
                  d for d in identifiers.DETECTORS if d[0] != identifiers.ADDRESS])]
    with contextlib.ExitStack() as stack:
        for patch in [] if unlisted else before:
            stack.enter_context(patch)
        for t in sentences:
            s = Session.start(review, "20260301-child-zz-0000cafe", mode="individual",
                              title="My reflection", facilitator="Pat Sample")
            s.answers[0].what = t.typed
            out.append([(f.start, f.end) for f in identifiers.find_identifiers(
                s, review, roles_only=True) if f.field == "answers[0].what"])
    return out


def score(sentences: list[Sentence], found: list[list[tuple[int, int]]]) -> Score:
    sc = Score()
    for t, spans in zip(sentences, found, strict=True):
        words = [(m.start(), m.end() - 2 if m.group().endswith(("'s", "’s")) else m.end())
                 for m in _WORD.finditer(t.typed)]  # "Jayden's": the name is "Jayden"

        def hit(w: tuple[int, int], spans: list[tuple[int, int]] = spans) -> bool:
            return any(a <= w[0] and w[1] <= b for a, b in spans)

        for marked, caught_what in ((t.names, "names"), (t.addresses, "addresses")):
            for start, end in marked:
                inside = [w for w in words if start <= w[0] < end]
                setattr(sc, caught_what, getattr(sc, caught_what) + 1)
                if inside and all(hit(w) for w in inside):
                    if caught_what == "names":
                        sc.caught += 1
                    else:
                        sc.addresses_caught += 1
                else:
                    sc.misses.append(f"{t.typed[start:end]!r} in: {t.typed}")
        outside = [w for w in words if not any(s <= w[0] < e for s, e in
                                               (*t.names, *t.addresses))]
        sc.words += len(outside)
        gone = [t.typed[a:b] for a, b in outside if hit((a, b))]
        sc.lost += len(gone)
        if gone:
            sc.losses.append(f"{gone} in: {t.typed}")
    return sc


def main(argv: list[str]) -> int:
    sentences = corpus()
    for label, unlisted in (("before", False), ("after", True)):
        sc = score(sentences, found_spans(sentences, unlisted))
        print(f"{label}: {len(sentences)} sentences; names caught {sc.caught} of {sc.names}; "
              f"addresses {sc.addresses_caught} of {sc.addresses}; other words lost "
              f"{sc.lost} of {sc.words}")
        if "-v" in argv:
            for line in sc.misses:
                print(f"  missed  {line}")
            for line in sc.losses:
                print(f"  lost    {line}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
