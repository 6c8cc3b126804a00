// 案件档案: a tab of Tasklist's task view (plugin point tasklist.task.detail). It shows the case
// the task belongs to, as GET /api/cases/{caseNumber} answers the logged-in user (need-to-know:
// a department sees only its referral), and the person's ID number masked. A township caseworker
// (or the county) may ask for the full number: the tab asks why, POSTs the reason to
// /api/cases/{caseNumber}/id-number, and says that the look is recorded in the access log.

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c ?? ''))));
  return node;
}

function root() {
  const appRoot = document.querySelector('base')?.getAttribute('app-root') || '';
  return appRoot.replace(/\/camunda\/?$/, '');
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  return {ok: response.ok, status: response.status, body};
}

async function variable(taskId, name, serialized) {
  const answer = await getJson(`${root()}/camunda/api/engine/engine/default/task/${encodeURIComponent(taskId)}/variables/${name}`
    + (serialized ? '?deserializeValue=false' : ''));
  return answer.ok ? answer.body.value : null;
}

async function caseSummary(taskId) {
  // a Json variable's value as its JSON text: deserialized, the REST API would answer Spin's object
  const json = await variable(taskId, 'caseSummary', true);
  if (json) {
    try {
      return typeof json === 'string' ? JSON.parse(json) : json;
    } catch (e) {
      return {};
    }
  }
  const names = ['idNumberMasked', 'personName', 'townshipName', 'villageName'];
  const values = await Promise.all(names.map(n => variable(taskId, n)));
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}

const CHANNELS = {village_sweep: '村级摸排走访', big_data: '大数据监测预警', hotline_12345: '12345 热线', online: '网上申请',
  walk_in: '为民服务中心窗口', petition: '信访', other_department: '其他部门转介'};

function row(label, value) {
  return el('tr', {}, el('th', {style: 'width:8em;text-align:left;padding:2px 8px 2px 0'}, label), el('td', {}, value ?? '—'));
}

function revealBox(caseNumber, idCell) {
  const reason = el('input', {type: 'text', class: 'form-control', maxlength: '200',
    placeholder: '查看完整号码的事由，如：到医保局核对医疗费用报销记录', 'aria-label': '查看事由'});
  const button = el('button', {type: 'button', class: 'btn btn-default'}, '查看完整号码');
  const note = el('p', {class: 'help-block'}, '完整身份证号只在工作需要时查看：须说明事由，查看记录（人员、时间、事由、地址）记入个人信息访问日志。');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const token = await getJson(`${root()}/api/session/csrf-token`);
      const response = await fetch(`${root()}/api/cases/${encodeURIComponent(caseNumber)}/id-number`, {
        method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token.body?.token || ''},
        body: JSON.stringify({reason: reason.value})
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        idCell.textContent = body.idNumber;
        note.textContent = '已显示完整号码；本次查看及事由已记入个人信息访问日志。';
        reason.disabled = true;
      } else {
        note.textContent = body.error?.message || `无法查看完整号码（${response.status}）。`;
        button.disabled = false;
      }
    } catch (e) {
      note.textContent = '网络错误，请稍后重试。';
      button.disabled = false;
    }
  });
  return el('div', {class: 'qy-reveal', style: 'margin-top:8px'},
    el('div', {class: 'input-group'}, reason, el('span', {class: 'input-group-btn'}, button)), note);
}

async function render(node, taskId) {
  node.replaceChildren(el('p', {}, '正在读取案件档案……'));
  const caseNumber = await variable(taskId, 'caseNumber');
  if (!caseNumber) {
    node.replaceChildren(el('p', {}, '此任务不属于某个案件（如月度摸排、督导检查），没有案件档案。'));
    return;
  }
  const answer = await getJson(`${root()}/api/cases/${encodeURIComponent(caseNumber)}`);
  if (!answer.ok) {
    node.replaceChildren(el('p', {}, answer.body?.error?.message || `无法读取案件 ${caseNumber}（${answer.status}）。`));
    return;
  }
  const c = answer.body;
  // the case summary (one Json variable, issue 15); a case registered before it holds the same
  // values as plain variables
  const summary = await caseSummary(taskId);
  const masked = summary.idNumberMasked;
  const name = summary.personName;
  const township = summary.townshipName;
  const village = summary.villageName;
  const idCell = el('span', {class: 'qy-id-number'}, masked || '—');
  const table = el('table', {class: 'qy-case-file'},
    row('案件编号', c.caseNumber), row('当事人', name), row('身份证号', idCell),
    row('状态', c.status === 'OPEN' ? '在办' : '已办结'), row('乡镇', township || c.townshipCode),
    row('村(社区)', village || c.villageCode),
    c.channel ? row('来源渠道', CHANNELS[c.channel] || c.channel) : null,
    row('是否急难', c.urgent ? '是' : '否'), row('立案时间', (c.openedAt || '').replace('T', ' ').slice(0, 16)));
  const parts = [el('h4', {}, '案件档案'), table];
  // the household's whole file (一户一档), for those the case API shows the household to
  if (c.householdId) {
    parts.push(el('p', {style: 'margin-top:8px'}, el('a', {
      href: `${root()}/household/index.html?household=${encodeURIComponent(c.householdId)}`,
      target: '_blank', rel: 'noopener', class: 'qy-household-link'
    }, '查看本户一户一档（家庭成员、历次案件、台账与回访）')));
  }
  // the button only for those whom the server may show the number (township teams, the county);
  // the server decides again, and logs
  const me = await getJson(`${root()}/api/me`);
  const groups = (me.body?.groups || []).map(g => g.id);
  if (masked && groups.some(g => g.startsWith('township-') || g === 'county-civil-affairs' || g === 'camunda-admin')) {
    parts.push(revealBox(c.caseNumber, idCell));
  }
  if (c.reports) {
    parts.push(el('h5', {}, `上报记录（${c.reports.length}）`), el('ul', {}, c.reports.map(r =>
      el('li', {}, `${(r.receivedAt || '').slice(0, 10)} ${CHANNELS[r.channel] || r.channel}：${r.description || ''}`))));
  }
  if (c.referrals && c.referrals.length) {
    parts.push(el('h5', {}, '部门转介'), el('ul', {}, c.referrals.map(r =>
      el('li', {}, `${r.departmentName || r.department}：${r.status === 'OPEN' ? '办理中' : '已答复'}（${(r.referredAt || '').slice(0, 10)} 转介）`))));
  }
  node.replaceChildren(...parts.filter(Boolean));
}

export default {
  id: 'qingyang-case-file',
  pluginPoint: 'tasklist.task.detail',
  label: '案件档案',
  priority: 50,
  render: (node, {taskId}) => {
    render(node, taskId).catch(() => node.replaceChildren(el('p', {}, '案件档案读取失败，请刷新后重试。')));
  }
};
