"""The participants' pages as HTML: every piece of text is cleaned of control characters and
escaped here, in one place. Plain HTML and CSS that work without JavaScript; the small script in
static/room.js only refreshes the sections built by `sections()`."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote

from reflect.room.state import MAX_POINT, Participant, RoomState
from reflect.text import printable

STATUS_WORDS = {"waiting": "Waiting", "accepted": "Accepted", "declined": "Declined",
                "removed": "Taken out", "dropped": "Not added"}
GONE = {"declined": "Not added by the facilitator (not in the notes).",
        "removed": "Taken out of the notes by the facilitator.",
        "dropped": "The room closed before the facilitator decided (not in the notes)."}
LEVELS = {1: "1 (not at all)", 2: "2", 3: "3", 4: "4", 5: "5 (very)"}


def e(text: str) -> str:
    """`text` safe in HTML content or a quoted attribute."""
    return escape(printable(text), quote=True)


AUTO = ' dir="auto"'
"""On every element holding text typed by someone (a point, a name, the review's title, a
question, a prompt): its direction is its own first strong letter's, and it is isolated from
reflect's words around it (`dir` gives `unicode-bidi: isolate`). Without it a point or a name
in Hebrew or Arabic took the page's left-to-right order: its full stop and a number beside it
on the wrong side, and a right-to-left point set against the left edge."""


def isolated(text: str) -> str:
    """Typed text inside one of reflect's sentences, in its own direction (`<bdi>`)."""
    return f"<bdi>{e(text)}</bdi>"


AT_NAME = re.compile(r"(?<=\s)@\S+(?:[ \t]+[^\s@]\S*){0,2}(?=\s*$)")
"""An "@…" at a point's end, up to three words, its sentence's full stop left out: who said
it, as model/attribution.py reads it, kept in the words where it named no one listed."""


def point_words(text: str) -> str:
    """A point's words, safe in HTML, an "@…" at their end in its own direction (`<bdi>`):
    "@Kim Example" after Hebrew words showed as "Kim Example@", and an Arabic name after
    English words took the number after it to its other side."""
    said = printable(text)
    at = AT_NAME.search(said)
    name = at.group().rstrip(".,;:!?") if at else ""  # (model/attribution.py's `_STOP`)
    if at is None or name == "@":
        return escape(said, quote=True)
    end = at.start() + len(name)
    return (escape(said[:at.start()], quote=True) + f"<bdi>{escape(name, quote=True)}</bdi>"
            + escape(said[end:], quote=True))


REFRESH = '<meta http-equiv="refresh" content="5">'
STOP = '<main tabindex="0">'
"""The status frame's page holding no link (`document(stop=True)`): the frame is a Tab stop
all the same (Chromium focuses a frame's document when it holds nothing focusable, and
`tabindex="-1"` on the <iframe> would skip its "show what is on now" link too), and the
browser did not scroll to a document focused so: at 360x740 the focus went off screen below
Send, with no ring, and a keyboard user was lost (a phone trial). Its <main> takes the focus
instead, which the browser scrolls into view and rings (room.css); with a link, the link
does."""


def document(title: str, body: str, *, refresh: bool = False, framed: bool = False,
             status_frame: bool = False, stop: bool = False) -> str:
    """A whole page. `refresh` reloads it every 5 seconds when JavaScript is off (while the
    page has nothing to type into, so nothing typed is lost). `status_frame`: the page has a
    box or a choice to fill in, so it never reloads itself, and without JavaScript a frame
    (`status_section`) shows what changes; its own copy of those parts is hidden then
    (static/noscript.css). `framed`: that frame's own page, which reloads itself; `stop`: it
    holds nothing to act on, and its <main> takes the focus (`STOP`)."""
    head = REFRESH if framed else f"<noscript>{REFRESH}</noscript>" if refresh else ""
    if status_frame:
        head += '<noscript><link rel="stylesheet" href="/static/noscript.css"></noscript>'
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta name=\"referrer\" content=\"no-referrer\">{head}<title>{e(title)}</title>"
            "<link rel=\"stylesheet\" href=\"/static/room.css\">"
            + ("" if framed else "<script src=\"/static/kept.js\" defer></script>"
               "<script src=\"/static/room.js\" defer></script>")
            + "</head>\n" + ('<body class="framed">' if framed else "<body>")
            + (STOP if stop else "<main>")
            + f"{body}</main></body></html>\n")


def landing(message: str = "", code: str = "") -> str:
    alert = f'<p class="message" role="alert">{e(message)}</p>' if message else ""
    return document("Join the room", (
        "<h1>Join the room</h1>"
        "<p>Type the room code the facilitator shows on their screen.</p>"
        f"{alert}<form method=\"post\" action=\"/\">"
        "<label for=\"code\">Room code</label>"
        f"<input id=\"code\" name=\"code\" value=\"{e(code)}\" autocomplete=\"off\" "
        "autocapitalize=\"characters\" spellcheck=\"false\" maxlength=\"20\" required>"
        "<button type=\"submit\">Join</button></form>"))


def refusal(title: str, text: str, link: str = "/", link_text: str = "Back") -> str:
    return document(title, f"<h1>{e(title)}</h1><p>{e(text)}</p>"
                           f"<p><a href=\"{e(link)}\">{e(link_text)}</a></p>")


ASKING = "A quick question from the facilitator"
"""The heading while the confidence check is asked away from a question: it was headed
"Waiting for the facilitator", above the question to answer (a trial)."""


def question_section(state: RoomState) -> str:
    q = state.question
    text = f'<p class="question"{AUTO}>{e(q.text)}</p>' if q.text else ""
    heading = ASKING if state.confidence is not None and not q.step_key else q.heading
    return f"<h1>{e(heading)}</h1>{text}"


def shared_section(state: RoomState) -> str:
    texts = state.shared.get(state.question.step_key) if state.question.step_key else None
    if not texts:
        return ""
    items = "".join(f"<li{AUTO}>{point_words(t)}</li>" for t in texts)
    return f"<h2>Points the facilitator shared</h2><ul class=\"shared\">{items}</ul>"


def confidence_section(state: RoomState, person: Participant, base: str) -> str:
    ask = state.confidence
    if ask is None:
        return ""
    given = ask.answers.get(person.id)
    choices = "".join(
        f"<label class=\"level\"><input type=\"radio\" name=\"level\" value=\"{level}\""
        f"{' checked' if given == level else ''} required> {e(word)}</label>"
        for level, word in LEVELS.items())
    thanks = (f'<p class="done">Thank you: you answered {given}. You can change it.</p>'
              if given else "")
    return (f"<form class=\"confidence\" method=\"post\" action=\"{base}/confidence\">"
            f"<fieldset><legend{AUTO}>{e(ask.prompt)}</legend>{choices}</fieldset>"
            f"<input type=\"hidden\" name=\"csrf\" value=\"{e(person.csrf)}\">"
            f"{thanks}<button type=\"submit\">Send my answer</button></form>")


def mine_section(person: Participant) -> str:
    if not person.points:
        return "<h2>Your points</h2><p>None yet.</p>"
    items = []
    for point in reversed(person.points):
        where = f'<span class="where">{e(point.heading)}</span> ' if point.heading else ""
        gone = GONE.get(point.status)
        # (a point gone: the script may put its words back in the same span)
        text = (f'<span class="text gone"{AUTO}>{gone}</span>' if gone
                else f'<span class="text"{AUTO}>{point_words(point.text)}</span>')
        status = ("Accepted, as the facilitator edited it" if point.edited
                  else STATUS_WORDS[point.status])
        # its id: the page's script keeps the words of its own points still waiting, and
        # puts them back under "Not added" once the room has closed (`OwnPoint`: the room
        # drops them)
        items.append(f"<li data-point=\"{e(point.id)}\" class=\"{point.status}\">"
                     "<span class=\"status\">"
                     f"{status}</span> {where}{text}</li>")
    return f"<h2>Your points</h2><ul class=\"mine\">{''.join(items)}</ul>"


MOVED_TO = "moved to another question"
MOVED_OFF = "moved on from the questions for now"
"""Where the facilitator went, in the note under a box kept for another question: off the
questions (What to do now, the summary) the page shows none, and the note said "moved to
another question" and "the question shown now" above "Waiting for the facilitator" (a
facilitator's trial). The script says the same as the question on show changes."""
NEW_POINT = "To write a new point for the question shown now instead, empty the box"
NEW_LATER = "There is no question on show now: to write a new point, empty the box"


def moved_note(heading: str, *, hidden: bool, off_questions: bool = False) -> str:
    """Said under the box when the question on show is not the one the form sends for: it
    named no question and said "moved on" when the facilitator had gone back (a trial). The
    script keeps it up to date, names the box's question in #moved-for and, the box emptied,
    sends for the question on show; without the script, Refresh does that. `off_questions`:
    no question is on show (`MOVED_OFF`)."""
    where, tail = ((MOVED_OFF, f"{NEW_LATER} and use Refresh (below) once the facilitator "
                               "shows the next question.") if off_questions
                   else (MOVED_TO, f"{NEW_POINT} and use Refresh (below)."))
    off = ' data-off=""' if off_questions else ""
    return (f"<p id=\"moved\" class=\"message\"{' hidden' if hidden else ''}{off}>The "
            f"facilitator has <span id=\"moved-to\">{where}</span>: this point will still be "
            f"sent for <span id=\"moved-for\">{e(heading)}</span>, the one you were "
            f"answering. <span id=\"moved-new\">{tail}</span></p>")


def sections(state: RoomState, person: Participant, base: str) -> dict[str, str]:
    """The parts of the room page that change while it is open, by element id."""
    return {"question": question_section(state), "shared": shared_section(state),
            "confidence": confidence_section(state, person, base),
            "mine": mine_section(person)}


def status_frame(state: RoomState, person: Participant, base: str, *, sent: bool = False
                 ) -> str:
    """Without JavaScript, a page with something to fill in cannot reload itself (what is
    being typed would go): the page after Send never showed a point accepted (a trial). This
    frame, shown only without JavaScript, reloads itself instead: the participant's points
    and those shared, and whether the facilitator has moved on since the page was drawn.
    `sent`: a point was just sent, and the frame lists the participant's points first (a
    fragment, #mine, scrolled the page around the frame too, away from its top)."""
    asked = "1" if state.confidence is not None else "0"
    on = quote(state.question.step_key, errors="replace")
    return (f"<noscript><iframe class=\"status\" src=\"{base}/status?on={e(on)}&amp;"
            f"asked={asked}{'&amp;sent=1' if sent else ''}\" "
            "title=\"Your points, kept up to date\"></iframe></noscript>")


SENT_NOTE = ("Sent: your point went to the facilitator. Its status is under Your points, "
             "kept up to date.")
"""Said above the box once Send has worked (`?sent=1`): without JavaScript the page after
Send opened at its top, its list of points hidden (the frame shows it, far below the box),
and nothing there said the point had gone (a trial). The frame comes up to just under it."""
ALREADY_NOTE = ("Already in the notes: you sent these words for this question before, and the "
                "facilitator accepted them. They stay one point, under Your points.")
"""Said in place of `SENT_NOTE` when the words sent are a point of this phone's the
facilitator accepted (`RoomState.accepted_copy`): sent again after a lost connection, they
went into the notes twice (a room trial)."""
HINT = "A point is kept on one line: line breaks become spaces."
"""Under the box, six lines tall: a point sent on several lines became one line without a
word (a trial); a session's point is one line by design (model.clean.Line)."""

CARRY_LABEL = "The room opened again at a new address? Type it here, as the shared screen shows it"
CARRY_HINT = ("The page there opens in this tab, and what you typed and your points not added "
              "go with you, kept by this tab alone: opened any other way (typed in the "
              "browser's address bar, or in another tab), they stay behind.")
"""Typed into the browser's own address bar, the new address found none of them, and the old
page was gone (a room trial): the page also has the browser ask before it is left then
(room.js, `beforeunload`). A scanned QR code opens another tab; not named, as a room on
"This computer only" has none."""
CARRY_BUTTON = "Go there with my words"
CARRY_WRONG = ("That is not an address: type it as the shared screen shows it, such as "
               "http://192.168.1.20:8412 (or its port alone, 8412).")
CARRY = ('<form id="carry" hidden><label for="carry-to">' + e(CARRY_LABEL) + "</label>"
         '<input id="carry-to" inputmode="url" autocomplete="off" autocapitalize="none" '
         'spellcheck="false" aria-describedby="carry-hint">'
         f'<p id="carry-hint" class="hint">{e(CARRY_HINT)}</p>'
         f'<p id="carry-wrong" class="message" role="alert" hidden>{e(CARRY_WRONG)}</p>'
         f'<button type="submit">{e(CARRY_BUTTON)}</button></form>')
"""Under the note that the room cannot be reached, shown by the script while this tab keeps
words of the session's room: the room opened again on another port (its own taken meanwhile)
is another origin, whose page found none of them, and a phone's words were lost (a
facilitator's trial). The script carries them in the new address's fragment
(static/kept.js)."""


def status(state: RoomState, person: Participant, base: str, on: str, asked: bool,
           sent: bool = False) -> str:
    """The frame's page (`status_frame`): what changed since the page around it was drawn
    (`on`: the question it shows; `asked`: whether it holds the confidence check), with a
    link that opens it in the whole page, then the points shared and the participant's
    (theirs first once they have sent one: `sent`)."""
    parts = sections(state, person, base)
    news = []
    if state.question.step_key != on:
        now = (f"to {e(state.question.heading)}" if state.question.step_key
               else "on (no question is on show now)")
        news.append(f"The facilitator has moved {now}. Send what you are writing first, or "
                    f"copy it: <a href=\"{base}\" target=\"_top\">show what is on now</a>.")
    if state.confidence is not None and not asked:
        news.append(f"The facilitator asks: {isolated(state.confidence.prompt)} "
                    f"<a href=\"{base}\" target=\"_top\">Answer it</a>.")
    said = "".join(f'<p class="message">{n}</p>' for n in news)
    lists = [f"<section id=\"shared\">{parts['shared']}</section>",
             f"<section id=\"mine\">{parts['mine']}</section>"]
    return document("Your points", said + "".join(reversed(lists) if sent else lists)
                    + "<p class=\"refresh\">Kept up to date every few seconds.</p>",
                    framed=True, stop=not news)


def room(state: RoomState, person: Participant, base: str, *, name: str = "",
         draft: str = "", message: str = "", step_key: str | None = None,
         wait: int = 0, sent: bool = False, empty: bool = False, already: str = "") -> str:
    """The participant's page: the question, the box for a point, their own points. `wait`:
    the seconds `message` asks to wait before sending again; the script lets the message go
    at the participant's next action once they are over (it stayed a minute on: a trial).
    `sent`: the page after Send (`SENT_NOTE`). `empty`: `message` is about Send pressed with
    the box empty, and the script lets it go once the box holds words (it stayed over the
    box while the statuses below it changed: a facilitator's trial). `already`: the id of
    the point the words just sent are, accepted before (`ALREADY_NOTE`)."""
    parts = sections(state, person, base)
    key = state.question.step_key if step_key is None else step_key
    heading = state.shown_keys.get(key, state.question.heading)
    waits = f' data-wait="{wait}"' if wait > 0 else ' data-empty=""' if empty else ""
    alert = f'<p class="message" role="alert"{waits}>{e(message)}</p>' if message else ""
    form = ""
    if key:
        note = moved_note(heading, hidden=key == state.question.step_key,
                          off_questions=not state.question.step_key)
        form = (f"<form id=\"point\" method=\"post\" action=\"{base}/point\" "
                "enctype=\"multipart/form-data\">"
                f"<input type=\"hidden\" name=\"csrf\" value=\"{e(person.csrf)}\">"
                f"<input type=\"hidden\" name=\"step_key\" value=\"{e(key)}\">"
                f"<label for=\"text\">Your point (up to {MAX_POINT:,} characters)</label>"
                f"<textarea id=\"text\" name=\"text\" rows=\"6\"{AUTO} "
                f"aria-describedby=\"text-hint\">{e(draft)}</textarea>"
                f"<p id=\"text-hint\" class=\"hint\">{e(HINT)}</p>"
                f"{note}"
                "<label for=\"name\">Your name (optional)</label>"
                f"<input id=\"name\" name=\"name\" value=\"{e(name)}\"{AUTO} "
                "placeholder=\"anonymous\""
                " maxlength=\"80\" autocomplete=\"name\">"
                "<button type=\"submit\">Send to the facilitator</button></form>")
    title = state.review_title or "The room"
    filling = bool(key) or state.confidence is not None  # never reloaded under the person
    sent = sent and bool(person.points)
    said = (f'<p id="sent" class="sent" role="status">{e(SENT_NOTE)}</p>' if sent else "")
    if sent and any(p.id == already and p.status == "accepted" for p in person.points):
        said = (f'<p id="sent" class="sent" role="status" data-point="{e(already)}" '
                f'data-status="accepted">{e(ALREADY_NOTE)}</p>')
    frame = status_frame(state, person, base, sent=sent) if filling else ""
    body = (f"<p class=\"review\"{AUTO}>{e(title)}</p>"
            f"<section id=\"question\">{parts['question']}</section>"
            f"<section id=\"confidence\">{parts['confidence']}</section>"
            f"<section id=\"shared\">{parts['shared']}</section>"
            f"{alert}<p id=\"closed\" class=\"message\" role=\"alert\" hidden></p>{CARRY}"
            f"{said}{frame if sent else ''}{form}<section id=\"mine\">{parts['mine']}</section>"
            + ("" if sent else frame)
            + f"<p class=\"refresh\"><a href=\"{base}\">Refresh</a></p>"
            f"<div id=\"room\" data-state=\"{base}/state\" "
            f"data-version=\"{e(state.version_for(person))}\" data-step=\"{e(key)}\" "
            f"data-heading=\"{e(heading)}\" data-keep=\"{e(state.page_key)}\"></div>")
    return document(title, body, refresh=not filling, status_frame=filling)

