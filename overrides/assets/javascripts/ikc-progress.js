/*
 * Module progress on every page: a module page records that it was opened and, when its quiz is passed, the
 * completion; the navigation and the course map show each module's status in words (not colour alone).
 */
(function () {
  "use strict";

  var store = window.IKC.store;
  var progress = window.IKC.progress;
  var ICONS = { "completed": "✓", "in-progress": "◐", "not-started": "" };

  // The module this page is, if it is one: the page with the module's header and its quiz (trainers' handouts and
  // session plans next to it in modules/ have the header but no quiz, and opening them is not studying the module).
  function currentModule(root) {
    return root.querySelector(".ikc-module-header") && root.querySelector(".ikc-quiz") ?
      progress.moduleIdOf(location.href) : null;
  }

  function recordOpening(id) {
    if (!store.get("module", id)) { store.put("module", id, { opened: new Date().toISOString() }); }
  }

  // The first pass of the module's quiz becomes its completion; later tries never undo it.
  function recordPass(id, quizRecord) {
    if (store.get("completion", id)) { return; }
    store.put("completion", id, { date: quizRecord.date, version: quizRecord.version, score: quizRecord.score,
      max: quizRecord.max, percent: quizRecord.percent, passMark: quizRecord.passMark });
    var score = document.querySelector(".ikc-quiz__score");
    var learning = document.querySelector('.md-nav a.md-nav__link[href$="my-learning.html"]');
    if (score && learning) {
      var note = document.createElement("p");
      note.className = "ikc-quiz__completed";
      note.append("You have completed this module. ");
      var link = document.createElement("a");
      link.href = learning.getAttribute("href");
      link.textContent = "Add a reflection to your CPD record on My learning";
      note.append(link, ".");
      score.insertAdjacentElement("afterend", note);
    }
  }

  function badge(status) {
    var span = document.createElement("span");
    span.className = "ikc-status ikc-status--" + status;
    var icon = document.createElement("span");
    icon.className = "ikc-status__icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = ICONS[status];
    var text = document.createElement("span");
    text.className = "ikc-status__text";
    text.textContent = progress.LABELS[status];
    span.append(icon, text);
    return span;
  }

  // Mark each module link in Material's navigation (and the table-of-contents label of the current page).
  function markNavigation(root, records) {
    root.querySelectorAll(".md-nav a.md-nav__link").forEach(function (link) {
      // Section links (the table of contents, #anchors) belong to a page, not to a module's status.
      if (link.closest(".md-nav--secondary") || (link.getAttribute("href") || "").indexOf("#") !== -1) { return; }
      var id = progress.moduleIdOf(link.href);
      if (!id) { return; }
      var status = progress.status(records, id);
      var targets = [link];
      var label = link.previousElementSibling;
      if (label && label.matches("label.md-nav__link")) { targets.push(label); }
      targets.forEach(function (target) {
        var old = target.querySelector(":scope > .ikc-status");
        if (old) { old.remove(); }
        if (status === "not-started") { return; } // the absence of a mark says it; no clutter in the menu
        var mark = badge(status);
        mark.classList.add("ikc-status--nav");
        mark.querySelector(".ikc-status__text").className = "md-visually-hidden";
        mark.querySelector(".md-visually-hidden").textContent = " (" + progress.LABELS[status].toLowerCase() + ")";
        target.appendChild(mark);
      });
    });
  }

  function markCourseMap(root, records) {
    root.querySelectorAll(".ikc-course-map__item[data-module-id]").forEach(function (item) {
      var old = item.querySelector(".ikc-status");
      if (old) { old.remove(); }
      var status = progress.status(records, item.dataset.moduleId);
      if (status === "not-started") { return; }
      (item.querySelector(".ikc-course-map__meta") || item).appendChild(badge(status));
    });
  }

  function refresh(root) {
    var records = progress.records();
    markNavigation(root, records);
    markCourseMap(root, records);
  }

  progress.badge = badge; // the same status mark on My learning

  store.onChange(function (kind, id, record) {
    if (kind === "quiz" && record && record.passed === true) {
      var moduleId = currentModule(document);
      var quiz = document.querySelector('.ikc-quiz[data-quiz-id="' + id + '"]');
      if (moduleId && quiz) { recordPass(moduleId, record); }
    }
    if (kind === "*" || kind === "module" || kind === "completion" || kind === "quiz" || kind === "attempt") {
      refresh(document);
    }
  });

  window.IKC.onPage(function (root) {
    var id = currentModule(root);
    if (id) { recordOpening(id); }
    refresh(root);
  });
})();
