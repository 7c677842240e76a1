/*
 * The patient pages without a signal (loaded on patient pages only, by templates/tags/patientApp.html):
 * registers the service worker, keeps a session logged offline in the phone's queue (static/offline-queue.js),
 * shows "waiting to send" and, for a red flag, the urgent guidance at once, sends the queue when the phone is
 * online again, and clears this patient's pages and queue at sign-out. Every word shown comes from the page
 * (templates/tags/offlineQueue.html and offlineGuidance.html). Without JavaScript the form posts as before.
 */
(function () {
  'use strict';
  var Q = window.PhysioRxQueue;
  var ownerMeta = document.querySelector('meta[name="physiorx-owner"]');
  if (!Q || !ownerMeta || !('indexedDB' in window)) { return; }
  var owner = ownerMeta.content;
  var hasWorker = 'serviceWorker' in navigator;

  function worker() {
    return hasWorker ? navigator.serviceWorker.ready : Promise.reject(new Error('no service worker'));
  }

  function tellWorker(message) {
    return worker().then(function (reg) { if (reg.active) { reg.active.postMessage(message); } }, function () { });
  }

  // ------------------------------------------------------------------ whose phone this is
  var ownerChecked = Q.getMeta('owner').then(function (previous) {
    if (previous && previous !== owner && hasWorker) {
      // someone else signed in on this phone without signing out: their pages go (their queue stays theirs)
      return caches.delete('physiorx-pages-v1').then(function () { return Q.setMeta('owner', owner); });
    }
    return Q.setMeta('owner', owner);
  }).catch(function () { });

  // ------------------------------------------------------------------ "waiting to send"
  var notice = document.getElementById('offline-queue');

  function show(el, on) { if (el) { el.hidden = !on; } }

  function refresh() {
    if (!notice) { return Promise.resolve(); }
    return Promise.all([Q.list(owner), Q.getMeta('signedOut')]).then(function (both) {
      var entries = both[0];
      var refused = entries.filter(function (e) { return e.state === 'refused'; }).length;
      var panel = notice.querySelector('section');
      show(panel, entries.length > 0);
      if (!entries.length) { return; }
      show(notice.querySelector('[data-count-one]'), entries.length === 1);
      show(notice.querySelector('[data-count-many]'), entries.length > 1);
      notice.querySelector('[data-count]').textContent = String(entries.length);
      show(notice.querySelector('[data-waiting]'), !both[1] && refused < entries.length);
      show(notice.querySelector('[data-signin]'), !!both[1] && refused < entries.length);
      show(notice.querySelector('[data-refused]'), refused > 0);
      notice.querySelector('[data-refused-count]').textContent = String(refused);
    }).catch(function () { });
  }

  function send() {
    if (!navigator.onLine) { return refresh(); }
    return ownerChecked.then(function () { return Q.sendAll(owner); }).then(refresh, refresh);
  }

  // ------------------------------------------------------------------ the session form offline
  var form = document.querySelector('form.session-form');
  var guidanceSlot = document.getElementById('offline-guidance');

  function redFlagged(symptoms) {
    if (!guidanceSlot) { return false; }
    var red = (guidanceSlot.dataset.redFlags || '').split(' ');
    return symptoms.some(function (s) { return red.indexOf(s) >= 0; });
  }

  function showGuidance(symptoms) {
    var template = document.getElementById('offline-guidance-template');
    if (!guidanceSlot || !template) { return; }
    guidanceSlot.textContent = '';
    var section = template.content.firstElementChild.cloneNode(true);
    var urgent = (guidanceSlot.dataset.urgent || '').split(' ');
    var step = section.querySelector('[data-urgent-step]');
    if (step && !symptoms.some(function (s) { return urgent.indexOf(s) >= 0; })) { step.remove(); }
    guidanceSlot.appendChild(section);
    section.setAttribute('tabindex', '-1');
    section.focus();
  }

  function complete(data) {
    var given = function (name) { return (data.get(name) || '').trim() !== ''; };
    return given('date') && given('painBefore') && given('painAfter');
  }

  function incomplete() {
    var template = document.getElementById('offline-incomplete-template');
    var old = form.querySelector('.offline-incomplete');
    if (old) { old.remove(); }
    if (!template) { return; }
    var note = template.content.firstElementChild.cloneNode(true);
    note.classList.add('offline-incomplete');
    note.setAttribute('role', 'alert');
    form.insertBefore(note, form.firstChild);
  }

  if (form) {
    var clientId = form.querySelector('input[name="clientId"]');
    // a page from the phone's cache carries a client id that may have been sent already
    if (clientId) { clientId.value = Q.newClientId(); }
    form.addEventListener('submit', function (event) {
      if (navigator.onLine) { return; } // online: the plain form POST, as without JavaScript
      event.preventDefault();
      var data = new FormData(form, event.submitter || undefined);
      if (!complete(data)) { incomplete(); return; }
      var pairs = [];
      data.forEach(function (value, name) { pairs.push([name, value]); });
      var entry = Q.entryOf(pairs, owner);
      ownerChecked.then(function () { return Q.add(entry); }).then(function () {
        worker().then(function (reg) { return reg.sync && reg.sync.register('physiorx-send'); }).catch(function () { });
        var old = form.querySelector('.offline-incomplete');
        if (old) { old.remove(); }
        form.reset();
        clientId.value = Q.newClientId(); // the next session is another one
        return refresh();
      }).then(function () {
        if (redFlagged(entry.symptoms)) {
          showGuidance(entry.symptoms);
        } else if (notice) {
          notice.scrollIntoView();
        }
      });
    });
    // the service worker kept a form POST that found no network (?queued=<clientId>): its guidance, at once
    var queued = new URLSearchParams(location.search).get('queued');
    if (queued) {
      Q.list(owner).then(function (entries) {
        var e = entries.filter(function (x) { return x.clientId === queued; })[0];
        if (e && redFlagged(e.symptoms)) { showGuidance(e.symptoms); }
      }).catch(function () { });
    }
  }

  // ------------------------------------------------------------------ signing out clears this phone
  var signOut = document.querySelector('form[action="/logout"]');
  if (signOut) {
    signOut.addEventListener('submit', function (event) {
      event.preventDefault();
      var warning = notice && notice.querySelector('[data-signout-warning]');
      send().then(function () { return Q.list(owner); }).catch(function () { return []; }).then(function (left) {
        if (left.length && warning && !window.confirm(warning.textContent.trim())) { return null; }
        return Promise.all([
          hasWorker ? caches.delete('physiorx-pages-v1') : null,
          tellWorker({ type: 'clear' }),
          Q.clear()
        ]).catch(function () { }).then(function () { signOut.submit(); });
      });
    });
  }

  // ------------------------------------------------------------------ the worker, and sending when online
  if (hasWorker) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { });
    var firstVisit = !navigator.serviceWorker.controller;
    worker().then(function () {
      var urls = firstVisit ? [location.href] : [];
      tellWorker({ type: 'cache', urls: urls });
      // the session form, so that it opens without a signal even when the patient has not opened it yet
      tellWorker({ type: 'cache', urls: ['/me/sessions/new'], onlyMissing: true });
    });
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data && event.data.type === 'queue-changed') { refresh(); }
    });
  }
  window.addEventListener('online', send);
  send();
})();
