// The offline pages' service worker, shared by every feature whose page must open again
// without network (the register's phone form, the consultation's capture page). A feature
// serves a two-line worker beside its page (so that the worker's scope may be the page's
// address) that sets self.RANCANG_OFFLINE and imports this file
// (rancang.web.offline.worker_script):
//   cache     the cache's name, ending in -v<N>; older versions of it are deleted
//   page      a pattern of the kept pages' paths
//   prefetch  a page to keep as soon as the worker is installed (optional: the page that
//             registered the worker was loaded before it existed; a page may instead ask
//             for itself with a message {keep: path} once the worker is active)
//   files     "cache-first" (a static file's address carries its content's version) or
//             "network-first"
//
// What it keeps, and nothing else: pages of the pattern answered 200 by the server (never
// a redirect to the sign-in page nor an error) and the /static/ files those pages name; a
// kept page comes from the network whenever there is one (kept again each time), the kept
// copy answers only when the network fails. Other pages of the scope pass through
// untouched and are never kept; API calls and every non-GET request go straight to the
// network. Signing out deletes every Rancang cache and unregisters the workers
// (static/app.js).
"use strict";

var CONFIG = self.RANCANG_OFFLINE;
var CACHE = CONFIG.cache;
var PAGE = new RegExp(CONFIG.page);

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

// a page itself: not a redirect (to the sign-in page), not an error
function keepable(response) {
  return Boolean(response) && response.ok && response.type === "basic" && !response.redirected;
}

// keep a page under its address and the files it names; static files no kept page names
// any more (an older version of a file) are dropped
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
          return !PAGE.test(u.pathname) && wanted.indexOf(u.pathname + u.search) < 0;
        }).map(function (k) { return cache.delete(k); }));
      });
    });
  });
}

// fetch a page of the pattern and keep it
function fetchAndKeep(path) {
  if (!PAGE.test(path)) { return Promise.resolve(null); }
  return fetch(path, {credentials: "same-origin", cache: "no-store"})
    .then(function (resp) { return keepable(resp) ? keep(path, resp) : null; })
    .catch(function () { return null; });
}

self.addEventListener("install", function (event) {
  var first = CONFIG.prefetch ? fetchAndKeep(CONFIG.prefetch) : Promise.resolve(null);
  event.waitUntil(first.then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  var family = CACHE.replace(/-v\d+$/, "");
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.replace(/-v\d+$/, "") === family && k !== CACHE;
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

// a page: from the network (kept again), else the kept copy
function page(event) {
  var request = event.request;
  var url = new URL(request.url);
  return fetch(request).then(function (resp) {
    if (keepable(resp)) {
      event.waitUntil(keep(url.pathname + url.search, resp.clone()).catch(function () {}));
    }
    return resp;
  }, function () { return fromCache(request, url.pathname); });
}

// a static file: by the feature's rule
function file(request) {
  if (CONFIG.files === "cache-first") {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(request).then(function (hit) { return hit || fetch(request); });
    });
  }
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
