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
      list(spec[key]).forEach(function (axis, i) {
        axis.axisLabel = axis.axisLabel || {};
        if (axis.type === "value" || axis.type === undefined) {
          axis.axisLabel.formatter = function (v) { return number(v); };
          axis.axisLabel.hideOverlap = true;
          // bounds set by the server (quadrant charts) are not round: no tick label there
          if (typeof axis.min === "number") axis.axisLabel.showMinLabel = false;
          if (typeof axis.max === "number" && axis.max !== 1) axis.axisLabel.showMaxLabel = false;
        } else if (axis.type === "category" && key === "yAxis") {
          // long names wrap on two lines at most; on a phone they take 40 % of the width
          axis.axisLabel.width = Math.round(Math.min(220, width * (narrow ? 0.4 : 0.3)));
          axis.axisLabel.overflow = "break";
          axis.axisLabel.lineHeight = 13;
          axis.axisLabel.fontSize = narrow ? 10 : 12;
        }
        if (axis.name && key === "yAxis" && !axis.nameLocation) {
          // a title above a vertical axis starts at the axis and runs inwards, never past
          // the edge of the chart (left axis: to the right; right axis: to the left)
          axis.nameTextStyle = Object.assign({ align: i === 0 ? "left" : "right" },
                                             axis.nameTextStyle || {});
        }
        if (axis.name && narrow) axis.nameTextStyle = Object.assign(axis.nameTextStyle || {}, { fontSize: 10 });
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
    // rancangQuadrants: [[text, corner]], corner "tr", "tl", "br" or "bl" of the plot; the
    // axes carry min and max (the server puts the dividing lines inside them), so each
    // name sits in its corner as a silent label anchored at that corner's coordinates.
    var q = spec.rancangQuadrants;
    delete spec.rancangQuadrants;
    var x = list(spec.xAxis)[0] || {};
    var y = list(spec.yAxis)[0] || {};
    if (!q || typeof x.min !== "number" || typeof y.min !== "number") return;
    spec.series.push({
      type: "scatter", silent: true, symbolSize: 0, z: 1, name: "",
      tooltip: { show: false },
      data: q.map(function (item) {
        var top = item[1].charAt(0) === "t", right = item[1].charAt(1) === "r";
        return {
          value: [right ? x.max : x.min, top ? y.max : y.min],
          label: { show: true, formatter: item[0], position: "inside",
                   align: right ? "right" : "left", verticalAlign: top ? "top" : "bottom",
                   offset: [right ? -4 : 4, top ? 4 : -4],
                   color: "#7b8a89", fontSize: 11, fontWeight: 600 }
        };
      })
    });
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

  function height(spec, el, width) {
    // a bar per category needs room: 26 px a row (34 on a phone, where names wrap)
    var cats = 0;
    list(spec.yAxis).forEach(function (a) { if (a.type === "category" && a.data) cats = Math.max(cats, a.data.length); });
    if (!el || cats < 8) return;
    var need = cats * (width < 560 ? 34 : 26) + 90;
    if (el.clientHeight < need) el.style.height = need + "px";
  }

  function pointLabels(spec, width) {
    // names beside points are cut short (the whole name on hover and in the table),
    // so that none runs past the chart or over its neighbours
    var max = Math.round(width * (width < 560 ? 0.3 : 0.22));
    (spec.series || []).forEach(function (s) {
      if (s.type !== "scatter" || s.silent) return;
      var fit = { width: max, overflow: "truncate" };
      s.label = Object.assign({}, s.label || {}, fit);
      s.labelLayout = Object.assign({ hideOverlap: true }, s.labelLayout || {});
      (s.data || []).forEach(function (d) {
        if (d && typeof d === "object" && !Array.isArray(d) && d.label) Object.assign(d.label, fit);
      });
    });
  }

  window.rancangPrepareChart = function (spec, el, note) {
    var width = (el && el.clientWidth) || 800;
    if (!(spec.series || []).some(function (s) { return s.type === "heatmap"; })) height(spec, el, width);
    axes(spec, width);
    pointLabels(spec, width);
    quadrants(spec);
    tooltips(spec, note);
    if (spec.legend && width < 560) {
      list(spec.legend).forEach(function (l) { l.type = "scroll"; l.textStyle = { fontSize: 10 }; });
    }
    return spec;
  };
})();
