/*
 * The My learning page: each module's status and overall progress, and the CPD record of completed modules with
 * the learner's reflection, printable and copyable as plain text. The markup comes from the my-learning-*.html
 * templates; this script only fills it in from the store. What the learner writes is only ever set as text.
 */
(function () {
  "use strict";

  var store = window.IKC.store;
  var progress = window.IKC.progress;
  var FIELDS = ["learnt", "impact", "peer"];
  var DAY = /^\d{4}-\d{2}-\d{2}$/;

  function text(value) { return typeof value === "string" ? value : ""; }

  function reflectionOf(records, id) {
    var all = progress.isRecord(records.reflection) ? records.reflection : {};
    return progress.isRecord(all[id]) ? all[id] : null;
  }

  function scoreText(done) {
    if (typeof done.percent !== "number") { return "Passed"; }
    return done.percent + "%" + (typeof done.passMark === "number" ? " (pass mark " + done.passMark + "%)" : "");
  }

  // ---------- Progress ----------

  function drawProgress(box, records) {
    var counts = { "completed": 0, "in-progress": 0, "not-started": 0 };
    var done = 0;
    box.querySelectorAll(".ikc-learning__module").forEach(function (item) {
      var id = item.dataset.moduleId;
      var status = progress.status(records, id);
      counts[status] += 1;
      var slot = item.querySelector(".ikc-learning__status");
      slot.textContent = "";
      slot.appendChild(progress.badge(status));
      var detail = "";
      if (status === "completed") {
        var completion = progress.completion(records, id);
        done += Number(item.dataset.duration) || 0;
        detail = "on " + progress.longDate(completion.date) +
          (typeof completion.percent === "number" ? ", quiz " + completion.percent + "%" : "");
      } else if (status === "in-progress" && progress.isRecord((records.module || {})[id])) {
        detail = "opened on " + progress.longDate(records.module[id].opened);
      }
      if (detail) {
        var span = document.createElement("span");
        span.className = "ikc-learning__detail";
        span.textContent = " " + detail;
        slot.appendChild(span);
      }
    });
    var total = box.querySelectorAll(".ikc-learning__module").length;
    box.querySelector(".ikc-learning__summary").textContent = "You have completed " + counts.completed + " of " + total +
      " modules. " + counts["in-progress"] + " in progress, " + counts["not-started"] + " not started.";
    var bar = box.querySelector(".ikc-learning__bar");
    bar.value = counts.completed;
    bar.textContent = counts.completed + " of " + total;
    box.querySelector(".ikc-learning__time").textContent = "About " + progress.minutes(done) +
      " of study completed, of about " + progress.minutes(Number(box.dataset.totalMinutes) || 0) + " for the whole course.";
  }

  // ---------- CPD record ----------

  function whenOf(records, entry) {
    var saved = reflectionOf(records, entry.dataset.moduleId);
    if (saved && DAY.test(text(saved.when))) { return saved.when; }
    var done = progress.completion(records, entry.dataset.moduleId);
    return done ? progress.localDay(done.date) : "";
  }

  function formatText(entry, value) {
    var option = entry.querySelector('select[name=format] option[value="' + (value || "self-study") + '"]') ||
      entry.querySelector("select[name=format] option");
    var words = option.textContent;
    return words.charAt(0).toLowerCase() + words.slice(1);
  }

  function whatText(cpd, entry, records) {
    var saved = reflectionOf(records, entry.dataset.moduleId) || {};
    return "Studied module " + entry.dataset.number + ", \u201c" + entry.dataset.title + "\u201d, of the " +
      cpd.dataset.courseTitle + " course " + formatText(entry, text(saved.format)) + ", about " +
      progress.minutes(Number(entry.dataset.duration) || 0) + ", and passed its end-of-module quiz.";
  }

  function drawEntry(cpd, entry, records) {
    var id = entry.dataset.moduleId;
    var done = progress.completion(records, id);
    entry.hidden = !done;
    if (!done) { return; }
    entry.querySelector(".ikc-cpd-entry__what-text").textContent = whatText(cpd, entry, records);
    entry.querySelector(".ikc-cpd-entry__when").textContent = progress.longDate(whenOf(records, entry));
    entry.querySelector(".ikc-cpd-entry__score").textContent = scoreText(done);
    var saved = reflectionOf(records, id);
    var written = saved && FIELDS.some(function (f) { return text(saved[f]).trim(); });
    entry.querySelector(".ikc-cpd-entry__no-reflection").hidden = !!written;
    var view = entry.querySelector(".ikc-reflection-view");
    view.hidden = !written;
    FIELDS.forEach(function (field) {
      view.querySelector('[data-field="' + field + '"]').textContent = written ? (text(saved[field]).trim() || "Not written.") : "";
    });
    var edit = entry.querySelector(".ikc-cpd-entry__edit");
    edit.firstChild.textContent = written ? "Edit your reflection" : "Write a reflection";
  }

  function drawRecord(cpd, records) {
    var entries = cpd.querySelectorAll(".ikc-cpd-entry");
    entries.forEach(function (entry) { drawEntry(cpd, entry, records); });
    var any = Array.prototype.some.call(entries, function (e) { return !e.hidden; });
    cpd.querySelector(".ikc-cpd__empty").hidden = any;
    cpd.querySelector(".ikc-cpd__tools").hidden = !any;
    if (!any) { cpd.querySelector(".ikc-cpd__text").hidden = true; }
  }

  // ---------- Reflection form ----------

  function setUpForm(cpd, entry) {
    var id = entry.dataset.moduleId;
    var form = entry.querySelector(".ikc-reflection");
    var edit = entry.querySelector(".ikc-cpd-entry__edit");
    var status = entry.querySelector(".ikc-cpd-entry__status");

    function open() {
      var records = progress.records();
      var saved = reflectionOf(records, id) || {};
      form.elements.when.value = whenOf(records, entry);
      form.elements.format.value = text(saved.format) || "self-study";
      FIELDS.forEach(function (field) { form.elements[field].value = text(saved[field]); });
      form.hidden = false;
      edit.hidden = true;
      edit.setAttribute("aria-expanded", "true");
      entry.querySelector(".ikc-cpd-entry__reflection").hidden = true;
      status.textContent = "";
      form.elements.learnt.focus();
    }

    function save() {
      var data = { when: DAY.test(form.elements.when.value) ? form.elements.when.value : "",
        format: form.elements.format.value };
      FIELDS.forEach(function (field) { data[field] = form.elements[field].value; });
      store.put("reflection", id, data);
    }

    function close() {
      form.hidden = true;
      edit.hidden = false;
      edit.setAttribute("aria-expanded", "false");
      entry.querySelector(".ikc-cpd-entry__reflection").hidden = false;
      drawEntry(cpd, entry, progress.records());
      status.textContent = "Your reflection is saved in this browser.";
      edit.focus();
    }

    edit.addEventListener("click", open);
    form.addEventListener("input", save); // every change is kept at once: nothing typed is lost by leaving the page
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      save();
      close();
    });
  }

  // ---------- Plain text and print ----------

  function plainText(cpd) {
    var records = progress.records();
    var lines = [cpd.querySelector(".ikc-cpd__print-title").textContent.trim(), "",
      cpd.querySelector(".ikc-cpd__declaration").textContent.replace(/\s+/g, " ").trim(),
      "Made on " + progress.longDate(new Date().toISOString()) + "."];
    cpd.querySelectorAll(".ikc-cpd-entry").forEach(function (entry) {
      if (entry.hidden) { return; }
      var saved = reflectionOf(records, entry.dataset.moduleId) || {};
      lines.push("", entry.querySelector(".ikc-cpd-entry__title").textContent.trim(),
        "What: " + whatText(cpd, entry, records),
        "When: " + progress.longDate(whenOf(records, entry)),
        "Quiz score: " + entry.querySelector(".ikc-cpd-entry__score").textContent,
        entry.querySelector(".ikc-cpd-entry__objectives-intro").textContent.trim());
      entry.querySelectorAll(".ikc-cpd-entry__objectives li").forEach(function (li) {
        lines.push("- " + li.textContent.trim());
      });
      entry.querySelectorAll(".ikc-reflection-view dt").forEach(function (dt, i) {
        lines.push(dt.textContent + ":", text(saved[FIELDS[i]]).trim() || "Not written yet.");
      });
    });
    return lines.join("\n") + "\n";
  }

  function setUpTools(cpd) {
    var status = cpd.querySelector(".ikc-cpd__status");
    var area = cpd.querySelector(".ikc-cpd__text");
    var box = area.querySelector("textarea");

    function showText(message) {
      box.value = plainText(cpd);
      area.hidden = false;
      box.focus();
      box.select();
      status.textContent = message;
    }

    cpd.querySelector(".ikc-cpd__copy").addEventListener("click", function () {
      var value = plainText(cpd);
      var count = cpd.querySelectorAll(".ikc-cpd-entry:not([hidden])").length;
      if (!navigator.clipboard || !navigator.clipboard.writeText) {
        showText("This browser does not let the page copy. The record is shown below as plain text, selected for you to copy.");
        return;
      }
      navigator.clipboard.writeText(value).then(function () {
        status.textContent = "Copied your record of " + count + (count === 1 ? " module" : " modules") +
          " as plain text. Paste it where you keep your CPD record.";
      }, function () {
        showText("This browser did not let the page copy. The record is shown below as plain text, selected for you to copy.");
      });
    });

    cpd.querySelector(".ikc-cpd__print").addEventListener("click", function () { window.print(); });
  }

  function stampPrintDate(cpd) {
    cpd.querySelector(".ikc-cpd__printed").textContent = "Printed on " + progress.longDate(new Date().toISOString()) + ".";
  }

  // ---------- Page ----------

  function init(root) {
    var box = root.querySelector(".ikc-learning");
    var cpd = root.querySelector(".ikc-cpd");
    if (!box || !cpd || cpd.dataset.ready) { return; }
    cpd.dataset.ready = "true";
    [box, cpd].forEach(function (el) {
      el.querySelectorAll(".ikc-needs-js").forEach(function (p) { p.hidden = true; });
    });
    box.querySelector(".ikc-learning__overview").hidden = false;
    cpd.querySelectorAll(".ikc-cpd-entry").forEach(function (entry) { setUpForm(cpd, entry); });
    setUpTools(cpd);
    stampPrintDate(cpd);
    window.addEventListener("beforeprint", function () { stampPrintDate(cpd); });

    function draw() {
      var records = progress.records();
      drawProgress(box, records);
      drawRecord(cpd, records);
    }
    store.onChange(function (kind) {
      if (kind !== "reflection" && document.body.contains(cpd)) { draw(); }
    });
    draw();
  }

  window.IKC.onPage(init);
})();
