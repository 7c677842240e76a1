/*
 * PhysioRx's service worker: the patient pages (/me...) open without a signal once they have been seen online.
 * Served from the root so that its scope covers /me. Written by hand: no build step, nothing from a CDN.
 *
 * - Patient pages (GET /me, /me/...; HTML): network first, the last good copy when the network fails.
 * - Exercise pictures (GET /me/media/...; images) and the app's own files (/static, /webjars): from the cache first.
 * - Never cached: the portal, /api, /q, sign-in and sign-out, anything that is not a plain 200 from this origin.
 * - Pages and pictures (the patient's data) live in their own cache, deleted at sign-out.
 * - A session form POST that fails for want of a network is kept in the queue (static/offline-queue.js), sent
 *   later by Background Sync or by the next page that is online.
 */
'use strict';
importScripts('/static/offline-queue.js');

var STATIC = 'physiorx-static-v2'; // a new name when a precached file changes: the new worker fetches them again
var PAGES = 'physiorx-pages-v1';
var PRECACHE = ['/static/app.css', '/static/offline.js', '/static/offline-queue.js', '/static/print-button.js',
  '/static/questionnaire.js', '/webjars/htmx.org/dist/htmx.min.js', '/static/manifest.json', '/static/manifest-es.json',
  '/static/icons/icon-192.png', '/static/icons/icon-512.png'];
var OFFLINE_HEADER = 'X-PhysioRx-Offline';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) { return cache.addAll(PRECACHE); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf('physiorx-') === 0 && n !== STATIC && n !== PAGES; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function patientPage(path) {
  return path === '/me' || path.indexOf('/me/') === 0;
}

function neverCached(path) {
  return /^\/(portal|api|q|login|logout)(\/|$)/.test(path);
}

/** Only a plain, complete 200 of this origin is kept. */
function keepable(response, type) {
  return response && response.status === 200 && response.type === 'basic' && !response.redirected
    && (response.headers.get('Content-Type') || '').indexOf(type) === 0;
}

/** A copy of a cached answer marked as coming from the phone's cache. */
function fromCache(hit) {
  var headers = new Headers(hit.headers);
  headers.set(OFFLINE_HEADER, 'cache');
  return hit.blob().then(function (body) {
    return new Response(body, { status: hit.status, statusText: hit.statusText, headers: headers });
  });
}

function networkFirst(request) {
  return fetch(request).then(function (response) {
    if (keepable(response, 'text/html')) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(request.url, copy); });
    }
    return response;
  }, function (failure) {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(request.url).then(function (hit) {
        return hit || cache.match(request.url, { ignoreSearch: true });
      });
    }).then(function (hit) {
      if (hit) { return fromCache(hit); }
      throw failure;
    });
  });
}

function cacheFirst(request, cacheName, type) {
  return caches.open(cacheName).then(function (cache) {
    return cache.match(request.url).then(function (hit) {
      var fresh = fetch(request).then(function (response) {
        if (keepable(response, type)) { cache.put(request.url, response.clone()); }
        return response;
      });
      if (hit) {
        fresh.catch(function () { }); // refreshed in the background when there is a network
        return hit;
      }
      return fresh;
    });
  });
}

/** The session form POST: to the server, or into the queue when there is no network. */
function postOrQueue(request) {
  var copy = request.clone();
  return fetch(request).catch(function (failure) {
    return Promise.all([copy.formData(), PhysioRxQueue.getMeta('owner')]).then(function (both) {
      var pairs = [];
      both[0].forEach(function (value, name) { pairs.push([name, value]); });
      var entry = PhysioRxQueue.entryOf(pairs, both[1]);
      if (!entry.clientId || !entry.owner) { throw failure; }
      return PhysioRxQueue.add(entry).then(function () {
        if (self.registration.sync) { self.registration.sync.register('physiorx-send').catch(function () { }); }
        return Response.redirect('/me/sessions/new?queued=' + encodeURIComponent(entry.clientId), 303);
      });
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || request.headers.has('X-PhysioRx-Queue')) {
    return;
  }
  var path = url.pathname;
  if (request.method === 'POST') {
    if (path === '/logout') {
      // the page clears first (static/offline.js); this covers a sign-out without it
      event.waitUntil(caches.delete(PAGES));
    } else if (path === '/me/sessions') {
      event.respondWith(postOrQueue(request));
    }
    return;
  }
  if (request.method !== 'GET' || neverCached(path) || request.headers.has('Range')) {
    return;
  }
  if (path.indexOf('/me/media/') === 0) {
    event.respondWith(cacheFirst(request, PAGES, 'image/'));
  } else if (patientPage(path)) {
    event.respondWith(networkFirst(request));
  } else if (path.indexOf('/static/') === 0 || path.indexOf('/webjars/') === 0) {
    event.respondWith(cacheFirst(request, STATIC, ''));
  }
});

self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type === 'cache' && Array.isArray(data.urls)) {
    // pages the patient opened before this worker ran, and the session form: kept for a visit without a signal
    event.waitUntil(caches.open(PAGES).then(function (cache) {
      return Promise.all(data.urls.map(function (u) {
        var url = new URL(u, self.location.origin);
        if (url.origin !== self.location.origin || !patientPage(url.pathname)) { return null; }
        return (data.onlyMissing ? cache.match(url.href) : Promise.resolve(null)).then(function (hit) {
          if (hit) { return null; }
          return fetch(url.href, { credentials: 'same-origin', redirect: 'manual' }).then(function (response) {
            if (keepable(response, 'text/html')) { return cache.put(url.href, response); }
          }).catch(function () { });
        });
      }));
    }));
  } else if (data.type === 'clear') {
    event.waitUntil(caches.delete(PAGES));
  }
});

function tellPages() {
  return self.clients.matchAll({ type: 'window' }).then(function (all) {
    all.forEach(function (c) { c.postMessage({ type: 'queue-changed' }); });
  });
}

self.addEventListener('sync', function (event) {
  if (event.tag !== 'physiorx-send') { return; }
  event.waitUntil(PhysioRxQueue.getMeta('owner').then(function (owner) {
    if (!owner) { return null; }
    return PhysioRxQueue.sendAll(owner).then(function (result) {
      return tellPages().then(function () {
        return PhysioRxQueue.list(owner).then(function (left) {
          // still waiting for a network: fail the sync so that the browser tries again later
          if (!result.signedOut && left.some(function (e) { return e.state !== 'refused'; })) {
            throw new Error('sessions still waiting');
          }
        });
      });
    });
  }));
});
