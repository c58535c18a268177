// The console's texts come from the server's message bundles (Chinese first, English on request).
const LANG_KEY = 'zongji.lang';
let texts = {};

export function lang() {
  return localStorage.getItem(LANG_KEY) || 'zh';
}

/** Switches language for this browser and reloads, so every page renders anew in it. */
export function toggleLang() {
  localStorage.setItem(LANG_KEY, lang() === 'zh' ? 'en' : 'zh');
  location.reload();
}

export async function loadMessages() {
  const response = await fetch(`/console/messages?lang=${lang()}`, { credentials: 'same-origin' });
  texts = await response.json();
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
}

/** The text for a key, with {name} placeholders filled from params; the key itself when unknown. */
export function t(key, params = {}) {
  const text = texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Fills every element with a data-i18n attribute under root with its text. */
export function applyTexts(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((element) => { element.textContent = t(element.dataset.i18n); });
}

/** The language switch shows the language it switches to. */
export function wireLangSwitch(button) {
  button.textContent = t('common.switchLanguage');
  button.addEventListener('click', toggleLang);
}
