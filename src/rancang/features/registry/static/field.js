// The field officer's phone form: every record goes to a queue in localStorage first
// (with the id the phone gives it) and is sent to /api/v1/register/field-entries, one at a
// time, when the network is there. A record leaves the queue only when the server has
// answered for it: stored (or recognised as sent before: the server keeps the id), or
// refused (then it is listed with the messages, to be corrected and saved again).
// A service worker (/register/field-sw.js, the shared offline worker) keeps this page, so it opens without network too; a page
// so kept may carry the CSRF token of an earlier session, so the token is asked for
// (/api/v1/me) before sending, and the records are sent only for the account they were
// saved under.
(function () {
  "use strict";
  var root = document.getElementById("field");
  if (!root) { return; }
  var user = root.dataset.user;
  var key = "rancang-field-queue-" + user;
  var refusedKey = "rancang-field-refused-" + user;
  var sentKey = "rancang-field-sent-" + user;
  var headers = JSON.parse(root.dataset.headers);
  var form = document.getElementById("field-form");
  var note = document.getElementById("field-note");
  var photo = null;
  var sending = false;
  var token = null;  // the CSRF token of the session signed in now

  if ("serviceWorker" in navigator && root.dataset.worker) {
    navigator.serviceWorker.register(root.dataset.worker, {scope: root.dataset.scope})
      .catch(function () { return null; });  // no worker (plain http): works while online
  }

  function read(k) {
    try { return JSON.parse(localStorage.getItem(k) || "[]"); } catch (e) { return []; }
  }
  function write(k, items) {
    try { localStorage.setItem(k, JSON.stringify(items)); return true; } catch (e) {
      note.textContent = root.dataset.full; return false;
    }
  }
  function newId() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Date.now().toString(36) + "-" + Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }
  function showRefused() {
    var list = document.getElementById("refused");
    var items = read(refusedKey);
    list.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.textContent = (item.values.name || "-") + ": " + item.messages.join("; ") + " ";
      var fix = document.createElement("button");
      fix.type = "button";
      fix.textContent = root.dataset.fix;
      fix.addEventListener("click", function () { reopen(item.client_id); });
      li.appendChild(fix);
      list.appendChild(li);
    });
    document.getElementById("refused-box").hidden = !items.length;
  }
  function show() {
    document.getElementById("pending").textContent = String(read(key).length);
    document.getElementById("sent").textContent = localStorage.getItem(sentKey) || "0";
    document.getElementById("net-state").textContent =
      navigator.onLine ? root.dataset.online : root.dataset.offline;
    showRefused();
  }
  function clearErrors() {
    form.querySelectorAll("p.error").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) {
      el.removeAttribute("aria-invalid");
    });
  }
  function reopen(id) {
    var items = read(refusedKey);
    var item = items.filter(function (i) { return i.client_id === id; })[0];
    if (!item) { return; }
    write(refusedKey, items.filter(function (i) { return i.client_id !== id; }));
    clearErrors();
    Object.keys(item.values).forEach(function (f) {
      var el = document.getElementById("f-" + f);
      if (el) { el.value = item.values[f]; }
    });
    photo = item.photo || null;
    var img = document.getElementById("photo-preview");
    img.hidden = !photo; if (photo) { img.src = photo; }
    (item.problems || []).forEach(function (p) {
      var field = headers[p.column] || (p.column === "foto" ? "foto" : null);
      var box = field && document.getElementById("e-" + field);
      if (box) {
        box.textContent = (box.textContent ? box.textContent + "; " : "") + p.message;
        box.hidden = false;
        var input = document.getElementById("f-" + field);
        if (input) { input.setAttribute("aria-invalid", "true"); }
      }
    });
    show();
    form.scrollIntoView();
  }
  function done(item) {
    write(key, read(key).filter(function (i) { return i.client_id !== item.client_id; }));
  }
  // the session's CSRF token, or null when nobody or another account is signed in
  function session() {
    if (token) { return Promise.resolve(token); }
    return fetch("/api/v1/me", {credentials: "same-origin", cache: "no-store"})
      .then(function (resp) {
        if (!resp.ok) {
          if (resp.status === 401) { note.textContent = root.dataset.signin; }
          return null;
        }
        return resp.json().then(function (me) {
          if (me.username !== user) { note.textContent = root.dataset.signin; return null; }
          token = me.csrf_token;
          return token;
        });
      });
  }
  function refuse(item, resp) {
    return resp.json().then(function (j) {
      var problems = j.problems || [];
      var messages = problems.length ? problems.map(function (p) {
        return p.message;
      }) : [j.error || String(resp.status)];
      done(item);
      var refused = read(refusedKey);
      refused.push({client_id: item.client_id, values: item.values, photo: item.photo,
                    problems: problems, messages: messages});
      write(refusedKey, refused);
      return true;
    });
  }
  function send(item, csrf) {
    return fetch("/api/v1/register/field-entries", {
      method: "POST", credentials: "same-origin",
      body: JSON.stringify({client_id: item.client_id, values: item.values,
                            photo: item.photo || null}),
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf}
    }).then(function (resp) {
      if (resp.ok) {
        done(item);
        var n = parseInt(localStorage.getItem(sentKey) || "0", 10) + 1;
        localStorage.setItem(sentKey, String(n));
        return true;
      }
      if (resp.status === 403) {  // the session may have changed since: ask again once
        token = null;
        return session().then(function (fresh) {
          return fresh && fresh !== csrf ? true : refuse(item, resp);
        });
      }
      if (resp.status === 422) { return refuse(item, resp); }
      if (resp.status === 401) { token = null; note.textContent = root.dataset.signin; }
      return false;  // kept: sent again later
    });
  }
  function flush() {
    var items = read(key);
    if (sending || !items.length || !navigator.onLine) { show(); return; }
    sending = true;
    session().then(function (csrf) {
      return csrf ? send(items[0], csrf) : false;
    }).catch(function () { return false; }).then(function (more) {
      sending = false; show();
      if (more) { flush(); }
    });
  }
  function shrink(file) {  // a photo of at most 1024 px, as JPEG (small enough to keep)
    return new Promise(function (resolve) {
      var reader = new FileReader();
      reader.onload = function () {
        var img = new Image();
        img.onload = function () {
          var scale = Math.min(1, 1024 / Math.max(img.width, img.height));
          var canvas = document.createElement("canvas");
          canvas.width = Math.round(img.width * scale);
          canvas.height = Math.round(img.height * scale);
          canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
          resolve(canvas.toDataURL("image/jpeg", 0.7));
        };
        img.onerror = function () { resolve(null); };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }
  document.getElementById("f-photo").addEventListener("change", function (ev) {
    var file = ev.target.files && ev.target.files[0];
    if (!file) { return; }
    shrink(file).then(function (url) {
      photo = url;
      var img = document.getElementById("photo-preview");
      img.hidden = !url; if (url) { img.src = url; }
    });
  });
  document.getElementById("f-gps").addEventListener("click", function () {
    var state = document.getElementById("gps-state");
    if (!navigator.geolocation) { state.textContent = root.dataset.gpsNone; return; }
    state.textContent = root.dataset.gpsWait;
    navigator.geolocation.getCurrentPosition(function (pos) {
      document.getElementById("f-latitude").value = pos.coords.latitude.toFixed(6);
      document.getElementById("f-longitude").value = pos.coords.longitude.toFixed(6);
      state.textContent = root.dataset.gpsDone.replace("{m}",
        String(Math.round(pos.coords.accuracy)));
    }, function () { state.textContent = root.dataset.gpsNone; },
    {enableHighAccuracy: true, timeout: 20000, maximumAge: 60000});
  });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    clearErrors();
    var missing = Array.prototype.filter.call(form.querySelectorAll("[required]"),
      function (el) { return !el.value.trim(); });
    if (missing.length) {
      missing.forEach(function (el) {
        el.setAttribute("aria-invalid", "true");
        var box = document.getElementById("e-" + el.name);
        box.textContent = root.dataset.required; box.hidden = false;
      });
      missing[0].focus();
      return;
    }
    var data = new FormData(form);
    var values = {};
    Object.keys(headers).forEach(function (h) {
      var f = headers[h]; values[f] = String(data.get(f) || "").trim();
    });
    var item = {client_id: newId(), values: values, photo: photo};
    var items = read(key); items.push(item);
    if (!write(key, items)) { return; }
    var year = document.getElementById("f-period").value;
    form.reset();
    document.getElementById("f-period").value = year;
    photo = null;
    document.getElementById("photo-preview").hidden = true;
    document.getElementById("gps-state").textContent = "";
    note.textContent = root.dataset.kept.replace("{name}", values.name);
    show(); flush();
  });
  window.addEventListener("online", function () { token = null; flush(); });
  window.addEventListener("offline", show);
  setInterval(flush, 3000);
  show(); flush();
}());
