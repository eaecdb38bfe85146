"""Models, storage and exports never import textual (they must work without the UI)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import reflect

PURE_PACKAGES = ("model", "store", "export", "importer", "report", "room")


def pure_modules() -> list[str]:
    """Every module of the pure packages, found on disk so a new module is never missed."""
    root = Path(reflect.__file__).parent
    names = ["reflect.cli", "reflect.paths", "reflect.walk", "reflect.text"]
    for package in PURE_PACKAGES:
        names.append(f"reflect.{package}")
        names += [f"reflect.{package}.{m.name}" for m in pkgutil.iter_modules([str(root / package)])]
    return names


def test_pure_modules_do_not_import_textual():
    modules = pure_modules()
    assert "reflect.store.carry" in modules and "reflect.model.timebox" in modules
    code = "import sys\nimport " + ", ".join(modules) + "\nprint('textual' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
