// Buttons marked data-print open the browser's print dialog; without JavaScript they stay hidden.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
