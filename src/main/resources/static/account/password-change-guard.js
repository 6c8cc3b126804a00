// Loaded into Tasklist, Cockpit, Admin and Welcome (customScripts in each app's config.js).
// While a user must change the password an administrator set, the server refuses their requests
// with 403 and the header X-Password-Change-Required naming our page (PasswordChangeGate); this
// module opens that page instead of leaving the app to show errors, and brings them back after.
const HEADER = 'X-Password-Change-Required';
let leaving = false;

function open(page) {
  if (leaving || !page || !page.startsWith('/') || page.startsWith('//')) {
    return;
  }
  leaving = true;
  // right after the login the app is still on its #/login route: come back to the app itself
  const hash = location.hash.startsWith('#/login') ? '' : location.hash;
  const back = location.pathname + location.search + hash;
  location.assign(page + '?back=' + encodeURIComponent(back));
}

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...args) {
  this.addEventListener('load', () => {
    if (this.status === 403) {
      open(this.getResponseHeader(HEADER));
    }
  });
  return send.apply(this, args);
};

const originalFetch = window.fetch;
window.fetch = async function (...args) {
  const response = await originalFetch.apply(this, args);
  if (response.status === 403) {
    open(response.headers.get(HEADER));
  }
  return response;
};
