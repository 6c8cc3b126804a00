// The roster page (index.html); a file of its own, as the Content-Security-Policy of our pages allows no inline script.
// Our API accepts the Tasklist login session; changes need the session's CSRF token.
let csrf = null;
const $ = id => document.getElementById(id);
const text = s => { const span = document.createElement('span'); span.textContent = s; return span.innerHTML; };

async function init() {
  const me = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  if (!me.ok) {
    $('who').innerHTML = '请先<a href="/camunda/app/tasklist/default/">登录任务办理（Tasklist）</a>，再打开本页。';
    return;
  }
  const token = await fetch('/api/session/csrf-token', { credentials: 'same-origin' });
  csrf = token.status === 200 ? (await token.json()).token : null;
  const user = await me.json();
  $('who').textContent = '当前用户：' + user.userId;
  $('upload').hidden = false;
}

function show(answer, status) {
  const errors = answer.errors || [];
  let html = '<p>' + (status === 422 || answer.status === 'FAILED' ? '<span class="error">未导入：文件中有错误，请改正后重新上传。</span>'
      : '导入完成。') + '新登记 <b>' + (answer.imported || 0) + '</b> 人，重复或并入已有案件 <b>' + (answer.duplicates || 0) + '</b> 人。</p>';
  if (errors.length) {
    html += '<table><tr><th>行号</th><th>问题</th></tr>' + errors.map(e =>
        '<tr><td>' + e.row + '</td><td>' + text(e.message) + '</td></tr>').join('') + '</table>';
  }
  $('result').innerHTML = html;
}

async function poll(location) {
  for (;;) {
    const answer = await (await fetch(location, { credentials: 'same-origin' })).json();
    $('bar').max = answer.total || 1;
    $('bar').value = answer.processed || 0;
    $('count').textContent = (answer.processed || 0) + ' / ' + (answer.total || 0);
    if (answer.status !== 'RUNNING') {
      $('progress').hidden = true;
      show(answer, 200);
      return;
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

$('upload').addEventListener('submit', async event => {
  event.preventDefault();
  $('submit').disabled = true;
  $('result').innerHTML = '';
  try {
    const response = await fetch('/api/rosters', { method: 'POST', credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': csrf }, body: new FormData($('upload')) });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 202) {
      $('progress').hidden = false;
      await poll(response.headers.get('Location'));
    } else if (response.ok || response.status === 422) {
      show(answer, response.status);
    } else {
      $('result').innerHTML = '<p class="error">' + text((answer.error && answer.error.message) || ('上传失败（' + response.status + '）')) + '</p>';
    }
  } finally {
    $('submit').disabled = false;
  }
});
init();
