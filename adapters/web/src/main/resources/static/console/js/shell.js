// The console's frame: who is signed in, the pages of their role, and hash routing between them.
import { api, csrfToken } from './api.js';
import { applyTexts, loadMessages, t, wireLangSwitch } from './i18n.js';
import { h, showError } from './dom.js';

const AREA_OF_ROLE = {
  EMPLOYEE: 'employee',
  ENTERPRISE_ADMIN: 'admin',
  ANALYST: 'analyst',
  PLATFORM_REVIEWER: 'reviewer',
};

let leaving = null;

async function start() {
  await loadMessages();
  applyTexts();
  wireLangSwitch(document.querySelector('[data-test=lang-switch]'));
  document.querySelector('.logout [name=_csrf]').value = csrfToken() || '';
  const me = await api.get('/api/me');
  const area = AREA_OF_ROLE[me.role];
  const { pages } = await import(`./pages/${area}/index.js`);
  const enterprise = me.enterpriseId ? await api.get('/api/enterprise') : null;
  document.querySelector('[data-test=user]').textContent = me.username;
  document.querySelector('[data-test=enterprise-name]').textContent = enterprise ? enterprise.name : t(`common.role.${me.role}`);
  const nav = document.querySelector('[data-test=nav]');
  pages.forEach((id) => nav.append(h('a', { href: `#/${id}`, dataset: { test: `nav-${id}` } }, t(`${area}.nav.${id}`))));
  const context = { me, enterprise, area, navigate: (id) => { location.hash = `#/${id}`; } };
  const show = () => showPage(area, pages, context);
  window.addEventListener('hashchange', show);
  await show();
}

async function showPage(area, pages, context) {
  const requested = location.hash.replace(/^#\//, '').split('?')[0];
  const id = pages.includes(requested) ? requested : pages[0];
  if (typeof leaving === 'function') leaving();
  leaving = null;
  document.querySelectorAll('[data-test=nav] a').forEach((link) => link.classList.toggle('active', link.dataset.test === `nav-${id}`));
  const root = h('section', { class: 'page', dataset: { page: id } });
  document.getElementById('page').replaceChildren(root);
  document.title = `${t(`${area}.nav.${id}`)} · ${t('common.brand')}`;
  try {
    const page = await import(`./pages/${area}/${id}.js`);
    leaving = await page.render(root, context);
  } catch (error) {
    showError(root, error);
  }
  if (root.isConnected) root.dataset.ready = 'true';
}

start().catch((error) => showError(document.getElementById('page'), error));
