/*
 * Glossary terms: each marked term (a link to its definition at the foot of the page) becomes a button that
 * shows the definition beside it. A "toggletip": it opens on click, tap, Enter or Space (not on hover alone,
 * so it works by touch), its text is announced through a live region, and Escape or a click elsewhere closes it.
 */
(function () {
  "use strict";

  var open = null;

  function close(returnFocus) {
    if (!open) { return; }
    open.button.setAttribute("aria-expanded", "false");
    open.tip.textContent = "";
    open.tip.hidden = true;
    if (returnFocus) { open.button.focus(); }
    open = null;
  }

  function init(root) {
    root.querySelectorAll("a.ikc-term").forEach(function (link, index) {
      var slug = link.dataset.term;
      // The link's own target, so that it still works where ids carry a prefix (the whole guide on one page).
      var target = decodeURIComponent((link.getAttribute("href") || "").slice(1)) || "term-" + slug;
      var definition = document.getElementById(target);
      var dd = definition && definition.nextElementSibling;
      if (!dd) { return; }
      var wrap = document.createElement("span");
      wrap.className = "ikc-term-wrap";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ikc-term";
      button.textContent = link.textContent;
      button.setAttribute("aria-expanded", "false");
      var tip = document.createElement("span");
      tip.className = "ikc-term__tip";
      tip.id = "ikc-tip-" + index;
      tip.setAttribute("role", "status");
      tip.hidden = true;
      button.setAttribute("aria-controls", tip.id);
      button.addEventListener("click", function (event) {
        event.stopPropagation();
        var wasOpen = open && open.button === button;
        close(false);
        if (wasOpen) { return; }
        tip.hidden = false;
        // Set after un-hiding so that the live region announces it.
        window.setTimeout(function () {
          tip.textContent = definition.textContent + ": " + dd.textContent;
        }, 50);
        button.setAttribute("aria-expanded", "true");
        open = { button: button, tip: tip };
      });
      wrap.appendChild(button);
      wrap.appendChild(tip);
      link.replaceWith(wrap);
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open) { close(true); }
  });
  document.addEventListener("click", function (event) {
    if (open && !open.tip.contains(event.target)) { close(false); }
  });

  window.IKC.onPage(init);
})();
