// A questionnaire keeps its answers while the patient is away: each change is saved in this tab's
// sessionStorage (never sent anywhere, gone when the tab closes) and put back when the form is opened again.
// The form works without this script; the server still checks every answer.
(function () {
  var form = document.querySelector('form.questionnaire[data-draft-key]');
  if (!form) {
    var done = document.querySelector('[data-draft-done]');
    if (done) { sessionStorage.removeItem(done.getAttribute('data-draft-done')); }
    return;
  }
  var key = form.getAttribute('data-draft-key');
  var shownAgain = form.hasAttribute('data-shown-again'); // the server already put the answers back
  function save() {
    var values = {};
    form.querySelectorAll('input[name^="answers."]:checked, input[name^="activities."], input[name=clientId]').forEach(function (el) {
      values[el.name] = el.value;
    });
    sessionStorage.setItem(key, JSON.stringify(values));
  }
  var saved = sessionStorage.getItem(key);
  if (saved && !shownAgain) {
    try {
      var values = JSON.parse(saved);
      Object.keys(values).forEach(function (name) {
        form.querySelectorAll('input[name="' + name.replace(/"/g, '') + '"]').forEach(function (el) {
          if (el.type === 'radio') { el.checked = el.value === values[name]; } else { el.value = values[name]; }
        });
      });
    } catch (e) { sessionStorage.removeItem(key); }
  }
  form.addEventListener('change', save);
  form.addEventListener('input', save);
})();
