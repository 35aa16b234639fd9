/*
 * My learning, "Keep a copy": export everything to a file, import a file (merged record by record, the newer copy
 * kept), and clear this browser only after the learner confirms, with an export offered first.
 */
(function () {
  "use strict";

  var store = window.IKC.store;
  var data = window.IKC.data;

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function importSummary(name, counts) {
    var parts = [plural(counts.added, "record added", "records added"),
      plural(counts.updated, "record replaced by a newer copy from the file", "records replaced by newer copies from the file"),
      plural(counts.kept, "record kept as it was, because this browser's copy is as new or newer",
        "records kept as they were, because this browser's copies are as new or newer")];
    var text = "Imported \u201c" + name + "\u201d: " + parts.join("; ") + ".";
    if (counts.skipped) { text += " " + plural(counts.skipped, "entry", "entries") + " in the file could not be read and " + (counts.skipped === 1 ? "was" : "were") + " left out."; }
    return text;
  }

  function init(root) {
    var box = root.querySelector(".ikc-data-tools");
    if (!box || box.dataset.ready) { return; }
    box.dataset.ready = "true";
    box.querySelector(".ikc-needs-js").hidden = true;
    var actions = box.querySelector(".ikc-data-tools__actions");
    var status = box.querySelector(".ikc-data__status");
    var clearButton = box.querySelector(".ikc-data__clear");
    var dialog = box.querySelector(".ikc-data__confirm");
    var confirmStatus = dialog.querySelector(".ikc-data__confirm-status");
    var note = box.querySelector(".ikc-data__set-aside");
    actions.hidden = false;

    if (!store.available()) {
      status.textContent = "This browser is not letting the site save anything (private browsing or blocked storage), " +
        "so there is nothing to export or clear.";
    }

    function describeSetAside() {
      var count = store.setAside().length;
      note.hidden = count === 0;
      note.textContent = count ? "This browser also keeps " + plural(count, "copy", "copies") + " of saved data that " +
        "could not be read. " + (count === 1 ? "It is" : "They are") + " included when you export, and removed when you clear." : "";
    }
    describeSetAside();

    box.querySelector(".ikc-data__export").addEventListener("click", function () {
      status.textContent = "Your data was saved as \u201c" + data.download() + "\u201d in your downloads.";
    });

    var input = box.querySelector(".ikc-data__import");
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) { return; }
      file.text().then(function (content) {
        var parsed = data.parse(content);
        if (parsed.error) { status.textContent = parsed.error; return; }
        var counts = data.merge(parsed.doc);
        status.textContent = counts ? importSummary(file.name, counts) :
          "Nothing was imported: this browser holds data from a newer version of this guide, which must not be overwritten.";
      }, function () {
        status.textContent = "That file could not be opened. Nothing was imported.";
      }).then(function () { input.value = ""; }); // the same file can be chosen again
    });

    clearButton.addEventListener("click", function () {
      confirmStatus.textContent = "";
      dialog.showModal();
      dialog.querySelector(".ikc-data__confirm-export").focus();
    });
    dialog.querySelector(".ikc-data__confirm-export").addEventListener("click", function () {
      confirmStatus.textContent = "A copy was saved as \u201c" + data.download() + "\u201d in your downloads. " +
        "You can now clear your data, or cancel.";
    });
    dialog.querySelector(".ikc-data__confirm-cancel").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { clearButton.focus(); });
    dialog.querySelector(".ikc-data__confirm-clear").addEventListener("click", function () {
      var cleared = data.clear();
      dialog.close();
      status.textContent = cleared ? "Your progress, results, ticks and reflections have been cleared from this browser." :
        "Nothing was cleared: this browser is not letting the site change its saved data.";
      describeSetAside();
    });
  }

  window.IKC.onPage(init);
})();
