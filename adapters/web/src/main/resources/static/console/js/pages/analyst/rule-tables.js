// Decision tables: download the active workbook, upload a new version (validated and self-tested by the
// server), activate a version, and roll back by activating an earlier one.
import { api } from '../../api.js';
import { h, showError, toast, beijingTime } from '../../dom.js';
import { t } from '../../i18n.js';

const BASE = '/api/rule-tables';

export async function render(root) {
  const list = h('ul', { class: 'analyst-list', 'data-test': 'rule-table-list' });
  const detail = h('div', { class: 'analyst-detail', 'data-test': 'rule-table-detail' });
  root.append(
    h('h2', {}, t('analyst.nav.rule-tables')),
    h('p', { class: 'analyst-intro' }, t('analyst.rules.intro')),
    h('div', { class: 'analyst-split' }, list, detail));

  let shown = null;

  async function refreshList() {
    const tables = await api.get(BASE);
    list.replaceChildren(...tables.map(table => h('li', {},
      h('button', {
        type: 'button',
        class: table.name === shown ? 'analyst-item selected' : 'analyst-item',
        'data-test': 'rule-table-item',
        'data-table': table.name,
        onclick: () => show(table.name),
      },
      h('span', { class: 'analyst-item-title' }, tableTitle(table.name)),
      h('span', { class: 'analyst-item-meta' }, table.name + ' · ' + t('analyst.rules.version', { version: table.activeVersion }))))));
    return tables;
  }

  async function show(name) {
    shown = name;
    list.querySelectorAll('[data-test=rule-table-item]')
      .forEach(item => item.classList.toggle('selected', item.dataset.table === name));
    try {
      const history = await api.get(`${BASE}/${encodeURIComponent(name)}`);
      if (shown === name) {
        detail.replaceChildren(...tableDetail(history, { reload: () => reload(name) }));
        detail.dataset.table = name;
      }
    } catch (err) {
      detail.replaceChildren();
      showError(detail, err);
    }
  }

  async function reload(name) {
    await refreshList();
    await show(name);
  }

  const tables = await refreshList();
  if (tables.length > 0) {
    await show(tables[0].name);
  }
}

function tableTitle(name) {
  const key = `analyst.table.${name}`;
  const title = t(key);
  return title === key ? name : title;
}

function tableDetail(history, { reload }) {
  const name = history.name;
  const path = `${BASE}/${encodeURIComponent(name)}`;
  const result = h('div', { class: 'analyst-result', 'data-test': 'rule-table-upload-result' });

  const file = h('input', { type: 'file', accept: '.xlsx', 'data-test': 'rule-table-file' });
  const uploadReason = h('input', { type: 'text', 'data-test': 'rule-table-upload-reason',
    placeholder: t('analyst.reason.placeholder') });
  const uploadButton = h('button', { type: 'submit', 'data-test': 'rule-table-upload' }, t('analyst.rules.upload'));

  async function activate(version, reason, button) {
    button.disabled = true;
    try {
      await api.post(`${path}/activations`, { version, reason: reason || null });
      toast(t('analyst.rules.activated', { version }));
      await reload();
    } catch (err) {
      button.disabled = false;
      showRefusal(result, err, t('analyst.rules.activation-rejected', { version, active: history.activeVersion }));
    }
  }

  async function upload(event) {
    event.preventDefault();
    result.replaceChildren();
    if (file.files.length === 0) {
      result.append(h('p', { class: 'analyst-warning', 'data-test': 'rule-table-no-file' }, t('analyst.upload.choose')));
      return;
    }
    const form = new FormData();
    form.append('workbook', file.files[0]);
    if (uploadReason.value.trim()) {
      form.append('reason', uploadReason.value.trim());
    }
    uploadButton.disabled = true;
    result.append(h('p', { class: 'analyst-busy' }, t('analyst.rules.checking')));
    try {
      const version = await api.upload(`${path}/versions`, form);
      const activateNow = h('button', { type: 'button', 'data-test': 'rule-table-activate-uploaded' },
        t('analyst.rules.activate-uploaded', { version: version.version }));
      activateNow.onclick = () => activate(version.version, uploadReason.value.trim(), activateNow);
      result.replaceChildren(h('div', { class: 'analyst-ok', 'data-test': 'rule-table-accepted', 'data-version': version.version },
        h('p', {}, t('analyst.rules.accepted', { version: version.version, active: history.activeVersion })),
        activateNow));
      file.value = '';
    } catch (err) {
      showRefusal(result, err, t('analyst.rules.rejected', { version: history.activeVersion }));
    } finally {
      uploadButton.disabled = false;
    }
  }

  const activationReason = h('input', { type: 'text', 'data-test': 'rule-table-activation-reason',
    placeholder: t('analyst.reason.placeholder') });

  const versionRows = [...history.versions].reverse().map(version => {
    const active = version.version === history.activeVersion;
    const label = version.version < history.activeVersion ? 'analyst.rules.rollback' : 'analyst.rules.activate';
    const button = h('button', { type: 'button', class: 'analyst-small', 'data-test': 'rule-table-activate',
      'data-version': version.version }, t(label));
    button.onclick = () => activate(version.version, activationReason.value.trim(), button);
    return h('tr', { 'data-test': 'rule-table-version', 'data-version': version.version, class: active ? 'active' : '' },
      h('td', {}, String(version.version)),
      h('td', {}, version.uploadedBy),
      h('td', {}, beijingTime(version.uploadedAt)),
      h('td', {}, version.reason || ''),
      h('td', {}, active ? h('span', { class: 'analyst-badge', 'data-test': 'rule-table-active-badge' }, t('analyst.rules.active')) : ''),
      h('td', { class: 'analyst-actions' },
        h('a', { href: api.url(`${path}/workbook`, { version: version.version }), download: '',
          'data-test': 'rule-table-download-version' }, t('analyst.rules.download-short')),
        active ? '' : button));
  });

  const activationRows = [...history.activations].reverse().map(activation =>
    h('tr', { 'data-test': 'rule-table-activation' },
      h('td', {}, String(activation.version)),
      h('td', {}, activation.activatedBy),
      h('td', {}, beijingTime(activation.activatedAt)),
      h('td', {}, activation.reason || '')));

  return [
    h('div', { class: 'analyst-heading' },
      h('h3', {}, tableTitle(name), ' ', h('code', {}, name)),
      h('span', { class: 'analyst-badge', 'data-test': 'rule-table-active-version', 'data-version': history.activeVersion },
        t('analyst.rules.active-version', { version: history.activeVersion })),
      h('a', { class: 'analyst-button', href: api.url(`${path}/workbook`), download: '', 'data-test': 'rule-table-download' },
        t('analyst.rules.download'))),
    h('form', { class: 'analyst-upload', onsubmit: upload },
      h('h4', {}, t('analyst.rules.upload-title')),
      h('p', { class: 'analyst-hint' }, t('analyst.rules.upload-hint')),
      h('label', {}, t('analyst.upload.file'), file),
      h('label', {}, t('analyst.reason.label'), uploadReason),
      uploadButton),
    result,
    h('h4', {}, t('analyst.rules.versions')),
    h('p', { class: 'analyst-hint' }, t('analyst.rules.versions-hint')),
    h('label', { class: 'analyst-inline' }, t('analyst.rules.activation-reason'), activationReason),
    h('table', { class: 'analyst-table', 'data-test': 'rule-table-versions' },
      h('thead', {}, h('tr', {}, ...['version', 'by', 'at', 'reason', 'state', 'actions']
        .map(column => h('th', {}, t(`analyst.rules.column.${column}`))))),
      h('tbody', {}, ...versionRows)),
    h('h4', {}, t('analyst.rules.activations')),
    h('table', { class: 'analyst-table', 'data-test': 'rule-table-activations' },
      h('thead', {}, h('tr', {}, ...['version', 'activated-by', 'activated-at', 'reason']
        .map(column => h('th', {}, t(`analyst.rules.column.${column}`))))),
      h('tbody', {}, ...activationRows)),
  ];
}

/** A workbook the server refused lists its problems by sheet and cell; anything else is a plain error. */
function showRefusal(result, err, summary) {
  result.replaceChildren();
  if (err.status === 422 && err.body && Array.isArray(err.body.problems)) {
    result.append(rejection(err.body.problems, summary));
  } else {
    showError(result, err);
  }
}

function rejection(problems, summary) {
  return h('div', { class: 'analyst-rejected', 'data-test': 'rule-table-rejected' },
    h('p', {}, summary),
    h('table', { class: 'analyst-table' },
      h('thead', {}, h('tr', {},
        h('th', {}, t('analyst.rules.column.sheet')),
        h('th', {}, t('analyst.rules.column.cell')),
        h('th', {}, t('analyst.rules.column.problem')))),
      h('tbody', {}, ...problems.map(problem =>
        h('tr', { 'data-test': 'rule-table-problem', 'data-sheet': problem.sheet || '', 'data-cell': problem.cell || '' },
          h('td', {}, problem.sheet || '—'),
          h('td', { class: 'analyst-cell' }, problem.cell || '—'),
          h('td', {}, problem.message))))));
}
