"""The start screen's removing of a review from the library (Delete on the review list), as
`reflect remove` does it: asked first, the file moved into the library's `removed` folder
(store/removing.py), and while saved sessions are on the review, said, naming them, and done
only by its own button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from reflect.text import one_line
from reflect.ui.screens.start_manage import ManagingScreen

if TYPE_CHECKING:
    from reflect.store.catalogue import ReviewSummary
    from reflect.store.removing import Removal


class RemovingScreen(ManagingScreen):
    """Removes the chosen review from the library."""

    def action_remove_review(self) -> None:
        review = self.selected_review()
        if review is not None:
            self._look_before_removing(review)

    @work(thread=True, group="manage", exit_on_error=False)
    def _look_before_removing(self, review: ReviewSummary) -> None:
        """The sessions on it are counted (a folder's reading) off the UI thread."""
        from reflect.store.removing import removal

        what = removal(review.path, review.id, review.title, self.reflect_app.sessions_dir)
        self.app.call_from_thread(self._confirm_removal, what)

    def _confirm_removal(self, what: Removal) -> None:
        from reflect.store.removing import remove_review_file, removed_folder
        from reflect.ui.screens.confirm import ConfirmScreen

        kept = removed_folder(self.reflect_app.content_dir)
        said = one_line(what.named().replace(f" ({what.path})", ""), 120)
        if what.sessions:
            question = f"Remove {said} from the library?\n\n{what.what_follows()}"
            yes, by_letter = "Remove anyway", False  # its button only, as Replace is
        else:
            question = (f"Remove {said} from the library?\n\nNothing is deleted: move its "
                        "file back into the library folder to restore it.")
            yes, by_letter = "Remove", True

        def answered(remove: bool | None) -> None:
            if remove:
                self._manage(lambda: remove_review_file(what.path),
                             f"Removed {said} from the library: its file is in {kept}.")

        self.app.push_screen(ConfirmScreen(question, yes=yes, no="Keep", yes_by_letter=by_letter,
                                           path=("Its file is moved into", kept),
                                           path_after_question=True), answered)

