// form-js as shipped with Tasklist 7.24 keeps an empty entry in its errors once a field inside a
// dynamic list has changed, even to a valid value (bpmn-io/form-js#1494: clearing the error of
// ['Field_x', 0] leaves {Field_x: []}). Tasklist counts the keys of the errors and disables 完成
// for good, although no field shows an error: the caseworker could never complete 入户调查评估,
// whose household members are a dynamic list. This module (loaded through customScripts in
// config.js) enables 完成 again in exactly that case: the form has a dynamic list, the caseworker
// was working in the form (not pressing 完成, which also disables it while the task completes),
// the form is editable and no field shows an error. Completing still validates the whole form
// in form-js first, and the server checks every item again (the completion guard).

const FORM = '.fjs-container';
const COMPLETE = '.task-details button[ng-click="complete()"]';

// whether the last thing the person did was inside a form (typing, choosing, adding a row)
let workingInForm = false;

function insideForm(event) {
  return event.target instanceof Element && event.target.closest(FORM) !== null;
}

['pointerdown', 'keydown', 'input', 'change'].forEach((type) => {
  document.addEventListener(type, (event) => {
    workingInForm = insideForm(event);
  }, true);
});

function onlyGhostErrors(button) {
  const details = button.closest('.task-details');
  const form = details && details.querySelector(FORM);
  return form !== null
      && form.querySelector('.fjs-form-field-dynamiclist') !== null
      && form.querySelector('input:not([disabled]):not([readonly]), textarea:not([disabled])') !== null
      && form.querySelector('.fjs-has-errors, .fjs-form-field-error') === null;
}

function release(button) {
  if (button.disabled && workingInForm && onlyGhostErrors(button)) {
    button.disabled = false;
  }
}

const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'attributes' && mutation.target.matches(COMPLETE)) {
      release(mutation.target);
    } else if (mutation.type === 'childList') {
      // a field's error went away: the button may have been disabled by an earlier change
      document.querySelectorAll(COMPLETE).forEach(release);
    }
  }
});

observer.observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['disabled']
});
