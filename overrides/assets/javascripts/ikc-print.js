/*
 * Print buttons: any button.ikc-print-button prints the page. The button is hidden in the HTML (it needs
 * JavaScript) and shown here; the browser's own Print command gives the same result.
 */
(function () {
  "use strict";

  window.IKC.onPage(function (root) {
    root.querySelectorAll(".ikc-print-button").forEach(function (button) {
      if (button.dataset.ready) { return; }
      button.dataset.ready = "true";
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
