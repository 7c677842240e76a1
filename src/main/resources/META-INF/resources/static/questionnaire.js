// A questionnaire, made easier on a phone. The form works without this script (one short page, every answer
// checked by the server); with it:
// - one question at a time, with Back and Next buttons and "Question 2 of 5". Each step is a history entry,
//   so the phone's own back button goes to the question before;
// - the answers and the step are kept in this tab's sessionStorage (never sent anywhere, gone when the tab
//   closes) and put back when the form is opened again;
// - after a refused answer the server shows the form again and the steps start at the first question marked.
(function () {
  var form = document.querySelector('form.questionnaire[data-draft-key]');
  if (!form) {
    var done = document.querySelector('[data-draft-done]');
    if (done) {
      sessionStorage.removeItem(done.getAttribute('data-draft-done'));
      sessionStorage.removeItem(done.getAttribute('data-draft-done') + ':step');
    }
    return;
  }
  var key = form.getAttribute('data-draft-key');
  // the words come from the page, in the patient's language: data-word-back, data-word-next, data-word-count
  // ("Question [n] of [total]"), data-word-name and data-word-choose
  function word(name) { return form.getAttribute('data-word-' + name) || ''; }
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

  var steps = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));
  var submit = form.querySelector('.actions');
  if (steps.length < 2 || !submit) {
    return;
  }
  form.classList.add('stepped');
  var count = document.createElement('p');
  count.className = 'step-count';
  count.setAttribute('aria-live', 'polite');
  var nav = document.createElement('p');
  nav.className = 'step-nav';
  var back = button(word('back'), 'secondary');
  var next = button(word('next'), 'big');
  nav.appendChild(back);
  nav.appendChild(next);
  steps[0].parentNode.insertBefore(count, steps[0]);
  submit.parentNode.insertBefore(nav, submit);
  steps.forEach(function (s) { s.setAttribute('tabindex', '-1'); });

  function button(text, cls) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    return b;
  }
  var at = -1;
  function show(n, focus) {
    at = Math.max(0, Math.min(steps.length - 1, n));
    steps.forEach(function (s, i) { s.hidden = i !== at; });
    count.textContent = word('count').replace('[n]', String(at + 1)).replace('[total]', String(steps.length));
    back.hidden = at === 0;
    next.hidden = at === steps.length - 1;
    submit.hidden = at !== steps.length - 1;
    sessionStorage.setItem(key + ':step', String(at));
    if (focus) { steps[at].focus(); }
  }
  // a required question needs its answer (and, the first time, the activity's name) before Next
  function missing(step) {
    if (!step.hasAttribute('data-required')) { return null; }
    var name = step.querySelector('input[type=text][name^="activities."]');
    if (name && !name.value.trim()) { return word('name'); }
    var radios = step.querySelectorAll('input[type=radio]');
    if (radios.length && !step.querySelector('input[type=radio]:checked')) { return word('choose'); }
    return null;
  }
  function hint(step, text) {
    var p = step.querySelector('.step-error');
    if (!text) { if (p) { p.remove(); } return; }
    if (!p) {
      p = document.createElement('p');
      p.className = 'field-error step-error';
      p.id = 'step-error-' + steps.indexOf(step);
      p.setAttribute('role', 'alert');
      step.appendChild(p);
    }
    p.textContent = text;
  }
  next.addEventListener('click', function () {
    var problem = missing(steps[at]);
    hint(steps[at], problem);
    if (problem) { return; }
    history.pushState({ questionnaireStep: at + 1 }, '', '#question-' + (at + 2));
    show(at + 1, true);
  });
  back.addEventListener('click', function () {
    if (history.state && typeof history.state.questionnaireStep === 'number' && !history.state.first) {
      history.back();
    } else {
      history.replaceState({ questionnaireStep: at - 1, first: true }, '', '#question-' + at);
      show(at - 1, true);
    }
  });
  window.addEventListener('popstate', function (e) {
    if (e.state && typeof e.state.questionnaireStep === 'number') { show(e.state.questionnaireStep, true); }
  });
  form.addEventListener('change', function (e) { hint(e.target.closest('fieldset.question'), null); });

  var start = 0;
  var invalid = form.querySelector('fieldset.question.invalid');
  if (shownAgain && invalid) {
    start = steps.indexOf(invalid);
  } else if (!shownAgain) {
    start = parseInt(sessionStorage.getItem(key + ':step') || '0', 10) || 0;
  }
  history.replaceState({ questionnaireStep: start, first: true }, '', location.pathname + location.search);
  show(start, shownAgain);
})();
