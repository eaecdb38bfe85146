"""Import a briefing from the app: choose the file, preview what was found, then save or cancel."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from reflect.text import one_line
from reflect.ui.widgets.literal import Literal


class ImportScreen(ModalScreen[Path | None]):
    """Dismisses with the review file written, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, content_dir: Path) -> None:
        super().__init__()
        self.content_dir = content_dir
        self.toml: str | None = None
        self.target: Path | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="import-dialog"):
            yield Literal("Import a briefing", "bold")
            yield Literal("Copy the briefing's text from its web page or PDF into a text file, "
                          "then give the file's path here. Enter shows what will be imported.")
            path = Input(placeholder="e.g. ~/Downloads/child-v-briefing.txt", id="import-path")
            path.border_title = "Briefing file"
            yield path
            review_id = Input(placeholder="child-v (leave empty to take it from 'Child V')",
                              id="import-id")
            review_id.border_title = "Review id (optional)"
            yield review_id
            yield Literal("", id="import-preview")
            with Horizontal(classes="buttons"):
                yield Button("Preview", id="import-preview-button", variant="primary")
                yield Button("Save to the library", id="import-save", disabled=True)
                yield Button("Cancel", id="import-cancel")

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#import-preview-button")
    def preview(self) -> None:
        from reflect.importer import BriefingError, import_briefing, to_toml

        preview = self.query_one("#import-preview", Literal)
        save = self.query_one("#import-save", Button)
        save.disabled, self.toml = True, None
        raw = self.query_one("#import-path", Input).value.strip()
        source = Path(raw).expanduser()
        try:
            text = source.read_text(encoding="utf-8-sig")
            report = import_briefing(text, self.query_one("#import-id", Input).value.strip()
                                     or None)
        except (OSError, UnicodeDecodeError) as e:
            preview.show(f"Cannot read {source}: {getattr(e, 'strerror', None) or e}", "bold")
            return
        except BriefingError as e:
            preview.show(f"{source}: {e}", "bold")
            return
        review = report.review
        self.target = self.content_dir / f"{review['id']}.toml"
        lines = [f"{review['title']}: {review['review_type']}, {review['partnership']}",
                 f"Will be saved as {self.target}"
                 + (" (REPLACING the review already there)" if self.target.exists() else ""),
                 "Found: " + ", ".join(f"{k.replace('_', ' ')} {n}"
                                       for k, n in report.counts.items() if n)]
        if report.unplaced:
            lines.append(f"{len(report.unplaced)} line(s) not placed in any field (they are kept "
                         "as a comment in the file, to move by hand):")
            lines += [f"  line {n}: {one_line(t, 100)}" for n, t in report.unplaced]
        else:
            lines.append("Every line of the briefing was placed.")
        preview.show("\n".join(lines))
        self.toml = to_toml(report)
        save.disabled = False

    @on(Button.Pressed, "#import-save")
    def save(self) -> None:
        from reflect.store.atomic import write_atomic

        if self.toml is None or self.target is None:
            return
        try:
            write_atomic(self.target, self.toml.encode("utf-8"), mode=0o644)
        except OSError as e:
            self.notify(f"Could not write {self.target}: {e.strerror or e}", severity="error")
            return
        self.dismiss(self.target)

    @on(Button.Pressed, "#import-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
