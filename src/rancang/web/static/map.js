// Choropleth of one indicator across regencies (Leaflet, no internet tiles by default).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") return;
  var status = document.getElementById("map-status");
  // data (firm and region names) only ever reaches the page as text, never as HTML
  function text(s) { var d = document.createElement("div"); d.textContent = String(s); return d; }
  var values = JSON.parse(document.getElementById("map-values").textContent);
  var byCode = {};
  values.forEach(function (r) { if (r.kemendagri_code) byCode[r.kemendagri_code] = r; });
  var nums = values.map(function (r) { return r.value; }).filter(function (v) { return v !== null; }).sort(function (a, b) { return a - b; });
  var colours = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"];
  function q(p) { return nums.length ? nums[Math.min(nums.length - 1, Math.floor(p * nums.length))] : 0; }
  var breaks = [q(0.2), q(0.4), q(0.6), q(0.8)];
  function colour(v) {
    if (v === null || v === undefined) return "#cccccc";
    var k = 0; while (k < breaks.length && v > breaks[k]) k++;
    return colours[k];
  }
  var map = L.map(el, { preferCanvas: true, maxZoom: 18 });
  if (el.dataset.tiles) L.tileLayer(el.dataset.tiles, { maxZoom: 18 }).addTo(map);
  var url = "/api/v1/boundaries" + (el.dataset.province ? "?province=" + encodeURIComponent(el.dataset.province) : "");
  fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (geo) {
    var drawn = 0;
    var layer = L.geoJSON(geo, {
      style: function (f) {
        var r = byCode[f.properties.kode];
        return { color: "#555", weight: 0.6, fillOpacity: 0.85, fillColor: colour(r ? r.value : null) };
      },
      onEachFeature: function (f, lyr) {
        drawn++;
        var r = byCode[f.properties.kode];
        lyr.bindTooltip(text((r ? r.name : f.properties.nama) + ": " + (r && r.value !== null ? r.value.toFixed(2) : "-")));
        if (r) lyr.on("click", function () { window.location = "/region/" + el.dataset.dataset + "/" + r.code; });
      }
    }).addTo(map);
    window.rancangMap = { map: map, regions: layer, firms: null };
    if (drawn) map.fitBounds(layer.getBounds());
    el.dataset.regions = String(drawn);
    if (status) status.textContent = drawn + " wilayah";
    if (el.dataset.firms) {
      fetch("/api/v1/register/points", { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : []; }).then(function (pts) {
        var cluster = L.markerClusterGroup();
        pts.forEach(function (p) { cluster.addLayer(L.marker([p.lat, p.lon]).bindPopup(text(p.name + " (" + (p.kbli || "-") + ")"))); });
        map.addLayer(cluster);
        window.rancangMap.firms = cluster;
        el.dataset.firms = String(pts.length);
      });
    }
  });
});
