// The keys of `wgsubmit serve`, shipped with it (no build step, nothing fetched). A letter
// typed outside a field moves to the control that shows it in brackets (its data-key);
// Enter on a list sends its form; Escape leaves a field, so that letters move again.
"use strict";
document.addEventListener("keydown", function (event) {
  var target = event.target;
  var inField =
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement;
  if (event.key === "Escape" && inField) {
    target.blur();
    return;
  }
  if (event.key === "Enter" && target instanceof HTMLSelectElement && target.form) {
    event.preventDefault();
    target.form.requestSubmit();
    return;
  }
  if (inField || event.altKey || event.ctrlKey || event.metaKey || event.key.length !== 1) {
    return;
  }
  var found = document.querySelector('[data-key="' + CSS.escape(event.key) + '"]');
  if (found) {
    event.preventDefault();
    found.focus();
  }
});
