/*
 * Checklists: keep each tick in this browser (a "checklist" record per checklist: { items: { itemId: true } }),
 * show how many are ticked, and clear them only after the reader confirms.
 */
(function () {
  "use strict";

  var store = window.IKC.store;

  function init(root, intro) {
    if (intro.dataset.ready) { return; }
    intro.dataset.ready = "true";
    var id = intro.dataset.checklistId;
    var boxes = Array.prototype.slice.call(root.querySelectorAll('.ikc-checklist[data-checklist-id="' + id + '"] input[type=checkbox]'));
    var status = intro.querySelector(".ikc-checklist__status");
    var reset = intro.querySelector(".ikc-checklist__reset");
    intro.querySelector(".ikc-checklist-tools").hidden = false;

    function saved() {
      var record = store.get("checklist", id);
      return record && record.items && typeof record.items === "object" ? record.items : {};
    }

    function count(announce) {
      var ticked = boxes.filter(function (b) { return b.checked; }).length;
      var text = ticked + " of " + boxes.length + " items ticked";
      if (announce || status.textContent !== text) { status.textContent = text; }
      document.documentElement.classList.toggle("ikc-has-ticks", ticked > 0);
    }

    var items = saved();
    boxes.forEach(function (box) {
      box.checked = items[box.dataset.itemId] === true;
      box.closest("li").classList.toggle("is-ticked", box.checked);
      box.addEventListener("change", function () {
        var current = saved();
        if (box.checked) { current[box.dataset.itemId] = true; } else { delete current[box.dataset.itemId]; }
        store.put("checklist", id, { items: current });
        box.closest("li").classList.toggle("is-ticked", box.checked);
        count(false);
      });
    });
    count(false);

    reset.addEventListener("click", function () {
      var ticked = boxes.filter(function (b) { return b.checked; }).length;
      if (!ticked) { status.textContent = "There are no ticks to clear."; return; }
      if (!window.confirm("Clear all " + ticked + " ticks on this checklist? This cannot be undone.")) { return; }
      boxes.forEach(function (box) { box.checked = false; box.closest("li").classList.remove("is-ticked"); });
      store.put("checklist", id, { items: {} });
      status.textContent = "All ticks cleared. 0 of " + boxes.length + " items ticked";
      document.documentElement.classList.remove("ikc-has-ticks");
    });
  }

  // One checklist per checklist page; every checklist on the checklist pack page.
  window.IKC.onPage(function (root) {
    root.querySelectorAll(".ikc-checklist-intro").forEach(function (intro) { init(root, intro); });
  });
})();
