// History: the employee's own calls by Beijing-time days, paged; each can be marked personal with a note,
// and the outside party's number saved as an external contact.
import { api } from '../../api.js';
import { beijingTime, beijingToday, clearError, duration, h, money, showError, table, toast } from '../../dom.js';
import { t } from '../../i18n.js';

const PAGE_SIZE = 50;

export async function render(root) {
  const today = beijingToday();
  const from = h('input', { type: 'date', value: `${today.slice(0, 8)}01`, max: today, dataset: { test: 'history-from' } });
  const to = h('input', { type: 'date', value: today, dataset: { test: 'history-to' } });
  const personal = h('select', { dataset: { test: 'history-personal' } },
    h('option', { value: '' }, t('employee.history.filter.all')),
    h('option', { value: 'false' }, t('employee.history.filter.business')),
    h('option', { value: 'true' }, t('employee.history.filter.personal')));
  const filters = h('form', {
    class: 'card row emp-filters', dataset: { test: 'history-filters' },
    onsubmit: (event) => { event.preventDefault(); reload().catch((error) => showError(root, error)); },
  },
  h('label', {}, t('employee.history.from'), ' ', from),
  h('label', {}, t('employee.history.to'), ' ', to),
  h('label', {}, t('employee.history.kind'), ' ', personal),
  h('button', { type: 'submit', class: 'primary', dataset: { test: 'history-search' } }, t('common.search')));
  const list = h('div', { dataset: { test: 'history-list' } });
  const more = h('button', {
    type: 'button', dataset: { test: 'history-more' }, hidden: true,
    onclick: () => load().catch((error) => showError(root, error)),
  }, t('common.more'));
  root.append(h('h2', {}, t('employee.nav.history')), filters, list, h('div', { class: 'emp-more' }, more));

  let rows = [];
  let next = null;
  const savedNumbers = new Set();

  async function reload() {
    clearError(root);
    rows = [];
    next = null;
    await load();
  }

  async function load() {
    const page = await api.get('/api/cdrs', {
      from: from.value, to: to.value, personal: personal.value, limit: PAGE_SIZE, after: next,
    });
    rows = rows.concat(page.rows);
    next = page.next;
    more.hidden = !next;
    show();
  }

  function show() {
    if (!rows.length) {
      list.replaceChildren(h('p', { class: 'muted', dataset: { test: 'history-empty' } }, t('employee.history.none')));
      return;
    }
    const grid = table([
      { render: (row) => beijingTime(row.startedAt), titleKey: 'employee.history.time', test: 'cdr-time' },
      { render: (row) => party(row.caller), titleKey: 'employee.history.caller', test: 'cdr-caller' },
      { render: (row) => party(row.callee), titleKey: 'employee.history.callee', test: 'cdr-callee' },
      { render: (row) => t(`employee.history.identity.${row.identity}`), titleKey: 'employee.history.identity', test: 'cdr-identity' },
      { render: (row) => duration(row.durationSeconds), titleKey: 'employee.history.duration', test: 'cdr-duration' },
      { render: (row) => money(row.costThousandths), titleKey: 'employee.history.cost', test: 'cdr-cost' },
      { render: (row) => (row.personal ? t('employee.history.personalMark') : ''), titleKey: 'employee.history.personal', test: 'cdr-personal' },
      { render: (row) => row.note || '', titleKey: 'employee.history.note', test: 'cdr-note' },
      { render: actions, titleKey: 'employee.history.actions' },
    ], rows, { dataset: { test: 'history-table' } });
    [...grid.tBodies[0].rows].forEach((tr, index) => { tr.dataset.callId = String(rows[index].id); });
    list.replaceChildren(grid);
  }

  function party(side) {
    return h('span', { class: 'emp-party' }, side.name ? h('strong', {}, side.name) : null, side.name ? ' ' : null,
      side.number || '', side.department ? h('span', { class: 'muted' }, ` · ${side.department}`) : null);
  }

  function actions(row) {
    return h('span', { class: 'row' },
      h('button', { type: 'button', class: 'link', dataset: { test: 'mark', callId: String(row.id) }, onclick: (event) => markEditor(event, row) },
        t('employee.history.markAction')),
      unsavedParty(row) && !savedNumbers.has(outsideNumber(row))
        ? h('button', { type: 'button', class: 'link', dataset: { test: 'save-contact', callId: String(row.id) },
          onclick: (event) => contactEditor(event, row) }, t('employee.history.saveContact'))
        : null);
  }

  /** An editor row under the call's own row; one open at a time. */
  function editorRow(event, content) {
    list.querySelectorAll('tr.emp-editor-row').forEach((open) => open.remove());
    const tr = event.target.closest('tr');
    const editor = h('tr', { class: 'emp-editor-row' }, h('td', { colspan: tr.cells.length }, content));
    tr.after(editor);
    return editor;
  }

  function markEditor(event, row) {
    const check = h('input', { type: 'checkbox', checked: row.personal, dataset: { test: 'mark-personal' } });
    const note = h('input', { type: 'text', value: row.note || '', maxlength: 500, size: 40, dataset: { test: 'mark-note' },
      placeholder: t('employee.history.notePlaceholder') });
    const form = h('form', {
      class: 'row emp-inline', dataset: { test: 'mark-form' },
      onsubmit: async (submitted) => {
        submitted.preventDefault();
        clearError(form);
        try {
          const saved = await api.put(`/api/cdrs/${row.id}/mark`, { personal: check.checked, note: note.value.trim() || null });
          rows = rows.map((candidate) => (candidate.id === saved.id ? saved : candidate));
          show();
          toast(t('common.saved'));
        } catch (error) {
          showError(form, error);
        }
      },
    },
    h('label', { class: 'row' }, check, t('employee.history.markPersonal')),
    h('label', { class: 'row' }, t('employee.history.note'), note),
    h('button', { type: 'submit', class: 'primary', dataset: { test: 'mark-save' } }, t('common.save')),
    h('button', { type: 'button', onclick: () => editor.remove() }, t('common.cancel')));
    const editor = editorRow(event, form);
    note.focus();
  }

  function contactEditor(event, row) {
    const name = h('input', { type: 'text', required: true, maxlength: 100, dataset: { test: 'contact-name' } });
    const company = h('input', { type: 'text', maxlength: 200, dataset: { test: 'contact-company' } });
    const form = h('form', {
      class: 'row emp-inline', dataset: { test: 'save-contact-form' },
      onsubmit: async (submitted) => {
        submitted.preventDefault();
        clearError(form);
        try {
          const contact = await api.post(`/api/contacts/from-call/${row.id}`, { name: name.value.trim(), company: company.value.trim() || null });
          savedNumbers.add(outsideNumber(row));
          show();
          toast(t('employee.history.contactSaved', { name: contact.name, number: contact.number }));
        } catch (error) {
          showError(form, error);
        }
      },
    },
    h('span', { class: 'muted' }, t('employee.history.saveContactOf', { number: outsideNumber(row) })),
    h('label', { class: 'row' }, t('employee.contacts.name'), name),
    h('label', { class: 'row' }, t('employee.contacts.company'), company),
    h('button', { type: 'submit', class: 'primary', dataset: { test: 'save-contact-submit' } }, t('common.save')),
    h('button', { type: 'button', onclick: () => editor.remove() }, t('common.cancel')));
    const editor = editorRow(event, form);
    name.focus();
  }

  await reload();
}

/**
 * Whether the outside party is nobody the enterprise knows yet: an outbound call to an "other" number, or
 * a call in from a number that is neither a colleague's nor a contact's (such a caller has no name).
 */
function unsavedParty(row) {
  return row.identity === 'OTHER' || !row.caller.name;
}

/** The outside party's number: the caller of a call that came in, else the callee. */
function outsideNumber(row) {
  return row.caller.name ? row.callee.number : row.caller.number;
}
