/* Service worker of Invest in Azerbaijan (build {{ version }}).
   Pages a visitor has read stay available offline; assets are cached once (their names carry a hash). */
"use strict";
var VERSION = {{ version|tojson }};
var ASSETS = "assets-" + VERSION;
var PAGES = "pages-v1";
var PRECACHE = {{ precache|tojson }};
var OFFLINE = {{ offline|tojson }};
var DYNAMIC = /^\/(admin|cabinet|api|documents|dev-idp|static|media)(\/|$)|^\/[a-z]{2}\/(api|search|cabinet)(\/|$)/;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(ASSETS).then(function (cache) { return cache.addAll(PRECACHE); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf("assets-") === 0 && key !== ASSETS; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function offlinePage(url) {
  var language = url.pathname.split("/")[1];
  return caches.match(OFFLINE[language] || OFFLINE[Object.keys(OFFLINE)[0]]);
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || DYNAMIC.test(url.pathname)) return;

  if (url.pathname.indexOf("/assets/") === 0) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        var copy = response.clone();
        caches.open(ASSETS).then(function (cache) { cache.put(request, copy); });
        return response;
      });
    }));
    return;
  }

  if (request.mode === "navigate" || (request.headers.get("accept") || "").indexOf("text/html") !== -1) {
    // Network first, so a published change is seen at once; the copy kept is the offline fallback.
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request).then(function (hit) { return hit || offlinePage(url); });
    }));
  }
});
