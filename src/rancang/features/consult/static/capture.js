// The facilitator's capture page: every input goes to a queue in localStorage first and
// is sent to /api/v1/consult/events/<id>/inputs when the network is there. An input stays
// in the queue until the server has answered for it, so a dropped connection loses
// nothing; the server stores a re-sent input once.
(function () {
  "use strict";
  var root = document.getElementById("capture");
  if (!root) { return; }
  var eventId = root.dataset.event;
  var key = "rancang-consult-queue-" + eventId;
  var sentKey = "rancang-consult-sent-" + eventId;
  var form = document.getElementById("capture-form");
  var sending = false;

  // A service worker (/consult/capture-sw.js, the shared offline worker) keeps this page and its static files, so the page
  // opens again without network; the inputs themselves wait in localStorage. The page was
  // loaded before the worker existed: once the worker is active it is asked to keep it.
  if ("serviceWorker" in navigator && root.dataset.worker) {
    navigator.serviceWorker.register(root.dataset.worker, {scope: root.dataset.scope})
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (reg) {
        if (reg.active) { reg.active.postMessage({keep: window.location.pathname}); }
      })
      .catch(function () { return null; });  // no worker (plain http): works while online
  }

  function queue() {
    try { return JSON.parse(localStorage.getItem(key) || "[]"); } catch (e) { return []; }
  }
  function save(items) { localStorage.setItem(key, JSON.stringify(items)); }
  function show() {
    var items = queue();
    var list = document.getElementById("pending-list");
    if (list) {  // what waits to be sent, to check it for typos
      list.textContent = "";
      items.forEach(function (i) {
        var li = document.createElement("li");
        var section = document.querySelector('#c-section option[value="' +
          (window.CSS && CSS.escape ? CSS.escape(i.bagian) : i.bagian) + '"]');
        li.textContent = (section ? section.textContent : i.bagian) + " \u00b7 " +
          (i.nama || "-") + (i.instansi ? ", " + i.instansi : "") + ": " + i.masukan;
        list.appendChild(li);
      });
    }
    document.getElementById("pending").textContent = String(items.length);
    document.getElementById("sent").textContent = localStorage.getItem(sentKey) || "0";
    document.getElementById("net-state").textContent =
      navigator.onLine ? root.dataset.online : root.dataset.offline;
  }
  function flush() {
    var items = queue();
    if (sending || !items.length || !navigator.onLine) { show(); return; }
    sending = true;
    var batch = items.slice(0, 200);
    var body = JSON.stringify({items: batch.map(function (i) {
      var copy = {}; Object.keys(i).forEach(function (k) { if (k !== "cid") { copy[k] = i[k]; } });
      return copy;
    })});
    fetch("/api/v1/consult/events/" + eventId + "/inputs", {
      method: "POST", credentials: "same-origin", body: body,
      headers: {"Content-Type": "application/json", "X-CSRF-Token": root.dataset.csrf}
    }).then(function (resp) {
      if (!resp.ok) { throw resp; }
      return resp.json();
    }).then(function () {
      var done = {}; batch.forEach(function (i) { done[i.cid] = true; });
      save(queue().filter(function (i) { return !done[i.cid]; }));
      var n = parseInt(localStorage.getItem(sentKey) || "0", 10) + batch.length;
      localStorage.setItem(sentKey, String(n));
      document.getElementById("send-error").hidden = true;
    }).catch(function (err) {
      var box = document.getElementById("send-error");
      if (err && err.status === 422) {  // refused: shown, kept for the team to fix
        err.json().then(function (j) {
          box.textContent = root.dataset.failed + " " + (j.error || "");
          box.hidden = false;
        });
      }
    }).finally(function () { sending = false; show(); });
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var data = new FormData(form);
    var item = {cid: Date.now().toString(36) + Math.random().toString(36).slice(2)};
    ["nama", "instansi", "kelompok", "bagian", "kutipan", "masukan"].forEach(function (k) {
      item[k] = String(data.get(k) || "");
    });
    item.boleh_dipublikasikan = data.get("boleh_dipublikasikan") ? "ya" : "tidak";
    var items = queue(); items.push(item); save(items);
    document.getElementById("c-text").value = "";
    document.getElementById("c-quote").value = "";
    show(); flush();
  });
  window.addEventListener("online", flush);
  window.addEventListener("offline", show);
  setInterval(flush, 3000);
  show(); flush();
}());
