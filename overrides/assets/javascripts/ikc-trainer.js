/*
 * Trainer view switch: a button in the header that shows or hides facilitator notes, session plans and quiz
 * answers. The choice is remembered in this browser (the early script in overrides/main.html applies it).
 */
(function () {
  "use strict";

  function isOn() { return document.documentElement.classList.contains("ikc-trainer"); }

  function set(on) {
    document.documentElement.classList.toggle("ikc-trainer", on);
    try { localStorage.setItem("ikc-trainer", on ? "1" : "0"); } catch (e) { /* not remembered */ }
    document.querySelectorAll(".ikc-trainer-toggle").forEach(function (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
    var status = document.getElementById("ikc-trainer-status");
    if (status) { status.textContent = on ? "Trainer view on: facilitator notes and answers are shown." : "Trainer view off."; }
  }

  function init() {
    var header = document.querySelector(".md-header__inner");
    if (!header || header.querySelector(".ikc-trainer-toggle")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button ikc-trainer-toggle";
    button.textContent = "Trainer view";
    button.setAttribute("aria-pressed", isOn() ? "true" : "false");
    button.addEventListener("click", function () { set(!isOn()); });
    var status = document.createElement("span");
    status.id = "ikc-trainer-status";
    status.className = "md-visually-hidden";
    status.setAttribute("role", "status");
    var search = header.querySelector(".md-search") || header.lastElementChild;
    header.insertBefore(button, search);
    header.appendChild(status);
  }

  window.IKC.onPage(init);
})();
