"""Models, storage and exports never import textual (they must work without the UI)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import reflect

PURE_PACKAGES = ("model", "store", "export", "importer", "report", "room", "walk")


def pure_modules() -> list[str]:
    """Every module of the pure packages, found on disk so a new module is never missed."""
    root = Path(reflect.__file__).parent
    names = [f"reflect.{m.name}" for m in pkgutil.iter_modules([str(root)])
             if not m.ispkg and m.name != "__main__"]  # cpd_cli, text, wrapping, ...
    names.append("reflect.cli")
    names += [m.name for m in pkgutil.walk_packages([str(root / "cli")], "reflect.cli.")]
    for package in PURE_PACKAGES:
        names.append(f"reflect.{package}")
        # walk_packages goes into sub-packages too (importer.readers)
        names += [m.name for m in pkgutil.walk_packages([str(root / package)],
                                                        f"reflect.{package}.")]
    return names


def test_pure_modules_do_not_import_textual():
    modules = pure_modules()
    assert {"reflect.store.carry", "reflect.model.timebox", "reflect.walk.steps",
            "reflect.cpd_cli", "reflect.cli.sessions"} <= set(modules)
    assert any(m.startswith("reflect.importer.readers.") for m in modules)
    code = "import sys\nimport " + ", ".join(modules) + "\nprint('textual' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
