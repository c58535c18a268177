// BPMN diagrams: the latest version of each process rendered with bpmn-js, and validated uploads.
// Running instances are Camunda Cockpit's business: the page links there.
import { api } from '../../api.js';
import { h, showError, toast } from '../../dom.js';
import { lang, t } from '../../i18n.js';

const BASE = '/api/processes';
const BPMN_JS = '/webjars/bpmn-js/8.0.0/dist';
const COCKPIT = '/camunda/app/cockpit/';

let viewerLoaded = null;

/** bpmn-js comes as a UMD bundle defining the global BpmnJS; loaded once, on first use. */
function loadViewer() {
  if (!viewerLoaded) {
    viewerLoaded = new Promise((resolve, reject) => {
      document.head.append(h('link', { rel: 'stylesheet', href: `${BPMN_JS}/assets/diagram-js.css` }));
      const script = h('script', { src: `${BPMN_JS}/bpmn-navigated-viewer.production.min.js` });
      script.addEventListener('load', () => resolve(window.BpmnJS));
      script.addEventListener('error', () => {
        viewerLoaded = null;
        reject(new Error(t('analyst.processes.viewer-missing')));
      });
      document.head.append(script);
    });
  }
  return viewerLoaded;
}

async function diagramXml(key) {
  const response = await fetch(api.url(`${BASE}/${encodeURIComponent(key)}/diagram`),
    { credentials: 'same-origin',
      headers: { Accept: 'application/xml', 'Accept-Language': lang(), 'X-Requested-With': 'XMLHttpRequest' } });
  if (!response.ok) {
    throw new Error(t('analyst.processes.diagram-failed', { status: response.status }));
  }
  return response.text();
}

export async function render(root) {
  const list = h('ul', { class: 'analyst-list', 'data-test': 'process-list' });
  const title = h('h3', { 'data-test': 'process-title' });
  const download = h('a', { class: 'analyst-button', download: '', 'data-test': 'process-download' },
    t('analyst.processes.download'));
  const canvas = h('div', { class: 'analyst-canvas', 'data-test': 'process-canvas' });
  const viewerError = h('div');
  const fit = h('button', { type: 'button', 'data-test': 'process-fit' }, t('analyst.processes.fit'));
  const result = h('div', { class: 'analyst-result', 'data-test': 'process-upload-result' });

  root.append(
    h('h2', {}, t('analyst.nav.processes')),
    h('p', { class: 'analyst-intro' }, t('analyst.processes.intro'), ' ',
      h('a', { href: COCKPIT, target: '_blank', rel: 'noopener', 'data-test': 'process-cockpit' },
        t('analyst.processes.cockpit'))),
    h('div', { class: 'analyst-split' },
      list,
      h('div', { class: 'analyst-detail' },
        h('div', { class: 'analyst-heading' }, title, fit, download),
        viewerError,
        canvas,
        uploadForm(result, deployed => onDeployed(deployed)),
        result)));

  let viewer = null;
  let shown = null;

  async function refreshList() {
    const processes = await api.get(BASE);
    list.replaceChildren(...processes.map(process => h('li', {},
      h('button', {
        type: 'button',
        class: process.key === shown ? 'analyst-item selected' : 'analyst-item',
        'data-test': 'process-item',
        'data-key': process.key,
        onclick: () => show(process.key, process.name),
      },
      h('span', { class: 'analyst-item-title' }, process.name || process.key),
      h('span', { class: 'analyst-item-meta' }, process.key + ' · ' + t('analyst.processes.version', { version: process.version }))))));
    return processes;
  }

  async function show(key, name) {
    shown = key;
    list.querySelectorAll('[data-test=process-item]')
      .forEach(item => item.classList.toggle('selected', item.dataset.key === key));
    title.textContent = name || key;
    download.href = api.url(`${BASE}/${encodeURIComponent(key)}/diagram`);
    download.setAttribute('download', `${key}.bpmn`);
    viewerError.replaceChildren();
    canvas.dataset.key = key;
    canvas.dataset.rendered = 'false';
    try {
      const [BpmnJS, xml] = await Promise.all([loadViewer(), diagramXml(key)]);
      if (shown !== key) {
        return;
      }
      if (!viewer) {
        viewer = new BpmnJS({ container: canvas });
      }
      await viewer.importXML(xml);
      viewer.get('canvas').zoom('fit-viewport');
      canvas.dataset.rendered = 'true';
    } catch (err) {
      showError(viewerError, err);
    }
  }

  async function onDeployed(deployed) {
    const processes = await refreshList();
    const first = deployed[0];
    if (first) {
      const current = processes.find(process => process.key === first.key) || first;
      await show(current.key, current.name);
    }
  }

  fit.onclick = () => viewer && viewer.get('canvas').zoom('fit-viewport');

  const processes = await refreshList();
  const initial = processes.find(process => process.key === 'inbound-call') || processes[0];
  if (initial) {
    await show(initial.key, initial.name);
  }
  return () => viewer && viewer.destroy();
}

function uploadForm(result, onDeployed) {
  const file = h('input', { type: 'file', accept: '.bpmn,.xml', 'data-test': 'process-file' });
  const reason = h('input', { type: 'text', 'data-test': 'process-upload-reason', placeholder: t('analyst.reason.placeholder') });
  const button = h('button', { type: 'submit', 'data-test': 'process-upload' }, t('analyst.processes.upload'));

  async function upload(event) {
    event.preventDefault();
    result.replaceChildren();
    if (file.files.length === 0) {
      result.append(h('p', { class: 'analyst-warning', 'data-test': 'process-no-file' }, t('analyst.upload.choose')));
      return;
    }
    const form = new FormData();
    form.append('bpmn', file.files[0]);
    if (reason.value.trim()) {
      form.append('reason', reason.value.trim());
    }
    button.disabled = true;
    result.append(h('p', { class: 'analyst-busy' }, t('analyst.processes.checking')));
    try {
      const deployed = await api.upload(BASE, form);
      result.replaceChildren(h('div', { class: 'analyst-ok', 'data-test': 'process-deployed' },
        ...deployed.map(process => h('p', { 'data-test': 'process-deployed-item', 'data-key': process.key, 'data-version': process.version },
          t('analyst.processes.deployed', { name: process.name || process.key, version: process.version })))));
      toast(t('analyst.processes.deployed-toast'));
      file.value = '';
      await onDeployed(deployed);
    } catch (err) {
      result.replaceChildren();
      if (err.status === 422 && err.body && Array.isArray(err.body.problems)) {
        result.append(rejection(err.body.problems));
      } else {
        showError(result, err);
      }
    } finally {
      button.disabled = false;
    }
  }

  return h('form', { class: 'analyst-upload', onsubmit: upload },
    h('h4', {}, t('analyst.processes.upload-title')),
    h('p', { class: 'analyst-hint' }, t('analyst.processes.upload-hint')),
    h('label', {}, t('analyst.upload.file'), file),
    h('label', {}, t('analyst.reason.label'), reason),
    button);
}

function rejection(problems) {
  const place = problem => [
    problem.line != null ? t('analyst.processes.at-line', { line: problem.line }) : null,
    problem.column != null ? t('analyst.processes.at-column', { column: problem.column }) : null,
  ].filter(Boolean).join(' ');
  return h('div', { class: 'analyst-rejected', 'data-test': 'process-rejected' },
    h('p', {}, t('analyst.processes.rejected', { count: problems.length })),
    h('table', { class: 'analyst-table' },
      h('thead', {}, h('tr', {},
        h('th', {}, t('analyst.processes.column.element')),
        h('th', {}, t('analyst.processes.column.place')),
        h('th', {}, t('analyst.processes.column.problem')))),
      h('tbody', {}, ...problems.map(problem =>
        h('tr', { 'data-test': 'process-problem', 'data-element': problem.element || '' },
          h('td', { class: 'analyst-cell' }, problem.element || '—'),
          h('td', {}, place(problem) || '—'),
          h('td', {}, problem.message))))));
}
