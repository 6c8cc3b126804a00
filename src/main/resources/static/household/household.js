// 一户一档 (index.html): find a household by name, ID number or case number and read its file.
// A file of its own, as the Content-Security-Policy of our pages allows no inline script. Our API
// accepts the Tasklist login session; every text from the server is set as text, never as markup.
const $ = id => document.getElementById(id);
const PLACEHOLDERS = { name: '输入家庭成员姓名', idNumber: '输入 18 位身份证号', caseNumber: '如 341723200-202611-0012' };

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

const label = coded => (coded ? coded.label : '');
const labels = list => (list || []).map(label).join('、');
const money = value => (value === null || value === undefined ? '' : value + ' 元');
const yesNo = value => (value ? '是' : '否');
function time(value) {
  if (!value) {
    return '';
  }
  const d = new Date(value);
  const two = n => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
}

function message(text, error) {
  const box = $('message');
  box.textContent = text || '';
  box.className = error ? 'error' : 'hint';
}

async function answerOf(response) {
  const body = await response.json().catch(() => null);
  if (response.ok) {
    return body;
  }
  if (response.status === 401) {
    throw new Error('登录已过期，请重新登录任务办理（Tasklist）后再打开本页。');
  }
  throw new Error((body && body.error && body.error.message) || ('操作失败（状态码 ' + response.status + '），请稍后再试。'));
}

function table(node, header, rows, textColumns) {
  node.replaceChildren();
  if (!rows.length) {
    const tr = el('tr');
    tr.appendChild(el('td', '无', 'empty'));
    node.appendChild(tr);
    return;
  }
  const head = el('tr');
  header.forEach(h => head.appendChild(el('th', h)));
  node.appendChild(head);
  rows.forEach(row => {
    const tr = el('tr');
    row.forEach((cell, i) => tr.appendChild(el('td', cell, (textColumns || []).includes(i) ? 'text' : null)));
    node.appendChild(tr);
  });
}

async function search(by, value) {
  message('正在查找…');
  $('file').hidden = true;
  try {
    const found = await answerOf(await fetch('/api/households?' + new URLSearchParams({ [by]: value }),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
    const list = $('found');
    list.replaceChildren();
    found.forEach(h => {
      const item = el('li');
      const text = el('div');
      text.appendChild(el('strong', '户主 ' + (h.headName || '（未登记）')));
      text.appendChild(el('div', [h.headIdNumber, (h.township || '') + (h.village || ''), h.members + ' 人',
        h.openCaseNumber ? '在办案件 ' + h.openCaseNumber : '无在办案件'].filter(Boolean).join(' · '), 'hint'));
      item.appendChild(text);
      const open = el('button', '查看档案');
      open.type = 'button';
      open.addEventListener('click', () => show(h.householdId));
      item.appendChild(open);
      list.appendChild(item);
    });
    $('results').hidden = false;
    message(!found.length ? '您工作范围内没有找到符合条件的家庭，请核对后再查。'
      : found.length >= 50 ? '只列出前 50 户：请输入更完整的姓名，或按身份证号、案件编号查找。' : '找到 ' + found.length + ' 户。');
    if (found.length === 1) {
      await show(found[0].householdId);
    }
  } catch (e) {
    $('results').hidden = true;
    message(e.message, true);
  }
}

function household(file) {
  const h = file.household;
  const dl = $('household');
  dl.replaceChildren();
  [['乡镇、村(社区)', (h.township || '') + ' ' + (h.village || '')], ['家庭住址', h.address], ['户籍类型', label(h.registrationType)],
    ['住房', [label(h.housingType), label(h.housingSafety)].filter(Boolean).join('，')],
    ['房产、车辆', (h.houses === null ? '' : h.houses + ' 套房产') + (h.vehicles === null ? '' : ' ' + h.vehicles + ' 辆车')],
    ['存款', label(h.savingsBand)], ['经营情况', h.business], ['脱贫户 / 监测户', yesNo(h.liftedFromPoverty) + ' / ' + yesNo(h.underMonitoring)],
    ['重点群体', labels(h.focusGroups)], ['包保责任人', h.responsiblePerson],
    ['家庭月收入', money(h.monthlyIncome)], ['人均月收入', money(h.perCapitaIncome)], ['档案版本', '第 ' + file.version + ' 版']]
    .forEach(([term, value]) => {
      dl.appendChild(el('dt', term));
      dl.appendChild(el('dd', value || '未登记'));
    });
}

function caseBlock(c) {
  const block = el('details');
  block.open = c.status && c.status.code === 'OPEN';
  block.appendChild(el('summary', c.caseNumber + ' · ' + label(c.status) + ' · ' + c.personName + '（' + c.idNumber + '）'));
  const event = (what, when, text) => {
    const p = el('p', null, 'event');
    p.appendChild(el('b', what));
    p.appendChild(document.createTextNode(' ' + [when, text].filter(Boolean).join(' · ')));
    block.appendChild(p);
  };
  event('立案', time(c.openedAt), [label(c.channel), c.urgent ? '急难' : '', label(c.category), label(c.householdRegistration)]
    .filter(Boolean).join('，'));
  c.reports.forEach(r => event('上报（' + label(r.result) + '）', time(r.receivedAt), [label(r.channel), r.reporter, r.description]
    .filter(Boolean).join('：')));
  c.visits.forEach(v => event('第 ' + v.visitNo + ' 次入户调查', v.visitDate, v.personSeen
    ? ['调查人 ' + v.investigators, label(v.hardshipDegree), labels(v.causes), v.findings, '对策：' + (v.countermeasures || ''),
      label(v.conclusion)].filter(Boolean).join('；')
    : '调查人 ' + v.investigators + '；未见到本人：' + (v.notSeenReason || '')));
  if (c.emergencyAid) {
    const a = c.emergencyAid;
    event('先行救助', time(a.grantedAt), label(a.kind) + ' ' + money(a.amount) + '；' + a.purpose
      + (a.postApprovedAt ? '；已后置审批' : '；待后置审批'));
  }
  c.decisions.forEach(d => event(label(d.kind), time(d.decidedAt), [label(d.outcome), money(d.amount), d.detail].filter(Boolean).join('；')));
  if (c.care) {
    event(label(c.care.kind), time(c.care.recordedAt), [c.care.institutionName, c.care.caregiverName, c.care.visitFrequency]
      .filter(Boolean).join('；'));
  }
  c.referrals.forEach(r => event('转介' + label(r.department), time(r.referredAt), [label(r.status), r.answer].filter(Boolean).join('：')));
  if (c.monitoringEnrolledAt) {
    event('低收入监测', time(c.monitoringEnrolledAt), '纳入低收入人口动态监测');
  }
  c.spotChecks.forEach(s => event('随机抽查', s.month, [label(s.recipientKind), s.outcome ? '结果：' + label(s.outcome) : '待核实',
    s.findings, s.correction ? '整改：' + s.correction : ''].filter(Boolean).join('；')));
  if (c.closedAt) {
    event('办结', time(c.closedAt), '');
  }
  return block;
}

async function show(householdId) {
  message('正在打开档案…');
  try {
    const file = await answerOf(await fetch('/api/households/' + encodeURIComponent(householdId),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
    const head = file.members.find(m => m.relation && m.relation.code === 'HEAD');
    $('fileTitle').textContent = '户 ' + file.householdId + (head ? ' · 户主 ' + head.name : '') + ' · ' + file.members.length + ' 人';
    $('xlsx').href = '/api/households/' + file.householdId + '/export.xlsx';
    $('merged').hidden = !file.mergedInto;
    $('merged').textContent = file.mergedInto ? '本户已并入户 ' + file.mergedInto + '（并户），成员和案件都在该户的档案中。' : '';
    household(file);
    table($('members'), ['与户主关系', '姓名', '身份证号', '性别', '年龄', '电话', '健康状况', '残疾', '劳动能力', '自理能力',
      '在学', '就业', '月收入', '医疗支出', '教育支出', '享受待遇'], file.members.map(m => [label(m.relation), m.name, m.idNumber,
      m.sex, m.age, m.phone, [label(m.health), m.illness].filter(Boolean).join('：'),
      m.disabilityCategory && m.disabilityCategory.code !== 'NONE' ? label(m.disabilityCategory) + (m.disabilityGrade ? ' ' + m.disabilityGrade + ' 级' : '') : label(m.disabilityCategory),
      label(m.labourCapacity), label(m.selfCare), label(m.schooling), label(m.employment), money(m.income),
      money(m.medicalSpending), money(m.educationSpending), labels(m.benefits)]));
    table($('supporters'), ['姓名', '关系', '有无赡养能力', '备注'], file.supporters.map(s => [s.name, label(s.relation),
      s.ableToSupport ? '有' : '无', s.note]), [3]);
    const cases = $('cases');
    cases.replaceChildren();
    file.cases.forEach(c => cases.appendChild(caseBlock(c)));
    if (!file.cases.length) {
      cases.appendChild(el('p', '无', 'empty'));
    }
    const ledger = [];
    file.ledger.forEach(l => {
      ledger.push([l.caseNumber, label(l.kind), label(l.category), yesNo(l.urgent), labels(l.causes), l.measures, l.nextFollowUp,
        label(l.status), time(l.createdAt)]);
      l.followUps.forEach(f => ledger.push([l.caseNumber, '第 ' + f.visitNo + ' 次回访', '', '', '', [label(f.outcome), f.note]
        .filter(Boolean).join('：'), f.visitDate, '', time(f.recordedAt)]));
    });
    table($('ledger'), ['案件编号', '台账 / 回访', '困难类别', '急难', '致困原因', '帮扶措施 / 回访记录', '下次回访 / 回访日期', '状态', '登记时间'],
      ledger, [5]);
    table($('versions'), ['版本', '时间', '变更人', '来源', '变更内容'], file.versions.slice().reverse().map(v => [v.versionNo,
      time(v.changedAt), v.changedBy, v.source, v.summary]), [4]);
    $('file').hidden = false;
    message('');
    history.replaceState(null, '', '?household=' + file.householdId);
    $('file').scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (e) {
    $('file').hidden = true;
    message(e.message, true);
  }
}

async function init() {
  const me = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  if (!me.ok) {
    const who = $('who');
    who.replaceChildren(document.createTextNode('请先'));
    const login = el('a', '登录任务办理（Tasklist）');
    login.href = '/camunda/app/tasklist/default/';
    who.appendChild(login);
    who.appendChild(document.createTextNode('，再打开本页。'));
    return;
  }
  $('who').textContent = '当前用户：' + (await me.json()).userId;
  $('search').hidden = false;
  const params = new URLSearchParams(location.search);
  // a link may name a household, a name or a case number; never an ID number, which would stay in the browser's history
  for (const by of ['name', 'caseNumber']) {
    if (params.get(by)) {
      $('by').value = by;
      $('value').value = params.get(by);
      await search(by, params.get(by));
      return;
    }
  }
  if (params.get('household')) {
    await show(params.get('household'));
  }
}

$('by').addEventListener('change', () => {
  $('value').placeholder = PLACEHOLDERS[$('by').value];
});
$('search').addEventListener('submit', async event => {
  event.preventDefault();
  $('find').disabled = true;
  try {
    await search($('by').value, $('value').value.trim());
  } finally {
    $('find').disabled = false;
  }
});
init();
