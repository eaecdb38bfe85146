"""Fast start (#16.5): `reflect` reaches the start screen, with a warm cache, without importing
pydantic, the models or the exports: they cost a quarter of a second before Textual starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session

SHOWN_MARK = "reflect test: the start screen is shown"

SHOWN = r"""
import json, sys
SHOWN_MARK = "reflect test: the start screen is shown"
from reflect import cli
from reflect.ui import app as ui_app

real_run = ui_app.ReflectApp.run

def run(self, *args, **kwargs):
    async def shown(pilot):
        # the start screen is shown: the library read and listed
        while self.library is None or not self.screen.query("#reviews") \
                or self.screen.query_one("#reviews").option_count == 0:
            await pilot.pause(0.01)
        sys.stderr.write(SHOWN_MARK + "\n")  # what `-X importtime` says after it is not counted
        sys.stderr.flush()
        print(json.dumps(sorted(sys.modules)))
        self.exit()
    real_run(self, headless=True, size=(100, 30), auto_pilot=shown)

ui_app.ReflectApp.run = run
sys.exit(cli.main(sys.argv[1:]))
"""

IDLE = SHOWN.replace("        print(json.dumps(sorted(sys.modules)))\n", """\
        print(json.dumps(sorted(sys.modules)))
        from reflect.ui.warm import MODULES
        for _ in range(1000):  # then idle, as a person reading the lists
            if all(m in sys.modules for m in MODULES):
                break
            await pilot.pause(0.01)
        print(json.dumps(sorted(sys.modules)))
""")

HEAVY = ("pydantic", "reflect.model", "reflect.export", "reflect.store.library",
         "reflect.store.sessions",
         # the room's server (#18) is loaded only when a facilitator opens a room
         "aiohttp", "segno", "ifaddr", "reflect.room.server", "reflect.room.handlers")


def start_env(tmp_path, content) -> dict[str, str]:
    return {**os.environ, "REFLECT_CONTENT_DIR": str(content),
           "REFLECT_SESSIONS_DIR": str(tmp_path / "sessions"),
           "REFLECT_SETTINGS": str(tmp_path / "settings.toml"),
           "REFLECT_CACHE_DIR": str(tmp_path / "cache")}


def modules_when_shown(tmp_path, content, *args: str) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", SHOWN, *args], capture_output=True, text=True,
                          env=start_env(tmp_path, content), timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_start_screen_with_a_warm_cache_imports_no_models(tmp_path, fictional_dir):
    review = load_library(fictional_dir).reviews[0]
    save_session(tmp_path / "sessions", Session.start(review, "20260101-child-zz-0000beef",
                                                      title="Invented meeting"))
    modules_when_shown(tmp_path, fictional_dir)  # the first run fills the per-machine caches
    modules = modules_when_shown(tmp_path, fictional_dir)
    assert "reflect.ui.screens.start" in modules  # it did reach the start screen
    heavy = [m for m in modules if m.split(".")[0] == "pydantic"
             or any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []


def test_start_screen_without_a_settings_file_reads_no_toml(tmp_path, fictional_dir):
    """No settings file until one is chosen: nothing TOML is imported for it (tomllib and
    tomli-w took some 2 ms of the first frame's CPU), and the library comes from the cache."""
    modules_when_shown(tmp_path, fictional_dir)  # the first run fills the per-machine caches
    modules = modules_when_shown(tmp_path, fictional_dir)
    assert "reflect.store.settings" in modules
    assert not (tmp_path / "settings.toml").exists()
    assert [m for m in modules if m.split(".")[0] in ("tomllib", "tomli_w")] == []


def test_cli_import_alone_is_light():
    proc = subprocess.run([sys.executable, "-c", "import sys, json; from reflect.cli import main;"
                           "print(json.dumps(sorted(sys.modules)))"],
                          capture_output=True, text=True, timeout=60)
    modules = json.loads(proc.stdout)
    assert not [m for m in modules if m.startswith(("pydantic", "reflect.model", "textual",
                                                    "aiohttp"))]


def test_importtime_shows_no_pydantic_on_the_way_to_the_start_screen(tmp_path, fictional_dir):
    """The same, as `python -X importtime` sees it: every import up to the shown start screen,
    the background thread that reads the library and sessions included."""
    review = load_library(fictional_dir).reviews[0]
    save_session(tmp_path / "sessions", Session.start(review, "20260101-child-zz-0000beef",
                                                      title="Invented meeting"))
    env = start_env(tmp_path, fictional_dir)
    subprocess.run([sys.executable, "-c", SHOWN], env=env, capture_output=True, timeout=60)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", SHOWN], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    # Up to the mark only: a second after the lists are shown the app imports what Enter will
    # need (ui/warm.py), and on a loaded machine the app's exit came after that now and then.
    before, mark, _ = proc.stderr.partition(SHOWN_MARK)
    assert mark, proc.stderr[-3000:]
    imported = [line.rsplit("|", 1)[1].strip() for line in before.splitlines()
                if line.startswith("import time:") and "|" in line]
    assert "reflect.ui.screens.start" in imported and "textual.app" in imported
    assert not [m for m in imported if m.split(".")[0] == "pydantic"
                or any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_help_imports_no_models():
    """`reflect --help` builds every command's options: none of them needs the models."""
    code = ("import sys, json, contextlib, io\nfrom reflect.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            "    try:\n        main(['--help'])\n    except SystemExit:\n        pass\n"
            "assert 'cpd-fill' in out.getvalue()\n"
            "print(json.dumps(sorted(sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    modules = json.loads(proc.stdout)
    assert not [m for m in modules if m.startswith(("pydantic", "reflect.model", "textual"))]


def test_what_enter_needs_is_imported_once_the_start_screen_has_been_read(tmp_path,
                                                                         fictional_dir):
    """The first Enter on a review imported pydantic, the models and the new-session form
    (about 0.15 s); they are imported a moment after the lists are shown, never before."""
    modules_when_shown(tmp_path, fictional_dir)  # the first run fills the per-machine caches
    env = start_env(tmp_path, fictional_dir)
    proc = subprocess.run([sys.executable, "-c", IDLE], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    shown, later = (json.loads(line) for line in proc.stdout.strip().splitlines()[-2:])
    assert "reflect.ui.screens.start" in shown and "pydantic" not in shown
    assert {"pydantic", "reflect.model.session", "reflect.ui.screens.new_session",
            "reflect.ui.screens.walkthrough"} <= set(later)


def test_open_reads_its_arguments_without_the_other_commands(tmp_path):
    """`reflect open SESSION` needs only its own options: building every command's parser
    imported the CPD commands and the export formats' forms before the session's first frame.
    Its mistakes are still said in the full parser's words."""
    code = ("import sys, json, contextlib, io\nfrom reflect.cli import main\n"
            "err = io.StringIO()\nwith contextlib.redirect_stderr(err):\n"
            "    code = main(['open', 'no-such-session', '--sessions-dir', sys.argv[1]])\n"
            "print(json.dumps([code, err.getvalue(), sorted(sys.modules)]))")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    code, said, modules = json.loads(proc.stdout)
    assert code == 1 and "no session 'no-such-session'" in said
    assert "reflect.cli.sessions" in modules
    assert not [m for m in modules if m in ("reflect.cpd_cli", "reflect.export.forms",
                                            "reflect.cli.report", "reflect.cli.library",
                                            "reflect.cli.importing")]
    extra = subprocess.run([sys.executable, "-m", "reflect", "open", "a", "b"],
                           capture_output=True, text=True, timeout=60)
    assert extra.returncode == 2 and "unrecognized arguments: b" in extra.stderr


def test_reflect_alone_reads_no_options_and_hashes_without_openssl(tmp_path, fictional_dir):
    """`reflect` with nothing after it has no option to read: argparse, the parser and how
    reflect was started (its usage line) were some 4 ms of the first frame's CPU. The lists'
    caches are named by SHA-256 without hashlib, which loads OpenSSL first (1.5-2.5 ms)."""
    modules_when_shown(tmp_path, fictional_dir)  # the first run fills the per-machine caches
    modules = modules_when_shown(tmp_path, fictional_dir)
    assert "reflect.ui.screens.start" in modules
    assert [m for m in modules if m in ("argparse", "reflect.cli.parser", "hashlib")] == []


def test_the_start_screen_s_modules_leave_the_copies_to_their_thread():
    """The copies of sessions found elsewhere are looked for once the lists are drawn, by a
    thread that imports what it needs: the start screen's modules name them for types only.
    Nor do they import Textual's DataTable, which the start screen has none of (2 ms of its
    first frame: `laid_out` asked whether a widget was one)."""
    proc = subprocess.run([sys.executable, "-c", "import sys, json\n"
                           "import reflect.ui.screens.start\n"
                           "print(json.dumps(sorted(sys.modules)))"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    modules = json.loads(proc.stdout)
    assert [m for m in modules if m in ("reflect.store.copies", "reflect.store.differences",
                                        "reflect.store.copy_names",
                                        "textual.widgets._data_table")] == []
