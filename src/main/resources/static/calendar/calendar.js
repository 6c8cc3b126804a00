// 节假日安排 (index.html): the years in force, a year's days, entering or uploading a year, the change record.
// A file of its own, as the Content-Security-Policy of our pages allows no inline script. Our API accepts
// the Tasklist login session; changes carry the session's CSRF token. Server texts are set as text, never markup.
const $ = id => document.getElementById(id);
const WEEK = ['一', '二', '三', '四', '五', '六', '日'];
let csrf = null;
let years = [];
let shown = null;
const draft = { off: new Set(), work: new Set() };

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function message(text, kind) {
  const box = $('message');
  box.textContent = text || '';
  box.className = kind || 'hint';
}

function problems(list) {
  const box = $('problems');
  box.replaceChildren();
  (list || []).forEach(p => box.appendChild(el('li', p)));
}

function time(value) {
  if (!value) {
    return '';
  }
  const d = new Date(value);
  const two = n => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
}

async function answerOf(response) {
  const body = await response.json().catch(() => null);
  if (response.ok) {
    return body;
  }
  if (response.status === 401) {
    throw Object.assign(new Error('登录已过期，请重新登录任务办理（Tasklist）后再打开本页。'), { problems: [] });
  }
  const text = (body && (body.message || (body.error && body.error.message))) || ('操作失败（状态码 ' + response.status + '），请稍后再试。');
  throw Object.assign(new Error(text), { problems: (body && body.problems) || [] });
}

const get = path => fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(answerOf);

async function init() {
  const me = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  if (!me.ok) {
    $('who').replaceChildren('请先', Object.assign(el('a', '登录任务办理（Tasklist）'), { href: '/camunda/app/tasklist/default/' }),
      '，再打开本页。');
    return;
  }
  const token = await fetch('/api/session/csrf-token', { credentials: 'same-origin' });
  csrf = token.status === 200 ? (await token.json()).token : null;
  $('who').textContent = '当前用户：' + (await me.json()).userId + '（录入和上传限系统管理员、县民政局）';
  try {
    await Promise.all([loadStatus(), loadYears(), loadChanges()]);
  } catch (e) {
    message(e.message, 'error');
  }
}

async function loadStatus() {
  const status = await get('/api/calendar/status');
  const banner = $('banner');
  banner.hidden = !status.warning;
  banner.textContent = status.warning ? status.message : '';
}

async function loadYears(select) {
  years = await get('/api/calendar/years');
  const list = $('years');
  list.replaceChildren();
  years.forEach(y => {
    const item = el('li');
    const button = el('button', y.year + ' 年');
    button.type = 'button';
    button.dataset.year = y.year;
    const published = y.status === '已发布';
    button.appendChild(el('span', y.status, 'status ' + (published ? 'published' : 'provisional')));
    button.addEventListener('click', () => showYear(y.year));
    item.appendChild(button);
    list.appendChild(item);
  });
  $('yearsSection').hidden = false;
  const pick = select || (shown && shown.year) || (years.find(y => y.status === '暂定') || years[years.length - 1]).year;
  showYear(pick);
}

function showYear(year) {
  shown = years.find(y => y.year === Number(year));
  if (!shown) {
    return;
  }
  document.querySelectorAll('#years button').forEach(b => b.classList.toggle('selected', Number(b.dataset.year) === shown.year));
  $('yearTitle').textContent = shown.year + ' 年（' + shown.status + '）';
  const origin = { SHIPPED: '随系统版本发布', ENTERED: '管理员录入', STATUTORY: '尚未发布，暂按法定节假日推算（不含调休）' }[shown.source];
  $('yearNote').textContent = [origin, shown.source === 'ENTERED' ? shown.notice : null,
    shown.enteredBy ? shown.enteredBy + ' 于 ' + time(shown.enteredAt) + ' 录入' : null,
    '放假 ' + shown.holidays.length + ' 天，调休上班 ' + shown.workdays.length + ' 天'].filter(Boolean).join('；');
  const names = {};
  (shown.statutory || []).forEach(h => { names[h.date] = names[h.date] ? names[h.date] : h.name; });
  const off = new Set(shown.holidays);
  const work = new Set(shown.workdays);
  const months = $('months');
  months.replaceChildren();
  for (let m = 0; m < 12; m++) {
    const box = el('div', null, 'month');
    box.appendChild(el('h4', (m + 1) + ' 月'));
    const table = el('table');
    const head = el('tr');
    WEEK.forEach(w => head.appendChild(el('th', w)));
    table.appendChild(head);
    const first = new Date(Date.UTC(shown.year, m, 1));
    let row = el('tr');
    for (let i = 0; i < (first.getUTCDay() + 6) % 7; i++) {
      row.appendChild(el('td'));
    }
    for (let d = new Date(first); d.getUTCMonth() === m; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      const weekday = (d.getUTCDay() + 6) % 7;
      const cell = el('td', d.getUTCDate(), off.has(iso) ? 'off' : work.has(iso) ? 'work' : weekday >= 5 ? 'weekend' : null);
      cell.dataset.date = iso;
      if (off.has(iso) || work.has(iso)) {
        cell.appendChild(el('small', off.has(iso) ? '休' : '班'));
        cell.title = iso + (off.has(iso) ? ' 放假' : ' 上班') + (names[iso] ? '（' + names[iso] + '）' : '');
      }
      row.appendChild(cell);
      if (weekday === 6) {
        table.appendChild(row);
        row = el('tr');
      }
    }
    if (row.children.length) {
      table.appendChild(row);
    }
    box.appendChild(table);
    months.appendChild(box);
  }
  $('yearSection').hidden = false;
}

// ------------------------------------------------------------------ entering a year

function chips(list, set, counter) {
  const node = $(list);
  node.replaceChildren();
  [...set].sort().forEach(date => {
    const item = el('li', date + ' ');
    const remove = el('button', '×');
    remove.type = 'button';
    remove.title = '删去 ' + date;
    remove.addEventListener('click', () => { set.delete(date); drawDraft(); });
    item.appendChild(remove);
    node.appendChild(item);
  });
  $(counter).textContent = set.size;
}

function drawDraft() {
  chips('offList', draft.off, 'offCount');
  chips('workList', draft.work, 'workCount');
}

function openEntry(year) {
  const y = years.find(v => v.year === year);
  $('entryYear').value = year;
  draft.off = new Set(y ? y.holidays : []);
  draft.work = new Set(y ? y.workdays : []);
  $('source').value = y && y.source === 'ENTERED' && y.notice ? y.notice : '';
  $('entryTitle').textContent = (y && y.status === '已发布' ? '更正 ' : '录入 ') + year + ' 年的节假日安排';
  $('template').href = '/api/calendar/template.csv?year=' + year;
  problems([]);
  drawDraft();
  $('entrySection').hidden = false;
  $('entrySection').scrollIntoView({ behavior: 'smooth' });
}

function addOff() {
  const from = $('offFrom').value;
  const to = $('offTo').value || from;
  if (!from) {
    problems(['请先选择放假的开始日期（单日放假只填开始日期）。']);
    return;
  }
  if (to < from) {
    problems(['放假的结束日期早于开始日期，请核对。']);
    return;
  }
  for (let d = new Date(from + 'T00:00:00Z'); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    draft.off.add(iso);
    draft.work.delete(iso);
  }
  $('offFrom').value = '';
  $('offTo').value = '';
  problems([]);
  drawDraft();
}

function addWork() {
  const day = $('workDay').value;
  if (!day) {
    problems(['请先选择调休上班的日期。']);
    return;
  }
  draft.work.add(day);
  draft.off.delete(day);
  $('workDay').value = '';
  problems([]);
  drawDraft();
}

async function stored(answer) {
  const summary = answer.year + ' 年的节假日安排已保存并生效（修改记录 ' + answer.changeId + '）。已算出的期限随之更正，见下方修改记录。';
  $('entrySection').hidden = true;
  await Promise.all([loadStatus(), loadYears(answer.year), loadChanges()]);
  message(summary, 'ok');
}

async function save(event) {
  event.preventDefault();
  const year = Number($('entryYear').value);
  problems([]);
  message('正在保存…');
  try {
    const answer = await fetch('/api/calendar/years/' + year, {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify({ holidays: [...draft.off].sort(), workdays: [...draft.work].sort(), source: $('source').value || null })
    }).then(answerOf);
    await stored(answer);
  } catch (e) {
    message('未保存：请按下列各条改正后再保存。', 'error');
    problems(e.problems && e.problems.length ? e.problems : [e.message]);
  }
}

async function upload(event) {
  event.preventDefault();
  const year = Number($('entryYear').value);
  const form = new FormData($('upload'));
  if ($('source').value) {
    form.append('source', $('source').value);
  }
  problems([]);
  message('正在上传…');
  try {
    const answer = await fetch('/api/calendar/years/' + year + '/file', {
      method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrf }, body: form
    }).then(answerOf);
    $('upload').reset();
    await stored(answer);
  } catch (e) {
    message('未保存：文件中有下列问题，请改正后重新上传。', 'error');
    problems(e.problems && e.problems.length ? e.problems : [e.message]);
  }
}

// ------------------------------------------------------------------ the change record

const MOVE_COLUMNS = [
  ['案件', m => m.caseNumber || m.businessKey || ''],
  ['事项', m => m.elementName || m.name || ''],
  ['类别', m => ({ TASK: '任务期限', TIMER: '定时器' })[m.kind] || m.kind || ''],
  ['原期限', m => time(m.oldDue)],
  ['新期限', m => time(m.newDue)]
];

async function loadMoves(change, box) {
  try {
    const response = await fetch(change.movesUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      box.replaceChildren(el('p', response.status === 404 ? '本系统版本尚不记录期限的更正。' : '期限更正记录暂时无法读取。', 'hint'));
      return;
    }
    const body = await response.json();
    const moves = Array.isArray(body) ? body : (body.moves || []);
    if (!moves.length) {
      box.replaceChildren(el('p', '没有在办任务或定时器的期限因此改变。', 'hint'));
      return;
    }
    const table = el('table', null, 'moves');
    const head = el('tr');
    MOVE_COLUMNS.forEach(([title]) => head.appendChild(el('th', title)));
    table.appendChild(head);
    moves.forEach(m => {
      const row = el('tr');
      MOVE_COLUMNS.forEach(([, value]) => row.appendChild(el('td', value(m))));
      table.appendChild(row);
    });
    const scroll = el('div', null, 'scroll');
    scroll.appendChild(table);
    box.replaceChildren(el('p', '期限随之更正 ' + moves.length + ' 项：', 'hint'), scroll);
  } catch (e) {
    box.replaceChildren(el('p', '期限更正记录暂时无法读取。', 'hint'));
  }
}

async function loadChanges() {
  const changes = await get('/api/calendar/changes');
  const box = $('changes');
  box.replaceChildren();
  if (!changes.length) {
    box.appendChild(el('p', '还没有录入或更正过。', 'hint'));
  }
  changes.forEach(c => {
    const details = el('details');
    details.appendChild(el('summary', time(c.changedAt) + '　' + c.changedBy + '　' + c.year + ' 年：' + c.summary));
    const lines = [
      ['原来', { STATUTORY: '尚未发布（按法定节假日推算）', SHIPPED: '随系统版本发布', ENTERED: '管理员录入' }[c.before]],
      ['发文依据', c.source || '（未填）'],
      ['新增放假', c.holidaysAdded.join('、')], ['取消放假', c.holidaysRemoved.join('、')],
      ['新增调休上班', c.workdaysAdded.join('、')], ['取消调休上班', c.workdaysRemoved.join('、')]];
    lines.filter(([, v]) => v).forEach(([k, v]) => {
      const p = el('p', null, 'hint');
      p.appendChild(el('b', k + '：'));
      p.appendChild(document.createTextNode(v));
      details.appendChild(p);
    });
    const moves = el('div');
    details.appendChild(moves);
    details.addEventListener('toggle', () => { if (details.open && !moves.dataset.loaded) { moves.dataset.loaded = '1'; loadMoves(c, moves); } });
    box.appendChild(details);
  });
  $('changesSection').hidden = false;
}

$('edit').addEventListener('click', () => openEntry(shown.year));
$('cancel').addEventListener('click', () => { $('entrySection').hidden = true; });
$('addOff').addEventListener('click', addOff);
$('addWork').addEventListener('click', addWork);
$('entry').addEventListener('submit', save);
$('upload').addEventListener('submit', upload);
// another year typed in: prefilled with that year's days (its statutory days when it is not published)
$('entryYear').addEventListener('change', async () => {
  const year = Number($('entryYear').value);
  if (year >= 2025 && year <= 2099 && !years.some(y => y.year === year)) {
    try {
      years.push(await get('/api/calendar/years/' + year));
    } catch (e) {
      problems([e.message]);
      return;
    }
  }
  if (years.some(y => y.year === year)) {
    openEntry(year);
  }
});
init();
