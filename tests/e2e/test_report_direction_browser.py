"""The report's web page in a real browser (headless Chromium): a chart's label typed in
Hebrew or Arabic is drawn right to left, ending beside its bar as one in English does
(`escaping.svg_text`; tests/unit/test_html_right_to_left.py has the attributes, here how
Chromium lays them out). SVG has no `dir="auto"`: laid out left to right, a Hebrew title
holding `Riverside 3` showed its first word at its left, after the Latin, and an Arabic title
cut short its "…" at its right, beside the word it begins with. Invented words only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reflect.report import Filters, build_report, gather, to_html
from tests.e2e.browser import needs_chromium
from tests.e2e.test_room_browser import browsers, driver_factory  # noqa: F401  (fixtures)
from tests.unit.test_html_right_to_left import meetings_held

pytestmark = needs_chromium

ENGLISH = "Child ZZ (Invented Shire)"
MIXED = "צוות Riverside 3 בדוי"  # "Riverside 3 invented team"
LONG = "مراجعة مخترعة رقم 12 عن طفل خيالي في مقاطعة بعيدة"  # cut, with "…", in the chart
TITLES = {"child-zz": ENGLISH, "child-yy": MIXED, "child-xx": LONG}

DRAWN = """
var out = {};
var chart = document.querySelector("svg");
out.width = chart.viewBox.baseVal.width;
chart.querySelectorAll("text").forEach(function (t) {
  var title = t.querySelector("title");
  if (!title) { return; }  // (a bar's number)
  var n = t.getNumberOfChars(), box = t.getBBox();
  var shown = t.textContent.slice(title.textContent.length);
  out[title.textContent] = {
    direction: getComputedStyle(t).direction, left: box.x, right: box.x + box.width,
    first: t.getStartPositionOfChar(0).x, last: t.getStartPositionOfChar(n - 1).x,
    latin: shown.indexOf("R") < 0 ? null : t.getStartPositionOfChar(shown.indexOf("R")).x};
});
return out;
"""


def _report(fictional_dir: Path, sessions_dir: Path, folder: Path) -> Path:
    meetings_held(fictional_dir, sessions_dir, TITLES)
    today = date(2026, 12, 4)
    page = folder / "report.html"
    page.write_text(to_html(build_report(gather([sessions_dir], Filters(), today), TITLES, today)),
                    encoding="utf-8")
    return page


def test_a_charts_right_to_left_label_reads_right_to_left_ending_beside_its_bar(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        driver_factory: Callable[[bool], Any]) -> None:  # noqa: F811
    page = _report(fictional_dir, sessions_dir, tmp_path)
    driver = driver_factory(True)
    driver.get(page.as_uri())
    drawn = driver.execute_script(DRAWN)
    width = drawn.pop("width")
    label_ends = 222  # (its x: 8 before the bars)
    english, mixed, long = drawn[ENGLISH], drawn[MIXED], drawn[LONG]
    assert [english["direction"], mixed["direction"], long["direction"]] == ["ltr", "rtl", "rtl"]
    for label in (english, mixed, long):  # each ends beside its bar, none over it
        assert abs(label["right"] - label_ends) < 1.5, label
    for label in (english, mixed):  # and inside the chart (`LONG`, cut to 34 letters, runs
        # some 4 px past its left edge, as it did left to right: wider letters than Latin)
        assert 0 <= label["left"] and label["right"] <= width, label
    assert english["first"] < english["last"]  # English as before: "C" at its left
    assert mixed["first"] > mixed["latin"], mixed  # its first (Hebrew) word at its right
    assert long["last"] < long["first"], long  # the "…" at its left, where it is cut
