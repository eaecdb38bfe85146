"""Writing imported review data as TOML laid out like the hand-made content files, with the
lines the importer did not place kept as a comment block.

Pure: no files, no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import tomli_w

from reflect.importer.parse import ImportReport, Json

_COMMENT_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _is_tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _flat(table: Json) -> bool:
    return not any(isinstance(v, dict) or _is_tables(v) for v in table.values())


def _dump_table(table: Json, name: str) -> str:
    simple = {k: v for k, v in table.items() if not isinstance(v, dict) and not _is_tables(v)}
    out = (f"\n[{name}]\n" if name else "") + (tomli_w.dumps(simple) if simple else "")
    for key, value in table.items():
        full = f"{name}.{key}" if name else key
        if isinstance(value, dict):
            out += _dump_table(value, full)
        elif _is_tables(value):
            out += "".join(f"\n[[{full}]]\n{tomli_w.dumps(item)}" for item in value)
    return out


def dumps_review(data: Json) -> str:
    """Review data as TOML laid out like the hand-made content files (`[[good_practice]]`
    blocks rather than inline tables)."""
    def nested_ok(table: Json) -> bool:
        return all(_flat(item) for v in table.values() if _is_tables(v) for item in v) and all(
            nested_ok(v) for v in table.values() if isinstance(v, dict))

    text = _dump_table(data, "") if nested_ok(data) else tomli_w.dumps(data)
    return text.lstrip("\n")


def to_toml(report: ImportReport, left_out: Sequence[tuple[int, str]] = ()) -> str:
    """The review as TOML, then a comment block listing every line the importer did not place,
    one listing the pages' headers and footers (`ImportReport.furniture`) and one listing the
    lines left out in the preview (`set_aside`)."""
    out = dumps_review(report.review)
    gone = _comment(["", "# ---- Left out as the pages' headers and footers (line number: "
                     "text; \"pages\": taken off every page)"],
                    [("pages" if n is None else n, t) for n, t in report.furniture])
    gone += _comment(["", "# ---- Left out in the import preview (line number: text)"], left_out)
    if not report.unplaced:
        return (out + "\n# The importer placed every line of the briefing"
                + (" but those left out below.\n" + gone if gone else ".\n"))
    block = ["", "# ---- Not placed by the importer: move what belongs into the fields above,",
             "# ---- then delete this block. (line number: text)"]
    return out + _comment(block, report.unplaced) + gone


def _comment(head: list[str], lines: Sequence[tuple[int | str, str]]) -> str:
    """`head`, then `# n: text` for each line; "" for no lines."""
    if not lines:
        return ""
    block = list(head)
    for n, line in lines:
        safe = _COMMENT_UNSAFE.sub(lambda m: f"\\x{ord(m.group(0)):02x}", line.strip())
        block.append(f"# {n}: {safe}")
    return "\n".join(block) + "\n"
