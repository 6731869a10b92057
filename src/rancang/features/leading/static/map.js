// Map of one indicator across regencies (Leaflet, no internet tiles by default): regions as
// boundaries (choropleth) or, without a boundary file, as markers at their centroids; firms
// from the register as clustered points for analysts; a legend with the class breaks.
// Data (firm and region names) only ever reaches the page as text, never as HTML.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // selectors the chosen indicator does not use are hidden and not sent
  var indicatorSelect = document.getElementById("indicator-select");
  if (indicatorSelect) {
    indicatorSelect.addEventListener("change", function () {
      document.querySelectorAll("#map-form [data-needed-by]").forEach(function (label) {
        var needed = label.dataset.neededBy.split(" ").indexOf(indicatorSelect.value) >= 0;
        label.hidden = !needed;
        label.querySelectorAll("select").forEach(function (s) { s.disabled = !needed; });
      });
    });
  }

  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") return;
  var cfg = JSON.parse(document.getElementById("map-config").textContent);
  var words = cfg.words;
  var status = document.getElementById("map-status");
  var values = JSON.parse(document.getElementById("map-values").textContent);
  var numberFormat = new Intl.NumberFormat(cfg.lang === "en" ? "en-US" : "id-ID",
    { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  function num(v) { return v === null || v === undefined ? words.no_value : numberFormat.format(v); }
  function say(template, vars) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return vars[k]; });
  }
  function text(lines, cls) {
    var d = document.createElement("div");
    if (cls) d.className = cls;
    [].concat(lines).forEach(function (line, k) {
      var row = document.createElement(k === 0 ? "strong" : "div");
      row.textContent = String(line);
      d.appendChild(row);
    });
    return d;
  }

  var byCode = {};
  values.forEach(function (r) { if (r.kemendagri_code) byCode[r.kemendagri_code] = r; });
  var prefix = cfg.province ? cfg.province + "." : "";
  // colour breaks over the regions shown (the filtered province when one is chosen)
  var nums = values.filter(function (r) {
    return r.value !== null && (!prefix || (r.kemendagri_code || "").indexOf(prefix) === 0);
  }).map(function (r) { return r.value; }).sort(function (a, b) { return a - b; });
  var colours = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"];
  function q(p) { return nums.length ? nums[Math.min(nums.length - 1, Math.floor(p * nums.length))] : 0; }
  var breaks = [q(0.2), q(0.4), q(0.6), q(0.8)];
  function colour(v) {
    if (v === null || v === undefined) return "#cccccc";
    var k = 0; while (k < breaks.length && v > breaks[k]) k++;
    return colours[k];
  }
  function hover(name, r) {
    var lines = [name, cfg.indicator + ": " + num(r ? r.value : null)];
    if (cfg.uses.indexOf("industry") >= 0) lines.push(words.industry + ": " + cfg.industry);
    lines.push(words.period + ": " + cfg.period);
    lines.push(words.reference + ": " + cfg.reference);
    return text(lines, "map-hover");
  }
  function open(r) {
    return function () { window.location = "/region/" + encodeURIComponent(cfg.dataset) + "/" + encodeURIComponent(r.code); };
  }

  // Leaflet's own controls in the page's language (its zoom buttons' titles, its
  // attribution's English hover text left out)
  var map = L.map(el, { preferCanvas: true, maxZoom: 18, zoomControl: false });
  L.control.zoom({ zoomInTitle: words.zoom_in, zoomOutTitle: words.zoom_out }).addTo(map);
  map.attributionControl.setPrefix("Leaflet");
  map.setView([-2.5, 118], 5);
  if (el.dataset.tiles) L.tileLayer(el.dataset.tiles, { maxZoom: 18 }).addTo(map);
  window.rancangMap = { map: map, regions: null, firms: null };

  // legend: the class breaks in the page's language
  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = L.DomUtil.create("div", "map-legend");
    box.id = "map-legend";
    var title = document.createElement("strong");
    title.textContent = cfg.indicator;
    box.appendChild(title);
    var help = document.createElement("div");
    help.className = "muted";
    help.textContent = words.legend_help;
    box.appendChild(help);
    var bounds = [null].concat(breaks).concat([null]);
    colours.forEach(function (c, k) {
      var row = document.createElement("div");
      var swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = c;
      row.appendChild(swatch);
      var lo = bounds[k], hi = bounds[k + 1];
      row.appendChild(document.createTextNode(
        lo === null ? "≤ " + num(hi) : hi === null ? "> " + num(lo) : num(lo) + " – " + num(hi)));
      box.appendChild(row);
    });
    var none = document.createElement("div");
    var grey = document.createElement("span");
    grey.className = "swatch";
    grey.style.background = "#cccccc";
    none.appendChild(grey);
    none.appendChild(document.createTextNode(words.no_value));
    box.appendChild(none);
    return box;
  };
  if (cfg.source) legend.addTo(map);

  function regionsDrawn(layer, drawn) {
    window.rancangMap.regions = layer;
    if (drawn && layer.getBounds().isValid()) map.fitBounds(layer.getBounds());
    el.dataset.regions = String(drawn);
    if (status) status.textContent = say(words.regions, { n: drawn });
  }

  function get(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : null; });
  }
  var province = cfg.province ? "?province=" + encodeURIComponent(cfg.province) : "";
  var regions;
  if (cfg.source === "boundaries") {
    regions = get("/api/v1/boundaries" + province).then(function (geo) {
      var drawn = 0;
      var layer = L.geoJSON(geo || { type: "FeatureCollection", features: [] }, {
        style: function (f) {
          var r = byCode[f.properties.kode];
          return { color: "#555", weight: 0.6, fillOpacity: 0.85, fillColor: colour(r ? r.value : null) };
        },
        onEachFeature: function (f, lyr) {
          drawn++;
          var r = byCode[f.properties.kode];
          lyr.bindTooltip(hover(r ? r.name : f.properties.nama, r));
          if (r) lyr.on("click", open(r));
        }
      }).addTo(map);
      regionsDrawn(layer, drawn);
    });
  } else if (cfg.source === "centroids") {
    regions = get("/api/v1/centroids" + province).then(function (pts) {
      var layer = L.featureGroup();
      var drawn = 0;
      (pts || []).forEach(function (p) {
        var r = byCode[p.kode];
        if (!r) return;
        drawn++;
        var m = L.circleMarker([p.lat, p.lng], { radius: 9, color: "#333", weight: 1,
          fillOpacity: 0.9, fillColor: colour(r.value) });
        m.bindTooltip(hover(r.name, r));
        m.on("click", open(r));
        layer.addLayer(m);
      });
      layer.addTo(map);
      regionsDrawn(layer, drawn);
    });
  } else {
    regions = Promise.resolve();
    el.dataset.regions = "0";
  }

  if (el.dataset.firms) {
    regions.then(function () { return get("/api/v1/register/points"); }).then(function (res) {
      var pts = (res && res.points) || [];
      var cluster = L.markerClusterGroup();
      pts.forEach(function (p) {
        var lines = [p.name, "KBLI " + (p.kbli || "-")];
        if (p.synthetic) lines.push(words.synthetic);
        cluster.addLayer(L.marker([p.lat, p.lon]).bindPopup(text(lines)));
      });
      map.addLayer(cluster);
      window.rancangMap.firms = cluster;
      if (!cfg.source && pts.length) map.fitBounds(cluster.getBounds());
      var capped = document.getElementById("firms-capped");
      if (res && res.capped && capped) {
        capped.textContent = say(words.capped, { shown: numberFormat.format(pts.length).replace(/[.,]00$/, ""),
          total: numberFormat.format(res.total).replace(/[.,]00$/, "") });
        capped.hidden = false;
      }
      var fake = pts.some(function (p) { return p.synthetic; }) ? " (" + words.synthetic + ")" : "";
      if (status) status.textContent += (status.textContent ? " · " : "") + say(words.firms, { n: pts.length }) + fake;
      el.dataset.firms = String(pts.length);
    });
  }
});
