"""Exporting CPD records from the app: the check and the messages are about what the chosen
record prints. All names and text here are invented."""

from __future__ import annotations

from reflect.model.cpd import CpdChoices
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from tests.functional.helpers import wait_for


async def test_the_dialog_checks_each_record_on_what_it_prints(fictional_dir, sessions_dir):
    """A trial: a name in a Code theme's how held back the Social Work England record, which
    never prints it; the NMC account, which does, is still held back."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-own", mode="individual", title="Invented")
    session.cpd = CpdChoices(themes={"Prioritise people": 'listen to mum "Jo Fictional"'})
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        for fmt, expected in (("swe-md", []), ("nmc-discussion-pdf", []),
                              ("nmc-md", ["Jo Fictional"])):
            dialog = ExportScreen(session, review, fmt)
            await app.push_screen(dialog)
            await wait_for(pilot, lambda d=dialog: app.screen is d and d.checked)
            assert [f.text for f in dialog.findings] == expected, fmt
            await app.pop_screen()
