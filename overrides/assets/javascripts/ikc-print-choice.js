/*
 * Printing a checklist: the reader chooses whether the paper shows blank boxes (the default, and what a page
 * printed without JavaScript shows) or the ticks saved in this browser. The choice is a class on <html> that
 * ikc-print.css reads; a line above each printed checklist says which it is and when the ticks were last changed.
 * The print button itself is handled by ikc-print.js, like every other print button.
 */
(function () {
  "use strict";

  var store = window.IKC.store;

  var formatDate = window.IKC.formatDate;

  function ticked() {
    return document.documentElement.classList.contains("ikc-print-ticked");
  }

  // The printed line above each checklist on the page (one on a checklist page, one per checklist in the pack).
  function describe(root) {
    root.querySelectorAll(".ikc-checklist-intro").forEach(function (intro) {
      var note = intro.querySelector(".ikc-print-ticks-note");
      if (!note) {
        note = document.createElement("p");
        note.className = "ikc-print-only ikc-print-ticks-note";
        intro.appendChild(note);
      }
      var id = intro.dataset.checklistId;
      var boxes = root.querySelectorAll('.ikc-checklist[data-checklist-id="' + id + '"] input[type=checkbox]');
      var count = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
      var record = store.get("checklist", id);
      if (!ticked()) {
        note.textContent = "Blank copy: tick each box by hand.";
      } else if (!count) {
        note.textContent = "Ticks saved in this browser: none of " + boxes.length + " items is ticked.";
      } else {
        note.textContent = "Ticks saved in this browser: " + count + " of " + boxes.length + " items" +
          (record && record.updated ? ", last changed " + formatDate(record.updated) : "") + ".";
      }
    });
  }

  function choose(mode) {
    document.documentElement.classList.toggle("ikc-print-ticked", mode === "ticked");
    document.querySelectorAll('.ikc-print-controls input[value="' + mode + '"]').forEach(function (radio) {
      radio.checked = true;
    });
    describe(document);
  }

  window.IKC.onPage(function (root) {
    var forms = root.querySelectorAll(".ikc-print-controls");
    forms.forEach(function (form) {
      if (form.dataset.ready) { return; }
      form.dataset.ready = "true";
      form.hidden = false;
      form.addEventListener("change", function (event) {
        if (event.target.name === "ikc-print-ticks") { choose(event.target.value); }
      });
    });
    if (forms.length) { choose(ticked() ? "ticked" : "blank"); }
  });

  // Ticks may have changed since the choice was made: describe them as they are when printing.
  window.addEventListener("beforeprint", function () { describe(document); });
})();
