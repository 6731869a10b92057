// Chart conventions of every Rancang page (loaded by pages with charts, before app.js):
// axis numbers in the page's number format (1.234,5 on Indonesian pages), axis titles kept
// whole, long category names wrapped instead of clipped, small screens (390 px) given room,
// quadrant labels in the corners of the plot, and tooltips for heat maps and rank intervals.
// app.js calls window.rancangPrepareChart(spec, element, note) before drawing.
"use strict";
(function () {
  function lang() { return (document.body && document.body.dataset.lang) || "id"; }
  function esc(s) { return window.rancangEsc ? window.rancangEsc(s) : String(s); }

  function number(v) {
    if (typeof v !== "number" || !isFinite(v)) return v === null || v === undefined ? "" : String(v);
    var abs = Math.abs(v);
    var digits = abs >= 100 ? 0 : abs >= 1 ? 2 : 3;
    return new Intl.NumberFormat(lang() === "en" ? "en-US" : "id-ID",
      { maximumFractionDigits: digits }).format(v);
  }

  function list(x) { return x === undefined ? [] : Array.isArray(x) ? x : [x]; }

  function axes(spec, width) {
    var narrow = width < 560;
    ["xAxis", "yAxis"].forEach(function (key) {
      list(spec[key]).forEach(function (axis) {
        axis.axisLabel = axis.axisLabel || {};
        if (axis.type === "value" || axis.type === undefined) {
          axis.axisLabel.formatter = function (v) { return number(v); };
          axis.axisLabel.hideOverlap = true;
        } else if (axis.type === "category" && key === "yAxis") {
          // long names wrap on two lines at most; on a phone they take 40 % of the width
          axis.axisLabel.width = Math.round(Math.min(220, width * (narrow ? 0.4 : 0.3)));
          axis.axisLabel.overflow = "break";
          axis.axisLabel.lineHeight = 13;
          axis.axisLabel.fontSize = narrow ? 10 : 12;
        }
        if (axis.name && narrow) axis.nameTextStyle = { fontSize: 10 };
      });
    });
    list(spec.grid).forEach(function (g) {
      if (g.containLabel === undefined) {
        g.containLabel = true;
        g.left = Math.min(g.left || 8, 12);
      }
      if (narrow) { g.right = Math.min(g.right || 16, 16); }
    });
  }

  function quadrants(spec) {
    // rancangQuadrants: [[text, corner]] with corner "tr", "tl", "br", "bl" (of the plot)
    var q = spec.rancangQuadrants;
    delete spec.rancangQuadrants;
    if (!q) return;
    var grid = list(spec.grid)[0] || {};
    var graphic = q.map(function (item) {
      var corner = item[1];
      var el = { type: "text", z: 0, silent: true,
                 style: { text: item[0], fill: "#8a9796", fontSize: 11, fontWeight: 600 } };
      if (corner.charAt(0) === "t") el.top = (grid.top || 20) + 4; else el.bottom = (grid.bottom || 40) + 26;
      if (corner.charAt(1) === "r") el.right = (grid.right || 30) + 6; else el.left = 64;
      return el;
    });
    spec.graphic = list(spec.graphic).concat(graphic);
  }

  function tooltips(spec, note) {
    var names = spec.rancangNames;
    var intervals = spec.rancangIntervals;
    delete spec.rancangNames;
    delete spec.rancangIntervals;
    var tail = note ? '<br><span class="chart-note">' + esc(note) + "</span>" : "";
    if (names) {
      spec.tooltip.formatter = function (p) {
        var v = p.value || [];
        return esc(names[v[0]]) + " – " + esc(names[v[1]]) + ": <b>" + esc(number(v[2])) + "</b>" + tail;
      };
    }
    if (intervals) {
      var cats = (list(spec.yAxis)[0] || {}).data || [];
      spec.tooltip.formatter = function (params) {
        var p = list(params)[0];
        var k = p.dataIndex;
        var rank = null;
        list(params).forEach(function (x) { if (x.seriesType === "scatter") rank = x.value[0]; });
        var first = spec.series[2] && spec.series[2].data[k];
        if (rank === null && first) rank = first[0];
        return esc(cats[k]) + "<br>" + esc(spec.series[2].name) + ": <b>" + esc(number(rank)) + "</b><br>" +
          esc(spec.series[1].name) + ": <b>" + intervals[k][0] + "–" + intervals[k][1] + "</b>" + tail;
      };
    }
  }

  window.rancangPrepareChart = function (spec, el, note) {
    var width = (el && el.clientWidth) || 800;
    axes(spec, width);
    quadrants(spec);
    tooltips(spec, note);
    if (spec.legend && width < 560) {
      list(spec.legend).forEach(function (l) { l.type = "scroll"; l.textStyle = { fontSize: 10 }; });
    }
    return spec;
  };
})();
