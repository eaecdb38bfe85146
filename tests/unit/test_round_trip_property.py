"""Any text a team can type saves and loads back identical (property-based)."""

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.model.session import Action, Answer, Session
from reflect.store.sessions import SessionError, load_session, save_session

# Any Unicode scalar value (no lone surrogates: those cannot be stored, see below), with the
# awkward cases made likely: CR, CRLF, triple quotes, emoji sequences, very long lines.
awkward = st.sampled_from(["\r", "\r\n", "\n", '"""', "'''", "\\", "\t", "👩🏽‍⚕️", "\u202e",
                           "\x00", "\x1b[31m", "[/]", "x" * 5000])
text = st.lists(st.one_of(st.text(st.characters(exclude_categories=["Cs"])), awkward),
                max_size=8).map("".join)


@settings(max_examples=150, deadline=None)
@given(answer=text, note=text, title=text, action=text)
def test_any_session_round_trips(answer, note, title, action):
    session = Session(id="20260101-child-zz-00000002", review_id="child-zz",
                      review_title="Child ZZ", title=title,
                      answers=[Answer(question_id="zz-first", question="Q?", text=answer)],
                      notes={"intro": note}, actions=[Action(text=action, owner=title)])
    with tempfile.TemporaryDirectory() as tmp:
        path = save_session(Path(tmp), session, touch=False)
        assert load_session(path) == session


@given(prefix=text)
def test_lone_surrogates_are_refused_before_writing(prefix):
    session = Session(id="20260101-child-zz-00000003", review_id="child-zz",
                      review_title="Child ZZ", title=prefix + "\udc80")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            save_session(Path(tmp), session)
        except SessionError as e:
            assert "cannot be saved" in str(e)
        else:
            raise AssertionError("saved text with a lone surrogate")
        assert list(Path(tmp).iterdir()) == []
