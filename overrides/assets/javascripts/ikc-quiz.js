/*
 * Quizzes: check each answer, show why each option is right or wrong, score against the pass mark.
 *
 * The HTML (overrides/partials/ikc/quiz.html) already holds every answer in a <details> for readers without
 * JavaScript; this script hides those and makes the questions interactive. Answers in progress are saved as an
 * "attempt" and the last finished result as a "quiz" record, both tagged with the quiz version, so an older
 * result is labelled as such rather than shown against changed questions.
 */
(function () {
  "use strict";

  var store = window.IKC.store;

  // An unformattable date is shown as stored rather than left out of the result line.
  function formatDate(iso) { return window.IKC.formatDate(iso, iso); }

  function round(n) { return Math.round(n * 100) / 100; }

  // Score one question: single and true/false 1 or 0; multiple, the share of options marked correctly.
  function score(fieldset, chosen) {
    var options = fieldset.querySelectorAll(".ikc-option");
    if (fieldset.dataset.type !== "multiple") {
      var pick = options[chosen[0]];
      return pick && pick.dataset.correct === "true" ? 1 : 0;
    }
    var right = 0;
    options.forEach(function (option, i) {
      var isChosen = chosen.indexOf(i) !== -1;
      if (isChosen === (option.dataset.correct === "true")) { right += 1; }
    });
    return right / options.length;
  }

  function chosenIndexes(fieldset) {
    var out = [];
    fieldset.querySelectorAll("input").forEach(function (input, i) { if (input.checked) { out.push(i); } });
    return out;
  }

  function showFeedback(fieldset, chosen) {
    var points = score(fieldset, chosen);
    fieldset.querySelectorAll(".ikc-option").forEach(function (option, i) {
      var isChosen = chosen.indexOf(i) !== -1;
      var correct = option.dataset.correct === "true";
      var feedback = option.querySelector(".ikc-option__feedback");
      var input = option.querySelector("input");
      option.classList.toggle("is-correct", correct);
      option.classList.toggle("is-wrong", isChosen && !correct);
      option.classList.toggle("is-chosen", isChosen);
      var tag = option.querySelector(".ikc-option__tag");
      if (!tag) {
        tag = document.createElement("strong");
        tag.className = "ikc-option__tag";
        feedback.insertBefore(tag, feedback.firstChild);
      }
      // Words, not colour alone, say how each option stands.
      tag.textContent = isChosen ? (correct ? "Your answer: right. " : "Your answer: not right. ")
        : (correct ? "Correct answer. " : "");
      feedback.hidden = !(isChosen || correct || fieldset.dataset.type === "multiple");
      input.disabled = true;
      input.setAttribute("aria-describedby", feedback.id);
    });
    var result = fieldset.querySelector(".ikc-question__result");
    var text = points === 1 ? "Correct." : points === 0 ? "Not correct." :
      "Partly correct: you scored " + round(points) + " out of 1.";
    result.textContent = text + " The explanation follows the options.";
    fieldset.classList.add("is-checked");
    fieldset.querySelector(".ikc-question__explanation").hidden = false;
    var button = fieldset.querySelector(".ikc-question__check");
    button.textContent = "Answer checked";
    button.setAttribute("aria-disabled", "true");
    return points;
  }

  function resetQuestion(fieldset) {
    fieldset.classList.remove("is-checked");
    fieldset.querySelectorAll(".ikc-option").forEach(function (option) {
      option.classList.remove("is-correct", "is-wrong", "is-chosen");
      option.querySelector(".ikc-option__feedback").hidden = true;
      var input = option.querySelector("input");
      input.disabled = false;
      input.checked = false;
      input.removeAttribute("aria-describedby");
    });
    fieldset.querySelector(".ikc-question__result").textContent = "";
    fieldset.querySelector(".ikc-question__explanation").hidden = true;
    var button = fieldset.querySelector(".ikc-question__check");
    button.textContent = "Check answer";
    button.removeAttribute("aria-disabled");
  }

  function describeLast(quiz, record) {
    var last = quiz.querySelector(".ikc-quiz__last");
    if (!record) { last.hidden = true; return; }
    var verdict = record.passed ? "passed" : "not yet passed";
    var text = "Your last result: " + record.percent + "% (" + verdict + ") on " + formatDate(record.date) + ".";
    if (String(record.version) !== quiz.dataset.quizVersion) {
      text = "Your last result, " + record.percent + "% on " + formatDate(record.date) +
        ", was for an earlier version of this quiz (version " + record.version + "). The questions have changed since.";
    }
    last.textContent = text;
    last.hidden = false;
  }

  function init(quiz) {
    if (quiz.dataset.ready) { return; }
    quiz.dataset.ready = "true";
    var id = quiz.dataset.quizId;
    var version = quiz.dataset.quizVersion;
    var passMark = Number(quiz.dataset.passMark);
    var questions = Array.prototype.slice.call(quiz.querySelectorAll(".ikc-question"));
    var scoreBox = quiz.querySelector(".ikc-quiz__score");
    var retry = quiz.querySelector(".ikc-quiz__retry");

    var attempt = store.get("attempt", id);
    if (!attempt || String(attempt.version) !== version || typeof attempt.answers !== "object") {
      attempt = { version: version, answers: {} };
    }

    function finishIfDone() {
      var total = 0;
      var done = questions.every(function (q) {
        var answer = attempt.answers[q.dataset.questionId];
        if (!Array.isArray(answer)) { return false; }
        total += score(q, answer);
        return true;
      });
      if (!done) { return; }
      var percent = Math.round((total / questions.length) * 100);
      var passed = percent >= passMark;
      scoreBox.textContent = "You scored " + round(total) + " out of " + questions.length + " (" + percent + "%). " +
        (passed ? "You passed: the pass mark is " + passMark + "%." :
          "The pass mark is " + passMark + "%. Read the sections linked under the questions you missed, then try again.");
      retry.hidden = false;
      if (!attempt.finished) {
        attempt.finished = true;
        store.put("attempt", id, attempt);
        var record = { version: Number(version), score: round(total), max: questions.length, percent: percent,
          passed: passed, passMark: passMark, date: new Date().toISOString() };
        store.put("quiz", id, record);
        describeLast(quiz, record);
      }
    }

    questions.forEach(function (fieldset) {
      var qid = fieldset.dataset.questionId;
      fieldset.querySelector(".ikc-answer").hidden = true; // the interactive feedback replaces it
      var actions = fieldset.querySelector(".ikc-question__actions");
      actions.hidden = false;
      var button = fieldset.querySelector(".ikc-question__check");
      button.addEventListener("click", function () {
        if (fieldset.classList.contains("is-checked")) { return; }
        var chosen = chosenIndexes(fieldset);
        if (!chosen.length) {
          fieldset.querySelector(".ikc-question__result").textContent = "Choose an answer first, then check it.";
          return;
        }
        showFeedback(fieldset, chosen);
        attempt.answers[qid] = chosen;
        store.put("attempt", id, attempt);
        finishIfDone();
      });
      var saved = attempt.answers[qid];
      if (Array.isArray(saved) && saved.length) {
        var inputs = fieldset.querySelectorAll("input");
        saved.forEach(function (i) { if (inputs[i]) { inputs[i].checked = true; } });
        showFeedback(fieldset, saved);
      }
    });

    retry.addEventListener("click", function () {
      attempt = { version: version, answers: {} };
      store.put("attempt", id, attempt);
      questions.forEach(resetQuestion);
      retry.hidden = true;
      scoreBox.textContent = "";
      var first = questions[0] && questions[0].querySelector("input");
      if (first) { first.focus(); }
    });

    describeLast(quiz, store.get("quiz", id));
    finishIfDone();
  }

  window.IKC.onPage(function (root) {
    root.querySelectorAll(".ikc-quiz").forEach(init);
  });
})();
