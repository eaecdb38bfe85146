"""A new-session form's draft on disk (store/form_drafts.py): owner-only, written whole, read
back as written; a draft file that cannot be read is said and never written over; removed for
good once thrown away."""

from __future__ import annotations

import errno
import stat
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reflect.store.form_drafts import (
    DraftKeeper,
    DraftsFound,
    FormDraft,
    drafts_folder,
    find_drafts,
    kept_titles,
    read_draft,
    to_toml,
)

TYPED = FormDraft(review_id="child-zz", review_title="Child ZZ", title="Moorvale staff meeting",
                  team="Moorvale School", facilitator="Sam Sample",
                  participants="Sam Sample, Teacher, Moorvale School\nPat Example, DSL",
                  here=("Alex Invented, Nurse",), minutes=45, own_minutes="",
                  sessions_dir="/invented/sessions")


def test_a_draft_is_kept_owner_only_beside_the_settings_and_read_back_as_typed(
        tmp_path: Path) -> None:
    folder = drafts_folder()
    assert folder == tmp_path / "drafts"  # beside $REFLECT_SETTINGS (tests/conftest.py)
    keeper = DraftKeeper(find_drafts("child-zz"))
    keeper.keep(TYPED)
    assert keeper.error == "" and keeper.path == folder / "new-session-child-zz.toml"
    assert stat.S_IMODE(keeper.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [keeper.path.name]  # no temp file left
    back = read_draft(keeper.path)
    assert back.same_typing(TYPED) and back.saved is not None
    found = find_drafts("child-zz")
    assert found.offered is not None and found.offered[0] == keeper.path
    assert found.unreadable == [] and found.more == 0


def test_a_draft_that_cannot_be_read_is_said_and_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    garbage = folder / "new-session-child-zz.toml"
    garbage.write_bytes(b'title = "Moorvale\n]] not a draft')
    found = find_drafts("child-zz")
    assert found.offered is None
    assert len(found.unreadable) == 1 and str(garbage) in found.unreadable[0]
    assert "not valid TOML, at line 1" in found.unreadable[0]
    keeper = DraftKeeper(found)
    keeper.keep(TYPED)
    assert garbage.read_bytes() == b'title = "Moorvale\n]] not a draft'  # never written over
    assert keeper.path == folder / "new-session-child-zz.2.toml"
    again = find_drafts("child-zz")  # the new one offered, the bad one still said
    assert again.offered is not None and again.offered[0] == keeper.path
    assert len(again.unreadable) == 1


def test_drafts_not_as_reflect_writes_them_are_said(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "new-session-child-zz.toml").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "new-session-child-zz.2.toml").write_text('version = 1\nreview_id = "child-zz"\n'
                                                        'minutes = "forty"\n')
    (folder / "new-session-child-zz.3.toml").write_text('version = 7\nreview_id = "child-zz"\n')
    said = " | ".join(find_drafts("child-zz").unreadable)
    assert "not UTF-8" in said and "minutes: not as reflect writes it" in said
    assert "version 7" in said


def test_the_newest_is_offered_and_other_reviews_drafts_are_named(tmp_path: Path) -> None:
    first = DraftKeeper(find_drafts("child-zz"))
    first.keep(TYPED)
    DraftKeeper(find_drafts("child-yy")).keep(
        FormDraft(review_id="child-yy", review_title="Child YY", title="Another review's"))
    other = DraftKeeper(DraftsFound("child-zz", tmp_path / "drafts"))  # a second form at once
    other.keep(FormDraft(review_id="child-zz", review_title="Child ZZ", title="Newer"))
    assert other.path not in (None, first.path)  # a file of its own: neither written over
    found = find_drafts("child-zz")
    assert found.offered is not None and found.offered[1].title == "Newer"
    assert found.more == 1
    assert [d.review_title for d in found.elsewhere] == ["Child YY"]


def test_thrown_away_it_is_gone_for_good_and_nothing_typed_removes_it(tmp_path: Path) -> None:
    keeper = DraftKeeper(find_drafts("child-zz"))
    keeper.keep(TYPED)
    path = keeper.path
    assert path is not None
    keeper.keep(None)  # every box emptied: nothing to keep
    assert not path.exists()
    keeper.keep(TYPED)
    assert keeper.path is not None and keeper.path.exists()
    kept = keeper.path
    keeper.discard()  # the session was created, or the form thrown away
    keeper.keep(TYPED)  # a write already on its way, after
    assert not kept.exists() and list((tmp_path / "drafts").iterdir()) == []


def test_a_folder_that_cannot_be_written_is_said_not_raised(tmp_path: Path) -> None:
    (tmp_path / "drafts").write_text("a file where the folder should be")
    keeper = DraftKeeper(find_drafts("child-zz"))
    keeper.keep(TYPED)
    assert keeper.path is None
    assert keeper.error == f"{tmp_path / 'drafts'} cannot be written: a file, not a folder"
    assert find_drafts("child-zz").error.startswith(f"{tmp_path / 'drafts'} cannot be read")


# Text as a form's boxes can hold it: one line in a box, lines in the participants' box (a
# text area splits what is typed or pasted at "\r", and TOML reads "\r\n" back as "\n"); no
# lone surrogates (Textual decodes the terminal's keys as strict UTF-8).
BOX = st.text(alphabet=st.characters(blacklist_characters="\r\n",
                                     blacklist_categories=("Cs",)))
LINES = st.text(alphabet=st.characters(blacklist_characters="\r",
                                       blacklist_categories=("Cs",)))


@given(title=BOX, team=BOX, facilitator=BOX, offered=BOX, own_name=BOX, participants=LINES,
       here=st.lists(BOX, max_size=3), minutes=st.integers(0, 1440), own_length=st.booleans(),
       own_minutes=BOX, mode=st.sampled_from(["team", "individual"]))
def test_every_box_is_read_back_exactly_as_typed(  # type: ignore[no-untyped-def]
        tmp_path_factory, title, team, facilitator, offered, own_name, participants, here,
        minutes, own_length, own_minutes, mode) -> None:
    typed = FormDraft(review_id="child-zz", review_title="Child ZZ", mode=mode, title=title,
                      team=team, facilitator=facilitator, facilitator_offered=offered,
                      own_name=own_name, own_name_offered=offered, participants=participants,
                      here=tuple(here), minutes=minutes, own_length=own_length,
                      own_minutes=own_minutes)
    path = tmp_path_factory.mktemp("drafts") / "new-session-child-zz.toml"
    path.write_bytes(to_toml(typed))
    assert read_draft(path) == typed


def test_a_draft_let_go_is_not_offered_while_it_is_removed(tmp_path: Path) -> None:
    keeper = DraftKeeper(find_drafts("child-zz"))
    keeper.keep(TYPED)
    assert keeper.path is not None
    kept = keeper.path
    keeper.let_go()  # thrown away (on the UI thread: nothing removed yet)
    keeper.keep(replace(TYPED, title="Typed after"))  # a write on its way: not made
    assert find_drafts("child-zz").offered is None and kept.exists()
    keeper.discard()  # (in a worker)
    assert not kept.exists() and find_drafts("child-zz").offered is None


def test_a_draft_that_could_not_be_removed_is_offered_again(tmp_path: Path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keeper = DraftKeeper(find_drafts("child-zz"))
    keeper.keep(TYPED)
    kept = keeper.path
    assert kept is not None

    def refuse(path: Path, missing_ok: bool = False) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    keeper.let_go()
    monkeypatch.setattr(Path, "unlink", refuse)
    keeper.discard()
    assert keeper.error == f"{kept} could not be removed: Permission denied"
    found = find_drafts("child-zz")
    assert found.offered is not None and found.offered[0] == kept


def test_own_length_not_as_reflect_writes_it_is_said(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "new-session-child-zz.toml").write_text(
        'version = 1\nreview_id = "child-zz"\nown_length = "yes"\n')
    assert "own_length: not as reflect writes it" in find_drafts("child-zz").unreadable[0]


def test_kept_titles_names_each_review_with_a_draft_once(tmp_path: Path) -> None:
    folder = drafts_folder()
    assert kept_titles(folder) == []  # (no folder yet)
    DraftKeeper(find_drafts("child-zz")).keep(TYPED)
    DraftKeeper(DraftsFound("child-zz", folder)).keep(replace(TYPED, title="A second"))
    DraftKeeper(find_drafts("child-yy")).keep(
        FormDraft(review_id="child-yy", review_title="Child YY", title="Another review's"))
    (folder / "new-session-child-xx.toml").write_text("not a draft")
    assert kept_titles(folder) == ["Child YY", "Child ZZ"]
