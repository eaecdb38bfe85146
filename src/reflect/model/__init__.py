"""Pure data models (pydantic): review content and saved sessions. Never imports textual."""

import os

# pydantic hands every model it validates to the plugins installed packages declare (their
# `pydantic` entry points): a session's contents would reach whatever another tool installed
# in the same environment, and looking the plugins up took some ten milliseconds of every
# start. reflect uses none; set before any model below is defined.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
