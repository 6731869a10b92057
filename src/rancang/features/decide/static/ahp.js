// The AHP form's live consistency: the same formulas as rancang.decision.ahp.ahp_priorities
// (principal eigenvector, lambda_max as the mean of (A w)_i / w_i, CI = (lambda_max - n) /
// (n - 1), CR = CI / RI(n) with Saaty's 1980 random index) and worst_judgments (each
// judgment's share of lambda_max - n: (eps + 1/eps - 2) / n, eps = a_ij w_j / w_i). The
// server recomputes the CR on submission; its value is the one that counts
// (tests/web/test_survey_browser.py and tests/decision/test_survey_js.py compare them).
"use strict";
(function (root) {
  function parse(text) {
    var s = String(text).trim();
    if (s.indexOf("/") >= 0) {
      var p = s.split("/");
      return Number(p[0]) / Number(p[1]);
    }
    return Number(s);
  }

  var SCALE = [];
  for (var k = 9; k >= 2; k--) SCALE.push(1 / k);  // ascending, as SAATY_SCALE
  for (k = 1; k <= 9; k++) SCALE.push(k);

  function nearest(x) {
    var best = SCALE[0], gap = Infinity;
    SCALE.forEach(function (s) {
      var d = Math.abs(Math.log(s) - Math.log(x));
      if (d < gap) { gap = d; best = s; }
    });
    return best;
  }

  function scaleText(v) {
    return v >= 1 ? String(Math.round(v)) : "1/" + Math.round(1 / v);
  }

  // Priorities and consistency of a complete reciprocal matrix (array of rows).
  function priorities(a, ri) {
    var n = a.length, i, j, it;
    var w = [];
    for (i = 0; i < n; i++) {
      var g = 0;
      for (j = 0; j < n; j++) g += Math.log(a[i][j]);
      w.push(Math.exp(g / n));
    }
    for (it = 0; it < 10000; it++) {
      var next = [], total = 0, change = 0;
      for (i = 0; i < n; i++) {
        var s = 0;
        for (j = 0; j < n; j++) s += a[i][j] * w[j];
        next.push(s);
        total += s;
      }
      var norm = 0;
      for (i = 0; i < n; i++) norm += w[i];
      for (i = 0; i < n; i++) {
        next[i] /= total;
        change = Math.max(change, Math.abs(next[i] - w[i] / norm));
      }
      w = next;
      if (change < 1e-15) break;
    }
    var lam = 0;
    for (i = 0; i < n; i++) {
      var row = 0;
      for (j = 0; j < n; j++) row += a[i][j] * w[j] / w[i];
      lam += row / n;
    }
    var ci = n > 1 ? Math.max((lam - n) / (n - 1), 0) : 0;
    var r = ri[n - 1] || 0;
    var cr = r > 0 ? ci / r : 0;
    var worst = null, most = -Infinity;
    for (i = 0; i < n; i++) {
      for (j = i + 1; j < n; j++) {
        var eps = a[i][j] * w[j] / w[i];
        var c = (eps + 1 / eps - 2) / n;
        if (c > most) { most = c; worst = { i: i, j: j, value: a[i][j], consistent: w[i] / w[j] }; }
      }
    }
    if (worst) worst.suggested = nearest(worst.consistent);
    return { weights: w, lambdaMax: lam, ci: ci, cr: cr, worst: worst };
  }

  function matrixOf(form, n) {
    var a = [];
    for (var i = 0; i < n; i++) { a.push([]); for (var j = 0; j < n; j++) a[i].push(1); }
    form.querySelectorAll("select[data-i]").forEach(function (sel) {
      var i = Number(sel.dataset.i), j = Number(sel.dataset.j), v = parse(sel.value);
      a[i][j] = v;
      a[j][i] = 1 / v;
    });
    return a;
  }

  function live(form) {
    var n = Number(form.dataset.n);
    var ri = JSON.parse(form.dataset.ri);
    var threshold = Number(form.dataset.threshold);
    var names = JSON.parse(document.getElementById("criteria-names").textContent);
    var lang = (document.body && document.body.dataset.lang) || "id";
    var fmt = new Intl.NumberFormat(lang === "en" ? "en-US" : "id-ID",
      { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    var res = priorities(matrixOf(form, n), ri);
    var out = document.getElementById("live-cr");
    out.textContent = fmt.format(res.cr);
    out.dataset.cr = res.cr.toPrecision(12);
    var ok = document.getElementById("live-ok"), bad = document.getElementById("live-bad");
    form.querySelectorAll("fieldset.pair").forEach(function (f) { f.classList.remove("revisit"); });
    if (res.cr > threshold && res.worst) {
      var wj = res.worst;
      bad.textContent = bad.dataset.template.replace("{a}", names[wj.i]).replace("{b}", names[wj.j])
        .replace("{suggested}", scaleText(wj.suggested));
      bad.dataset.pair = wj.i + "-" + wj.j;
      bad.hidden = false;
      ok.hidden = true;
      var field = document.getElementById("pair-" + wj.i + "-" + wj.j);
      if (field) field.classList.add("revisit");
    } else {
      bad.hidden = true;
      ok.hidden = false;
    }
    return res;
  }

  var api = { priorities: priorities, parse: parse, nearest: nearest };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  root.rancangAhp = api;
  if (typeof document !== "undefined") {
    document.addEventListener("DOMContentLoaded", function () {
      var form = document.getElementById("ahp-form");
      if (!form) return;
      form.addEventListener("change", function () { live(form); });
      live(form);
    });
  }
})(typeof window !== "undefined" ? window : globalThis);
