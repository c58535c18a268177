// Quotas: monthly call minutes as department defaults (inherited down the tree) and personal overrides.
import { api } from '../../api.js';
import { clearError, h, showError, toast } from '../../dom.js';
import { t } from '../../i18n.js';
import { inTreeOrder } from './org-tree.js';

export async function render(root) {
  const departmentsBox = h('div', { dataset: { test: 'department-quotas' } });
  const employeesBox = h('div', { dataset: { test: 'employee-quotas' } });
  root.append(
    h('h2', {}, t('admin.nav.quotas')),
    h('p', { class: 'admin-hint' }, t('admin.quotas.intro')),
    h('h3', {}, t('admin.quotas.departments')), departmentsBox,
    h('h3', {}, t('admin.quotas.employees')), employeesBox,
  );

  async function load() {
    const [departments, employees, overview] = await Promise.all([
      api.get('/api/departments'), api.get('/api/employees'), api.get('/api/quotas')]);
    const defaults = new Map(overview.departments.map((quota) => [quota.departmentId, quota.defaultMinutes]));
    const quotas = new Map(overview.employees.map((quota) => [quota.employeeId, quota]));
    const names = new Map(departments.map((department) => [department.id, department.name]));
    departmentsBox.replaceChildren(h('table', { class: 'grid admin-quota-table' },
      h('thead', {}, h('tr', {},
        h('th', {}, t('admin.quotas.department')), h('th', {}, t('admin.quotas.default')), h('th', {}))),
      h('tbody', {}, inTreeOrder(departments).map(({ department, depth }) => row(
        { test: 'department-quota', id: department.id },
        h('td', { style: `padding-left: ${0.6 + depth * 1.4}em` }, department.name),
        defaults.get(department.id),
        (minutes) => api.put(`/api/departments/${department.id}/quota`, { minutes }),
      )))));
    employeesBox.replaceChildren(h('table', { class: 'grid admin-quota-table' },
      h('thead', {}, h('tr', {},
        h('th', {}, t('admin.quotas.employee')), h('th', {}, t('admin.quotas.department')),
        h('th', {}, t('admin.quotas.own')), h('th', {}), h('th', {}, t('admin.quotas.effective')))),
      h('tbody', {}, employees.map((employee) => {
        const quota = quotas.get(employee.id) || {};
        const tr = row(
          { test: 'employee-quota', id: employee.id },
          [h('td', {}, employee.name, employee.activated ? '' : h('span', { class: 'admin-muted' }, ` (${t('admin.quotas.inactive')})`)),
            h('td', {}, names.get(employee.departmentId) || '')],
          quota.ownMinutes,
          (minutes) => api.put(`/api/employees/${employee.id}/quota`, { minutes }),
        );
        tr.append(h('td', { dataset: { test: 'effective-quota' } }, minutesText(quota.monthlyMinutes)));
        return tr;
      }))));
  }

  /** One editable row: an empty field removes the setting (the department's or the parent's applies). */
  function row({ test, id }, cells, minutes, save) {
    const input = h('input', { type: 'number', min: 0, step: 1, value: minutes ?? '', placeholder: t('admin.quotas.notSet'),
      dataset: { test: 'quota-minutes' } });
    const tr = h('tr', { dataset: { test, id: String(id) } }, cells, h('td', {}, input));
    tr.append(h('td', {}, h('button', {
      type: 'button', dataset: { test: 'quota-save' },
      onclick: async () => {
        clearError(root);
        const text = input.value.trim();
        try {
          await save(text === '' ? null : Number(text));
          toast(t('common.saved'));
          await load();
        } catch (error) {
          showError(root, error);
        }
      },
    }, t('common.save'))));
    return tr;
  }

  await load();
}

function minutesText(minutes) {
  return minutes === null || minutes === undefined ? t('admin.quotas.unlimited') : t('admin.quotas.minutes', { minutes });
}
