/*
 * Sessions logged without a signal, kept on this phone in IndexedDB until they are sent. Shared by the pages
 * (static/offline.js) and the service worker (/sw.js, Background Sync), so both send the same way:
 *
 * - an entry holds the session form's own fields (with its clientId), never its tokens, and whose it is (owner);
 * - sending first reads the form page afresh (GET /me/sessions/new, no redirect followed) for this sign-in's CSRF
 *   and session tokens: a redirect there means the sign-in has ended, and the entry stays;
 * - then it POSTs the form as the page would. The server treats a repeat of the clientId as the same session, so a
 *   double send (page and service worker at once, or an answer lost on the way back) stores one session.
 * An entry leaves the queue only when the server answers with the saved session's page.
 */
(function (scope) {
  'use strict';
  var DB = 'physiorx-offline';
  var STORE = 'sessions';
  var META = 'meta';
  // requests of ours that the service worker must not answer from its cache
  var BYPASS = { 'X-PhysioRx-Queue': 'send' };

  function open() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB, 1);
      req.onupgradeneeded = function () {
        req.result.createObjectStore(STORE, { keyPath: 'clientId' });
        req.result.createObjectStore(META);
      };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function run(storeName, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(storeName, mode);
        var result;
        tx.oncomplete = function () { db.close(); resolve(result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
        var req = work(tx.objectStore(storeName));
        if (req) { req.onsuccess = function () { result = req.result; }; }
      });
    });
  }

  function add(entry) {
    return run(STORE, 'readwrite', function (s) { return s.put(entry); });
  }

  function remove(clientId) {
    return run(STORE, 'readwrite', function (s) { return s.delete(clientId); });
  }

  /** The entries of this owner, oldest first. */
  function list(owner) {
    return run(STORE, 'readonly', function (s) { return s.getAll(); }).then(function (all) {
      return (all || []).filter(function (e) { return e.owner === owner; })
        .sort(function (a, b) { return a.createdAt - b.createdAt; });
    });
  }

  function getMeta(key) {
    return run(META, 'readonly', function (s) { return s.get(key); });
  }

  function setMeta(key, value) {
    return run(META, 'readwrite', function (s) { return s.put(value, key); });
  }

  /** Deletes every entry and the owner: at sign-out. */
  function clear() {
    return new Promise(function (resolve) {
      var req = indexedDB.deleteDatabase(DB);
      req.onsuccess = req.onerror = req.onblocked = function () { resolve(); };
    });
  }

  function withTimeout(ms) {
    var controller = new AbortController();
    setTimeout(function () { controller.abort(); }, ms);
    return controller.signal;
  }

  function hidden(html, name) {
    var m = new RegExp('name="' + name + '" value="([^"]*)"').exec(html);
    return m ? m[1] : null;
  }

  /** This sign-in's form tokens: {csrf, session}; {signedOut: true} when the sign-in has ended. */
  function tokens() {
    return fetch('/me/sessions/new', { redirect: 'manual', credentials: 'same-origin', cache: 'no-store',
      headers: BYPASS, signal: withTimeout(15000) }).then(function (r) {
      if (r.type === 'opaqueredirect' || r.status === 0) { return { signedOut: true }; }
      if (r.status === 409) { return { closed: true }; } // logging is closed (program archived, care ended)
      if (!r.ok) { throw new Error('the session form answered ' + r.status); }
      return r.text().then(function (html) {
        var csrf = hidden(html, 'csrf-token');
        var session = hidden(html, 'session-token');
        if (!csrf || !session) { throw new Error('the session form has no tokens'); }
        return { csrf: csrf, session: session };
      });
    });
  }

  /** Sends one entry with the tokens: 'sent', 'refused' (the server will not save it as it is) or 'waiting'. */
  function post(entry, t) {
    var body = new URLSearchParams();
    body.append('csrf-token', t.csrf);
    body.append('session-token', t.session);
    entry.fields.forEach(function (f) { body.append(f[0], f[1]); });
    return fetch('/me/sessions', { method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow',
      headers: BYPASS, signal: withTimeout(20000) }).then(function (r) {
      var saved = r.ok && /^\/me\/sessions\/\d+$/.test(new URL(r.url).pathname);
      if (saved) { return 'sent'; }
      var page = (r.headers.get('Content-Type') || '').indexOf('text/html') === 0;
      // 409: logging closed or the clientId taken by another session; 400 with the form: answers it refuses.
      // A 400 without a page is a token the server did not take: try again with fresh ones later.
      if (r.status === 409 || (r.status === 400 && page)) { return 'refused'; }
      return 'waiting';
    }, function () { return 'waiting'; });
  }

  var sending = null;

  /**
   * Sends every waiting entry of this owner (one run at a time per page or worker). Answers the state:
   * {sent, signedOut}. A network failure leaves the entries as they were.
   */
  function sendAll(owner) {
    if (sending) { return sending; }
    sending = list(owner).then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state !== 'refused'; });
      if (!waiting.length) { return { sent: 0, signedOut: false }; }
      return tokens().then(function (t) {
        if (t.signedOut) { return setMeta('signedOut', true).then(function () { return { sent: 0, signedOut: true }; }); }
        return setMeta('signedOut', false).then(function () {
          var sent = 0;
          var chain = Promise.resolve();
          waiting.forEach(function (entry) {
            chain = chain.then(function () {
              if (t.closed) { return 'refused'; }
              return post(entry, t);
            }).then(function (outcome) {
              if (outcome === 'sent') { sent++; return remove(entry.clientId); }
              if (outcome === 'refused') { entry.state = 'refused'; return add(entry); }
            });
          });
          return chain.then(function () { return { sent: sent, signedOut: false }; });
        });
      }, function () { return { sent: 0, signedOut: false }; });
    }).finally(function () { sending = null; });
    return sending;
  }

  /** A fresh client id for a session (the server's idempotency key). */
  function newClientId() {
    if (scope.crypto && scope.crypto.randomUUID) { return scope.crypto.randomUUID(); }
    var b = scope.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** An entry from the session form's fields (name/value pairs), without its tokens. */
  function entryOf(pairs, owner) {
    var fields = [];
    var clientId = null;
    var symptoms = [];
    pairs.forEach(function (p) {
      if (p[0] === 'csrf-token' || p[0] === 'session-token') { return; }
      if (p[0] === 'clientId') { clientId = p[1]; }
      if (p[0] === 'symptoms') { symptoms.push(p[1]); }
      fields.push([p[0], String(p[1])]);
    });
    return { clientId: clientId, owner: owner, fields: fields, symptoms: symptoms, createdAt: Date.now(), state: 'waiting' };
  }

  scope.PhysioRxQueue = { add: add, list: list, remove: remove, clear: clear, sendAll: sendAll, entryOf: entryOf,
    newClientId: newClientId, getMeta: getMeta, setMeta: setMeta, BYPASS: BYPASS };
})(self);
