// External contacts: the enterprise's shared customers, added and edited, with notes after calls and each
// customer's timeline of calls and notes.
import { api } from '../../api.js';
import { clearError, duration, h, showError, table, toast } from '../../dom.js';
import { t } from '../../i18n.js';

export async function render(root, ctx) {
  const [employees, initial] = await Promise.all([api.get('/api/employees'), api.get('/api/contacts')]);
  const nameOf = new Map(employees.map((employee) => [employee.id, employee.name]));
  let contacts = initial;
  let selected = null;

  const list = h('div', { dataset: { test: 'contacts-list' } });
  const detail = h('div', { class: 'card emp-contact-detail', dataset: { test: 'contact-detail' }, hidden: true });
  root.append(h('h2', {}, t('employee.nav.contacts')), addForm(), h('div', { class: 'emp-contacts' }, list, detail));

  function addForm() {
    const name = h('input', { type: 'text', required: true, maxlength: 100, dataset: { test: 'new-contact-name' } });
    const company = h('input', { type: 'text', maxlength: 200, dataset: { test: 'new-contact-company' } });
    const number = h('input', { type: 'tel', required: true, maxlength: 40, dataset: { test: 'new-contact-number' } });
    const manager = managerSelect(ctx.me.employeeId, 'new-contact-manager');
    const form = h('form', {
      class: 'card row emp-add-contact', dataset: { test: 'new-contact' },
      onsubmit: async (event) => {
        event.preventDefault();
        clearError(form);
        try {
          const saved = await api.post('/api/contacts', {
            name: name.value.trim(), company: company.value.trim() || null, number: number.value.trim(),
            accountManagerId: manager.value ? Number(manager.value) : null,
          });
          form.reset();
          manager.value = String(ctx.me.employeeId);
          toast(t('employee.contacts.added', { name: saved.name }));
          await reload();
          await open(saved.id);
        } catch (error) {
          showError(form, error);
        }
      },
    },
    h('strong', {}, t('employee.contacts.add')),
    h('label', {}, t('employee.contacts.name'), ' ', name),
    h('label', {}, t('employee.contacts.company'), ' ', company),
    h('label', {}, t('employee.contacts.number'), ' ', number),
    h('label', {}, t('employee.contacts.manager'), ' ', manager),
    h('button', { type: 'submit', class: 'primary', dataset: { test: 'new-contact-save' } }, t('common.save')));
    return form;
  }

  function managerSelect(current, test) {
    return h('select', { dataset: { test } },
      h('option', { value: '' }, t('employee.contacts.noManager')),
      employees.filter((employee) => employee.activated || employee.id === current).map((employee) => h('option', {
        value: String(employee.id), selected: employee.id === current,
      }, employee.name)));
  }

  async function reload() {
    contacts = await api.get('/api/contacts');
    showList();
  }

  function showList() {
    if (!contacts.length) {
      list.replaceChildren(h('p', { class: 'muted', dataset: { test: 'contacts-empty' } }, t('employee.contacts.none')));
      return;
    }
    const grid = table([
      { key: 'name', titleKey: 'employee.contacts.name', test: 'contact-name' },
      { key: 'company', titleKey: 'employee.contacts.company', test: 'contact-company' },
      { key: 'number', titleKey: 'employee.contacts.number', test: 'contact-number' },
      { render: (row) => nameOf.get(row.accountManagerId) || '', titleKey: 'employee.contacts.manager', test: 'contact-manager' },
      { render: (row) => h('span', { class: 'row' },
        h('button', { type: 'button', class: 'link', dataset: { test: 'contact-open' }, onclick: () => open(row.id).catch((error) => showError(root, error)) },
          t('employee.contacts.open')),
        h('button', { type: 'button', class: 'link', dataset: { test: 'contact-call' }, onclick: () => ctx.navigate(`dial?q=${encodeURIComponent(row.number)}`) },
          t('employee.contacts.call'))),
      titleKey: 'employee.history.actions' },
    ], contacts, { dataset: { test: 'contacts-table' } });
    [...grid.tBodies[0].rows].forEach((tr, index) => {
      tr.dataset.contactId = String(contacts[index].id);
      tr.classList.toggle('emp-selected', contacts[index].id === selected);
    });
    list.replaceChildren(grid);
  }

  /** The contact's card: edit, account manager, a note, and the timeline newest first. */
  async function open(id) {
    selected = id;
    showList();
    const timeline = await api.get(`/api/contacts/${id}/timeline`);
    const contact = timeline.contact;
    detail.hidden = false;
    detail.dataset.contactId = String(id);
    detail.replaceChildren(...[
      h('h3', { dataset: { test: 'detail-title' } }, contact.name, contact.company ? h('span', { class: 'muted' }, ` · ${contact.company}`) : null),
      h('div', { class: 'emp-contact-number' }, contact.number),
      editForm(contact),
      contact.accountManagerId === ctx.me.employeeId ? handOverForm(contact) : null,
      noteForm(contact, timeline.entries),
      h('h3', {}, t('employee.contacts.timeline')),
      timeline.entries.length
        ? h('ol', { class: 'emp-timeline', dataset: { test: 'timeline' } }, timeline.entries.map(entry))
        : h('p', { class: 'muted', dataset: { test: 'timeline-empty' } }, t('employee.contacts.timelineEmpty')),
    ].filter(Boolean));
  }

  function editForm(contact) {
    const name = h('input', { type: 'text', required: true, maxlength: 100, value: contact.name, dataset: { test: 'edit-name' } });
    const company = h('input', { type: 'text', maxlength: 200, value: contact.company || '', dataset: { test: 'edit-company' } });
    const form = h('form', {
      class: 'row emp-inline', dataset: { test: 'edit-contact' },
      onsubmit: async (event) => {
        event.preventDefault();
        clearError(form);
        try {
          await api.put(`/api/contacts/${contact.id}`, { name: name.value.trim(), company: company.value.trim() || null });
          toast(t('common.saved'));
          await reload();
          await open(contact.id);
        } catch (error) {
          showError(form, error);
        }
      },
    },
    h('label', {}, t('employee.contacts.name'), ' ', name),
    h('label', {}, t('employee.contacts.company'), ' ', company),
    h('button', { type: 'submit', dataset: { test: 'edit-save' } }, t('common.save')));
    return form;
  }

  /** The current account manager hands the customer on to a colleague (or to nobody). */
  function handOverForm(contact) {
    const manager = managerSelect(contact.accountManagerId, 'hand-over-to');
    const form = h('form', {
      class: 'row emp-inline', dataset: { test: 'hand-over' },
      onsubmit: async (event) => {
        event.preventDefault();
        clearError(form);
        try {
          await api.put(`/api/contacts/${contact.id}/account-manager`, { employeeId: manager.value ? Number(manager.value) : null });
          toast(t('common.saved'));
          await reload();
          await open(contact.id);
        } catch (error) {
          showError(form, error);
        }
      },
    },
    h('label', {}, t('employee.contacts.handOver'), ' ', manager),
    h('button', { type: 'submit', dataset: { test: 'hand-over-save' } }, t('common.save')));
    return form;
  }

  function noteForm(contact, entries) {
    const text = h('textarea', { required: true, rows: 3, maxlength: 2000, dataset: { test: 'note-text' },
      placeholder: t('employee.contacts.notePlaceholder') });
    const aboutCall = h('select', { dataset: { test: 'note-call' } },
      h('option', { value: '' }, t('employee.contacts.noteNoCall')),
      entries.filter((item) => item.kind === 'CALL').map((item) => h('option', { value: String(item.callId) },
        `${item.beijingTime} · ${t(`employee.contacts.direction.${item.direction}`)} · ${duration(item.durationSeconds)}`)));
    const form = h('form', {
      class: 'emp-note-form', dataset: { test: 'note-form' },
      onsubmit: async (event) => {
        event.preventDefault();
        clearError(form);
        try {
          await api.post(`/api/contacts/${contact.id}/notes`, {
            text: text.value.trim(), callId: aboutCall.value ? Number(aboutCall.value) : null,
          });
          toast(t('employee.contacts.noteSaved'));
          await open(contact.id);
        } catch (error) {
          showError(form, error);
        }
      },
    },
    h('h3', {}, t('employee.contacts.note')),
    text,
    h('div', { class: 'row' }, h('label', {}, t('employee.contacts.noteAbout'), ' ', aboutCall),
      h('button', { type: 'submit', class: 'primary', dataset: { test: 'note-save' } }, t('employee.contacts.noteSave'))));
    return form;
  }

  function entry(item) {
    const who = item.employeeName || '';
    if (item.kind === 'NOTE') {
      return h('li', { class: 'emp-entry emp-entry-note', dataset: { test: 'timeline-entry', kind: 'NOTE' } },
        h('div', { class: 'muted' }, `${item.beijingTime} · ${t('employee.contacts.noteBy', { name: who })}`,
          item.callId ? ` · ${t('employee.contacts.aboutCall', { id: item.callId })}` : ''),
        h('div', { class: 'emp-entry-text', dataset: { test: 'timeline-text' } }, item.text));
    }
    const outcome = item.status === 'ENDED' || item.status === 'BRIDGED'
      ? duration(item.durationSeconds)
      : t(item.endReason ? `employee.call.end.${item.endReason}` : `employee.contacts.status.${item.status}`);
    return h('li', { class: 'emp-entry emp-entry-call', dataset: { test: 'timeline-entry', kind: 'CALL' } },
      h('div', { class: 'muted' }, `${item.beijingTime} · ${t('employee.contacts.callId', { id: item.callId })}`),
      h('div', {}, t(`employee.contacts.direction.${item.direction}`), ' · ', who, ' · ', outcome));
  }

  showList();
  const wanted = Number(new URLSearchParams(location.hash.split('?')[1] || '').get('id'));
  if (wanted && contacts.some((contact) => contact.id === wanted)) await open(wanted);
}
