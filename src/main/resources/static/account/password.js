// The password page (password.html): a user whose password an administrator set (a new account
// or a reset) chooses their own here before Tasklist, Cockpit or the APIs let them work. It uses
// the Tasklist login session; the change needs the session's CSRF token. A file of its own, as
// the Content-Security-Policy of our pages allows no inline script.
const $ = id => document.getElementById(id);
let csrf = null;

/** Only a page of this server may be returned to after the change (never another site). */
function back() {
  const target = new URLSearchParams(location.search).get('back');
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/camunda/app/tasklist/default/';
}

function say(message, kind) {
  const p = document.createElement('p');
  p.className = kind;
  p.textContent = message;
  $('result').replaceChildren(p);
}

async function init() {
  const state = await fetch('/api/account/password', { credentials: 'same-origin' });
  if (state.status === 401) {
    $('who').textContent = '请先登录任务办理（Tasklist），再打开本页：';
    const link = document.createElement('a');
    link.href = '/camunda/app/tasklist/default/';
    link.textContent = '登录任务办理';
    $('who').append(link);
    return;
  }
  if (!state.ok) {
    $('who').textContent = '无法读取账号状态（' + state.status + '），请稍后再试。';
    return;
  }
  const answer = await state.json();
  const token = await fetch('/api/session/csrf-token', { credentials: 'same-origin' });
  csrf = token.status === 200 ? (await token.json()).token : null;
  $('who').textContent = '当前用户：' + answer.userId;
  if (answer.changeRequired) {
    $('reason').textContent = answer.reason + '修改后即可继续使用任务办理、监控中心等。';
    $('reason').hidden = false;
  }
  $('rules').replaceChildren(...answer.rules.map(rule => {
    const li = document.createElement('li');
    li.textContent = rule;
    return li;
  }));
  $('change').hidden = false;
}

$('change').addEventListener('submit', async event => {
  event.preventDefault();
  if ($('newPassword').value !== $('repeatPassword').value) {
    say('两次输入的新密码不一致，请重新输入。', 'error');
    return;
  }
  $('submit').disabled = true;
  try {
    const response = await fetch('/api/account/password', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify({ currentPassword: $('currentPassword').value, newPassword: $('newPassword').value })
    });
    if (response.status === 204) {
      $('change').hidden = true;
      $('reason').hidden = true;
      say('密码已修改。正在返回…', 'done');
      setTimeout(() => location.assign(back()), 1500);
      return;
    }
    const answer = await response.json().catch(() => ({}));
    say((answer.error && answer.error.message) || ('修改失败（' + response.status + '），请稍后再试。'), 'error');
  } finally {
    $('submit').disabled = false;
  }
});

init();
