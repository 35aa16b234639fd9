/* The light/dark switch in the header (partials/palette.html). The scheme is applied before the first paint by the
   inline script in partials/javascripts/palette.html, which also provides IKC.palette; this file answers the
   switch. The choice is kept as Material keeps it (__md_set "__palette"), in this browser only. Until the reader
   chooses, the page follows their system setting, also when it changes while the page is open. */
(function () {
  "use strict";
  var palette = window.IKC && window.IKC.palette;
  if (!palette) { return; }

  function choose(input) {
    // Material's styles drop every transition while this attribute is set, so the page changes colour at once.
    document.body.setAttribute("data-md-color-switching", "");
    var index = palette.inputs.indexOf(input);
    palette.apply(index);
    __md_set("__palette", { index: index, color: palette.colorOf(input) });
    setTimeout(function () { document.body.removeAttribute("data-md-color-switching"); });
  }

  palette.inputs.forEach(function (input) {
    input.addEventListener("change", function () { if (input.checked) { choose(input); } });
  });

  // Enter on the focused switch flips it, as Material's own switch does (arrow keys move between its radio inputs).
  palette.form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    event.preventDefault();
    var current = palette.inputs.indexOf(document.activeElement);
    var next = palette.inputs[(current + 1) % palette.inputs.length];
    next.click();
    next.focus();
  });

  // One change of system setting changes the match of every option's query (light and dark alike), so each fires;
  // the scheme is applied only when it is not already the one shown.
  function follow() {
    var index = palette.systemIndex();
    if (!palette.chosen() && !palette.inputs[index].checked) { palette.apply(index); }
  }
  palette.inputs.forEach(function (input) {
    var media = matchMedia(input.getAttribute("data-md-color-media"));
    if (media.addEventListener) { media.addEventListener("change", follow); }
  });
})();
