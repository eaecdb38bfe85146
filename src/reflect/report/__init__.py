"""Partnership reports: every team's sessions in shared folders, summed as evidence that
learning reached practice. Pure (no Textual): `gather` reads each session's facts (through a
per-machine cache), `build_report` counts, `make_report` does both as the app and the command
line do, and `to_markdown` / `to_html` / `to_csv` (and `to_overdue_csv`, the overdue actions
beside it) render."""

from reflect.report.action_line import ActionLine
from reflect.report.build import build_report
from reflect.report.dates import parse_due
from reflect.report.facts import SessionFacts
from reflect.report.gather import Filters, Gathered, gather
from reflect.report.lines import (
    LibraryReview,
    RecommendationLine,
    Report,
    ReviewLine,
    TeamLine,
    TeamReview,
)
from reflect.report.make import make_report, recommendation_labels
from reflect.report.render import (
    CSV_COLUMNS,
    OVERDUE_CSV_COLUMNS,
    overdue_csv_path,
    to_csv,
    to_html,
    to_markdown,
    to_overdue_csv,
)

__all__ = [
    "CSV_COLUMNS",
    "OVERDUE_CSV_COLUMNS",
    "ActionLine",
    "Filters",
    "Gathered",
    "LibraryReview",
    "RecommendationLine",
    "Report",
    "ReviewLine",
    "SessionFacts",
    "TeamLine",
    "TeamReview",
    "build_report",
    "gather",
    "make_report",
    "overdue_csv_path",
    "parse_due",
    "recommendation_labels",
    "to_csv",
    "to_html",
    "to_markdown",
    "to_overdue_csv",
]
