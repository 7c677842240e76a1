// Live alerts for the portal: one Server-Sent Events stream per page. Each new or repeated alert
// refreshes the parts of the page that show alerts (the navigation count, the dashboard panel)
// and is announced in a polite live region. Without JavaScript the pages still show alerts on load.
(function () {
  if (!window.EventSource) { return; }
  var source = new EventSource('/portal/alerts/stream');
  var connected = false;
  // signing out ends the stream's session: a reconnect racing the sign-out could sign the browser in again
  document.querySelectorAll('form[action="/logout"]').forEach(function (form) {
    form.addEventListener('submit', function () { source.close(); });
  });
  function refresh() {
    document.querySelectorAll('[data-alert-refresh]').forEach(function (el) {
      if (window.htmx) {
        htmx.ajax('GET', el.getAttribute('data-alert-refresh'), { target: el, swap: 'outerHTML' });
      }
    });
  }
  source.addEventListener('ready', function () {
    // after a reconnect, catch up on alerts raised while the stream was down
    if (connected) { refresh(); }
    connected = true;
    document.documentElement.setAttribute('data-alerts-live', 'on');
  });
  // the server ends a stream with its session: after an expired token the browser reconnects (the page
  // session may renew it, or sends the page to sign-in), and so it does when Keycloak could not re-check the
  // account ("unavailable"); a revoked account or a stream over the cap stays closed
  function off() {
    document.documentElement.setAttribute('data-alerts-live', 'off');
  }
  source.addEventListener('closed', function (event) {
    var reason = JSON.parse(event.data).reason;
    if (reason !== 'expired' && reason !== 'unavailable') {
      source.close();
      off();
    }
  });
  source.addEventListener('error', function () {
    if (source.readyState === EventSource.CLOSED) { off(); }
  });
  source.addEventListener('alert', function (event) {
    refresh();
    var live = document.getElementById('alert-live');
    if (live) {
      var alert = JSON.parse(event.data);
      live.textContent = 'New alert: ' + alert.patientName + ', ' + alert.ruleLabel.toLowerCase() + '.';
      live.hidden = false;
    }
  });
})();
