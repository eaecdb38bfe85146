"""ReflectScreen: a screen that reaches the app's folders and library through a typed property."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import Screen

from reflect.ui.app import ReflectApp

ResultT = TypeVar("ResultT")


class ReflectScreen(Screen[ResultT]):
    @property
    def reflect_app(self) -> ReflectApp:
        """The running app, typed: its folders (`sessions_dir`, ...), library and keepers."""
        app = self.app
        assert isinstance(app, ReflectApp)
        return app
