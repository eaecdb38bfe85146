"""A new-session form typed but not yet started, kept on disk as a draft until the session is
created or the draft thrown away, and offered back the next time a new session is started
on its review.

The form held everything typed into it in memory alone: a terminal closed (or killed) with a
title and two participants typed lost them, and nothing said so the next time (a trial), where
every answer in a session reaches disk within seconds. A draft is one small TOML file per form
in a `drafts` folder beside the settings file (the per-user config folder, or beside
$REFLECT_SETTINGS), never in the sessions folder, which may be shared: it is the person's own,
unfinished typing. Files are owner-only (0600, in a 0700 folder) and written atomically.

A draft file that cannot be read is said and left as it is, never written over: a form
writes only a file it created itself (`write_atomic(replace=False)`: the first free name,
`new-session-<review>.toml`, then `new-session-<review>.2.toml`, ...) or the draft it was
offered and read. Two reflects typing a form on the same review keep one draft each.
"""

from __future__ import annotations

import errno
import re
import threading
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path

from reflect.store.atomic import ensure_private_dir, write_atomic

FOLDER = "drafts"
"""The drafts' folder, beside the settings file."""
VERSION = 1
_NAME = re.compile(r"^new-session-(?P<review>[a-z0-9][a-z0-9-]{0,63})(?:\.(?P<n>[0-9]{1,4}))?"
                   r"\.toml$")
_TEXT = ("review_id", "review_title", "mode", "title", "team", "facilitator", "own_name",
         "participants", "own_minutes", "sessions_dir", "facilitator_offered",
         "own_name_offered", "not_started")


def drafts_folder(settings_file: Path | None = None) -> Path:
    """Where drafts are kept: `drafts` beside the settings file (`settings_file`, else
    `settings_path()`)."""
    from reflect.store.settings import settings_path

    return (settings_file or settings_path()).parent / FOLDER


@dataclass(frozen=True)
class FormDraft:
    """What the new-session form held: each box as typed."""

    review_id: str
    review_title: str
    mode: str = "team"
    title: str = ""
    team: str = ""
    facilitator: str = ""
    facilitator_offered: str = ""
    """Who led the team's last session, put in the facilitator's box as the draft was typed
    ("" for none): a box emptied of them stays empty when they are offered again."""
    own_name: str = ""
    own_name_offered: str = ""
    """The name remembered as yours as the draft was typed: *Your name* emptied of it stays
    empty while it is the one remembered."""
    participants: str = ""
    """The participants box's text, line for line."""
    here: tuple[str, ...] = ()
    """Last time's participants ticked as here, each as `Participant.describe` says them."""
    minutes: int = 0
    """The meeting length chosen (0: no time plan)."""
    own_length: bool = False
    """Whether "Your own" was the length chosen (its box may hold no length yet): a length
    typed there, then a listed one chosen, came back as the length typed."""
    own_minutes: str = ""
    """What the "Your own length" box held."""
    sessions_dir: str = ""
    """The sessions folder of the reflect it was typed in."""
    saved: datetime | None = None
    """When it was written (set as it is)."""
    not_started: str = ""
    """Why the session it started could not be (its file not written), as Ctrl+S on it last
    found; "" where reflect closed before Ctrl+S. The form offered back said "never started
    (reflect closed first)" of a session whose file could not be written, reflect still open
    (a trial)."""

    def same_typing(self, other: FormDraft | None) -> bool:
        """Whether `other` holds the same typing (whenever each was written)."""
        return other is not None and replace(self, saved=None) == replace(other, saved=None)


class DraftError(Exception):
    """A draft file that cannot be read: the message names it and says why."""


def to_toml(draft: FormDraft) -> bytes:
    import tomli_w

    data = {k: v for k, v in asdict(draft).items() if v not in (None, "", ())}
    data["here"] = list(draft.here)
    head = ("# A new-session form typed in reflect that has not started a session yet.\n"
            "# Offered again by `n` on its review; deleting this file throws it away.\n")
    return head.encode() + tomli_w.dumps({"version": VERSION, **data},
                                         multiline_strings=True).encode("utf-8")


def read_draft(path: Path) -> FormDraft:
    """The draft in `path`; DraftError saying why it cannot be read."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise DraftError(f"{path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise DraftError(f"{path}: not text reflect wrote (not UTF-8)") from None
    except (tomllib.TOMLDecodeError, RecursionError) as e:  # (its line: no one mends it)
        line = re.search(r"line (\d+)", str(e))
        at = f", at line {line[1]}" if line else ""
        raise DraftError(f"{path}: not as reflect writes a draft (not valid TOML{at})"
                         ) from None
    if data.get("version") != VERSION:
        raise DraftError(f"{path}: not a draft this reflect reads (version "
                         f"{data.get('version', 'missing')!r}, this reflect reads {VERSION})")
    wrong = [k for k in _TEXT if not isinstance(data.get(k, ""), str)]
    here = data.get("here", [])
    if not isinstance(here, list) or not all(isinstance(h, str) for h in here):
        wrong.append("here")
    if not isinstance(data.get("own_length", False), bool):
        wrong.append("own_length")
    minutes = data.get("minutes", 0)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
        wrong.append("minutes")
    saved = data.get("saved")
    if saved is not None and not isinstance(saved, datetime):
        wrong.append("saved")
    if not data.get("review_id"):
        wrong.append("review_id")
    if wrong:
        raise DraftError(f"{path}: {', '.join(wrong)}: not as reflect writes it")
    known = {f.name for f in fields(FormDraft)}
    try:
        return FormDraft(**{k: v for k, v in data.items() if k in known and k != "here"},
                         here=tuple(here))
    except (TypeError, ValueError) as e:  # (never expected: each field is checked above)
        raise DraftError(f"{path}: {e}") from None


@dataclass
class DraftsFound:
    """The drafts kept for a review, as a new-session form on it opens."""

    review_id: str
    folder: Path
    offered: tuple[Path, FormDraft] | None = None
    """The newest draft that can be read, filled into the form."""
    more: int = 0
    """Other drafts for the review that can be read: offered one at a time, next time."""
    unreadable: list[str] = field(default_factory=list)
    """Why each draft file for the review that cannot be read cannot be (left as it is)."""
    elsewhere: list[FormDraft] = field(default_factory=list)
    """Drafts kept for other reviews."""
    error: str = ""
    """Why the folder itself could not be looked at ("" when it could, or is not there)."""


_going: set[Path] = set()
"""Drafts thrown away whose files a worker is removing (`DraftKeeper.let_go`): never offered
meanwhile, so a form opened at once is not filled in with what was just thrown away."""
_going_lock = threading.Lock()


def _review_of(name: str) -> str | None:
    m = _NAME.match(name)
    return m["review"] if m else None


def _written(found: tuple[Path, FormDraft]) -> tuple[float, int]:
    """When a draft was written: as it says (to the second), then as its file says."""
    path, draft = found
    try:
        changed = path.stat().st_mtime_ns
    except OSError:
        changed = 0
    return (draft.saved.timestamp() if draft.saved else 0.0), changed


def find_drafts(review_id: str, folder: Path | None = None) -> DraftsFound:
    """The drafts kept in `folder` (`drafts_folder()`) for `review_id`, and for others."""
    folder = folder if folder is not None else drafts_folder()
    found = DraftsFound(review_id, folder)
    try:
        names = sorted(p.name for p in folder.iterdir())
    except FileNotFoundError:
        return found
    except OSError as e:
        found.error = f"{folder} cannot be read: {e.strerror or e}"
        return found
    readable: list[tuple[Path, FormDraft]] = []
    for name in names:
        review = _review_of(name)
        with _going_lock:
            if review is None or folder / name in _going:
                continue
        try:
            draft = read_draft(folder / name)
        except DraftError as e:
            if review == review_id:
                found.unreadable.append(str(e))
            continue
        if review == review_id:
            readable.append((folder / name, draft))
        else:
            found.elsewhere.append(draft)
    if readable:
        readable.sort(key=_written)
        found.offered, found.more = readable[-1], len(readable) - 1
    return found


def kept_titles(folder: Path) -> list[str]:
    """The titles of the reviews with a draft in `folder` that can be read, each once, in
    order; none when the folder cannot be read."""
    return sorted({d.review_title or d.review_id for d in find_drafts("", folder).elsewhere})


class DraftKeeper:
    """Keeps one form's draft on disk: `keep` writes what the form holds (from any thread),
    `discard` removes it for good. Only a file this keeper created, or the draft it was
    offered, is ever written or removed."""

    def __init__(self, found: DraftsFound) -> None:
        self.folder = found.folder
        self.review_id = found.review_id
        self.path: Path | None = found.offered[0] if found.offered else None
        """The file this form's draft is in (None: none written yet)."""
        self.error = ""
        """Why the last write (or removal) failed; "" when it did not."""
        self._kept: FormDraft | None = found.offered[1] if found.offered else None
        """What the file holds."""
        self._latest: FormDraft | None = self._kept
        self._closed = False
        self._lock = threading.Lock()

    def hand(self, draft: FormDraft | None) -> None:
        """What the form holds now (None: nothing typed), for the next `flush` to write: each
        flush writes the latest handed, whichever thread's flush comes first."""
        self._latest = draft

    def start_failed(self, why: str) -> None:
        """The session started from the form could not be saved: its draft, kept, says `why`
        (`not_started`) when it is offered again."""
        if self._latest is not None:
            self.keep(replace(self._latest, not_started=why))

    def keep(self, draft: FormDraft | None) -> None:
        """`hand` then `flush`."""
        self.hand(draft)
        self.flush()

    def flush(self) -> None:
        """Write the draft last handed unless the file holds it; None: remove the file.
        Failures are kept in `error`, never raised."""
        from reflect.model.session import now

        with self._lock:
            draft = self._latest
            if self._closed or (draft is None and self.path is None) or (
                    draft is not None and draft.same_typing(self._kept)):
                return
            try:
                if draft is None:
                    self._remove()
                else:
                    self._write(replace(draft, saved=now()))
                self.error = ""
            except OSError as e:
                from reflect.store.missing_folder import cannot_write

                self.error = cannot_write(e, self.folder)

    def _write(self, draft: FormDraft) -> None:
        data = to_toml(draft)
        if self.path is not None:
            write_atomic(self.path, data)
        else:
            if self.folder.exists() and not self.folder.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "a file, not a folder", str(self.folder))
            ensure_private_dir(self.folder)
            for n in range(1, 1000):
                path = self.folder / (f"new-session-{self.review_id}" +
                                      (f".{n}" if n > 1 else "") + ".toml")
                if path.exists() or path.is_symlink():
                    continue  # another form's, or one that cannot be read: left alone
                try:
                    write_atomic(path, data, replace=False)
                except FileExistsError:
                    continue  # made at the same moment by another reflect
                self.path = path
                break
            else:
                raise OSError(f"no free name for a draft in {self.folder}")
        self._kept = draft

    def _remove(self) -> None:
        if self.path is not None:
            self.path.unlink(missing_ok=True)
        self.path, self._kept = None, None

    def let_go(self) -> None:
        """The form is thrown away: nothing is written from now on, and its draft is not
        offered while `discard` (in a worker) removes it. No disk work (on the UI thread)."""
        self._closed = True  # (a write under way ends first: `discard` waits for it)
        path = self.path
        if path is not None:
            with _going_lock:
                _going.add(path)

    def discard(self) -> None:
        """Remove the draft for good: the session is created, or the form thrown away. Any
        write after is ignored; a file that cannot be removed is offered again."""
        with self._lock:
            self._closed = True
            path = self.path
            try:
                self._remove()
                self.error = ""
            except OSError as e:
                self.error = f"{self.path} could not be removed: {e.strerror or e}"
            finally:
                if path is not None:
                    with _going_lock:
                        _going.discard(path)
