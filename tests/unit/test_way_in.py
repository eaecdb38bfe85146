"""How the start screen's problems area says it is reached (`way_in`): by the fewer of Tab
or Shift+Tab presses from the focus (it said `Tab here` from the library's list, two Tabs
away: a new user's trial)."""

from __future__ import annotations

import pytest

from reflect.ui.screens.start_problems import way_in


@pytest.mark.parametrize(("tabs", "back", "said"), [
    (1, 3, "Tab here"), (2, 2, "Tab twice"), (3, 1, "Shift+Tab here"), (4, 4, "Tab 4 times"),
    (0, 4, "")])
def test_the_fewer_keys_said(tabs: int, back: int, said: str) -> None:
    assert way_in(tabs, back) == said
