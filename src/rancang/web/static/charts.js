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
          // every name shown, the first and last too (ECharts drops an end label that
          // touches its neighbour)
          axis.axisLabel.interval = 0;
          axis.axisLabel.showMinLabel = true;
          axis.axisLabel.showMaxLabel = true;
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

  function quadrants(spec, width) {
    // rancangQuadrants: [[text, corner]], corner "tr", "tl", "br" or "bl" of the plot; the
    // axes carry min and max (the server puts the dividing lines inside them), so each
    // name sits in its corner as a silent label anchored at that corner's coordinates.
    var q = spec.rancangQuadrants;
    delete spec.rancangQuadrants;
    var x = list(spec.xAxis)[0] || {};
    var y = list(spec.yAxis)[0] || {};
    if (!q || typeof x.min !== "number" || typeof y.min !== "number") return;
    spec.series.push({
      // an invisible symbol, large: ECharts keeps the labels of the largest symbols when
      // labels overlap (hideOverlap), so a point's label gives way to a quadrant's name
      type: "scatter", silent: true, symbolSize: 40, itemStyle: { color: "transparent" }, z: 1, name: "",
      tooltip: { show: false }, labelLayout: { hideOverlap: true },
      data: q.map(function (item) {
        var top = item[1].charAt(0) === "t", right = item[1].charAt(1) === "r";
        return {
          value: [right ? x.max : x.min, top ? y.max : y.min],
          label: { show: true, formatter: item[0], position: "inside",
                   align: right ? "right" : "left", verticalAlign: top ? "top" : "bottom",
                   offset: [right ? -4 : 4, top ? 4 : -4],
                   color: "#7b8a89", fontSize: 11, fontWeight: 600, lineHeight: 13,
                   // at most 40 % of the chart's width, wrapped, never over the other
                   // corner's name
                   width: Math.round(width * 0.4), overflow: "break" }
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
    // (more when the longest name wraps on three lines or more)
    var cats = 0, longest = 0;
    list(spec.yAxis).forEach(function (a) {
      if (a.type !== "category" || !a.data) return;
      cats = Math.max(cats, a.data.length);
      a.data.forEach(function (c) { longest = Math.max(longest, String(c).length); });
    });
    if (!el || cats < 8) return;
    var narrow = width < 560;
    var perLine = Math.max(8, Math.floor(Math.min(220, width * (narrow ? 0.4 : 0.3)) / (narrow ? 5.5 : 6.5)));
    var lines = Math.ceil(longest / perLine);
    var need = cats * Math.max(narrow ? 34 : 26, lines * 13 + 4) + 90;
    if (el.clientHeight < need) el.style.height = need + "px";
  }

  function insidePlot(el) {
    // a label layout that moves a label back inside the plot (a long name wrapped on
    // several lines beside a point near an edge) and hides one over another
    return function (p) {
      var out = { hideOverlap: true };
      var chart = el && window.echarts && echarts.getInstanceByDom(el);
      var grid = chart && chart.getModel().getComponent("grid");
      var r = grid && grid.coordinateSystem && grid.coordinateSystem.getRect();
      var b = p.labelRect;
      if (!r || !b) return out;
      var dx = 0, dy = 0;
      if (b.x < r.x) dx = r.x - b.x;
      else if (b.x + b.width > r.x + r.width) dx = r.x + r.width - b.x - b.width;
      if (b.y < r.y) dy = r.y - b.y;
      else if (b.y + b.height > r.y + r.height) dy = r.y + r.height - b.y - b.height;
      out.dx = dx;
      out.dy = dy;
      return out;
    };
  }

  function pointLabels(spec, width, el) {
    // names beside points are whole, wrapped on lines of a fixed width, so that none
    // runs past the chart; one over another is hidden (every name on hover and in the
    // table)
    var max = Math.round(width * (width < 560 ? 0.3 : 0.22));
    (spec.series || []).forEach(function (s) {
      if (s.type !== "scatter" || s.silent) return;
      // a line's height given: measured, it can collapse to a few pixels where the
      // system has no CJK font (zrender measures a line by a CJK glyph), and overlapping
      // labels would then not be seen as overlapping
      var fit = { width: max, overflow: "break", lineHeight: 13 };
      s.label = Object.assign({}, s.label || {}, fit);
      s.labelLayout = insidePlot(el);
      (s.data || []).forEach(function (d) {
        if (d && typeof d === "object" && !Array.isArray(d) && d.label) Object.assign(d.label, fit);
      });
    });
  }

  function cellsOf(d) {
    var v = d !== null && typeof d === "object" && !Array.isArray(d) ? d.value : d;
    return v;
  }

  function dataTable(spec) {
    // the chart's numbers as rows: [head, rows] from the spec the server sent
    var words = {};
    try { words = JSON.parse(document.body.dataset.chartWords || "{}"); } catch (e) { words = {}; }
    var item = words.item || "";
    var series = (spec.series || []).filter(function (s) { return !s.silent && s.name !== "_"; });
    var xs = list(spec.xAxis), ys = list(spec.yAxis);
    var cat = null;
    xs.concat(ys).forEach(function (a) { if (!cat && a.type === "category" && a.data) cat = a; });
    var intervals = spec.rancangIntervals, names = spec.rancangNames;
    if (names) {  // heat map: one row per pair
      var heat = series[0];
      return [[item, item, heat.name || ""], (heat.data || []).map(function (d) {
        var v = cellsOf(d); return [names[v[0]], names[v[1]], number(v[2])];
      })];
    }
    if (intervals && cat) {
      var rank = series.filter(function (s) { return s.type === "scatter"; })[0] || {};
      var band = series.filter(function (s) { return s.type === "bar"; })[0] || {};
      return [[cat.name || item, rank.name || "", band.name || ""], cat.data.map(function (c, k) {
        var r = cellsOf((rank.data || [])[k]);
        return [c, number(Array.isArray(r) ? r[0] : r), intervals[k][0] + "–" + intervals[k][1]];
      })];
    }
    if (cat) {  // a row per category, a column per series
      return [[cat.name || item].concat(series.map(function (s) { return s.name || ""; })),
        cat.data.map(function (c, k) {
          return [typeof c === "object" && c !== null ? c.value : c].concat(series.map(function (s) {
            var v = cellsOf((s.data || [])[k]);
            return number(Array.isArray(v) ? v[v.length - 1] : v);
          }));
        })];
    }
    // points on two value axes: a row per point (its name, or its series')
    var x = xs[0] || {}, y = ys[0] || {}, rows = [];
    series.forEach(function (s) {
      (s.data || []).forEach(function (d) {
        var v = cellsOf(d);
        if (!Array.isArray(v)) return;
        rows.push([(d && d.name) || s.name || "", number(v[0]), number(v[1])]);
      });
    });
    return [[item, x.name || "x", y.name || "y"], rows];
  }

  function describe(spec, el) {
    // a text alternative for a chart without one (a table beside it holding the same
    // numbers is named by aria-describedby in the page): its numbers in a table that
    // opens under the chart
    if (!el || !el.id || el.getAttribute("aria-describedby")) return;
    var made = dataTable(spec), words = {};
    try { words = JSON.parse(document.body.dataset.chartWords || "{}"); } catch (e) { words = {}; }
    var box = document.createElement("details");
    box.className = "chart-data";
    var summary = document.createElement("summary");
    summary.textContent = words.data || "";
    box.appendChild(summary);
    var wrap = document.createElement("div");
    wrap.className = "table-wrap";
    var table = document.createElement("table");
    table.id = el.id + "-data";
    var caption = document.createElement("caption");
    caption.textContent = el.getAttribute("aria-label") || "";
    table.appendChild(caption);
    var head = table.createTHead().insertRow();
    made[0].forEach(function (h, i) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = h;
      if (i > 0) th.className = "num";
      head.appendChild(th);
    });
    var body = table.createTBody();
    made[1].forEach(function (r) {
      var tr = body.insertRow();
      r.forEach(function (c, i) {
        var td = tr.insertCell();
        td.textContent = c === null || c === undefined ? "" : String(c);
        if (i > 0) td.className = "num";
      });
    });
    wrap.appendChild(table);
    box.appendChild(wrap);
    el.parentNode.insertBefore(box, el.nextSibling);
    el.setAttribute("aria-describedby", table.id);
  }

  function yearAxes(spec) {
    // an axis of years (rancangYears) writes them as years: 2025, never 2.025
    ["xAxis", "yAxis"].forEach(function (key) {
      list(spec[key]).forEach(function (axis) {
        if (!axis.rancangYears) return;
        delete axis.rancangYears;
        axis.axisLabel = Object.assign(axis.axisLabel || {}, {
          formatter: function (v) { return String(Math.round(v)); } });
      });
    });
  }

  window.rancangPrepareChart = function (spec, el, note) {
    var width = (el && el.clientWidth) || 800;
    describe(spec, el);
    if (!(spec.series || []).some(function (s) { return s.type === "heatmap"; })) height(spec, el, width);
    axes(spec, width);
    yearAxes(spec);
    pointLabels(spec, width, el);
    quadrants(spec, width);
    tooltips(spec, note);
    if (spec.legend && width < 560) {
      list(spec.legend).forEach(function (l) { l.type = "scroll"; l.textStyle = { fontSize: 10 }; });
    }
    return spec;
  };
})();
