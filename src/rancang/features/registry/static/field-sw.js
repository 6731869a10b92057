// The phone form's service worker, registered for the scope /register/field only: it
// keeps the form page and the static files that page names (styles, scripts, icon), so
// the form opens again without network; the records themselves wait in localStorage
// (field.js) and are sent when the network is back.
//
// What it keeps, and nothing else: the form page of the account signed in on this phone
// (answered 200 by the server, never a redirect to the sign-in page nor an error) and
// files under /static/. No other page is in its scope, so no other page (a firm's record,
// the register) ever passes through it; API calls and every non-GET request go straight
// to the network. Signing out deletes its cache and unregisters it (static/app.js).
"use strict";

var CACHE = "rancang-field-v1";
var PAGE = "/register/field";

function sameOrigin(url) { return url.origin === self.location.origin; }

function isPage(url) { return sameOrigin(url) && url.pathname === PAGE; }

function isStatic(url) { return sameOrigin(url) && url.pathname.indexOf("/static/") === 0; }

// the /static/ files the page names in its src= and href= attributes
function assets(html) {
  var found = [];
  var re = /(?:src|href)="(\/static\/[^"]+)"/g;
  var m;
  while ((m = re.exec(html)) !== null) { found.push(m[1].replace(/&amp;/g, "&")); }
  return found;
}

// the form page itself: not a redirect (to the sign-in page), not an error
function keepable(response) {
  return Boolean(response) && response.ok && response.type === "basic" && !response.redirected;
}

// keep the page under its address and the files it names; drop every other entry
function keep(address, response) {
  return caches.open(CACHE).then(function (cache) {
    return response.clone().text().then(function (html) {
      var wanted = assets(html);
      return Promise.all(wanted.map(function (u) {
        return cache.match(u).then(function (hit) { return hit || cache.add(u); });
      })).then(function () {
        return cache.put(address, response);
      }).then(function () {
        return cache.keys();
      }).then(function (keys) {
        return Promise.all(keys.filter(function (k) {
          var u = new URL(k.url);
          return u.pathname !== PAGE && wanted.indexOf(u.pathname + u.search) < 0;
        }).map(function (k) { return cache.delete(k); }));
      });
    });
  });
}

self.addEventListener("install", function (event) {
  // the page that registered this worker was loaded before it: fetch it once more to keep
  event.waitUntil(fetch(PAGE, {credentials: "same-origin", cache: "no-store"})
    .then(function (resp) { return keepable(resp) ? keep(PAGE, resp) : null; })
    .catch(function () { return null; })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf("rancang-field") === 0 && k !== CACHE;
    }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// the page: from the network when there is one (kept again each time), else the kept copy
function page(event) {
  var request = event.request;
  var url = new URL(request.url);
  return fetch(request).then(function (resp) {
    if (keepable(resp)) {
      event.waitUntil(keep(url.pathname + url.search, resp.clone()).catch(function () {}));
    }
    return resp;
  }, function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(request).then(function (hit) {
        return hit || cache.match(PAGE, {ignoreSearch: true});
      });
    }).then(function (hit) { return hit || Response.error(); });
  });
}

// a static file: the kept copy (its address carries its content's version), else the network
function file(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) { return hit || fetch(request); });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (isPage(url) && request.mode === "navigate") {
    event.respondWith(page(event));
  } else if (isStatic(url)) {
    event.respondWith(file(request));
  }
  // anything else (the API, other pages): not answered here, never kept
});
