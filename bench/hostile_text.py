"""Hostile text through every export: ten kinds of payload in every field a person types.

A session file is written by hand (as `walk`, a shared folder or another tool could leave it)
with one payload in every text field — title, team, facilitator, participants, points,
answers, What? / So what? / Now what?, notes, actions, what I will do differently, drafts —
then read back the way reflect reads any session and exported in every format. For each
(format, payload) pair it checks that nothing reached the output that could act:

- no terminal control character (ESC, BEL, NUL, C1, the right-to-left override);
- HTML: no tag of the payload's own (it is escaped text);
- Markdown: the document's structure (headings, tables, code blocks, lists) is the same as
  with harmless text in the same fields;
- CSV: no cell starts as a formula (=, +, -, @).

    python bench/hostile_text.py          # prints the counts; exit 1 on any leak
    python bench/hostile_text.py --tiny   # one format of each kind (bench/run.py's --tiny)

The figures are in docs/reliability.md. All text is invented.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import tomli_w

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from reflect.model.session import Action, Answer, Participant, Point, Session  # noqa: E402
from reflect.store.exports import FORMATS, render_bytes  # noqa: E402
from reflect.store.library import load_library  # noqa: E402
from reflect.store.sessions import read_session  # noqa: E402

PAYLOADS = {
    "markup": "[bold]loud[/] [@click=app.quit]click[/]",
    "title escape": "\x1b]0;PWNED\x07",
    "clear screen": "\x1b[2J\x1b[H",
    "clipboard write": "\x1b]52;c;SGVsbG8=\x07",
    "terminal link": "\x1b]8;;http://x.invalid\x07link\x1b]8;;\x07",
    "right-to-left override": "\u202eevil\u202c",
    "NUL and C1": "a\x00b\x9bc",
    "HTML": "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "Markdown structure": "~~~\n| a | b |\n|---|---|\n# not a heading\n> quote",
    "CSV formula": '=HYPERLINK("http://x.invalid","x")',
}
CONTROLS = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
TAGS = re.compile(r"<(script|img)\b", re.IGNORECASE)


MARK = "@@payload@@"


def session_data(text: str) -> dict[str, object]:
    """A session with `text` in every field a person types (invented words around it).

    The session is built with a harmless mark, which is then replaced by `text` in the plain
    data: the model would clean the payload on the way in, and the file must hold it raw."""
    text, payload = MARK, text
    people = [Participant(id="p1", name=f"Invented Name {text}", role=f"Role {text}",
                          agency=f"Agency {text}")]
    answers = [Answer(question_id="zz-first", question="What would you do first?",
                      text=f"Summary {text}", what=f"What {text}", so_what=f"So {text}",
                      now_what=f"Now {text}", points=[Point(text=f"Point {text}", by="p1")])]
    session = Session(id="20260101-child-zz-0000beef", review_id="child-zz",
                      review_title="Child ZZ", mode="team", title=f"Title {text}",
                      team=f"Team {text}", facilitator=f"Facilitator {text}",
                      participants=people, answers=answers,
                      notes={"intro": f"Notes {text}"},
                      actions=[Action(id="a1", text=f"Action {text}", owner=f"Owner {text}",
                                      due=f"Due {text}")],
                      differently=f"Differently {text}")
    data = session.model_dump(mode="python", exclude_none=True)  # (datetimes as TOML writes them)
    data["drafts"] = {"point:zz-first": f"Draft {text}"}
    return _raw(data, payload)  # type: ignore[return-value]


def _raw(value: object, payload: str) -> object:
    if isinstance(value, dict):
        return {k: _raw(v, payload) for k, v in value.items()}
    if isinstance(value, list):
        return [_raw(v, payload) for v in value]
    return value.replace(MARK, payload) if isinstance(value, str) else value


def write_raw(folder: Path, text: str) -> Path:
    data = session_data(text)
    path = folder / f"{data['id']}.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def shown_text(fmt: str, out: bytes) -> str:
    """The text of an export as a reader meets it (Word: its document XML, unescaped)."""
    if fmt.endswith("docx"):
        with zipfile.ZipFile(io.BytesIO(out)) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", "", xml).replace("&lt;", "<").replace("&gt;", ">") \
            .replace("&amp;", "&")
    if fmt.endswith("pdf"):
        return ""  # drawn glyphs: checked only for being written at all
    return out.decode("utf-8-sig")


def structure(md: str) -> list[str]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    return [t.type for t in tokens if t.type.endswith("_open") or t.type in ("fence", "hr")]


def leaks(fmt: str, out: bytes, baseline: bytes) -> list[str]:
    text = shown_text(fmt, out)
    found = []
    if CONTROLS.search(text):
        found.append("control character")
    if fmt == "html" and TAGS.search(text):
        found.append("HTML tag")
    if fmt.endswith("md") and structure(text) != structure(shown_text(fmt, baseline)):
        found.append("Markdown structure changed")
    if fmt == "csv":
        for row in csv.reader(io.StringIO(text)):
            if any(cell[:1] and cell[0] in "=+-@" for cell in row):
                found.append("formula cell")
                break
    return found


def main(formats: tuple[str, ...] = tuple(FORMATS)) -> int:
    from tests.conftest import FICTIONAL_REVIEW  # an invented review

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
        review = load_library(Path(tmp)).get("child-zz")
    assert review is not None
    started = time.perf_counter()
    checked, problems = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain_session, _ = read_session(write_raw(folder, "harmless words"))
        baselines = {fmt: render_bytes(plain_session, fmt, review) for fmt in formats}
        for name, payload in PAYLOADS.items():
            path = write_raw(folder, payload)
            before = path.read_bytes()
            session, _ = read_session(path)
            if path.read_bytes() != before:
                problems.append(f"{name}: reading rewrote the file")
            for fmt in formats:
                checked += 1
                try:
                    out = render_bytes(session, fmt, review)
                except Exception as e:  # noqa: BLE001 - a crash is a finding too
                    problems.append(f"{fmt} / {name}: {type(e).__name__}: {e}")
                    continue
                problems += [f"{fmt} / {name}: {what}" for what in
                             leaks(fmt, out, baselines[fmt])]
    seconds = time.perf_counter() - started
    print(f"{len(PAYLOADS)} kinds of payload x {len(formats)} export formats = {checked} "
          f"exports, every typed field holding the payload: {len(problems)} leak(s), "
          f"{seconds:.1f} s")
    for problem in problems:
        print(f"  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))  # tests.conftest, bench.run
    if sys.argv[1:] == ["--tiny"]:
        from bench.run import TINY_FORMATS

        raise SystemExit(main(TINY_FORMATS))
    raise SystemExit(main())
