"""No module over 400 lines (#16): a newcomer reads one in a sitting. The last stop ended with
the app's module at 410 lines, and nothing noticed."""

from pathlib import Path

LIMIT = 400
SRC = Path(__file__).resolve().parents[2] / "src" / "reflect"


def test_no_module_is_over_400_lines() -> None:
    sizes = {p.relative_to(SRC).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in SRC.rglob("*.py")}
    assert len(sizes) > 100  # the package was found
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
