"""The start screen's deleting of the emergency copies that hold nothing new (the button under
the lists): each holds the same as its session's saved file (store/copies.py), so nothing in
it is missing there. Asked first; each is compared again as it is deleted, and one that no
longer holds the same is kept (`copy_restore.delete_copy`).

Such copies were said under the lists on every start, for ever, with nothing to say they could
go. A copy older than its session's file may hold words deleted since: it is never deleted
here (`reflect delete-copy` asks about it, saying so)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.widgets import Button

from reflect.ui.screens.start_problems import same_copies
from reflect.ui.screens.start_remove import RemovingScreen

if TYPE_CHECKING:  # (types only: the copies are read after the first frame)
    from reflect.store.copies import FoundCopy


def delete_question(copies: list[FoundCopy]) -> str:
    """The question asked first (one copy's path is said whole by the dialog: `delete_path`)."""
    same = same_copies(copies)
    if len(same) == 1:
        return ("Delete this emergency copy? It holds the same as its session's saved file, "
                "so nothing in it is missing there (it is compared again first, and kept if "
                "it no longer is).")
    return "\n".join([
        f"Delete these {len(same)} emergency copies? Each holds the same as its session's saved "
        "file, so nothing in it is missing there (each is compared again first, and kept if "
        "it no longer is):", *(f"  {c.path}" for c in same)])


def delete_path(copies: list[FoundCopy]) -> tuple[str, Path] | None:
    same = same_copies(copies)
    return ("The copy:", same[0].path) if len(same) == 1 else None


class CopiesScreen(RemovingScreen):
    """Deletes the copies that hold nothing new, after asking."""

    @on(Button.Pressed, "#delete-same-copies")
    def ask_to_delete_copies(self) -> None:
        # (imported here: the dialog's module brings the models, kept out of start-up)
        from reflect.ui.screens.confirm import ConfirmScreen

        same = same_copies(self.copies)
        if not same:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete_copies([c.path for c in same])

        self.app.push_screen(ConfirmScreen(delete_question(same), yes="Delete", no="Keep",
                                           path=delete_path(same)), answered)

    @work(thread=True, group="copies", exit_on_error=False)
    def _delete_copies(self, paths: list[Path]) -> None:
        from reflect.store.copy_restore import delete_copy
        from reflect.store.errors import SessionError

        kept: list[str] = []
        deleted = 0
        for path in paths:
            try:
                delete_copy(path, self.reflect_app.sessions_dir)
                deleted += 1
            except SessionError as e:
                kept.append(str(e))
        self.app.call_from_thread(self._copies_deleted, deleted, kept)

    def _copies_deleted(self, deleted: int, kept: list[str]) -> None:
        if deleted:
            self.notify(f"Deleted {deleted} emergency cop{'ies' if deleted > 1 else 'y'} "
                        "holding nothing new.", markup=False)
        for problem in kept:
            self.notify(f"Kept: {problem}", severity="warning", timeout=15, markup=False)
        self._read_copies()
