// What the room's page keeps in this tab's own sessionStorage (never sent to the room), for
// room.js: the point being typed, and the words of the page's own points still waiting.
// Kept by the session's room (`keep`: data-keep, the same from one run of reflect to the next,
// where the link is new; an older page gives its link), not by the page's link: reflect
// started again opens the session's room on the port it had where that is free, and the new
// link's page, in the same tab, found nothing of what the old link's had typed, nor the words
// of its points not added (a facilitator's trial). The browser keeps sessionStorage by
// address and port: on another port nothing is found, unless carried there (below).
// A room opened again on another port (its own taken meanwhile) is another origin: the page
// there found nothing, and a phone's words were lost (a facilitator's trial). The page left on
// the old link takes them to the address typed in its "carry" form, in the link's fragment
// (`#carried=`, base64 of their JSON: never sent to any server), and any page of the room
// takes them into its own storage as it loads (only this room's keys, as text), then takes
// the fragment off the address. Not in `window.name`: the room's pages are
// `Cross-Origin-Opener-Policy: same-origin`, and the browser empties it on leaving them for
// another origin.
"use strict";
var CARRIED = "#carried=";
(function () {
  var hash = window.location.hash;
  if (hash.indexOf(CARRIED) !== 0) { return; }
  if (window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  try {
    var kept = window.sessionStorage;
    var bytes = window.atob(hash.slice(CARRIED.length).replace(/-/g, "+").replace(/_/g, "/"));
    var got = JSON.parse(new TextDecoder().decode(
      Uint8Array.from(bytes, function (c) { return c.charCodeAt(0); })));
    Object.keys(got).forEach(function (key) {
      if (typeof got[key] === "string" && /^reflect-room(-words)?:/.test(key)
          && kept.getItem(key) === null) { kept.setItem(key, got[key]); }
    });
  } catch (e) { /* blocked, full, or not ours: nothing to take */ }
})();
window.reflectKept = function (keep, base) {
  function store() {
    try { return window.sessionStorage; } catch (e) { return null; }  // storage blocked
  }
  // Everything this tab keeps of the session's room (its drafts and words), by key.
  function ours() {
    var kept = store();
    var found = {};
    try {
      for (var i = 0; kept && i < kept.length; i++) {
        var key = kept.key(i);
        if (key && (key.indexOf("reflect-room:" + keep + ":") === 0
                    || key.indexOf("reflect-room-words:" + keep + ":") === 0)) {
          found[key] = kept.getItem(key);
        }
      }
    } catch (e) { /* blocked */ }
    return found;
  }
  // The address typed in the carry form, as the page can go to it: a whole link, an address
  // without "http://" (as the shared screen may be read out), or a port alone (this computer).
  // Null where it is no http(s) address ("javascript:…" is none: "http://" goes before it).
  function address(typed) {
    typed = typed.trim();
    try {
      var to = new URL(window.location.href);
      if (/^[0-9]{1,5}$/.test(typed)) { to.port = typed; to.pathname = "/"; to.search = ""; }
      else { to = new URL(/^https?:\/\//i.test(typed) ? typed : to.protocol + "//" + typed); }
      if (!/^https?:$/.test(to.protocol) || !to.hostname) { return null; }
      to.hash = "";
      return to.href;
    } catch (e) { return null; }
  }
  // Go to `to`, this room's words in its fragment (the page there takes them as it loads).
  function carry(to) {
    var bytes = new TextEncoder().encode(JSON.stringify(ours()));
    var chars = "";
    for (var i = 0; i < bytes.length; i++) { chars += String.fromCharCode(bytes[i]); }
    window.location.assign(to + CARRIED + window.btoa(chars).replace(/\+/g, "-")
      .replace(/\//g, "_").replace(/=+$/, ""));
  }
  // What is typed and not sent, by question, put back in the box when the page loads again: a
  // phone reloads a tab when another app was in front, and the words were lost (a trial).
  // Kept until the room takes the point (the page after Send says "?sent=1").
  var drafts = "reflect-room:" + keep + ":";
  function draft(step, text, name, heading) {
    var kept = store();
    if (!kept) { return; }
    try {
      for (var i = kept.length - 1; i >= 0; i--) {  // one box: one draft in this room
        var key = kept.key(i);
        if (key && key.indexOf(drafts) === 0 && key !== drafts + step) { kept.removeItem(key); }
      }
      if (text.trim() === "") { kept.removeItem(drafts + step); return; }
      kept.setItem(drafts + step, JSON.stringify({text: text, name: name, heading: heading}));
    } catch (e) { /* full or blocked: the box still holds it */ }
  }
  function dropDrafts() {
    var kept = store();
    if (!kept) { return; }
    try {
      for (var i = kept.length - 1; i >= 0; i--) {
        var key = kept.key(i);
        if (key && key.indexOf(drafts) === 0) { kept.removeItem(key); }
      }
    } catch (e) { /* blocked */ }
  }
  function draftKept(step) {  // {step, text, name, heading}: this question's first, else another's
    var kept = store();
    if (!kept) { return null; }
    try {
      var found = kept.getItem(drafts + step) !== null ? drafts + step : null;
      for (var i = 0; found === null && i < kept.length; i++) {
        var key = kept.key(i);
        if (key && key.indexOf(drafts) === 0) { found = key; }
      }
      if (found === null) { return null; }
      var got = JSON.parse(kept.getItem(found));
      got.step = found.slice(drafts.length);
      return typeof got.text === "string" ? got : null;
    } catch (e) { return null; }
  }
  // The words of the page's own points still waiting, by id: {text, where} (the question's
  // heading, as listed), under this room's link; those under another link of the session's
  // room are an earlier room's (`earlier`).
  var wordsOf = "reflect-room-words:" + keep + ":";
  var wordsKey = wordsOf + base;
  function readWords(key) {
    var kept = store();
    try { return (kept && JSON.parse(kept.getItem(key) || "{}")) || {}; }
    catch (e) { return {}; }
  }
  function writeWords(key, some) {
    var kept = store();
    if (!kept) { return; }
    try {
      if (Object.keys(some).length) { kept.setItem(key, JSON.stringify(some)); }
      else { kept.removeItem(key); }
    } catch (e) { /* full or blocked: the page still holds them */ }
  }
  function textOf(said) {  // (a string, as a page before `where` kept it)
    return typeof said === "string" ? said
      : said && typeof said.text === "string" ? said.text : null;
  }
  // The session's rooms before this one: the words of their points still waiting as they
  // closed, by id: {text, where, key} (`key`: where they are kept).
  function earlier() {
    var kept = store();
    var found = {};
    var keys = [];
    try {
      for (var i = 0; kept && i < kept.length; i++) {
        var key = kept.key(i);
        if (key && key.indexOf(wordsOf) === 0 && key !== wordsKey) { keys.push(key); }
      }
    } catch (e) { return found; }
    keys.forEach(function (key) {
      var some = readWords(key);
      Object.keys(some).forEach(function (id) {
        var text = textOf(some[id]);
        if (text !== null) { found[id] = {text: text, where: some[id].where || "", key: key}; }
      });
    });
    return found;
  }
  // `earlier`'s points listed in `mine` (#mine, as the room drew it) said `status`, to put
  // back in the box; one sent again to this room (listed, and not dropped) is let go.
  function listEarlier(mine, before, status) {
    var listed = mine.querySelectorAll("li[data-point]");
    var shown = {};
    var again = {};
    for (var i = 0; i < listed.length; i++) {
      var text = listed[i].querySelector(".text");
      shown[listed[i].getAttribute("data-point")] = true;
      if (listed[i].className !== "dropped" && text) { again[text.textContent] = true; }
    }
    Object.keys(before).forEach(function (id) {
      if (!again[before[id].text]) { return; }
      var some = readWords(before[id].key);
      delete some[id];
      writeWords(before[id].key, some);
      delete before[id];
      var those = mine.querySelectorAll("li[data-earlier]");
      for (var k = 0; k < those.length; k++) {
        if (those[k].getAttribute("data-earlier") === id) { those[k].parentNode.removeChild(those[k]); }
      }
    });
    var ids = Object.keys(before).filter(function (id) { return !shown[id]; });
    if (!ids.length) { return; }
    var list = mine.querySelector("ul");
    if (!list) {  // "None yet." from this room
      var none = mine.querySelector("p");
      if (none) { none.parentNode.removeChild(none); }
      list = document.createElement("ul");
      list.className = "mine";
      mine.appendChild(list);
    }
    ids.forEach(function (id) {  // (the words as text, never as markup)
      var li = document.createElement("li");
      li.setAttribute("data-point", id);
      li.setAttribute("data-earlier", id);
      li.className = "dropped";
      var parts = [["status", status], ["where", before[id].where], ["text", before[id].text]];
      parts.forEach(function (part) {
        if (!part[1]) { return; }
        var span = document.createElement("span");
        span.className = part[0];
        span.textContent = part[1];
        // typed words in their own direction, as the room's own list has them (pages.AUTO)
        if (part[0] === "text") { span.dir = "auto"; }
        if (li.firstChild) { li.appendChild(document.createTextNode(" ")); }
        li.appendChild(span);
      });
      list.appendChild(li);
    });
  }
  return {draft: draft, dropDrafts: dropDrafts, draftKept: draftKept, textOf: textOf,
          toCarry: function () { return Object.keys(ours()).length > 0; },
          address: address, carry: carry,
          words: function () { return readWords(wordsKey); }, earlier: earlier,
          keepWords: function (some) { writeWords(wordsKey, some); }, listEarlier: listEarlier};
};
