"""What a name box (an action's owner) offers as the letters typed start a name listed: case
and accents aside, as `model.owners.completions` reads them. Textual's `SuggestFromList`
compares case aside only: `eamon` offered no "Éamon D'Souza-Test" (a trial), and the action
was added owned by "eamon", whom the notes and the reports cannot tell for Éamon."""

from __future__ import annotations

from collections.abc import Sequence

from textual.suggester import Suggester

from reflect.model.owners import completions


class NameSuggester(Suggester):
    """Offers the first of `names` that the letters typed start (→ or Tab takes it)."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(case_sensitive=True)  # (completions sets case and accents aside)
        self.names = list(names)

    async def get_suggestion(self, value: str) -> str | None:
        found = completions(value, self.names)
        return found[0] if found and not value[:1].isspace() else None
