// Rancang pages: charts (ECharts) from <script type="application/json"> blocks, htmx errors,
// auto-submitting selects. No page data ever reaches innerHTML unescaped.
"use strict";
(function () {
  var lang = function () { return (document.body && document.body.dataset.lang) || "id"; };

  function esc(s) {
    return String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function num(v) {
    if (v === null || v === undefined || v === "" || (typeof v === "number" && !isFinite(v))) return "-";
    if (typeof v !== "number") return String(v);
    return new Intl.NumberFormat(lang() === "en" ? "en-US" : "id-ID",
      { maximumFractionDigits: 2 }).format(v);
  }

  function value(p) {
    var v = p.value;
    if (Array.isArray(v)) return v.map(num).join(" ; ");
    return num(v);
  }

  // Tooltips of every chart: names escaped (ECharts renders tooltips as HTML), numbers in
  // the page's language, and the chart's note (formula, period, reference economy).
  function formatter(note) {
    return function (params) {
      var list = Array.isArray(params) ? params : [params];
      var head = list.length && Array.isArray(params) ? esc(list[0].axisValueLabel || list[0].name) : "";
      var lines = list.map(function (p) {
        var label = Array.isArray(params) ? p.seriesName : (p.name || p.seriesName);
        var series = !Array.isArray(params) && p.name && p.seriesName ? " (" + esc(p.seriesName) + ")" : "";
        return (p.marker || "") + esc(label) + series + ": <b>" + esc(value(p)) + "</b>";
      });
      var out = (head ? head + "<br>" : "") + lines.join("<br>");
      if (note) out += '<br><span class="chart-note">' + esc(note) + "</span>";
      return out;
    };
  }

  function initCharts(root) {
    if (typeof echarts === "undefined") return;
    root.querySelectorAll("[data-chart-spec]").forEach(function (el) {
      if (el.dataset.drawn) return;
      var spec = JSON.parse(document.getElementById(el.dataset.chartSpec).textContent);
      var note = spec.rancangNote || "";
      delete spec.rancangNote;
      spec.tooltip = Object.assign({}, spec.tooltip || { trigger: "item" }, { formatter: formatter(note) });
      if (window.rancangPrepareChart) window.rancangPrepareChart(spec, el, note);  // charts.js
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(spec);
      el.dataset.drawn = "1";
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  // An htmx request the server refused (e.g. all weights 0 -> 422): show why, visibly.
  function showError(e) {
    var xhr = e.detail.xhr;
    var target = e.detail.target;
    var box = document.getElementById("htmx-error");
    if (!box) {
      box = document.createElement("p");
      box.id = "htmx-error";
      box.className = "error";
      box.setAttribute("role", "alert");
      (target && target.parentNode ? target.parentNode : document.body).insertBefore(box, target || null);
    }
    var message = "";
    try {
      var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var cells = doc.querySelectorAll("#problems td:last-child, #problems li");
      message = Array.prototype.map.call(cells, function (c) { return c.textContent; }).join("; ");
      if (!message) { var p = doc.querySelector("main p"); message = p ? p.textContent : ""; }
    } catch (err) { message = ""; }
    box.textContent = (document.body.dataset.errorWord || "Error") + " (" + xhr.status + ")" + (message ? ": " + message : "");
    box.hidden = false;
  }

  // Signing out leaves nothing of the account in the browser's caches: the caches of
  // Rancang's service workers (the field form keeps its page for use without network) are
  // deleted and the workers unregistered, at sign-out and on every page shown to nobody
  // signed in (the sign-in page after a session ended). Records a field officer has not
  // sent yet are not in a cache: they stay in localStorage, for the same account only.
  function forgetKept() {
    var jobs = [];
    if (window.caches) {
      jobs.push(window.caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf("rancang-") === 0; })
          .map(function (k) { return window.caches.delete(k); }));
      }));
    }
    if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
      jobs.push(navigator.serviceWorker.getRegistrations().then(function (regs) {
        return Promise.all(regs.map(function (r) { return r.unregister(); }));
      }));
    }
    return Promise.all(jobs).catch(function () { return null; });
  }
  // "Back to the form" on an error page: the browser's own back, which keeps what was
  // typed in the form; the link's address (the page the form was on) when there is no history.
  document.addEventListener("click", function (ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest("a[data-back]") : null;
    if (!link || window.history.length < 2) return;
    ev.preventDefault();
    window.history.back();
  });
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form || form.getAttribute("action") !== "/logout" || form.dataset.forgotten) return;
    ev.preventDefault();
    var go = function () { form.dataset.forgotten = "1"; form.submit(); };
    var wait = new Promise(function (resolve) { setTimeout(resolve, 2000); });
    Promise.race([forgetKept(), wait]).then(go, go);
  });
  window.rancangForgetKept = forgetKept;
  // A form that asks before it is sent (data-confirm: the question, from the catalogue);
  // no inline handler, which the Content-Security-Policy (script-src 'self') blocks.
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (form && form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      ev.preventDefault();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (!document.getElementById("logout")) forgetKept();
    initCharts(document);
    document.querySelectorAll("select[data-autosubmit]").forEach(function (s) {
      s.addEventListener("change", function () { s.form.submit(); });
    });
  });
  document.addEventListener("htmx:afterSwap", function (e) {
    initCharts(e.target);
    var box = document.getElementById("htmx-error");
    if (box) box.hidden = true;
  });
  document.addEventListener("htmx:responseError", showError);
  // a fragment speaks the page's language, also when the page was opened with ?lang=
  document.addEventListener("htmx:configRequest", function (e) {
    e.detail.headers["X-Page-Lang"] = lang();
  });
  window.rancangInitCharts = initCharts;
  window.rancangEsc = esc;
})();
