// The capture page's service worker, registered for the scope /consult/events/: it keeps
// the facilitator's capture pages (/consult/events/<id>/capture) and the static files they
// name (styles, scripts, icon), so that a page whose network dropped can be opened again
// and inputs keep being typed into the queue in localStorage (capture.js), which is sent
// when the network is back.
//
// Network first: a capture page or a static file comes from the server whenever there is
// one (the page is kept again each time); the kept copy answers only when the network
// fails. What it keeps, and nothing else: capture pages answered 200 by the server (never
// a redirect to the sign-in page nor an error) and the /static/ files those pages name.
// Other pages of the scope (an event's page, an input) pass through untouched and are
// never kept; API calls and every non-GET request go straight to the network. Signing out
// deletes every Rancang cache and unregisters the workers (static/app.js).
"use strict";

var CACHE = "rancang-consult-capture-v1";
var PAGE = /^\/consult\/events\/\d+\/capture$/;

function sameOrigin(url) { return url.origin === self.location.origin; }

function isPage(url) { return sameOrigin(url) && PAGE.test(url.pathname); }

function isStatic(url) { return sameOrigin(url) && url.pathname.indexOf("/static/") === 0; }

// the /static/ files a page names in its src= and href= attributes
function assets(html) {
  var found = [];
  var re = /(?:src|href)="(\/static\/[^"]+)"/g;
  var m;
  while ((m = re.exec(html)) !== null) { found.push(m[1].replace(/&amp;/g, "&")); }
  return found;
}

// a capture page itself: not a redirect (to the sign-in page), not an error
function keepable(response) {
  return Boolean(response) && response.ok && response.type === "basic" && !response.redirected;
}

// keep a capture page under its path and the files it names; static files no kept page
// names any more (an older version of a file) are dropped
function keep(path, response) {
  return caches.open(CACHE).then(function (cache) {
    return response.clone().text().then(function (html) {
      var wanted = assets(html);
      return Promise.all(wanted.map(function (u) {
        return cache.match(u).then(function (hit) { return hit || cache.add(u); });
      })).then(function () {
        return cache.put(path, response);
      }).then(function () {
        return cache.keys();
      }).then(function (keys) {
        return Promise.all(keys.filter(function (k) {
          var u = new URL(k.url);
          return !PAGE.test(u.pathname) && wanted.indexOf(u.pathname + u.search) < 0;
        }).map(function (k) { return cache.delete(k); }));
      });
    });
  });
}

// fetch a capture page and keep it (the page that registered the worker was loaded
// before the worker existed: it asks for this once the worker is active)
function fetchAndKeep(path) {
  if (!PAGE.test(path)) { return Promise.resolve(null); }
  return fetch(path, {credentials: "same-origin", cache: "no-store"})
    .then(function (resp) { return keepable(resp) ? keep(path, resp) : null; })
    .catch(function () { return null; });
}

self.addEventListener("install", function (event) {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf("rancang-consult-capture") === 0 && k !== CACHE;
    }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (typeof data.keep === "string") {
    var done = fetchAndKeep(data.keep).then(function () {
      if (event.source) { event.source.postMessage({kept: data.keep}); }
    });
    event.waitUntil(done);
  }
});

function fromCache(request, fallback) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) {
      return hit || (fallback ? cache.match(fallback, {ignoreSearch: true}) : undefined);
    });
  }).then(function (hit) { return hit || Response.error(); });
}

// a capture page: from the network (kept again), else the kept copy
function page(event) {
  var request = event.request;
  var url = new URL(request.url);
  return fetch(request).then(function (resp) {
    if (keepable(resp)) {
      event.waitUntil(keep(url.pathname, resp.clone()).catch(function () {}));
    }
    return resp;
  }, function () { return fromCache(request, url.pathname); });
}

// a static file: from the network, else the kept copy
function file(request) {
  return fetch(request).catch(function () { return fromCache(request, null); });
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
