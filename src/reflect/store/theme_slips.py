"""A review's theme that looks like a slip for another review's (`known_themes.theme_slips`:
`safer-sleeep` where the library says `safer-sleep`), said with its file, its field and the
theme likely meant: by `reflect validate` as a warning, and on the start screen. The review
loads and is used as it is: a theme no other review has may be a new one, and only the person
who wrote it knows. Which themes are known: those the library's other reviews have
(docs/content-format.md: use the same slug for the same theme across reviews), and those
reflect knows, which the importer gives a briefing (`known_themes.KNOWN_THEMES`;
docs/adding-a-briefing.md)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reflect.known_themes import theme_slips


def slips_said(reviews: Sequence[tuple[Path, Sequence[str]]],
               both: bool = False) -> list[tuple[Path, str]]:
    """Each review file (with its themes, `reviews`) whose theme is likely a slip for another
    review's, and what to say of it. Two themes each in one review alone are said once, of
    the one sorted last (`both`: of each), as either may be the slip: said of each, each was
    asked whether it meant the other."""
    tagged = [list(themes) for _, themes in reviews]
    out: list[tuple[Path, str]] = []
    for (path, _), slips in zip(reviews, theme_slips(tagged), strict=True):
        for n, theme, near, alone in slips:
            if both or not alone or theme > near:
                out.append((path, _said(path, n, theme, near, alone, reviews)))
    return out


def _said(path: Path, n: int, theme: str, near: str, alone: bool,
          reviews: Sequence[tuple[Path, Sequence[str]]]) -> str:
    from reflect.store.problems import field_path  # (only once a slip is found: pydantic)

    holders = [p.name for p, themes in reviews if p != path and near in themes]
    others = len(holders) - 1
    where = f"{path}: {field_path(('themes', n))}: '{theme}' is in no other review"
    counted = "a themed session and the report's By theme count a theme written two ways as two"
    if alone:
        return (f"{where}, and '{near}' in {holders[0]} alone: one theme written two ways? If "
                f"so, write it the same in both: {counted} (both reviews are used as they are)")
    holding = "a theme reflect knows" if not holders else "as " + holders[0] + (
        f" and {others} other review{'s' * (others > 1)} have it" if others else " has it")
    meant, counted = f'"{near}"', counted[:1].upper() + counted[1:]  # (as the file writes it)
    return f"{where}: did you mean {meant}, {holding}? {counted} (it is used as it is)"


def file_slips(path: Path, review_id: str, themes: Sequence[str], library: Path) -> list[str]:
    """What `slips_said` says of one review file (`reflect validate FILE`), its themes set
    beside those of the library's other reviews (in `library`, summarised as the start screen
    has them: `store.catalogue`); a review there with its id is the one checked, as it was."""
    from reflect.store.catalogue import load_catalogue

    others = [(r.path, r.themes) for r in load_catalogue(library).reviews if r.id != review_id]
    return [said for p, said in slips_said([(path, themes), *others], both=True) if p == path]
