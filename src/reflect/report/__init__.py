"""Partnership reports: every team's sessions in shared folders, summed as evidence that
learning reached practice. Pure (no Textual): `gather` reads, `build_report` counts, and
`to_markdown` / `to_html` / `to_csv` render."""

from reflect.report.gather import (
    ActionLine,
    Filters,
    Gathered,
    RecommendationLine,
    Report,
    ReviewLine,
    TeamLine,
    TeamReview,
    build_report,
    gather,
    parse_due,
)
from reflect.report.render import CSV_COLUMNS, to_csv, to_html, to_markdown

__all__ = [
    "CSV_COLUMNS",
    "ActionLine",
    "Filters",
    "Gathered",
    "RecommendationLine",
    "Report",
    "ReviewLine",
    "TeamLine",
    "TeamReview",
    "build_report",
    "gather",
    "parse_due",
    "to_csv",
    "to_html",
    "to_markdown",
]
