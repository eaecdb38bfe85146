"""Importing a published learning briefing (plain text or markdown) as review content.

Pure functions: no files, no Textual. The heading table is in `reflect.importer.headings`.
"""

from reflect.importer.parse import (
    BriefingError,
    ImportReport,
    dumps_review,
    import_action_plan,
    import_briefing,
    merge_action_plan,
    to_toml,
)

__all__ = ["BriefingError", "ImportReport", "dumps_review", "import_action_plan",
           "import_briefing", "merge_action_plan", "to_toml"]
