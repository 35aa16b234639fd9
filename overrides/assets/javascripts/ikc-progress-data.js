/*
 * Learner progress worked out from the store, and the learner's data as a file: export, import with merge, clear.
 * No page markup here: ikc-progress.js, ikc-my-learning.js and ikc-data-tools.js draw the pages.
 *
 * A module is "completed" once its quiz has been passed at its pass mark (a "completion" record, kept even if a
 * later try fails), "in progress" once it has been opened, and otherwise "not started".
 */
(function () {
  "use strict";

  var store = window.IKC.store;
  var UNSAFE_KEYS = { "__proto__": true, "constructor": true, "prototype": true };
  var MAX_IMPORT_BYTES = 5 * 1024 * 1024;

  function isRecord(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function kind(records, name) {
    return isRecord(records[name]) ? records[name] : {};
  }

  // The module's completion, or one worked out from a passed quiz result (a quiz has its module's id).
  function completion(records, id) {
    var done = kind(records, "completion")[id];
    if (isRecord(done)) { return done; }
    var quiz = kind(records, "quiz")[id];
    if (isRecord(quiz) && quiz.passed === true) {
      return { date: quiz.date, version: quiz.version, score: quiz.score, max: quiz.max, percent: quiz.percent,
        passMark: quiz.passMark };
    }
    return null;
  }

  function status(records, id) {
    if (completion(records, id)) { return "completed"; }
    var opened = ["module", "quiz", "attempt"].some(function (name) { return isRecord(kind(records, name)[id]); });
    return opened ? "in-progress" : "not-started";
  }

  var LABELS = { "completed": "Completed", "in-progress": "In progress", "not-started": "Not started" };

  // The module id of a page address such as ../modules/legal-framework.html, or null.
  function moduleIdOf(href) {
    var match = /\/modules\/([a-z0-9-]+)\.html$/.exec(new URL(href, document.baseURI).pathname);
    return match ? match[1] : null;
  }

  function time(iso) {
    var t = Date.parse(iso);
    return isNaN(t) ? 0 : t;
  }

  // 22 November 2026 (GOV.UK style) for a full ISO time (shown in local time) or a YYYY-MM-DD day.
  function longDate(value) {
    var day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value || ""));
    var date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
    if (isNaN(date.getTime())) { return "date not recorded"; }
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }

  // The YYYY-MM-DD day, in local time, of an ISO time (for date inputs).
  function localDay(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) { return ""; }
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
  }

  // 90 -> "1 h 30 min", as the build writes module times (render.format_minutes).
  function minutes(total) {
    var hours = Math.floor(total / 60);
    var rest = total % 60;
    if (hours && rest) { return hours + " h " + rest + " min"; }
    return hours ? hours + " h" : rest + " min";
  }

  // ---------- The data as a file ----------

  function exportDoc() {
    var doc = store.read();
    var out = {
      app: doc.app,
      schema: doc.schema,
      exported: new Date().toISOString(),
      about: "International Kinship Care: your progress, quiz results, checklist ticks and CPD reflections, " +
        "exported from your browser. Import it on the My learning page to bring them back.",
      records: doc.records
    };
    var setAside = store.setAside();
    if (setAside.length) { out.setAside = setAside; } // unreadable data is kept in the file, never lost
    return out;
  }

  function fileName() {
    return "ikc-learning-record-" + new Date().toISOString().slice(0, 10) + ".json";
  }

  // Save the export as a file through the browser's downloads (works from a folder on disk too).
  function download() {
    var blob = new Blob([JSON.stringify(exportDoc(), null, 2)], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = fileName();
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    return link.download;
  }

  // Text of an exported file -> { doc } ready to merge, or { error: message for the learner }.
  function parse(text) {
    if (text.length > MAX_IMPORT_BYTES) {
      return { error: "That file is too large to be an export from this guide. Nothing was imported." };
    }
    var doc;
    try { doc = JSON.parse(text); } catch (e) {
      return { error: "That file could not be read: it is not an export from this guide. Nothing was imported." };
    }
    var result = store.upgrade(doc);
    var messages = {
      foreign: "That file is not an export from this guide. Nothing was imported.",
      newer: "That file was made by a newer version of this guide. Use the newer version to import it. Nothing was imported.",
      older: "That file was made by an older version of this guide that this version cannot read. Nothing was imported."
    };
    return result.error ? { error: messages[result.error] } : result;
  }

  // Bring an imported document into this browser record by record: a record is taken when this browser has none,
  // or when the imported copy was updated later. Returns counts, or null if this browser cannot be written to.
  function merge(incoming) {
    if (store.isLocked()) { return null; }
    var doc = store.read();
    var counts = { added: 0, updated: 0, kept: 0, skipped: 0 };
    Object.keys(incoming.records).forEach(function (name) {
      var records = incoming.records[name];
      if (UNSAFE_KEYS[name] || !isRecord(records)) { counts.skipped += 1; return; }
      var local = isRecord(doc.records[name]) ? doc.records[name] : (doc.records[name] = {});
      Object.keys(records).forEach(function (id) {
        var record = records[id];
        if (UNSAFE_KEYS[id] || !isRecord(record)) { counts.skipped += 1; return; }
        var mine = local[id];
        if (!isRecord(mine)) {
          local[id] = record;
          counts.added += 1;
        } else if (time(record.updated) > time(mine.updated)) {
          local[id] = record;
          counts.updated += 1;
        } else {
          counts.kept += 1;
        }
      });
    });
    return store.replace(doc) ? counts : null;
  }

  window.IKC.progress = {
    LABELS: LABELS,
    isRecord: isRecord,
    records: function () { return store.read().records; },
    completion: completion,
    status: status,
    moduleIdOf: moduleIdOf,
    longDate: longDate,
    localDay: localDay,
    minutes: minutes
  };
  window.IKC.data = {
    exportDoc: exportDoc,
    download: download,
    parse: parse,
    merge: merge,
    clear: store.clear
  };
})();
