"""The room's page for a multilingual team, in a real browser (headless Chromium): a point, a
name, the review's title, a question, a point shared and the confidence check's question in
Hebrew or Arabic read right to left, each apart from reflect's left-to-right words around it
(`pages.AUTO`, `<bdi>`). Laid out in the page's own left-to-right order, a Hebrew point shared
ended with its full stop at its right, where its words begin (tests/unit/test_room_direction.py
has every such text; here, how Chromium lays them out), and none of them wider than a phone's
page, a link pasted as a point among them. Invented words only."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from reflect.room.contract import RoomQuestion
from tests.e2e.browser import needs_chromium
from tests.e2e.test_room_browser import (  # noqa: F401  (the module's browsers, as fixtures)
    browsers,
    driver_factory,
    mine,
    off,
    quick_reload,
    room,
    until,
    write,
)

pytestmark = [needs_chromium, pytest.mark.usefixtures("quick_poll")]

HEBREW = RoomQuestion(step_key="q:zz-q1", review_title="ילד דמה (מחוז בדוי)",
                      heading="Question 1 of 3", text="מה עזר לצוות לשתף מידע?")
POINT = "نقطة مخترعة: اتصلت الزائرة الصحية 3 مرات."  # invented, Arabic
SHARED = "נקודה בדויה שהוצגה לכולם."
AT_LATIN = "נקודה בדויה נוספת @Kim Example"  # an "@…" that named no one listed, kept
UNBROKEN = "https://invented.example/" + "ש" * 120  # a link pasted as a point: no space to wrap

LAID_OUT = """
var out = {};
[["review", ".review"], ["question", ".question"], ["shared", "ul.shared li"],
 ["point", "#mine .text"], ["prompt", "legend"], ["box", "#text"], ["name", "#name"]]
.forEach(function (pair) {
  var el = document.querySelector(pair[1]);
  if (!el) { return; }
  var said = {direction: getComputedStyle(el).direction,
              isolated: getComputedStyle(el).unicodeBidi};
  var node = el.firstChild;
  if (node && node.nodeType === 3 && node.length > 1) {  // where its first and last letters are
    var range = document.createRange();
    range.setStart(node, 0); range.setEnd(node, 1);
    said.first = range.getBoundingClientRect().left;
    range.setStart(node, node.length - 1); range.setEnd(node, node.length);
    said.last = range.getBoundingClientRect().left;
  }
  out[pair[0]] = said;
});
// "@Kim Example" after Hebrew words: its "@" before its name, not after it
function leftOf(li, letter) {  // where `letter` is drawn, in whichever element holds it
  var walk = document.createTreeWalker(li, NodeFilter.SHOW_TEXT), node;
  while ((node = walk.nextNode())) {
    var i = node.data.indexOf(letter);
    if (i >= 0) {
      var r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
      return r.getBoundingClientRect().left;
    }
  }
  return null;
}
var items = document.querySelectorAll("ul.shared li");
if (items.length > 1) { out.at = {sign: leftOf(items[1], "@"), name: leftOf(items[1], "K")}; }
// a bullet past the page's edge (a right-to-left item's, where the list had room at its left)
out.wider = document.documentElement.scrollWidth > document.documentElement.clientWidth;
return out;
"""


async def test_right_to_left_words_read_right_to_left_beside_reflects_own(
        room, driver_factory):  # noqa: F811
    room_, got = room
    room_.show(HEBREW)
    driver: Any = await asyncio.to_thread(driver_factory, True)
    await off(driver.set_window_size, 420, 900)  # (a phone's width)
    await off(driver.get, room_.url)
    await off(write, driver, POINT, "דנה בדויה")
    await until(lambda: POINT in mine(driver), "the point listed")
    room_.share(HEBREW.step_key, [SHARED, AT_LATIN, UNBROKEN])
    room_.ask_confidence("start", "עד כמה אתם בטוחים? " + UNBROKEN)
    await until(lambda: SHARED in driver.page_source and "<legend" in driver.page_source,
                "the point shared and the question asked")
    await off(lambda: driver.find_element("id", "text").send_keys("טיוטה בדויה"))
    laid = await off(driver.execute_script, LAID_OUT)
    assert laid.pop("wider") is False  # (a word wider than the page ran past its edge)
    at = laid.pop("at")
    assert at["sign"] < at["name"], at
    assert {k: v["direction"] for k, v in laid.items()} == dict.fromkeys(
        ("review", "question", "shared", "point", "prompt", "box", "name"), "rtl")
    assert laid["point"]["isolated"] == "isolate"  # (inside the line "Waiting …")
    for text in ("shared", "point"):  # the full stop, last, at the left: where RTL ends
        assert laid[text]["last"] < laid[text]["first"], (text, laid[text])
    assert [p.name for p in got.points] == ["דנה בדויה"]
