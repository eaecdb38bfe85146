"""The export dialog's keys are the ones its footer and its words show, at each moment.

A fresh-eyes trial at 80x24, a phone number (invented) in the notes: Ctrl+O, ↓ → to CSV (no
finding: the agreed actions only), `r` ("“r…” was not typed: this is a list of choices"),
then ← to JSON, which has the finding: `r` "did not answer: typing was seen in this dialog",
while the footer showed `r Export redacted` and the check said "(r: in the exported copy
only…)". The footer showed `^o Export` while Ctrl+O only said to choose; and Enter on the
option Tab lands on from the formats ticked it instead of exporting. Past a finding the
footer said nothing of Ctrl+O, which presses the button with the focus: `^o Press` (a
facilitator's trial).
"""

from __future__ import annotations

from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from tests.functional.helpers import (
    enter_text,
    said,
    screen_lines,
    shown,
    start_and_go_to,
    wait_for,
)


async def open_export(pilot, text: str):  # type: ignore[no-untyped-def]
    """A new session, `text` typed as question 1's answer, Ctrl+O: the dialog once checked."""
    screen = await start_and_go_to(pilot, "question")
    await enter_text(pilot, text)
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen)
                   and pilot.app.screen.checked)
    return screen, pilot.app.screen


def footer(app) -> str:  # type: ignore[no-untyped-def]
    return screen_lines(app)[-1]


def check_said(dialog: ExportScreen) -> str:
    return " ".join(shown(dialog.query_one("#findings")).split())


async def test_an_arrow_after_a_letter_brings_r_back_as_the_footer_says(fictional_dir,
                                                                        sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen, dialog = await open_export(pilot, "Ring the invented line on 07700 900123")
        await pilot.press("down", "right")  # CSV: the agreed actions, nothing found
        await wait_for(pilot, lambda: dialog.chosen_format == "csv" and dialog.checked)
        assert not dialog.findings
        await pilot.press("r")  # no key here: said not typed
        await wait_for(pilot, lambda: any("“r…” was not typed" in m for m in said(app)))
        await pilot.press("left")  # JSON, which has the finding: an arrow is no typing
        await wait_for(pilot, lambda: dialog.chosen_format == "json" and dialog.checked
                       and bool(dialog.findings))
        await wait_for(pilot, lambda: "r Export redacted" in footer(app))
        assert "^o Export" not in footer(app)  # Ctrl+O exports nothing past a finding
        assert "^o Press" in footer(app)  # it presses the button with the focus: said so
        assert "(r: in the exported copy only" in check_said(dialog)
        await pilot.press("r")
        target = sessions_dir / "exports" / f"{screen.session.id}-redacted.json"
        await wait_for(pilot, target.exists)
        assert "07700" not in target.read_text(encoding="utf-8")
        assert not any("did not answer" in m for m in said(app))


async def test_once_typing_is_seen_the_footer_and_words_name_the_buttons(fictional_dir,
                                                                         sessions_dir):
    """A word typed on after Ctrl+O still answers nothing (the protection kept); while r and
    e are off, neither the footer nor the check's words offer them."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen, dialog = await open_export(pilot, "Ring the invented line on 07700 900123")
        assert "r Export redacted" in footer(app) and "e Go and edit" in footer(app)
        await pilot.press("o", "r", "e")  # "ore…", typed on
        await wait_for(pilot, lambda: "r Export redacted" not in footer(app))
        assert isinstance(app.screen, ExportScreen)  # nothing answered
        assert "e Go and edit" not in footer(app) and "^o Export" not in footer(app)
        words = check_said(dialog)
        assert "(r:" not in words and "(e)" not in words, words
        assert "export anyway (Ctrl+A). Tab to a button, then Enter." in words, words
        assert "^a Export anyway" in footer(app)  # a Ctrl key, typed in no word: still on
        assert "^o Press" in footer(app)  # as Ctrl+O is (it was left out of the footer)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#export-redacted"))
        assert any(m.startswith("The check found likely personal details: Enter exports "
                                "redacted (its button has the focus; Ctrl+O again too), "
                                "Ctrl+A exports anyway") for m in said(app))
        assert not any("(r)" in m for m in said(app) if m.startswith("The check found"))
        # what the letters typed on were told goes: stacked with it over the buttons (60x20)
        assert not any("was not typed" in m or "did not answer" in m for m in said(app))
        assert not (sessions_dir / "exports").exists()
        await pilot.press("enter")  # the button with the focus
        target = sessions_dir / "exports" / f"{screen.session.id}-redacted.md"
        await wait_for(pilot, target.exists)


async def test_space_ticks_an_option_and_enter_there_exports(fictional_dir, sessions_dir):
    """Tab from the formats lands on the first option: Space ticks it, Enter exports (as
    Ctrl+O, the default button's key in a dialog)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, dialog = await open_export(pilot, "Nothing identifying in this invented note")
        assert "^o Export" in footer(app)
        await pilot.press("tab")
        box = dialog.query_one("#with-content")
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press("space")
        await wait_for(pilot, lambda: box.value)
        await wait_for(pilot, lambda: dialog.checked)
        await pilot.press("enter")
        target = sessions_dir / "exports" / f"{screen.session.id}.md"
        await wait_for(pilot, target.exists)
        assert app.screen is screen and box.value  # exported with the box as ticked


async def test_enter_on_an_option_past_a_finding_names_the_choice(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        _, dialog = await open_export(pilot, "Ring the invented line on 07700 900123")
        await pilot.press("tab")
        box = dialog.query_one("#with-content")
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#export-redacted"))
        assert not box.value  # not ticked
        assert any(m.startswith("The check found likely personal details: choose Export "
                                "redacted (r)") for m in said(app))
        assert not (sessions_dir / "exports").exists()


async def test_typing_after_an_arrow_turns_the_letters_off_again_and_says_so(fictional_dir,
                                                                             sessions_dir):
    """With r and e back after an arrow, a word typed on still answers nothing; the list
    says a letter once a visit, so the dialog says it, naming the keys now off."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen, dialog = await open_export(pilot, "Ring the invented line on 07700 900123")
        await pilot.press("x")  # said by the list of formats: r and e off
        await wait_for(pilot, lambda: "r Export redacted" not in footer(app))
        await pilot.press("down", "up")  # JSON, then Markdown again: no typing
        await wait_for(pilot, lambda: dialog.chosen_format == "md" and dialog.checked
                       and "r Export redacted" in footer(app))
        assert not any("was not typed" in m for m in said(app))  # (no longer so: taken back)
        await pilot.press("o", "r")
        await wait_for(pilot, lambda: any(
            m.startswith("“o…” was not typed. Typing on does not answer: its letter keys "
                         "(r, e) are off now.") for m in said(app)))
        assert "r Export redacted" not in footer(app)
        await wait_for(pilot, lambda: any("“r” did not answer" in m for m in said(app)))
        assert isinstance(app.screen, ExportScreen) and not (sessions_dir / "exports").exists()


async def test_after_a_finding_ctrl_o_again_presses_the_focused_button_and_ctrl_a_exports_anyway(
        fictional_dir, sessions_dir):
    """A facilitator's trial: after the check named something, Ctrl+O pressed again did
    nothing, and Export anyway had no key (Tab seven times). The first Ctrl+O puts the focus
    on Export redacted and says so; the next presses it (the choice made, never past the
    check unsaid). Ctrl+A, shown on the button, exports anyway: a Ctrl key, typed in no word."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen, dialog = await open_export(pilot, "Ring the invented line on 07700 900123")
        exports = sessions_dir / "exports"
        await pilot.press("ctrl+o")  # names the choice: nothing written
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#export-redacted"))
        assert not exports.exists()
        await pilot.press("ctrl+o")  # again: the button with the focus
        redacted = exports / f"{screen.session.id}-redacted.md"
        await wait_for(pilot, redacted.exists)
        assert "07700" not in redacted.read_text(encoding="utf-8")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen)
                       and app.screen.checked)
        assert "^a Export anyway" in footer(app)
        await pilot.press("ctrl+a")
        anyway = exports / f"{screen.session.id}.md"
        await wait_for(pilot, anyway.exists)
        assert "07700 900123" in anyway.read_text(encoding="utf-8")
