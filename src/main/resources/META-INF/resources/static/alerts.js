// Live alerts for the portal: one Server-Sent Events stream per page. Each new or repeated alert
// refreshes the parts of the page that show alerts (the navigation count, the dashboard panel)
// and is announced in a polite live region. Without JavaScript the pages still show alerts on load.
(function () {
  if (!window.EventSource) { return; }
  var source = new EventSource('/portal/alerts/stream');
  source.addEventListener('ready', function () { document.documentElement.setAttribute('data-alerts-live', 'on'); });
  source.addEventListener('alert', function (event) {
    document.querySelectorAll('[data-alert-refresh]').forEach(function (el) {
      if (window.htmx) {
        htmx.ajax('GET', el.getAttribute('data-alert-refresh'), { target: el, swap: 'outerHTML' });
      }
    });
    var live = document.getElementById('alert-live');
    if (live) {
      var alert = JSON.parse(event.data);
      live.textContent = 'New alert: ' + alert.patientName + ', ' + alert.ruleLabel.toLowerCase() + '.';
      live.hidden = false;
    }
  });
})();
