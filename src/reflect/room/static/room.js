// The room's page follows the facilitator: every two seconds it asks for the parts that changed
// (same origin) and puts them in place. Whatever is being typed is never touched. The page works
// without this script (a Refresh link, and a reload while waiting).
"use strict";
(function () {
  var room = document.getElementById("room");
  if (!room) { return; }
  var version = room.getAttribute("data-version");
  var step = room.getAttribute("data-step");
  function typing() {
    var box = document.getElementById("text");
    return box !== null && box.value.trim() !== "";
  }
  function apply(state) {
    if (state.version === version) { return; }
    if (state.step_key !== step) {
      if (!typing()) { window.location.reload(); return; }
      var moved = document.getElementById("moved");  // what is typed stays for its question
      if (moved) { moved.hidden = false; }
    }
    Object.keys(state.sections).forEach(function (id) {
      var part = document.getElementById(id);
      if (part) { part.innerHTML = state.sections[id]; }
    });
    version = state.version;
  }
  function poll() {
    fetch(room.getAttribute("data-state"), {credentials: "same-origin", cache: "no-store"})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) { if (state) { apply(state); } })
      .catch(function () { /* the room may have closed; the Refresh link still works */ })
      .finally(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 2000);
})();
