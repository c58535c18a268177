// The login form posts to Spring Security with the CSRF token the server left in a cookie.
import { csrfToken } from './api.js';
import { applyTexts, loadMessages, wireLangSwitch } from './i18n.js';

await loadMessages();
applyTexts();
wireLangSwitch(document.querySelector('[data-test=lang-switch]'));
document.querySelector('[name=_csrf]').value = csrfToken() || '';
const params = new URLSearchParams(location.search);
document.querySelector('[data-test=login-error]').hidden = !params.has('error');
document.querySelector('[data-test=logged-out]').hidden = !params.has('logout');
