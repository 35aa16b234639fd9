/*
 * The learner's data, kept in this browser only (localStorage), under one key.
 *
 * Shape: { app: "ikc", schema: 2, records: { <kind>: { <id>: { ...data, updated: ISO time } } } }
 * Kinds used: "quiz" (last result), "attempt" (answers in progress), "checklist" (ticks), and by module id
 * "module" (first opened), "completion" (first pass of its quiz, kept even if a later try fails), "reflection"
 * (the learner's CPD reflection).
 * Every record carries its own `updated` time so that an import can keep the newer of two copies.
 * If what is stored cannot be read (corrupted, or written by something else), it is set aside under a
 * backup key and reported, never allowed to break the page.
 */
(function () {
  "use strict";

  var KEY = "ikc-data";
  var SCHEMA = 2;
  var SET_ASIDE = "ikc-data-unreadable-";
  var listeners = [];
  var problem = null; // a message for the page when stored data had to be set aside
  var locked = false; // true while storage holds data from a newer version: it must never be overwritten

  function empty() {
    return { app: "ikc", schema: SCHEMA, records: {} };
  }

  function storage() {
    try {
      var probe = "ikc-probe";
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null; // private mode or storage switched off: the site still works, nothing is kept
    }
  }

  function setAside(raw, reason) {
    var store = storage();
    if (store) {
      try { store.setItem(SET_ASIDE + Date.now(), raw); } catch (e) { /* full: drop it */ }
    }
    problem = reason;
  }

  // Bring data written by an older version of the site up to the current schema.
  // Each step must give the same result every time it runs on the same data: read() migrates on every call.
  var MIGRATIONS = {
    // 1 -> 2: progress came in. Modules whose quiz was tried count as opened, and a passed quiz as a completion.
    // (In schema 1 a quiz's id was always its module's id.)
    1: function (doc) {
      var r = doc.records;
      ["quiz", "attempt", "module", "completion"].forEach(function (kind) {
        if (!isObject(r[kind])) { r[kind] = {}; }
      });
      Object.keys(r.quiz).concat(Object.keys(r.attempt)).forEach(function (id) {
        var quiz = isObject(r.quiz[id]) ? r.quiz[id] : {};
        var attempt = isObject(r.attempt[id]) ? r.attempt[id] : {};
        var when = [quiz.date, quiz.updated, attempt.updated].filter(Boolean).sort()[0] || "1970-01-01T00:00:00.000Z";
        if (!isObject(r.module[id])) { r.module[id] = { opened: when, updated: when }; }
        if (quiz.passed === true && !isObject(r.completion[id])) {
          r.completion[id] = { date: quiz.date || when, version: quiz.version, score: quiz.score, max: quiz.max,
            percent: quiz.percent, passMark: quiz.passMark, updated: quiz.updated || when };
        }
      });
      doc.schema = 2;
      return doc;
    }
  };

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function validate(doc) {
    return doc && typeof doc === "object" && doc.app === "ikc" && typeof doc.schema === "number" &&
      doc.records && typeof doc.records === "object" && !Array.isArray(doc.records);
  }

  function migrate(doc) {
    while (doc.schema < SCHEMA) {
      var step = MIGRATIONS[doc.schema];
      if (!step) { return null; }
      doc = step(doc);
    }
    return doc.schema === SCHEMA ? doc : null;
  }

  function read() {
    locked = false;
    var store = storage();
    if (!store) { return empty(); }
    var raw = store.getItem(KEY);
    if (raw === null) { return empty(); }
    var doc;
    try { doc = JSON.parse(raw); } catch (e) {
      setAside(raw, "Saved progress in this browser could not be read, so it has been set aside and a fresh record started.");
      store.removeItem(KEY);
      return empty();
    }
    if (!validate(doc)) {
      setAside(raw, "Saved data in this browser was not in a form this site recognises, so it has been set aside.");
      store.removeItem(KEY);
      return empty();
    }
    if (doc.schema > SCHEMA) {
      problem = "Your saved progress was made by a newer version of this guide. It is kept, but this page cannot use it.";
      locked = true;
      return empty();
    }
    var migrated = migrate(doc);
    if (!migrated) {
      setAside(raw, "Saved progress from an older version of this guide could not be updated, so it has been set aside.");
      store.removeItem(KEY);
      return empty();
    }
    return migrated;
  }

  function write(doc) {
    var store = storage();
    if (!store || locked) { return false; }
    try {
      store.setItem(KEY, JSON.stringify(doc));
      return true;
    } catch (e) {
      problem = "Your browser would not save your progress (its storage may be full).";
      return false;
    }
  }

  function get(kind, id) {
    var records = read().records[kind];
    var record = records && records[id];
    return record && typeof record === "object" ? record : null;
  }

  function all(kind) {
    return read().records[kind] || {};
  }

  function put(kind, id, data) {
    var doc = read();
    if (locked) { return false; }
    doc.records[kind] = doc.records[kind] || {};
    var record = Object.assign({}, data, { updated: new Date().toISOString() });
    doc.records[kind][id] = record;
    var ok = write(doc);
    listeners.forEach(function (fn) { fn(kind, id, record); });
    return ok;
  }

  function remove(kind, id) {
    var doc = read();
    if (doc.records[kind]) { delete doc.records[kind][id]; }
    write(doc);
    listeners.forEach(function (fn) { fn(kind, id, null); });
  }

  function notify(kind, id, record) {
    listeners.forEach(function (fn) { fn(kind, id, record); });
  }

  // A whole document brought in from outside (an import): checked and brought up to the current schema, or an
  // { error } that says why not.
  function upgrade(doc) {
    if (!validate(doc)) { return { error: "foreign" }; }
    if (doc.schema > SCHEMA) { return { error: "newer" }; }
    var migrated = migrate(JSON.parse(JSON.stringify(doc)));
    return migrated ? { doc: migrated } : { error: "older" };
  }

  // Replace everything at once (after a merge); listeners hear kind "*".
  function replace(doc) {
    var ok = write(doc);
    if (ok) { notify("*", null, null); }
    return ok;
  }

  // Copies of unreadable data set aside by read(), oldest first: [{ key, text }].
  function setAsideCopies() {
    var store = storage();
    var out = [];
    if (!store) { return out; }
    for (var i = 0; i < store.length; i += 1) {
      var key = store.key(i);
      if (key && key.indexOf(SET_ASIDE) === 0) { out.push({ key: key, text: store.getItem(key) }); }
    }
    return out.sort(function (a, b) { return a.key < b.key ? -1 : 1; });
  }

  // Remove everything this guide keeps about the learner (not the trainer-view setting, which is not learning data).
  function clear() {
    var store = storage();
    if (!store) { return false; }
    if (locked) { return false; }
    setAsideCopies().forEach(function (item) { store.removeItem(item.key); });
    store.removeItem(KEY);
    notify("*", null, null);
    return true;
  }

  window.IKC = window.IKC || {};
  window.IKC.store = {
    KEY: KEY,
    SCHEMA: SCHEMA,
    available: function () { return storage() !== null; },
    read: read,
    write: write,
    get: get,
    all: all,
    put: put,
    remove: remove,
    upgrade: upgrade,
    replace: replace,
    setAside: setAsideCopies,
    clear: clear,
    isLocked: function () { read(); return locked; },
    onChange: function (fn) { listeners.push(fn); },
    takeProblem: function () { var p = problem; problem = null; return p; }
  };

  // Run page set-up on first load and after every instant navigation (Material's document$), or on DOM ready.
  // Each set-up runs as a task of its own rather than inside Material's: together they made one long task that
  // kept a phone from answering a tap (Lighthouse's total blocking time, 260 ms to 140 ms on a module page).
  window.IKC.onPage = function (init) {
    function later() { setTimeout(function () { init(document); }, 0); }
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(later);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", later);
    } else {
      later();
    }
  };

  // "22 November 2026" for an ISO time, as the quiz result and the printed checklist show it; `fallback`
  // (default "") should the browser be unable to format a date.
  window.IKC.formatDate = function (iso, fallback) {
    try {
      return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    } catch (e) { return fallback === undefined ? "" : fallback; }
  };

  // Show a notice once per page when stored data had to be set aside.
  window.IKC.onPage(function (root) {
    var message = window.IKC.store.takeProblem();
    read();
    message = message || window.IKC.store.takeProblem();
    if (!message) { return; }
    var article = root.querySelector("article") || root.body;
    var notice = document.createElement("div");
    notice.className = "admonition warning ikc-storage-notice";
    notice.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.textContent = message;
    notice.appendChild(p);
    article.insertBefore(notice, article.firstChild);
  });
})();
