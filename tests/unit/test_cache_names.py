"""A per-machine cache is named by its kind and the SHA-256 of its folder's whole path
(`store.cache.cache_file`): the same name whichever module gives the digest (CPython's own
small one, or hashlib where there is none), so a cache written before is found again."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from types import ModuleType

import pytest

from reflect.store import cache


def expected(kind: str, folder: Path, where: Path) -> Path:
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass"))
    return where / f"{kind}-{digest.hexdigest()[:16]}.json"


@pytest.mark.parametrize("name", ["Moorvale reviews", "Sam Sample’s ünïcode folder"])
def test_the_name_is_the_folder_s_sha256(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    assert cache.cache_file("library", folder, tmp_path / "c") == \
        expected("library", folder, tmp_path / "c")


def test_hashlib_gives_it_where_python_has_no_small_module(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def without(name: str, *args: object) -> ModuleType:
        if name in ("_sha2", "_sha256"):
            raise ImportError(name)
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib, "import_module", without)
    cache._sha256.cache_clear()
    try:
        assert cache._sha256() is hashlib.sha256
        assert cache.cache_file("sessions", tmp_path, tmp_path) == \
            expected("sessions", tmp_path, tmp_path)
    finally:
        cache._sha256.cache_clear()
