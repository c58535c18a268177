// Small DOM helpers shared by the console's pages.
import { lang, t } from './i18n.js';

/** h('button', {class: 'primary', dataset: {test: 'call'}, onclick: f}, 'text', child, ...) */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'class') element.className = value;
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

/** A table: columns [{key | render(row), titleKey, test}]; rows carry data-test="row". */
export function table(columns, rows, attrs = {}) {
  const head = h('tr', {}, columns.map((column) => h('th', {}, t(column.titleKey))));
  const body = rows.map((row) => h('tr', { dataset: { test: 'row' } }, columns.map((column) => h('td',
      column.test ? { dataset: { test: column.test } } : {},
      column.render ? column.render(row) : (row[column.key] ?? '')))));
  return h('table', { class: 'grid', ...attrs }, h('thead', {}, head), h('tbody', {}, body));
}

/** Shows an API error (or any error) as a message box at the top of container. */
export function showError(container, error) {
  container.querySelectorAll(':scope > [data-test=error]').forEach((box) => box.remove());
  const box = h('div', { class: 'error', dataset: { test: 'error' }, role: 'alert' }, error.message || String(error));
  container.prepend(box);
  return box;
}

export function clearError(container) {
  container.querySelectorAll(':scope > [data-test=error]').forEach((box) => box.remove());
}

/** A short confirmation that fades away. */
export function toast(text) {
  let shelf = document.querySelector('.toasts');
  if (!shelf) {
    shelf = h('div', { class: 'toasts' });
    document.body.append(shelf);
  }
  const note = h('div', { class: 'toast', dataset: { test: 'toast' } }, text);
  shelf.append(note);
  setTimeout(() => note.remove(), 4000);
}

/** Thousandths of a yuan as yuan with three decimals, in integer arithmetic. */
export function money(thousandths) {
  const value = Number(thousandths || 0);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.trunc(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
}

/** Seconds as 4分43秒 (or 4m43s in English), as the CDR export writes them. */
export function duration(seconds) {
  const total = Math.max(0, Math.round(Number(seconds || 0)));
  const hours = Math.trunc(total / 3600);
  const minutes = Math.trunc((total % 3600) / 60);
  const secs = total % 60;
  const units = lang() === 'zh' ? ['小时', '分', '秒'] : ['h', 'm', 's'];
  let text = '';
  if (hours) text += `${hours}${units[0]}`;
  if (hours || minutes) text += `${minutes}${units[1]}`;
  return `${text}${secs}${units[2]}`;
}

const BEIJING = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** An instant as Beijing wall-clock time, 2026-11-26 14:03:05. */
export function beijingTime(iso) {
  return iso ? BEIJING.format(new Date(iso)) : '';
}

/** Today's date in Beijing, 2026-11-26. */
export function beijingToday() {
  return BEIJING.format(new Date()).slice(0, 10);
}
