"""Models, storage and exports never import textual (they must work without the UI)."""

import subprocess
import sys


def test_pure_modules_do_not_import_textual():
    code = (
        "import sys\n"
        "import reflect.cli, reflect.model.review, reflect.model.session, reflect.model.steps,"
        " reflect.model.sections, reflect.store.library, reflect.store.sessions,"
        " reflect.store.autosave, reflect.store.exports, reflect.export.markdown, reflect.paths,"
        " reflect.importer, reflect.report, reflect.export.identifiers, reflect.walk\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
