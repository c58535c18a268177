// Extensions (分机): each employee's extension, edited one by one, allocated to those without one, or
// exported as xlsx, edited and imported back whole; a refused import lists each bad row.
import { api } from '../../api.js';
import { clearError, h, showError, toast } from '../../dom.js';
import { t } from '../../i18n.js';

export async function render(root) {
  const listBox = h('div', { dataset: { test: 'extensions' } });
  const importErrors = h('ul', { class: 'error', style: 'list-style-position: inside', dataset: { test: 'import-errors' },
    hidden: true });
  const importResult = h('div', { class: 'notice', dataset: { test: 'import-result' }, hidden: true });
  const fileInput = h('input', { type: 'file', accept: '.xlsx', dataset: { test: 'import-file' } });

  root.append(
    h('h2', {}, t('admin.nav.extensions')),
    h('p', { class: 'muted' }, t('extensions.intro')),
    h('div', { class: 'card' },
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', dataset: { test: 'allocate' }, onclick: allocate }, t('extensions.allocate')),
        h('a', { href: api.url('/api/extensions/export.xlsx'), download: '', dataset: { test: 'export' } }, t('extensions.export'))),
      h('h3', {}, t('extensions.import.title')),
      h('p', { class: 'muted' }, t('extensions.import.hint')),
      h('div', { class: 'row' }, fileInput,
        h('button', { type: 'button', dataset: { test: 'import' }, onclick: upload }, t('extensions.import.submit'))),
      importResult, importErrors),
    listBox,
  );

  async function load() {
    const [departments, employees] = await Promise.all([api.get('/api/departments'), api.get('/api/employees')]);
    const names = new Map(departments.map((department) => [department.id, department.name]));
    listBox.replaceChildren(h('table', { class: 'grid' },
      h('thead', {}, h('tr', {},
        ['extensions.column.id', 'extensions.column.name', 'extensions.column.department', 'extensions.column.mobile',
          'extensions.column.extension'].map((key) => h('th', {}, t(key))), h('th', {}))),
      h('tbody', {}, employees.map((employee) => row(employee, names.get(employee.departmentId) || '')))));
  }

  function row(employee, department) {
    const input = h('input', { value: employee.extension ?? '', size: 10, inputmode: 'numeric', maxlength: 10,
      placeholder: t('extensions.none'), dataset: { test: 'extension-input' } });
    return h('tr', { dataset: { test: 'employee-extension', id: String(employee.id), name: employee.name } },
      h('td', {}, String(employee.id)),
      h('td', {}, employee.name, employee.activated ? '' : h('span', { class: 'muted' }, ` (${t('extensions.inactive')})`)),
      h('td', {}, department),
      h('td', {}, employee.mobile),
      h('td', { dataset: { test: 'extension' } }, employee.extension ?? ''),
      h('td', {}, h('div', { class: 'row' }, input, h('button', {
        type: 'button', dataset: { test: 'extension-save' },
        onclick: async () => {
          clearError(root);
          try {
            await api.put(`/api/employees/${employee.id}/extension`, { extension: input.value.trim() });
            toast(t('common.saved'));
            await load();
          } catch (error) {
            showError(root, error);
          }
        },
      }, t('common.save')))));
  }

  async function allocate() {
    clearError(root);
    try {
      const { assigned } = await api.post('/api/extensions/allocations');
      toast(assigned.length ? t('extensions.allocated', { count: assigned.length }) : t('extensions.allocatedNone'));
      await load();
    } catch (error) {
      showError(root, error);
    }
  }

  async function upload() {
    clearError(root);
    importErrors.hidden = true;
    importResult.hidden = true;
    if (!fileInput.files.length) {
      showError(root, new Error(t('extensions.import.chooseFile')));
      return;
    }
    const form = new FormData();
    form.append('file', fileInput.files[0]);
    try {
      const result = await api.upload('/api/extensions/import', form);
      importResult.textContent = t('extensions.import.done', { changed: result.changed.length, unchanged: result.unchanged });
      importResult.hidden = false;
      await load();
    } catch (error) {
      showError(root, error);
      const rows = (error.body && error.body.rows) || [];
      importErrors.replaceChildren(...rows.map((problem) => h('li', { dataset: { test: 'import-error', row: String(problem.row) } },
        t('extensions.import.row', { row: problem.row, message: problem.message }))));
      importErrors.hidden = rows.length === 0;
    }
  }

  await load();
}
