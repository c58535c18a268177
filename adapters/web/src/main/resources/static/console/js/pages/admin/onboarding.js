// Onboarding: where the enterprise's application stands and the one step the admin can take next.
import { api } from '../../api.js';
import { beijingTime, clearError, h, showError, toast } from '../../dom.js';
import { t } from '../../i18n.js';

const STATUS = '/api/onboarding';
const NUMBERS = '/api/onboarding/numbers';

// The eligibility table names missing materials in Chinese; each maps to one field of the application.
const MATERIAL_FIELDS = {
  公司地址: 'companyAddress',
  法人身份证号码: 'legalRepresentativeId',
  认证公函: 'certificationLetter',
};
const MATERIALS = ['companyAddress', 'legalRepresentativeId', 'certificationLetter'];

export async function render(root, ctx) {
  const body = h('div', { class: 'admin-onboarding' });
  root.append(h('h2', {}, t('admin.nav.onboarding')), body);

  async function refresh(status) {
    const current = status || await api.get(STATUS);
    const next = await nextStep(current);
    body.replaceChildren(summary(current), next, notices(current.notifications));
  }

  async function act(container, action) {
    clearError(container);
    try {
      const status = await action();
      toast(t('admin.onboarding.done'));
      await refresh(status && status.status ? status : null);
    } catch (error) {
      showError(container, error);
    }
  }

  async function nextStep(status) {
    switch (status.status) {
      case 'APPLYING':
        if (status.missingMaterials.length) return materialsForm(status.missingMaterials);
        if (status.currentStep) return waiting(t('admin.onboarding.next.checking'));
        return applicationForm('apply');
      case 'REFUSED':
        return applicationForm('apply');
      case 'REJECTED':
        return applicationForm('resubmit');
      case 'UNDER_REVIEW':
        return waiting(t('admin.onboarding.next.review'));
      case 'SELECTING_NUMBER':
        return numberPicker(await api.get(NUMBERS));
      case 'OPEN':
        return h('p', { class: 'admin-note' }, t('admin.onboarding.next.open'));
      default:
        return h('p', { class: 'admin-note' }, t('admin.onboarding.next.none'));
    }
  }

  function applicationForm(kind) {
    const enterprise = ctx.enterprise || {};
    const fields = {
      organizationType: h('select', { name: 'organizationType', dataset: { test: 'application-type' } },
          ['COMPANY', 'INDIVIDUAL_BUSINESS'].map((type) => h('option', { value: type }, t(`admin.onboarding.type.${type}`)))),
      province: h('input', { name: 'province', required: true, value: enterprise.province || '', dataset: { test: 'application-province' } }),
      city: h('input', { name: 'city', required: true, value: enterprise.city || '', dataset: { test: 'application-city' } }),
      certifiedOn: h('input', { type: 'date', name: 'certifiedOn', dataset: { test: 'application-certified-on' } }),
      ...materialInputs(MATERIALS),
    };
    const form = h('form', {
      class: 'admin-form', dataset: { test: `onboarding-${kind}` },
      onsubmit: (event) => {
        event.preventDefault();
        const request = values(fields);
        act(form, () => (kind === 'apply' ? api.post(STATUS, request) : api.post(`${STATUS}/resubmit`, request)));
      },
    },
    h('h3', {}, t(`admin.onboarding.${kind}.title`)),
    h('p', { class: 'admin-hint' }, t(`admin.onboarding.${kind}.hint`)),
    Object.entries(fields).map(([name, input]) => labelled(`admin.onboarding.field.${name}`, input)),
    h('div', { class: 'admin-actions' },
        h('button', { type: 'submit', class: 'primary', dataset: { test: `onboarding-${kind}-submit` } }, t(`admin.onboarding.${kind}.submit`))));
    return form;
  }

  function materialsForm(missing) {
    const named = missing.map((name) => MATERIAL_FIELDS[name]).filter(Boolean);
    const fields = materialInputs(named.length === missing.length ? named : MATERIALS);
    const form = h('form', {
      class: 'admin-form', dataset: { test: 'onboarding-materials' },
      onsubmit: (event) => {
        event.preventDefault();
        act(form, () => api.post(`${STATUS}/materials`, values(fields)));
      },
    },
    h('h3', {}, t('admin.onboarding.materials.title')),
    h('p', { class: 'admin-hint' }, t('admin.onboarding.materials.hint', { names: missing.join('、') })),
    Object.entries(fields).map(([name, input]) => labelled(`admin.onboarding.field.${name}`, input)),
    h('div', { class: 'admin-actions' },
        h('button', { type: 'submit', class: 'primary', dataset: { test: 'onboarding-materials-submit' } }, t('admin.onboarding.materials.submit'))));
    return form;
  }

  function numberPicker(offer) {
    const box = h('div', { class: 'admin-form', dataset: { test: 'onboarding-numbers' } },
        h('h3', {}, t('admin.onboarding.numbers.title', { city: offer.city })));
    if (offer.reservation) {
      box.append(
        h('p', { dataset: { test: 'onboarding-reserved' } }, t('admin.onboarding.numbers.reserved', {
          number: offer.reservation.number, until: beijingTime(offer.reservation.reservedUntil),
        })),
        h('div', { class: 'admin-actions' },
            h('button', { type: 'button', class: 'primary', dataset: { test: 'onboarding-confirm' },
              onclick: () => act(box, () => api.post(`${NUMBERS}/confirm`)) }, t('admin.onboarding.numbers.confirm'))),
      );
    }
    box.append(h('p', { class: 'admin-hint' }, t(offer.numbers.length ? 'admin.onboarding.numbers.hint' : 'admin.onboarding.numbers.empty')));
    box.append(h('div', { class: 'admin-numbers' }, offer.numbers.map((number) => h('button', {
      type: 'button',
      class: offer.reservation && offer.reservation.number === number ? 'admin-number selected' : 'admin-number',
      dataset: { test: 'onboarding-number', number },
      onclick: () => act(box, () => api.post(`${NUMBERS}/pick`, { number })),
    }, number))));
    return box;
  }

  await refresh();
}

function summary(status) {
  return h('dl', { class: 'admin-facts', dataset: { test: 'onboarding-summary' } },
    fact('admin.onboarding.status', h('span', { class: `admin-status admin-status-${status.status}`,
      dataset: { test: 'onboarding-status', status: status.status } }, t(`admin.onboarding.status.${status.status}`))),
    status.officeNumber && fact('admin.onboarding.officeNumber', h('strong', { dataset: { test: 'office-number' } }, status.officeNumber)),
    status.currentStep && fact('admin.onboarding.currentStep', h('span', { dataset: { test: 'onboarding-step' } }, status.currentStep)),
    status.reviewDue && fact('admin.onboarding.reviewDue', beijingTime(status.reviewDue)),
    status.reason && fact('admin.onboarding.reason', h('span', { class: 'admin-reason', dataset: { test: 'onboarding-reason' } }, status.reason)));
}

function notices(notifications) {
  if (!notifications || !notifications.length) return '';
  return h('div', { class: 'admin-notices' },
    h('h3', {}, t('admin.onboarding.notifications')),
    h('ul', { dataset: { test: 'onboarding-notices' } }, [...notifications].reverse().map((notice) =>
      h('li', {}, h('time', {}, beijingTime(notice.at)), ' ', notice.message))));
}

function waiting(text) {
  return h('p', { class: 'admin-note', dataset: { test: 'onboarding-waiting' } }, text);
}

function materialInputs(names) {
  return Object.fromEntries(names.map((name) => [name, h('input', { name, dataset: { test: `application-${name}` } })]));
}

/** The form's values; an empty field is sent as null, so the server reads it as not given. */
function values(fields) {
  return Object.fromEntries(Object.entries(fields).map(([name, input]) => [name, input.value.trim() || null]));
}

function labelled(key, input) {
  return h('label', {}, h('span', {}, t(key)), input);
}

function fact(key, value) {
  return [h('dt', {}, t(key)), h('dd', {}, value)];
}
