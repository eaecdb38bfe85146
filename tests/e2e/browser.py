"""A real browser for the room's end-to-end tests: Debian's chromium, driven by Selenium."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage")

needs_chromium = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
           "chromium-driver; .ci/run installs them)")
"""A module's `pytestmark`: skipped, saying why, where there is no browser."""


@functools.cache
def _scratch() -> str:
    """A folder of this process's own for the browsers' temporary files, removed as it ends:
    Chromium leaves a folder for its single-instance socket in the temporary folder at every
    start (org.chromium.Chromium.*), and /tmp gathered one per browser started, run after run."""
    folder = tempfile.mkdtemp(prefix="reflect-test-chromium-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def chromium(javascript: bool = True):  # type: ignore[no-untyped-def]
    """A headless chromium (with JavaScript turned off unless `javascript`): quit it after."""
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ARGS:
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(str(CHROMEDRIVER), env={**os.environ, "TMPDIR": _scratch()})
    return webdriver.Chrome(options=options, service=service)

