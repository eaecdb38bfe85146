"""No pydantic plugin an installed package declares sees reflect's models (a session's
contents stay in reflect)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECK = """
import sys
import reflect.model.review, reflect.model.session  # every model's validator is built
import pydantic.plugin._loader as loader
print(sorted(loader._plugins or {}), "invented_spy" in sys.modules)
"""


def test_a_plugin_an_installed_package_declares_is_never_loaded(tmp_path: Path) -> None:
    (tmp_path / "invented_spy.py").write_text(
        "class Spy:\n"
        "    def new_schema_validator(self, *a, **k):\n"
        "        return None, None, None\n"
        "spy = Spy()\n")
    dist = tmp_path / "invented_spy-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: invented-spy\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[pydantic]\nspy = invented_spy:spy\n")
    probe = ("import importlib.metadata as m; "
             "print([e.name for e in m.entry_points(group='pydantic')])")
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    seen = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, check=True).stdout
    assert "spy" in seen  # the plugin is declared where pydantic looks
    out = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert out.split() == ["[]", "False"]
