// The console is a client of the same REST API as the mobile app; it signs in with a session cookie.
import { lang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, body, message) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|; )ZONGJI-XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function url(path, params = {}) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') query.append(key, value);
  });
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function messageOf(body) {
  if (body && typeof body === 'object') return body.detail || body.message || body.error;
  return typeof body === 'string' ? body : null;
}

async function request(method, path, { params, body, form } = {}) {
  // X-Requested-With keeps the server from asking the browser for HTTP Basic credentials.
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', 'Accept-Language': lang() };
  let payload;
  if (form) {
    payload = form;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken()) headers['X-ZONGJI-XSRF-TOKEN'] = csrfToken();
  const response = await fetch(url(path, params), { method, headers, body: payload, credentials: 'same-origin' });
  if (response.status === 401) {
    location.href = '/console/login.html';
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = text; }
  }
  if (!response.ok) throw new ApiError(response.status, data, messageOf(data) || `${response.status} ${response.statusText}`);
  return data;
}

export const api = {
  get: (path, params) => request('GET', path, { params }),
  post: (path, body) => request('POST', path, { body }),
  put: (path, body) => request('PUT', path, { body }),
  del: (path) => request('DELETE', path),
  upload: (path, form) => request('POST', path, { form }),
  url,
};
