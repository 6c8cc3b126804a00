// 主动发现工作看板: a Cockpit dashboard plugin for county supervisors and township teams.
// It reads /api/oversight/dashboard with the Cockpit session; the server counts only what the
// viewer's groups, authorizations and tenants allow (a township sees itself, the county all).
// Above it, a banner while next year's holiday arrangement is still to be entered (issue 16 §1,
// /api/calendar/status), linking to the 节假日安排 page.

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];

function el(tag, attrs, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function apiRoot() {
  const appRoot = document.querySelector('base')?.getAttribute('app-root') || '';
  return appRoot.replace(/\/camunda\/?$/, '');
}

function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

/** Vertical stacked bars: one bar per label, one segment per series. */
function stackedBars(labels, series, height = 180) {
  const width = Math.max(320, labels.length * 70 + 60);
  const totals = labels.map((_, i) => sum(series.map(s => s.values[i])));
  const max = Math.max(1, ...totals);
  const svg = el('svg:svg', {width, height: height + 40, role: 'img'});
  labels.forEach((label, i) => {
    let y = height;
    const x = 50 + i * 70;
    series.forEach((s, k) => {
      const h = s.values[i] / max * (height - 20);
      if (h > 0) {
        svg.append(el('svg:rect', {x, y: y - h, width: 40, height: h, fill: COLOURS[k % COLOURS.length]},
          el('svg:title', {}, `${s.name}：${s.values[i]}`)));
      }
      y -= h;
    });
    svg.append(el('svg:text', {x: x + 20, y: y - 4, 'text-anchor': 'middle', 'font-size': 11}, totals[i]));
    svg.append(el('svg:text', {x: x + 20, y: height + 16, 'text-anchor': 'middle', 'font-size': 11}, label));
  });
  svg.append(el('svg:line', {x1: 45, x2: width, y1: height, y2: height, stroke: '#999'}));
  return svg;
}

/** Horizontal bars, one per row; a line of text when every value is zero. */
function horizontalBars(rows, unit = '', allZero = '各乡镇均为 0') {
  if (rows.every(r => !r.value)) {
    return el('p', {class: 'qy-none'}, allZero);
  }
  const max = Math.max(1, ...rows.map(r => r.value));
  const svg = el('svg:svg', {width: 460, height: rows.length * 22 + 8, role: 'img'});
  rows.forEach((r, i) => {
    const y = 4 + i * 22;
    svg.append(el('svg:text', {x: 150, y: y + 13, 'text-anchor': 'end', 'font-size': 12}, r.label));
    svg.append(el('svg:rect', {x: 158, y, width: Math.max(1, r.value / max * 240), height: 16, fill: r.colour || '#1f77b4'}));
    svg.append(el('svg:text', {x: 164 + r.value / max * 240, y: y + 13, 'font-size': 12}, `${r.value}${unit}`));
  });
  return svg;
}

function legend(series) {
  return el('div', {class: 'qy-legend'}, series.map((s, k) =>
    el('span', {}, el('i', {style: `background:${COLOURS[k % COLOURS.length]}`}), s.name)));
}

function card(title, ...content) {
  return el('div', {class: 'qy-card'}, el('h4', {}, title), ...content);
}

function render(node, data) {
  node.innerHTML = '';
  const towns = data.townships;
  const scope = data.countyWide ? '全县各乡镇' : (towns.map(t => t.name).join('、') || '无');
  node.append(el('div', {class: 'qy-head'},
    el('h3', {}, '主动发现工作看板'),
    el('span', {}, `范围：${scope}（按当前用户权限）　统计时间：${data.generatedAt.replace('T', ' ').slice(0, 16)}`)));
  if (towns.length === 0) {
    node.append(el('p', {}, '当前用户没有可查看的乡镇数据。'));
    return;
  }
  const channels = data.channels.filter(c => towns.some(t => data.months.some(m => (t.reportsByMonth[m] || {})[c.code])));
  const series = channels.map(c => ({
    name: c.label,
    values: data.months.map(m => sum(towns.map(t => (t.reportsByMonth[m] || {})[c.code] || 0)))
  }));
  const stages = {};
  towns.forEach(t => Object.entries(t.openTasksByStage).forEach(([k, v]) => { stages[k] = (stages[k] || 0) + v; }));

  const table = el('table', {class: 'cam-table qy-table'},
    el('thead', {}, el('tr', {}, ['乡镇', `近 ${data.months.length} 个月报告`, '在办案件', '待办任务', '逾期任务',
      '平均救助天数', '已救助案件', '抽查 / 发现问题'].map(h => el('th', {}, h)))),
    el('tbody', {}, towns.map(t => {
      const reports = sum(Object.values(t.reportsByMonth).map(byChannel => sum(Object.values(byChannel))));
      return el('tr', {},
        el('td', {}, t.name), el('td', {}, reports), el('td', {}, t.openCases),
        el('td', {}, sum(Object.values(t.openTasksByStage))),
        el('td', {class: t.overdueTasks > 0 ? 'qy-bad' : ''}, t.overdueTasks),
        el('td', {}, t.averageDaysToAssistance == null ? '—' : t.averageDaysToAssistance),
        el('td', {}, t.assistedCases),
        el('td', {class: t.spotCheckFindings > 0 ? 'qy-bad' : ''}, `${t.spotChecked} / ${t.spotCheckFindings}`));
    })));

  node.append(el('div', {class: 'qy-grid'},
    card('各渠道报告数（按月）', series.length ? [stackedBars(data.months, series), legend(series)] : el('p', {}, '暂无报告')),
    card('在办事项（按办理环节）', Object.keys(stages).length
      ? horizontalBars(Object.entries(stages).sort((a, b) => b[1] - a[1]).map(([label, value]) => ({label, value})))
      : el('p', {}, '暂无在办事项')),
    card('逾期任务（按乡镇）', horizontalBars(towns.map(t => ({label: t.name, value: t.overdueTasks, colour: '#d62728'})))),
    card('从登记到首次救助平均天数', towns.some(t => t.averageDaysToAssistance != null)
      ? horizontalBars(towns.filter(t => t.averageDaysToAssistance != null)
        .map(t => ({label: t.name, value: t.averageDaysToAssistance, colour: '#2ca02c'})), ' 天', '均在当天救助')
      : el('p', {}, '近期尚无救助')),
    card('抽查发现问题（漏保、错保、人情保、关系保）',
      horizontalBars(towns.map(t => ({label: t.name, value: t.spotCheckFindings, colour: '#9467bd'}))))));
  node.append(card('各乡镇工作情况', table));
}

/** The banner: shown while the horizon warns (from 60 days before the last published year ends). */
function calendarBanner(node) {
  fetch(`${apiRoot()}/api/calendar/status`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`)))
    .then(status => {
      if (!status.warning) {
        return;
      }
      node.append(el('div', {class: 'qy-calendar-warning', role: 'alert'},
        el('strong', {}, '节假日安排：'), status.message, ' ',
        el('a', {href: `${apiRoot()}/calendar/index.html`}, `录入 ${status.nextYearToEnter} 年节假日安排 »`)));
    })
    .catch(error => node.append(el('div', {class: 'qy-calendar-warning'},
      `节假日安排的提醒暂时无法读取（${error.message}），请打开 `,
      el('a', {href: `${apiRoot()}/calendar/index.html`}, '节假日安排'), ' 页面查看。')));
}

const STYLE = `
.qy-calendar-warning { background: #fff4e5; border-left: 4px solid #e08a00; padding: 10px 14px; margin: 0 0 16px; }
.qy-calendar-warning a { margin-left: 8px; font-weight: bold; }
.qy-dashboard { margin: 0 0 24px; }
.qy-head { display: flex; align-items: baseline; gap: 16px; }
.qy-head span { color: #666; }
.qy-grid { display: flex; flex-wrap: wrap; gap: 16px; }
.qy-card { border: 1px solid #ddd; border-radius: 4px; padding: 8px 12px; background: #fff; overflow-x: auto; }
.qy-legend span { margin-right: 12px; font-size: 12px; }
.qy-legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
.qy-table td, .qy-table th { padding: 4px 10px; }
.qy-bad { color: #d62728; font-weight: bold; }
.qy-none { color: #2ca02c; }`;

export default {
  id: 'qingyangDiscoveryDashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    node.append(el('style', {}, STYLE));
    const banner = el('div', {class: 'qy-calendar'});
    node.append(banner);
    calendarBanner(banner);
    const box = el('div', {class: 'qy-dashboard'}, '主动发现工作看板加载中…');
    node.append(box);
    fetch(`${apiRoot()}/api/oversight/dashboard?months=6`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json()
        : response.json().catch(() => ({})).then(e => Promise.reject(new Error(e.message || `HTTP ${response.status}`))))
      .then(data => render(box, data))
      .catch(error => { box.textContent = `主动发现工作看板暂时无法加载：${error.message}`; });
  }
};
