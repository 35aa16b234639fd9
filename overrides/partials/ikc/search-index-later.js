/* Fetch the search index after the page has been drawn, not while it is being drawn.
 *
 * Material requests search/search_index.json (over 100 KB gzipped) the moment it starts, so on a slow connection
 * it competes with the page's own scripts before the reader sees anything. Material has no setting to delay it,
 * so this holds back that one request (it goes through XMLHttpRequest) until the first frame has been painted and
 * the browser is idle, or at once if the reader goes to the search box first. The index still arrives in the
 * background, so search keeps working if the connection drops later. Opened from a folder (file://), Material
 * loads the index as a script instead, which this leaves alone.
 *
 * Inlined before Material's bundle by main.html, because the bundle sends the request as it starts.
 */
(function () {
  "use strict";
  var INDEX = /(^|\/)search\/search_index\.json(\?|$)/;
  var released = false;
  var waiting = [];

  function release() {
    if (released) { return; }
    released = true;
    waiting.splice(0).forEach(function (send) { send(); });
  }

  function whenIdleAfterFirstFrame() {
    // requestAnimationFrame runs before the first frame is drawn; the timeout after it runs once it has been.
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (window.requestIdleCallback) {
          window.requestIdleCallback(release, { timeout: 2000 });
        } else {
          setTimeout(release, 200);
        }
      }, 0);
    });
  }

  // Inlined in the page, this runs while the page is still being parsed, so "load" is always still to come.
  window.addEventListener("load", whenIdleAfterFirstFrame, { once: true });
  // The reader opening search (by click, tap or Material's / and s keys) focuses something in its form.
  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.closest && event.target.closest("form[name=search]")) { release(); }
  });

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.ikcSearchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.ikcSearchIndex || released) { return send.apply(request, args); }
    waiting.push(function () { send.apply(request, args); });
  };
})();
