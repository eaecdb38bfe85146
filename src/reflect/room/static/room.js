// The room's page follows the facilitator: every two seconds it asks for the parts that changed
// (same origin) and puts them in place. Whatever is being typed is never touched. The page works
// without this script (a Refresh link, and a reload while waiting).
// When the room has gone (closed, or this device lost it), the page says so and keeps what is
// typed in its box to copy, and Send stays on the page: it showed the question as if nothing
// had happened, and Send went to the browser's error page, the text lost (a user trial).
"use strict";
(function () {
  var room = document.getElementById("room");
  if (!room) { return; }
  var version = room.getAttribute("data-version");
  var step = room.getAttribute("data-step");
  var url = room.getAttribute("data-state");
  var form = document.getElementById("point");
  var sending = false;
  // A point refused is shown at the form's address: the page's own address is put back, so
  // that a reload asks for the room page, not the form again (a reload gave "405 Not
  // allowed": a trial). The room keeps the refused point for that reload, in its box.
  var base = url.replace(/\/state$/, "");
  // "?sent=1": the room took the point just sent (a 303 from Send), so its draft goes.
  // The address is put back as the room's link alone, to bookmark or pass on: a fragment the
  // room led here with (#point: a refused point's box) is scrolled to here instead, and the
  // page after Send scrolls to the writer's points. It kept "#mine" (a trial).
  var sent = /(^|[?&])sent=1(&|$)/.test(window.location.search.slice(1));
  var at = document.getElementById(sent ? "mine" : window.location.hash.slice(1) || "-");
  if ((window.location.pathname !== base || window.location.search || window.location.hash)
      && window.history.replaceState) {
    window.history.replaceState(null, "", base);
  }
  // The room's word on a point refused (too long, too soon) is just above the box, under the
  // points shared: the page, loaded at its top, had it below a phone's screen, and Send
  // seemed to have done nothing (a room trial at 360x740). It is brought into view, the box
  // under it, rather than the box alone (#point).
  var refusal = sent ? null : document.querySelector("p.message[role=alert]:not([hidden])");
  if (refusal && (!at || at.id === "point")) {
    at = refusal.getBoundingClientRect().bottom > window.innerHeight || at ? refusal : null;
  }
  if (at && at.scrollIntoView) { at.scrollIntoView(); }
  // What the page keeps in this tab's sessionStorage, by the session's room (kept.js): the
  // draft in the box, and the words of its points not added.
  var keep = window.reflectKept(room.getAttribute("data-keep") || base, base);
  function keepDraft() {
    var box = document.getElementById("text");
    var name = document.getElementById("name");
    // (a box of invisible characters alone keeps no draft: it is empty to the room)
    if (box) { keep.draft(step, typing() ? box.value : "", name ? name.value : "", heading); }
  }
  // "Being typed" is the room's own rule for a point that is not empty (handlers.blank):
  // something other than spaces, control characters and Unicode's format characters (a
  // zero-width space, a soft hyphen, a byte-order mark: drawn as nothing). A box holding only
  // those kept the page from following the facilitator to a new question, while the room
  // refused them as empty (a room trial). Built here, not written as /…/u: a browser without
  // Unicode property escapes (before 2018) would refuse the whole script; it takes spaces.
  var BLANK = /^\s*$/;
  try { BLANK = new RegExp("^[\\s\\p{Cc}\\p{Cf}]*$", "u"); } catch (e) { /* older */ }
  function blank(text) { return BLANK.test(text); }
  function typing() {
    var box = document.getElementById("text");
    return box !== null && !blank(box.value);
  }
  // The box sends for its question (`step`, named `heading`): what is being typed stays for the
  // question it was written for when the facilitator moves, and the note under the box names
  // that question; once the box is emptied, a new point is for the question on show (`shown`).
  // The note named no question and said "moved on" when the facilitator had gone back, and a
  // new point typed after emptying the box still went to the old question (a trial).
  var heading = room.getAttribute("data-heading");
  var shown = step;
  // Off the questions (What to do now, the summary) the page shows none: the note said
  // "moved to another question" and "the question shown now" there (a facilitator's trial).
  function wordMoved(off) {
    var to = document.getElementById("moved-to");
    var tail = document.getElementById("moved-new");
    if (to) { to.textContent = off ? "moved on from the questions for now"
                                   : "moved to another question"; }
    if (tail) {
      tail.textContent = off
        ? "There is no question on show now: to write a new point, empty the box."
        : "To write a new point for the question shown now instead, empty the box.";
    }
  }
  var movedNote = document.getElementById("moved");
  wordMoved(!!movedNote && movedNote.hasAttribute("data-off"));  // as the server saw it
  function sayMoved() {
    var moved = document.getElementById("moved");
    var named = document.getElementById("moved-for");
    if (named) { named.textContent = heading; }
    if (moved && shown !== step) { wordMoved(!shown); }
    if (moved) { moved.hidden = shown === step; }
  }
  function follow() {  // the box is empty: a new point is for the question on show
    if (shown === step) { return; }
    if (!shown) { window.location.reload(); return; }  // no question on show: no box
    var key = form ? form.querySelector("input[name=step_key]") : null;
    var named = document.querySelector("#question h1");  // its heading, as the page shows it
    if (key) { key.value = shown; }
    step = shown;
    heading = named ? named.textContent : "";
    sayMoved();
  }
  // The words of this page's own points still waiting, by their id (data-point): the room
  // drops them as it closes (the facilitator never took them), and opened again its list said
  // only "Not added ... (not in the notes)": the words were gone, to copy and send again (a
  // trial). The page keeps its own copy, in this tab's sessionStorage too (a reload), and puts
  // them back under "Not added"; a point decided (or taken out) lets its copy go. Those of
  // the session's rooms before this one (reflect started again) are listed too (`earlier`).
  var CLOSED_BEFORE = "Not added (the room closed before the facilitator decided)";
  var words = keep.words();
  var earlier = keep.earlier();
  function keepWords() {
    var mine = document.getElementById("mine");
    if (!mine) { return; }
    var listed = mine.querySelectorAll("li[data-point]");
    var now = {};
    for (var i = 0; i < listed.length; i++) {
      var id = listed[i].getAttribute("data-point");
      var text = listed[i].querySelector(".text");
      var where = listed[i].querySelector(".where");
      if (listed[i].className === "waiting" && text) {
        now[id] = {text: text.textContent, where: where ? where.textContent : ""};
      } else if (listed[i].className === "dropped" && keep.textOf(words[id]) !== null) {
        now[id] = words[id];
        var status = listed[i].querySelector(".status");
        if (status) { status.textContent = CLOSED_BEFORE; }
        if (text) { text.className = "text"; text.textContent = keep.textOf(words[id]); }
      }
    }
    words = now;
    keep.listEarlier(mine, earlier, CLOSED_BEFORE);
    offerBack();
    followSent();
    keep.keepWords(words);
  }
  // A point not added as the room closed offers to put its words back in the box, to send
  // once the room is open again: they could only be copied back by hand (a trial). Not once
  // they are listed again (sent again), nor twice over in the box.
  function offerBack() {
    var listed = document.querySelectorAll("#mine li[data-point]");
    var again = {};
    for (var i = 0; i < listed.length; i++) {
      var text = listed[i].querySelector(".text");
      if (listed[i].className !== "dropped" && text) { again[text.textContent] = true; }
    }
    for (var j = 0; form && j < listed.length; j++) {
      var id = listed[j].getAttribute("data-point");
      var said = keep.textOf(words[id]) !== null ? keep.textOf(words[id])
        : earlier[id] ? earlier[id].text : null;
      var put = listed[j].querySelector("button.put-back");
      if (listed[j].className !== "dropped" || typeof said !== "string" || again[said]) {
        if (put) { put.parentNode.removeChild(put); }
      } else if (!put) {
        put = document.createElement("button");
        put.type = "button";
        put.className = "put-back";
        put.textContent = "Put back in the box";
        put.addEventListener("click", putBack.bind(null, said));
        listed[j].appendChild(put);
      }
    }
  }
  function putBack(said) {
    var box = document.getElementById("text");
    if (!box) { return; }
    if (!typing() && shown) { follow(); }  // the box empty: for the question on show
    if (box.value.indexOf(said) === -1) {
      box.value = typing() ? box.value.replace(/\s+$/, "") + "\n" + said : said;
    }
    box.focus();
    if (emptySaid) { emptySaid.hidden = true; }  // (the box holds words now)
    keepDraft();
  }
  // "Sent: your point went to the facilitator" stayed above the box once the list below said
  // the point was accepted or declined (a social care team's trial): it follows the point
  // just sent (the first listed), and says what the facilitator did with it.
  var sentSaid = document.getElementById("sent");
  var first = document.querySelector("#mine li[data-point]");
  // Words sent again that the facilitator had accepted are that point, "Already in the notes"
  // (the room names it): said again only once its status changes.
  var sentId = sentSaid && sentSaid.getAttribute("data-point")
    || (sentSaid && first ? first.getAttribute("data-point") : null);
  var sentWas = sentSaid ? sentSaid.getAttribute("data-status") : null;
  function followSent() {
    var listed = document.querySelectorAll("#mine li[data-point]");
    for (var i = 0; sentId !== null && i < listed.length; i++) {
      var status = listed[i].querySelector(".status");
      if (listed[i].getAttribute("data-point") === sentId && status &&
          listed[i].className !== sentWas &&
          /^(accepted|declined|removed)$/.test(listed[i].className)) {
        sentSaid.textContent = "The point you sent: " + status.textContent + ". Its status "
          + "is under Your points, kept up to date.";
        sentWas = null;
      }
    }
  }
  // The room gone, the points still waiting were dropped with it: they went on saying
  // "Waiting" under "The room has closed" (a trial). The page cannot ask any more, so it says
  // so itself; if the room answers again (only the connection was lost), its next answer puts
  // their real status back. How many of them there are.
  function dropped() {
    var mine = document.getElementById("mine");
    if (!mine) { return 0; }
    waitingSaid(CLOSED_BEFORE, "dropped");
    offerBack();
    return mine.querySelectorAll("li.dropped").length;
  }
  // Each of this page's points still waiting said `words` (and given `className`, if any);
  // the room's next answer, if it comes, puts their real status back. How many there were.
  function waitingSaid(words, className) {
    var mine = document.getElementById("mine");
    if (!mine) { return 0; }
    var waiting = mine.querySelectorAll("li.waiting");
    for (var i = 0; i < waiting.length; i++) {
      var status = waiting[i].querySelector(".status");
      if (className) { waiting[i].className = className; }
      if (status) { status.textContent = words; }
    }
    if (waiting.length) { version = null; }
    return waiting.length;
  }
  // A device that says it is offline (navigator.onLine) lost its network, not the room: its
  // points still waiting were said "Not added (the room closed ...)" while the room still
  // held them, and came back as "Waiting" once it was online (a fresh-eyes trial, a phone
  // that lost the Wi-Fi: its owner would send them again). Their fate is not known then.
  var OFFLINE = "Not known while this device is offline";
  function unknown() {
    return waitingSaid(OFFLINE);
  }
  function offlineNote() {
    var keep = "It is still in the box below: send it once the connection is back.";
    var waits = unknown() ? " Whether your points still waiting were added is not known "
      + "until then." : "";
    return refused && !answerRefused
      ? "Not sent: this device is offline (no network connection). " + keep + waits
      : typing() ? "This device is offline (no network connection): your point has not been "
        + "sent. " + keep + waits
      : "This device is offline (no network connection): the page carries on by itself once "
        + "it is back." + waits;
  }
  var refused = false;  // Send was pressed with the room gone
  // "Send my answer" (the confidence check) pressed with the room gone went to the browser's
  // error page, the page and any point being typed gone with it (a room trial): it asks the
  // room first, as Send does, and the note says the answer was not sent.
  var answerRefused = false;
  function answerSaid() { return answerRefused ? "Your answer was not sent. " : ""; }
  // Back (online again, or the room open again) after Send was refused, the note went and the
  // words stayed in the box with nothing said: a phone back on the Wi-Fi a minute later did
  // not know its point was still to send (a social care team's trial). Said until it is sent
  // or the box is emptied.
  var unsent = false;
  var BACK = "The room can be reached again, but your point has not been sent: it is still "
    + "in the box below. Press Send to send it.";
  var forGood = false;  // the room's link is no longer known at this address (404)
  // The room gone, and this tab keeping words of it: the form that takes them to the address
  // typed (the room opened again on another port is another origin, which found none of them:
  // a facilitator's trial). Not while offline: nothing can be reached then.
  var carryForm = document.getElementById("carry");
  function offerCarry(yes) {
    if (!carryForm) { return; }
    if (yes) { keepDraft(); }
    carryForm.hidden = !(yes && navigator.onLine !== false && keep.toCarry());
  }
  // Leaving while that form shows (the room gone, this tab keeping its words) the browser asks
  // first: the new address typed into the browser's own address bar opened another origin,
  // with none of them, and the old page, gone with its words, could not be had back (a room
  // trial). Not as the page goes itself (the form's own going, Send, a reload for a new
  // question: `leaving`).
  var leaving = false;
  window.addEventListener("beforeunload", function (event) {
    if (leaving || !carryForm || carryForm.hidden) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
  if (carryForm) {
    carryForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var to = keep.address(document.getElementById("carry-to").value);
      document.getElementById("carry-wrong").hidden = to !== null;
      if (to !== null) { keepDraft(); leaving = true; keep.carry(to); }
    });
  }
  function gone(yes) {
    var note = document.getElementById("closed");
    if (!note) { return; }
    offerCarry(yes);
    if (!yes) {
      unsent = (unsent || refused) && typing();
      refused = false;
      answerRefused = false;
      note.hidden = !unsent;
      if (unsent) { note.textContent = BACK; }
      return;
    }
    note.hidden = false;
    // The room's own word on the last Send ("Wait 3 seconds", "too long") no longer holds:
    // it stayed under "The room has closed" (a trial).
    // "Sent: ... kept up to date" no longer holds either.
    var said = document.querySelectorAll("p.message[role=alert], #sent");
    for (var i = 0; i < said.length; i++) {
      if (said[i] !== note) { said[i].hidden = true; }
    }
    // What the facilitator shared is not left on a phone once the room has gone (phones are
    // shared, a trial); if the room answers again, the next answer puts it all back.
    var shared = document.getElementById("shared");
    if (shared && shared.innerHTML !== "") { shared.innerHTML = ""; version = null; }
    if (navigator.onLine === false) { note.textContent = answerSaid() + offlineNote(); return; }
    // The room may have opened again at another address (a new port: the one it had was
    // taken, or reflect was started again), which this page cannot know: phones left on the
    // old link said only that it had closed, or went on waiting (a school's lead). So the
    // page says where the way back in is: the shared screen.
    var why = forGood ? "is no longer open at this link (it has closed, and a new room may "
        + "have opened since)"
      : "is not reachable at this address (it has closed, opened again at a new address, or "
        + "this device lost its connection to it)";
    // A room on "This computer only" (a page at 127.0.0.1 or localhost) has no QR code: its
    // panel says so, and the page named one.
    var local = /^(127\.|localhost$|\[::1\]$)/.test(window.location.hostname);
    var way = (local ? "" : "scan the QR code or ") + "open the link shown on the shared screen";
    var back = forGood ? "." : "; this page carries on by itself if the room comes back here.";
    // The box for the new address shows, just under this note: the way back in that keeps
    // the words. The note said "copy it, then scan the QR code" above it, where the QR code's
    // new tab has none of them (a room trial); so it says what to do in the order it is done.
    var carrying = carryForm !== null && !carryForm.hidden;
    var there = "If the shared screen shows a new address, type it in the box just below "
      + "and press \u201cGo there with my words\u201d";
    var keep = carrying ? "It is kept in its box further down. " + there
        + ": it goes there with you" + back
      : "It is still in the box below: copy it, then " + way + ".";
    var lost = dropped() ? " Your points still waiting were not added." : "";
    note.textContent = answerSaid() + (refused && !answerRefused
      ? "Not sent: the room " + why + ". " + keep + lost
      // Why it was not sent: ": your point was not sent" read as if Send had failed, and
      // "before you pressed Send" as if Send had been pressed (trials).
      : typing() ? "The room " + why + " while your point was still being typed: it has not "
        + "been sent. " + keep + lost
      : carrying ? "The room " + why + ". " + there + ": what this page keeps of yours goes "
        + "with you" + back + lost
      : "The room " + why + ". To carry on, " + way + back + lost);
  }
  function apply(state) {
    shown = state.step_key;
    if (state.step_key !== step && !typing()) {
      leaving = true;
      window.location.reload();
      return;
    }
    sayMoved();
    if (state.version === version) { return; }
    Object.keys(state.sections).forEach(function (id) {
      var part = document.getElementById(id);
      if (part) { part.innerHTML = state.sections[id]; }
    });
    keepWords();
    version = state.version;
  }
  // "open": the room answered; "gone": no answer, or this room's link is no longer known there.
  // No answer within PATIENCE is none: an address that no longer answers at all (something
  // else listening on the old port, a computer gone from the network) left the page waiting
  // on its ask, saying nothing, and Send doing nothing.
  var PATIENCE = 6000;
  function ask() {
    var control = window.AbortController ? new AbortController() : null;
    var timer = control ? window.setTimeout(function () { control.abort(); }, PATIENCE) : 0;
    return fetch(url, {credentials: "same-origin", cache: "no-store",
                       signal: control ? control.signal : undefined})
      .then(function (r) {
        if (r.status === 404) { return {how: "gone", closed: true}; }
        return (r.ok ? r.json() : Promise.resolve(null))
          .then(function (state) { return {how: "open", state: state}; });
      })
      .catch(function () { return {how: "gone", closed: false}; })
      .then(function (answer) { window.clearTimeout(timer); return answer; });
  }
  function poll() {
    ask().then(function (answer) {
      forGood = answer.closed === true;
      gone(answer.how === "gone");
      if (answer.how === "open" && answer.state) { apply(answer.state); }
      // A link no longer known was a room closed for good: asking again would only count as
      // wrong links tried at a room opened since on the same port.
      if (!answer.closed) { window.setTimeout(poll, 2000); }
    });
  }
  keepWords();
  if (sent) { keep.dropDrafts(); }
  var draft = form ? keep.draftKept(step) : null;
  var box = document.getElementById("text");
  if (draft && box && !typing()) {  // the room's own (a refusal) comes first
    box.value = draft.text;
    var named = document.getElementById("name");
    if (named && !named.value && draft.name) { named.value = draft.name; }
    if (draft.step !== step) {  // written for another question: still sent for that one
      var key = form.querySelector("input[name=step_key]");
      if (key) { key.value = draft.step; }
      step = draft.step;
      heading = draft.heading || "";
      sayMoved();
    }
  }
  // The room's word on a point refused for coming too soon ("Wait 1 second, then send this
  // one again") stayed on the page a minute later, after the facilitator had changed
  // question (a trial). Once its seconds are over it goes at the participant's next action
  // here (typing, a tap, a key); a point sent loads the page again, without it.
  var waitSaid = document.querySelector("p.message[data-wait]");
  if (waitSaid) {
    var acts = ["input", "keydown", "pointerdown"];
    var waitOver = Date.now() + 1000 * (Number(waitSaid.getAttribute("data-wait")) || 0);
    var acted = function () {
      if (Date.now() < waitOver) { return; }
      waitSaid.hidden = true;
      acts.forEach(function (kind) { document.removeEventListener(kind, acted, true); });
    };
    acts.forEach(function (kind) { document.addEventListener(kind, acted, true); });
  }
  // The room's word on Send pressed with the box empty ("Write your point in the box
  // first.") stayed above the box while the statuses below it changed (a facilitator's
  // trial): it goes once the box holds words (a point sent loads the page again, without it).
  var emptySaid = document.querySelector("p.message[data-empty]");
  // Sent with the room gone: said, the note brought into view where it is off the screen (on
  // a phone it was above it, the page still on the button: Send seemed to do nothing, a room
  // trial at 360x740).
  function notSent(answer, point) {
    refused = refused || point;  // (the last pressed is said)
    answerRefused = !point;
    forGood = answer.closed === true;
    gone(true);
    var note = document.getElementById("closed");
    var top = note ? note.getBoundingClientRect().top : 0;
    if (note && (top < 0 || top > window.innerHeight)) { note.scrollIntoView(); }
  }
  // The confidence check's form is put in place anew with each state (`apply`): its submit
  // is heard here, on the document.
  document.addEventListener("submit", function (event) {
    var answerForm = event.target;
    if (!answerForm || answerForm.className !== "confidence") { return; }
    event.preventDefault();
    ask().then(function (answer) {
      if (answer.how === "gone") { notSent(answer, false); return; }
      keepDraft();
      leaving = true;
      answerForm.submit();
    });
  });
  if (form) {
    form.addEventListener("input", function (event) {
      if (event.target && event.target.id === "text" && !typing()) { follow(); }
      if (emptySaid && typing()) { emptySaid.hidden = true; }
      keepDraft();
    });
    form.addEventListener("submit", function (event) {
      if (sending) { return; }
      event.preventDefault();
      ask().then(function (answer) {
        if (answer.how === "gone") { notSent(answer, true); return; }
        sending = true;
        leaving = true;
        form.submit();
      });
    });
  }
  window.setTimeout(poll, 2000);
})();
