// Rancang pages: charts (ECharts) from <script type="application/json" data-chart> blocks.
"use strict";
(function () {
  function initCharts(root) {
    if (typeof echarts === "undefined") return;
    root.querySelectorAll("[data-chart-spec]").forEach(function (el) {
      if (el.dataset.drawn) return;
      var spec = JSON.parse(document.getElementById(el.dataset.chartSpec).textContent);
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(spec);
      el.dataset.drawn = "1";
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { initCharts(document); });
  document.addEventListener("htmx:afterSwap", function (e) { initCharts(e.target); });
  window.rancangInitCharts = initCharts;
})();
