// CDR report: filters, department totals, minutes per day and department as a chart, the calls page by
// page, and the same report as an Excel download.
import { api } from '../../api.js';
import { beijingToday, clearError, duration, h, money, showError, table } from '../../dom.js';
import { lang, t } from '../../i18n.js';
import { inTreeOrder } from './org-tree.js';

const CHART_JS = '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';
const PAGE_SIZE = 50;
const IDENTITIES = ['COLLEAGUE', 'EXTERNAL_CONTACT', 'OTHER'];
const COLOURS = ['#2f6db5', '#e08a2c', '#3a9b5a', '#b5443a', '#7d5bb5', '#2c9fa8', '#b59a2c', '#8a8a8a'];

export async function render(root) {
  const [departments, employees] = await Promise.all([api.get('/api/departments'), api.get('/api/employees')]);
  const today = beijingToday();
  const inputs = {
    from: h('input', { type: 'date', required: true, value: `${today.slice(0, 8)}01`, dataset: { test: 'report-from' } }),
    to: h('input', { type: 'date', required: true, value: today, dataset: { test: 'report-to' } }),
    departmentId: h('select', { dataset: { test: 'report-department' } }, h('option', { value: '' }, t('admin.reports.all')),
      inTreeOrder(departments).map(({ department, depth }) =>
        h('option', { value: String(department.id) }, `${'\u3000'.repeat(depth)}${department.name}`))),
    employeeId: h('select', { dataset: { test: 'report-employee' } }, h('option', { value: '' }, t('admin.reports.all')),
      employees.map((employee) => h('option', { value: String(employee.id) }, employee.name))),
    identity: h('select', { dataset: { test: 'report-identity' } }, h('option', { value: '' }, t('admin.reports.all')),
      IDENTITIES.map((identity) => h('option', { value: identity }, t(`admin.reports.identity.${identity}`)))),
    personal: h('select', { dataset: { test: 'report-personal' } }, h('option', { value: '' }, t('admin.reports.all')),
      h('option', { value: 'true' }, t('admin.reports.personal.true')),
      h('option', { value: 'false' }, t('admin.reports.personal.false'))),
  };
  const exportLink = h('a', { class: 'admin-button', download: '', dataset: { test: 'report-export' } }, t('admin.reports.export'));
  const filters = h('form', {
    class: 'admin-filters', dataset: { test: 'report-filters' },
    onsubmit: (event) => {
      event.preventDefault();
      show().catch((error) => showError(filters, error));
    },
  },
  Object.entries(inputs).map(([name, input]) => h('label', {}, h('span', {}, t(`admin.reports.filter.${name}`)), input)),
  h('div', { class: 'admin-actions' },
    h('button', { type: 'submit', class: 'primary', dataset: { test: 'report-apply' } }, t('admin.reports.apply')),
    exportLink));

  const totalsBox = h('div', { dataset: { test: 'department-totals' } });
  const canvas = h('canvas', { dataset: { test: 'report-chart' }, 'aria-label': t('admin.reports.chart') });
  const rowsBox = h('div', { dataset: { test: 'report-rows' } });
  const more = h('button', { type: 'button', class: 'admin-more', dataset: { test: 'report-more' }, hidden: true },
    t('common.more'));
  root.append(
    h('h2', {}, t('admin.nav.reports')),
    filters,
    h('div', { class: 'admin-report-grid' },
      h('div', {}, h('h3', {}, t('admin.reports.totals')), totalsBox),
      h('div', {}, h('h3', {}, t('admin.reports.chart')), h('div', { class: 'admin-chart' }, canvas))),
    h('h3', {}, t('admin.reports.calls')), rowsBox, more,
  );

  let chart = null;
  let next = null;
  let query = {};

  function currentQuery() {
    return Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.value]).filter(([, value]) => value !== ''));
  }

  async function show() {
    clearError(filters);
    query = currentQuery();
    exportLink.href = api.url('/api/cdrs/export.xlsx', query);
    const [page, totals, days] = await Promise.all([
      api.get('/api/cdrs', { ...query, limit: PAGE_SIZE }),
      api.get('/api/cdrs/department-totals', query),
      api.get('/api/cdrs/daily-totals', query),
      loadChartJs(),
    ]);
    showTotals(totals);
    rowsBox.replaceChildren(callsTable(page.rows));
    showNext(page.next);
    drawChart(days);
  }

  function showNext(token) {
    next = token;
    more.hidden = !token;
  }

  more.addEventListener('click', async () => {
    clearError(root);
    try {
      const page = await api.get('/api/cdrs', { ...query, limit: PAGE_SIZE, after: next });
      rowsBox.querySelector('tbody').append(...callsTable(page.rows).querySelectorAll('tbody > tr'));
      showNext(page.next);
    } catch (error) {
      showError(root, error);
    }
  });

  function showTotals(totals) {
    totalsBox.replaceChildren(table([
      { render: (row) => h('span', { style: `padding-left: ${row.depth * 1.2}em` }, row.name), titleKey: 'admin.reports.department',
        test: 'total-name' },
      { key: 'calls', titleKey: 'admin.reports.callCount', test: 'total-calls' },
      { key: 'billedMinutes', titleKey: 'admin.reports.minutes', test: 'total-minutes' },
      { render: (row) => money(row.costThousandths), titleKey: 'admin.reports.cost', test: 'total-cost' },
    ], totals, { class: 'grid admin-totals' }));
  }

  /** Stacked bars: one bar per day, one stack per sub-department of the report's top department. */
  function drawChart(days) {
    const series = chartSeries(days);
    const total = series.reduce((sum, one) => sum + one.data.reduce((a, b) => a + b, 0), 0);
    canvas.dataset.days = String(days.length);
    canvas.dataset.minutes = String(total);
    if (chart) chart.destroy();
    chart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: days.map((day) => day.day.slice(5)),
        datasets: series.map((one, index) => ({ ...one, backgroundColor: COLOURS[index % COLOURS.length], stack: 'minutes' })),
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('admin.reports.minutes') } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }

  await show();
  return () => { if (chart) chart.destroy(); };
}

/**
 * The chart's series from the daily totals: each direct sub-department of the top one, plus the top
 * department's own calls (its own people and calls of no one) when it has any.
 */
function chartSeries(days) {
  const children = new Map();
  const own = [];
  days.forEach((day, index) => {
    const top = day.departments.find((department) => department.depth === 0);
    let rest = top ? top.billedMinutes : 0;
    day.departments.filter((department) => department.depth === 1).forEach((department) => {
      if (!children.has(department.departmentId)) {
        children.set(department.departmentId, { label: department.name, data: new Array(days.length).fill(0) });
      }
      children.get(department.departmentId).data[index] = department.billedMinutes;
      rest -= department.billedMinutes;
    });
    own.push(rest);
  });
  const topName = days.length && days[0].departments.length ? days[0].departments[0].name : '';
  const series = [...children.values()];
  if (!series.length || own.some((minutes) => minutes > 0)) {
    series.push({ label: series.length ? t('admin.reports.own', { name: topName }) : topName, data: own });
  }
  return series;
}

function callsTable(rows) {
  return table([
    { render: (row) => row.startedAtShanghai.replace('T', ' '), titleKey: 'admin.reports.col.time' },
    { render: (row) => row.caller.department || '', titleKey: 'admin.reports.col.callerDepartment' },
    { render: (row) => row.caller.name || '', titleKey: 'admin.reports.col.callerName', test: 'caller-name' },
    { render: (row) => row.caller.number || '', titleKey: 'admin.reports.col.callerNumber' },
    { render: (row) => row.callee.department || '', titleKey: 'admin.reports.col.calleeDepartment' },
    { render: (row) => row.callee.name || '', titleKey: 'admin.reports.col.calleeName' },
    { render: (row) => row.callee.number || '', titleKey: 'admin.reports.col.calleeNumber' },
    { render: (row) => (row.identity ? t(`admin.reports.identity.${row.identity}`) : ''), titleKey: 'admin.reports.col.identity' },
    { render: (row) => (lang() === 'zh' ? row.durationText : duration(row.durationSeconds)), titleKey: 'admin.reports.col.duration' },
    { key: 'billedMinutes', titleKey: 'admin.reports.col.minutes' },
    { render: (row) => money(row.costThousandths), titleKey: 'admin.reports.col.cost' },
    { render: (row) => (row.personal ? t('admin.reports.personal.true') : ''), titleKey: 'admin.reports.col.personal' },
    { key: 'note', titleKey: 'admin.reports.col.note' },
  ], rows, { class: 'grid admin-calls' });
}

/** Chart.js as a classic script from its webjar, loaded once for the whole console. */
function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  let script = document.querySelector(`script[src="${CHART_JS}"]`);
  if (!script) {
    script = h('script', { src: CHART_JS });
    document.head.append(script);
  }
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(window.Chart));
    script.addEventListener('error', () => reject(new Error(t('admin.reports.chartFailed'))));
  });
}
