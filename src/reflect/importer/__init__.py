"""Importing a published learning briefing (plain text or markdown) as review content.

Pure functions: no files, no Textual. The heading table is in `reflect.importer.headings`.
"""

from reflect.importer.action_plan import import_action_plan, merge_action_plan
from reflect.importer.briefing import import_briefing
from reflect.importer.parse import BriefingError, ImportReport
from reflect.importer.toml_out import dumps_review, to_toml

__all__ = ["BriefingError", "ImportReport", "dumps_review", "import_action_plan",
           "import_briefing", "merge_action_plan", "to_toml"]
