// The sentra siting map (Leaflet, no internet tiles unless configured): candidate districts
// coloured by rank with their score and rank interval, estates as squares, the register's
// IKM counts as a layer of circles sized by the count (counts under 3 withheld for the
// public). Names reach the page as text only.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") return;
  var data = JSON.parse(document.getElementById("siting-data").textContent);
  var cfg = JSON.parse(document.getElementById("siting-config").textContent);
  var w = cfg.words;
  var fmt = new Intl.NumberFormat(cfg.lang === "en" ? "en-US" : "id-ID", { maximumFractionDigits: 3 });
  // Leaflet's own controls in the page's language (its zoom buttons' titles, its
  // attribution's English hover text left out)
  var map = L.map(el, { preferCanvas: true, zoomControl: false });
  L.control.zoom({ zoomInTitle: w.zoom_in, zoomOutTitle: w.zoom_out }).addTo(map);
  map.attributionControl.setPrefix("Leaflet");
  if (data.tiles) L.tileLayer(data.tiles, { maxZoom: 18 }).addTo(map);
  var n = data.rows.length;
  var colours = ["#006d2c", "#31a354", "#74c476", "#bae4b3", "#edf8e9"];
  function tip(lines) {
    var d = document.createElement("div");
    lines.forEach(function (line, k) {
      var row = document.createElement(k === 0 ? "strong" : "div");
      row.textContent = line;
      d.appendChild(row);
    });
    return d;
  }
  var candidates = L.layerGroup(), estates = L.layerGroup(), ikm = L.layerGroup();
  var bounds = [];
  data.rows.forEach(function (r) {
    var k = Math.min(colours.length - 1, Math.floor((r.rank - 1) * colours.length / Math.max(n, 1)));
    L.circleMarker([r.lat, r.lng], { radius: 8, color: "#333", weight: 1, fillColor: colours[k], fillOpacity: 0.9 })
      .bindTooltip(tip([r.name + " (" + r.code + ")", w.rank + ": " + r.rank,
        w.interval + ": " + r.rank_low + "-" + r.rank_high, w.score + ": " + fmt.format(r.score)]))
      .addTo(candidates);
    var count = r.ikm === null ? w.few : String(r.ikm);
    var size = r.ikm === null ? 3 : 3 + Math.sqrt(r.ikm) * 2;
    L.circleMarker([r.lat, r.lng], { radius: size, color: "#b35806", weight: 1, fillOpacity: 0.3 })
      .bindTooltip(tip([r.name, w.ikm + ": " + count])).addTo(ikm);
    bounds.push([r.lat, r.lng]);
  });
  data.estates.forEach(function (e) {
    L.rectangle([[e.lat - 0.02, e.lng - 0.02], [e.lat + 0.02, e.lng + 0.02]], { color: "#542788", weight: 2, fillOpacity: 0.7 })
      .bindTooltip(tip([e.name, w.estate])).addTo(estates);
  });
  candidates.addTo(map);
  estates.addTo(map);
  var layers = {};
  layers[w.candidates] = candidates;
  layers[w.estates] = estates;
  layers[w.ikm_layer] = ikm;
  L.control.layers(null, layers, { collapsed: false }).addTo(map);
  if (bounds.length) map.fitBounds(bounds, { padding: [20, 20] });
  else map.setView([-2.5, 121.9], 8);
});
