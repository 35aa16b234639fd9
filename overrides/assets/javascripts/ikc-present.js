/*
 * Presenter mode (modules/<id>-present.html): one slide at a time on the whole screen, and a speaker view.
 *
 * The page already holds every slide as <section class="ikc-slide"> with its trainer notes inside (cut from the
 * module by scripts/ikc/slides.py); without JavaScript they read as one long page. This script shows one at a
 * time, moves by keyboard, clicker (Page Up/Down) and buttons, and keeps the place in the address (#slide-3).
 * With ?view=speaker the same page becomes the speaker view: the current slide's notes, the slide itself, a
 * preview of the next one, the whole-session notes and a timer. IKC.presentSync keeps the two windows in step.
 */
(function () {
  "use strict";

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function formatElapsed(ms) {
    var seconds = Math.floor(ms / 1000);
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    var mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? h + ":" : "") + mm + ":" + String(s).padStart(2, "0");
  }

  // A copy of a slide to look at, not to use: no ids (they stay unique), nothing focusable, hidden from screen readers.
  function preview(slide) {
    var copy = slide.querySelector(".ikc-slide__body").cloneNode(true);
    copy.removeAttribute("tabindex");
    [copy].concat(Array.prototype.slice.call(copy.querySelectorAll("*"))).forEach(function (node) {
      node.removeAttribute("id");
      node.removeAttribute("aria-labelledby");
      node.removeAttribute("aria-describedby");
      if (node.matches("a, button, summary, input, select, textarea, [tabindex]")) { node.setAttribute("tabindex", "-1"); }
    });
    copy.setAttribute("aria-hidden", "true");
    copy.inert = true;
    return copy;
  }

  function init(root) {
    var deck = root.querySelector(".ikc-deck");
    if (!deck || deck.dataset.ready) { return; }
    var slides = Array.prototype.slice.call(deck.querySelectorAll(".ikc-slide"));
    if (!slides.length) { return; }
    deck.dataset.ready = "true";

    var moduleId = deck.dataset.moduleId;
    var speaker = new URLSearchParams(window.location.search).get("view") === "speaker";
    var controls = deck.querySelector(".ikc-deck__controls");
    var prev = deck.querySelector(".ikc-deck__prev");
    var next = deck.querySelector(".ikc-deck__next");
    var number = deck.querySelector(".ikc-deck__n");
    var select = deck.querySelector(".ikc-deck__select");
    var status = deck.querySelector(".ikc-deck__status");
    var fullscreen = deck.querySelector(".ikc-deck__fullscreen");
    var speakerLink = deck.querySelector(".ikc-deck__speaker");
    var helpToggle = deck.querySelector(".ikc-deck__help-toggle");
    var help = deck.querySelector(".ikc-deck__help");
    var current = -1;
    var lastKey = "";
    var notes = [];
    var notesHolder = null;
    var nextHolder = null;

    document.documentElement.classList.add("ikc-presenting");
    deck.classList.add("is-ready");
    controls.hidden = false;
    deck.querySelector(".ikc-deck__total").textContent = String(slides.length);
    slides.forEach(function (slide, i) {
      select.add(new Option((i + 1) + ". " + slide.dataset.title, String(i)));
      slide.querySelector(".ikc-slide__body").tabIndex = 0; // a long slide scrolls with the arrow keys
    });

    // ---------- Moving between slides ----------
    function show(index, options) {
      options = options || {};
      index = Math.max(0, Math.min(slides.length - 1, index));
      if (index === current) { return; }
      var focusWasOnSlide = current >= 0 && slides[current].contains(document.activeElement);
      current = index;
      slides.forEach(function (slide, i) { slide.hidden = i !== index; });
      var slide = slides[index];
      var body = slide.querySelector(".ikc-slide__body");
      body.scrollTop = 0;
      number.textContent = String(index + 1);
      select.value = String(index);
      prev.setAttribute("aria-disabled", index === 0 ? "true" : "false");
      next.setAttribute("aria-disabled", index === slides.length - 1 ? "true" : "false");
      status.textContent = "Slide " + (index + 1) + " of " + slides.length + ": " + slide.dataset.title;
      history.replaceState(null, "", window.location.pathname + window.location.search + "#slide-" + (index + 1));
      if (speaker) { showSpeakerPanes(index); }
      if (options.focus || focusWasOnSlide || (!options.remote && document.activeElement === document.body)) {
        body.focus({ preventScroll: true });
      }
      if (!options.remote) { broadcast(); }
    }

    function step(by) { return function () { show(current + by, { focus: false }); }; }

    prev.addEventListener("click", step(-1));
    next.addEventListener("click", step(1));
    select.addEventListener("change", function () { show(Number(select.value), { focus: true }); });

    // Links to a section of this module ("Taught in …") go to the slide that holds it.
    deck.addEventListener("click", function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link || link.classList.contains("ikc-term")) { return; }
      var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
      var slide = target && target.closest(".ikc-slide");
      if (!slide) { return; }
      event.preventDefault();
      show(slides.indexOf(slide), { focus: true });
      target.scrollIntoView({ block: "start" });
    });

    // ---------- Revealing quiz answers ----------
    function answers(slide) { return slide ? Array.prototype.slice.call(slide.querySelectorAll("details.ikc-group-question__answer")) : []; }

    function revealToggle() {
      var list = answers(slides[current]);
      if (!list.length) { return; }
      var open = !list[0].open;
      list.forEach(function (details) { details.open = open; });
      if (open) { list[0].querySelector("summary").focus({ preventScroll: true }); }
    }

    // "toggle" does not bubble: listen while it passes down to the <details>. A revealed answer is brought into view.
    deck.addEventListener("toggle", function (event) {
      var details = event.target;
      if (details.open && details.closest(".ikc-slide")) { details.scrollIntoView({ block: "nearest" }); }
      broadcast();
    }, true);

    // ---------- Keeping two windows in step ----------
    function state() {
      var revealed = [];
      deck.querySelectorAll(".ikc-slide details.ikc-group-question__answer").forEach(function (details) {
        if (details.open) { revealed.push(details.closest(".ikc-group-question").dataset.questionId); }
      });
      return { type: "state", slide: current, revealed: revealed };
    }

    function keyOf(s) { return s.slide + "|" + s.revealed.join(","); }

    var send = window.IKC.presentSync.join(moduleId, function (message) {
      if (message.type === "hello") { lastKey = ""; broadcast(); return; }
      if (message.type !== "state" || typeof message.slide !== "number") { return; }
      lastKey = keyOf({ slide: message.slide, revealed: message.revealed || [] });
      show(message.slide, { remote: true });
      deck.querySelectorAll(".ikc-slide details.ikc-group-question__answer").forEach(function (details) {
        var open = (message.revealed || []).indexOf(details.closest(".ikc-group-question").dataset.questionId) !== -1;
        if (details.open !== open) { details.open = open; }
      });
    });

    function broadcast() {
      if (current < 0) { return; }
      var s = state();
      var key = keyOf(s);
      if (key === lastKey) { return; }
      lastKey = key;
      send(s);
    }

    // ---------- Full screen, speaker window, keys ----------
    function toggleFullscreen() {
      if (document.fullscreenElement) { document.exitFullscreen(); return; }
      var request = document.documentElement.requestFullscreen();
      if (request && request.catch) { request.catch(function () { /* refused: stay in the window */ }); }
    }

    if (document.documentElement.requestFullscreen) {
      fullscreen.addEventListener("click", toggleFullscreen);
      document.addEventListener("fullscreenchange", function () {
        fullscreen.textContent = document.fullscreenElement ? "Leave full screen" : "Full screen";
      });
    } else {
      fullscreen.hidden = true; // some phones have no full-screen mode for pages
    }

    function openWindow(href, name, event) {
      var opened = window.open(href, name, "popup=yes,width=1200,height=800");
      if (opened && event) { event.preventDefault(); }
      return opened;
    }

    function openSpeaker(event) {
      var href = window.location.pathname + "?view=speaker#slide-" + (current + 1);
      openWindow(href, "ikc-speaker-" + moduleId, event);
    }
    speakerLink.addEventListener("click", openSpeaker);

    helpToggle.addEventListener("click", function () {
      help.hidden = !help.hidden;
      helpToggle.setAttribute("aria-expanded", help.hidden ? "false" : "true");
    });

    window.addEventListener("keydown", function (event) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) { return; }
      var target = event.target;
      if (target.closest && target.closest("input, select, textarea, [contenteditable]")) { return; }
      var onControl = target.closest && target.closest("button, a, summary");
      var action = null;
      switch (event.key) {
        case "ArrowRight": case "PageDown": case "n": case "N": action = step(1); break;
        case "ArrowLeft": case "PageUp": case "p": case "P": action = step(-1); break;
        case " ": if (!onControl) { action = step(event.shiftKey ? -1 : 1); } break;
        case "Home": action = function () { show(0); }; break;
        case "End": action = function () { show(slides.length - 1); }; break;
        case "r": case "R": action = revealToggle; break;
        case "f": case "F": action = document.documentElement.requestFullscreen ? toggleFullscreen : null; break;
        case "s": case "S": if (!speaker) { action = function () { openSpeaker(null); }; } break;
        default: break;
      }
      if (!action) { return; }
      // Taken before Material's own shortcuts (which listen later, on the window) see the key.
      event.preventDefault();
      event.stopPropagation();
      action();
    }, true);

    // ---------- Speaker view ----------
    // One of the speaker view's three panes: <section class="ikc-speaker__NAME ..."> labelled by its own <h2>.
    function speakerPane(name, extraClass, title) {
      var pane = make("section", "ikc-speaker__" + name + (extraClass ? " " + extraClass : ""));
      pane.setAttribute("aria-labelledby", "ikc-speaker-" + name + "-title");
      var heading = make("h2", "ikc-speaker__title", title);
      heading.id = "ikc-speaker-" + name + "-title";
      pane.append(heading);
      return pane;
    }

    function setUpSpeaker() {
      deck.classList.add("is-speaker");
      document.title = "Speaker view: " + document.title;
      var bar = deck.querySelector(".ikc-speaker-bar");
      bar.hidden = false;
      speakerLink.hidden = true;
      var grid = make("div", "ikc-speaker");

      var notesPane = speakerPane("notes", "md-typeset", "Trainer notes for this slide");
      notesHolder = make("div", "ikc-speaker__holder");
      notesPane.append(notesHolder);
      var session = deck.querySelector(".ikc-session-notes");
      if (session) {
        var details = make("details", "ikc-speaker__session");
        details.append(make("summary", "", "Session plan and notes for the whole session"), session);
        notesPane.append(details);
      }

      var nowPane = speakerPane("now", "", "On the screen now");
      nowPane.append(deck.querySelector(".ikc-deck__slides"));

      var nextPane = speakerPane("next", "md-typeset", "Next slide");
      nextHolder = make("div", "ikc-speaker__preview");
      nextPane.append(nextHolder);

      grid.append(notesPane, nowPane, nextPane);
      deck.insertBefore(grid, controls);
      slides.forEach(function (slide) { notes.push(slide.querySelector(".ikc-slide__notes")); });
      notes.forEach(function (node) { node.remove(); });

      var started = Date.now();
      var elapsed = bar.querySelector(".ikc-speaker-bar__elapsed");
      window.setInterval(function () { elapsed.textContent = formatElapsed(Date.now() - started); }, 1000);
      bar.querySelector(".ikc-speaker-bar__restart").addEventListener("click", function () {
        started = Date.now();
        elapsed.textContent = "0:00";
      });
      bar.querySelector(".ikc-speaker-bar__open").addEventListener("click", function (event) {
        var href = event.currentTarget.getAttribute("href") + "#slide-" + (current + 1);
        openWindow(href, "ikc-audience-" + moduleId, event);
      });
    }

    function showSpeakerPanes(index) {
      notesHolder.replaceChildren(notes[index]);
      var following = slides[index + 1];
      if (following) {
        var label = make("p", "ikc-speaker__next-title", (index + 2) + ". " + following.dataset.title);
        nextHolder.replaceChildren(label, preview(following));
      } else {
        nextHolder.replaceChildren(make("p", "ikc-speaker__next-title", "This is the last slide."));
      }
    }

    if (speaker) { setUpSpeaker(); }

    // A link from outside the slides (the skip link, a bookmark) to a section: show the slide that holds it.
    window.addEventListener("hashchange", function () {
      var slideNumber = /^#slide-(\d+)$/.exec(window.location.hash);
      var target = slideNumber ? null : document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (slideNumber) { show(Number(slideNumber[1]) - 1, { focus: true }); }
      else if (target && target.closest(".ikc-slide")) { show(slides.indexOf(target.closest(".ikc-slide")), { focus: true }); }
    });

    var match = /^#slide-(\d+)$/.exec(window.location.hash);
    var start = match ? Number(match[1]) - 1 : 0;
    if (!match && window.location.hash) {
      var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (target && target.closest(".ikc-slide")) { start = slides.indexOf(target.closest(".ikc-slide")); }
    }
    show(start, { remote: true });
    send({ type: "hello" }); // a window already open answers with its slide, and this one follows it
  }

  window.IKC.onPage(init);
})();
