/*
 * Plan a training day (docs/training-day.md, template partials/ikc/programme-builder.html): choose modules, a
 * start time, the break between modules and where lunch falls; each activity gets its clock time and the day's total adds up.
 * The page lists every module's session plan already; this only hides, orders in time and adds up. The choices
 * are kept in the page address (?modules=…&start=…&break=…&lunch=…), so a plan can be bookmarked or sent, and nothing
 * is stored.
 */
(function () {
  "use strict";

  var DEFAULT_START = "09:30";

  function duration(minutes) {
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    if (h && m) { return h + " h " + m + " min"; }
    return h ? h + " h" : m + " min";
  }

  function pad(n) { return String(n).padStart(2, "0"); }

  function clock(minutes) {
    minutes = ((minutes % 1440) + 1440) % 1440;
    return pad(Math.floor(minutes / 60)) + ":" + pad(minutes % 60);
  }

  function parseClock(text) {
    var match = /^(\d{1,2}):(\d{2})/.exec(text || "");
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  }

  function breakRows(from, minutes, label) {
    var body = document.createElement("tbody");
    body.className = "ikc-programme__break";
    var row = body.insertRow();
    row.insertCell().textContent = clock(from) + "–" + clock(from + minutes);
    row.insertCell().textContent = label;
    row.insertCell().textContent = String(minutes);
    return body;
  }

  function init(root) {
    var box = root.querySelector(".ikc-programme");
    if (!box || box.dataset.ready) { return; }
    box.dataset.ready = "true";
    var form = box.querySelector(".ikc-programme__form");
    var choices = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    var start = form.querySelector("#programme-start");
    var pause = form.querySelector("#programme-break");
    var lunchAfter = form.querySelector("#programme-lunch-after");
    var lunch = form.querySelector("#programme-lunch");
    var table = box.querySelector("table");
    var groups = Array.prototype.slice.call(table.querySelectorAll("tbody[data-module-id]"));
    var summary = box.querySelector(".ikc-programme__summary");
    var totalCell = table.querySelector(".ikc-programme__total");
    form.hidden = false;

    var asked = new URLSearchParams(window.location.search);
    var chosen = (asked.get("modules") || "").split(",");
    choices.forEach(function (input) { input.checked = chosen.indexOf(input.value) !== -1; });
    if (parseClock(asked.get("start")) !== null) { start.value = asked.get("start"); }
    if (/^\d{1,3}$/.test(asked.get("break") || "")) { pause.value = asked.get("break"); }
    var askedLunch = /^([a-z0-9-]+):(\d{1,3})$/.exec(asked.get("lunch") || "");
    if (askedLunch && lunchAfter.querySelector('option[value="' + askedLunch[1] + '"]')) {
      lunchAfter.value = askedLunch[1];
      lunch.value = askedLunch[2];
    }

    function update() {
      table.querySelectorAll(".ikc-programme__break").forEach(function (node) { node.remove(); });
      var first = parseClock(start.value);
      if (first === null) { first = parseClock(DEFAULT_START); }
      var gap = Math.max(0, Math.min(120, parseInt(pause.value, 10) || 0));
      var lunchGap = Math.max(0, Math.min(120, parseInt(lunch.value, 10) || 0));
      var lunchAt = lunchGap ? lunchAfter.value : "";
      var previous = null;
      var picked = choices.filter(function (input) { return input.checked; }).map(function (input) { return input.value; });
      var time = first;
      var total = 0;
      var shown = 0;
      groups.forEach(function (group) {
        var on = picked.indexOf(group.dataset.moduleId) !== -1;
        group.hidden = !on;
        if (!on) { return; }
        var between = previous === lunchAt && lunchAt ? lunchGap : gap;
        if (shown > 0 && between) {
          table.insertBefore(breakRows(time, between, previous === lunchAt ? "Lunch" : "Break"), group);
          time += between;
          total += between;
        }
        shown += 1;
        previous = group.dataset.moduleId;
        group.querySelectorAll("tr[data-minutes]").forEach(function (row) {
          var minutes = Number(row.dataset.minutes);
          row.querySelector(".ikc-programme__time").textContent = clock(time) + "–" + clock(time + minutes);
          time += minutes;
          total += minutes;
        });
      });
      totalCell.textContent = String(total);
      table.hidden = shown === 0;
      summary.textContent = shown === 0 ? "Choose the modules for the day. Their activities, with clock times, appear below." :
        shown + (shown === 1 ? " module" : " modules") + ": " + duration(total) +
        (shown > 1 && gap ? " including breaks" : "") + ", from " + clock(first) + " to " + clock(time) + ".";
      var query = "?modules=" + picked.join(",") + "&start=" + clock(first) + "&break=" + gap +
        (lunchAt ? "&lunch=" + lunchAt + ":" + lunchGap : "");
      history.replaceState(null, "", window.location.pathname + query + window.location.hash);
    }

    form.addEventListener("change", update);
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    update();
  }

  window.IKC.onPage(init);
})();
