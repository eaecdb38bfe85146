"""The session files' readers and writers are called through `reflect.store.sessions` (and
`reflect.store.manage_sessions`, for a rename), never bound into another module as it is
imported. Bound so, a module imported first while a test had put a stand-in in their place
(`changed_after_reading`: a sync landing as a file is read) kept that stand-in for every test
after it in the process: six walk tests then found the team's earlier session rewritten under
them, in the order one worker ran them."""

from __future__ import annotations

import importlib
import pkgutil
import types

import reflect
import reflect.store.manage_sessions as manage_sessions
import reflect.store.sessions as sessions

STOOD_IN_FOR = ((sessions, ("read_session", "save_session", "resolve_session")),
                (manage_sessions, ("rename_session",)))
"""What the tests replace on `reflect.store.sessions` and `reflect.store.manage_sessions`
(monkeypatch.setattr)."""


def every_module() -> list[types.ModuleType]:
    """Every reflect module that imports without Textual's app running (all of them)."""
    names = [m.name for m in pkgutil.walk_packages(reflect.__path__, "reflect.")
             if not m.name.endswith("__main__")]  # (it runs the command line)
    return [importlib.import_module(name) for name in names]


def bound(modules: list[types.ModuleType]) -> list[str]:
    """Where one of `STOOD_IN_FOR` is bound in `modules` other than the one it is read from."""
    return [f"{module.__name__}.{name}" for module in modules
            for home, names in STOOD_IN_FOR if module is not home
            for name in names if getattr(module, name, None) is getattr(home, name)]


def test_no_module_binds_the_session_files_readers_or_writers() -> None:
    assert bound(every_module()) == []


def test_a_module_binding_one_is_found() -> None:
    module = types.ModuleType("reflect.invented_reader")
    exec("from reflect.store.sessions import read_session", vars(module))
    assert bound([module, sessions]) == ["reflect.invented_reader.read_session"]
    exec("from reflect.store.manage_sessions import rename_session", vars(module))
    assert bound([module, sessions, manage_sessions]) == [
        "reflect.invented_reader.read_session", "reflect.invented_reader.rename_session"]
