// Manual service: the one employee who takes IVR key 0, and the Beijing-time hours they answer.
import { ApiError, api } from '../../api.js';
import { clearError, h, showError, toast } from '../../dom.js';
import { t } from '../../i18n.js';

export async function render(root) {
  const [employees, person, hours] = await Promise.all([
    api.get('/api/employees'), personOrNone(), api.get('/api/service-hours')]);
  const windowNow = h('span', { dataset: { test: 'service-window' } });

  const current = h('strong', { dataset: { test: 'manual-service-person' } }, personText(person));
  const select = h('select', { dataset: { test: 'manual-service-select' } },
    h('option', { value: '' }, t('admin.manualService.choose')),
    employees.filter((employee) => employee.activated).map((employee) => h('option', {
      value: String(employee.id), selected: person && person.employeeId === employee.id,
    }, employee.extension ? `${employee.name} (${employee.extension})` : employee.name)));
  const personForm = h('form', {
    class: 'admin-form', dataset: { test: 'manual-service-person-form' },
    onsubmit: async (event) => {
      event.preventDefault();
      clearError(personForm);
      try {
        if (!select.value) throw new Error(t('admin.manualService.chooseFirst'));
        current.textContent = personText(await api.put('/api/manual-service', { employeeId: Number(select.value) }));
        toast(t('common.saved'));
      } catch (error) {
        showError(personForm, error);
      }
    },
  },
  h('h3', {}, t('admin.manualService.person')),
  h('p', {}, t('admin.manualService.current'), ' ', current),
  h('label', {}, h('span', {}, t('admin.manualService.change')), select),
  h('div', { class: 'admin-actions' },
    h('button', { type: 'submit', class: 'primary', dataset: { test: 'manual-service-save' } }, t('common.save'))));

  const opens = h('input', { type: 'time', required: true, value: hhmm(hours.opens), dataset: { test: 'hours-opens' } });
  const closes = h('input', { type: 'time', required: true, value: hhmm(hours.closes), dataset: { test: 'hours-closes' } });
  const weekends = h('input', { type: 'checkbox', checked: hours.servesWeekends, dataset: { test: 'hours-weekends' } });
  const holidays = h('input', { type: 'checkbox', checked: hours.servesHolidays, dataset: { test: 'hours-holidays' } });
  const hoursForm = h('form', {
    class: 'admin-form', dataset: { test: 'service-hours' },
    onsubmit: async (event) => {
      event.preventDefault();
      clearError(hoursForm);
      try {
        await api.put('/api/service-hours', {
          opens: opens.value, closes: closes.value, servesWeekends: weekends.checked, servesHolidays: holidays.checked,
        });
        toast(t('common.saved'));
        await showWindow();
      } catch (error) {
        showError(hoursForm, error);
      }
    },
  },
  h('h3', {}, t('admin.manualService.hours')),
  h('p', { class: 'admin-hint' }, t('admin.manualService.hoursHint')),
  h('div', { class: 'admin-row' },
    h('label', {}, h('span', {}, t('admin.manualService.opens')), opens),
    h('label', {}, h('span', {}, t('admin.manualService.closes')), closes)),
  h('label', { class: 'admin-check' }, weekends, t('admin.manualService.weekends')),
  h('label', { class: 'admin-check' }, holidays, t('admin.manualService.holidays')),
  h('p', {}, t('admin.manualService.now'), ' ', windowNow),
  h('div', { class: 'admin-actions' },
    h('button', { type: 'submit', class: 'primary', dataset: { test: 'hours-save' } }, t('common.save'))));

  async function showWindow() {
    const decision = await api.get('/api/service-hours/window');
    windowNow.textContent = t(`admin.manualService.window.${decision.reasonCode}`);
    windowNow.className = decision.open ? 'admin-status admin-status-OPEN' : 'admin-status';
    windowNow.dataset.open = String(decision.open);
  }

  root.append(h('h2', {}, t('admin.nav.manual-service')), h('div', { class: 'admin-columns' }, personForm, hoursForm));
  await showWindow();
}

/** No one assigned yet answers 404: the page then offers the choice. */
async function personOrNone() {
  try {
    return await api.get('/api/manual-service');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function personText(person) {
  if (!person) return t('admin.manualService.nobody');
  return person.extension ? `${person.name} (${t('admin.manualService.extension')} ${person.extension})` : person.name;
}

/** The API writes 09:00:00 (or 09:00); a time input takes 09:00. */
function hhmm(time) {
  return time ? time.slice(0, 5) : '';
}
