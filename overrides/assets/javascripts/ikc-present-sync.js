/*
 * Keep the slides for the room and the speaker view of one module in step, across browser windows.
 *
 * BroadcastChannel reaches every window of this site in this browser, from a server or from file://; where a
 * browser has no BroadcastChannel, a localStorage key (whose "storage" event other windows see) does the same.
 * Only the slide number and which answers are revealed are sent: nothing typed by anyone.
 */
(function () {
  "use strict";

  var FALLBACK_KEY = "ikc-present-sync";

  // Join the channel for one module. onMessage receives {type: "hello"} or {type: "state", slide, revealed}.
  function join(moduleId, onMessage) {
    var name = "ikc-present-" + moduleId;
    var me = Math.random().toString(36).slice(2);
    var channel = null;

    function receive(message) {
      if (!message || message.module !== moduleId || message.sender === me) { return; }
      onMessage(message);
    }

    if (typeof window.BroadcastChannel === "function") {
      channel = new window.BroadcastChannel(name);
      channel.onmessage = function (event) { receive(event.data); };
    } else {
      window.addEventListener("storage", function (event) {
        if (event.key !== FALLBACK_KEY || !event.newValue) { return; }
        try { receive(JSON.parse(event.newValue)); } catch (e) { /* not ours */ }
      });
    }

    return function send(message) {
      message = Object.assign({ module: moduleId, sender: me, sent: Date.now() }, message);
      if (channel) { channel.postMessage(message); return; }
      try { window.localStorage.setItem(FALLBACK_KEY, JSON.stringify(message)); } catch (e) { /* one window only */ }
    };
  }

  window.IKC = window.IKC || {};
  window.IKC.presentSync = { join: join };
})();
