// Dial: a dial pad and a search over colleagues and external contacts that start a callback call, the
// call's live state (event stream, polling as a backstop), hang-up, and the employee's quota this month.
import { api } from '../../api.js';
import { clearError, duration, h, money, showError } from '../../dom.js';
import { t } from '../../i18n.js';

const OPEN = new Set(['SETTING_UP', 'IN_FLOW', 'BRIDGED']);
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
/** Leg and call states only move forward; an event that arrives late never takes a call back. */
const LEG_RANK = { DIALLING: 0, RINGING: 1, ANSWERED: 2, ENDED: 3, FAILED: 3 };
const SEARCH_LIMIT = 20;
/** With the event stream up, polling only covers what a stream of another node would not tell. */
const POLL_WITH_STREAM_MS = 5000;
const POLL_WITHOUT_STREAM_MS = 1000;

export async function render(root, ctx) {
  const number = h('input', {
    type: 'tel', class: 'emp-number', autocomplete: 'off', placeholder: t('employee.dial.numberPlaceholder'),
    dataset: { test: 'dial-number' },
    onkeydown: (event) => { if (event.key === 'Enter') dialNumber(); },
  });
  const keypad = h('div', { class: 'emp-keypad' }, KEYS.map((key) => h('button', {
    type: 'button', class: 'emp-key', dataset: { test: `key-${key === '*' ? 'star' : key === '#' ? 'hash' : key}` },
    onclick: () => { number.value += key; number.focus(); },
  }, key)));
  const backspace = h('button', {
    type: 'button', class: 'emp-backspace', title: t('employee.dial.backspace'), dataset: { test: 'dial-backspace' },
    onclick: () => { number.value = number.value.slice(0, -1); number.focus(); },
  }, '⌫');
  const callButton = h('button', {
    type: 'button', class: 'primary emp-call', dataset: { test: 'dial-call' }, onclick: () => dialNumber(),
  }, t('employee.dial.call'));
  const pad = h('div', { class: 'card emp-pad', dataset: { test: 'dial-pad' } },
    h('div', { class: 'emp-number-row' }, number, backspace), keypad, callButton);

  const quota = h('div', { class: 'card emp-quota', dataset: { test: 'quota' } });
  const panel = h('div', { class: 'card emp-call-panel', dataset: { test: 'call-panel' }, hidden: true });
  const results = h('div', { class: 'emp-results', dataset: { test: 'search-results' } });
  const search = h('input', {
    type: 'search', class: 'emp-search', placeholder: t('employee.dial.searchPlaceholder'),
    dataset: { test: 'dial-search' }, oninput: () => showResults(),
  });
  const finder = h('div', { class: 'card emp-finder' }, h('h3', {}, t('employee.dial.searchTitle')), search, results);
  const messages = h('div', { class: 'emp-messages' });

  root.append(h('h2', {}, t('employee.nav.dial')), messages,
    h('div', { class: 'emp-dial' }, h('div', { class: 'emp-column' }, pad, quota), h('div', { class: 'emp-column' }, panel, finder)));

  const [employees, contacts, departments] = await Promise.all([
    api.get('/api/employees'), api.get('/api/contacts'), api.get('/api/departments')]);
  const departmentName = new Map(departments.map((department) => [department.id, department.name]));
  const candidates = [
    ...employees.filter((employee) => employee.id !== ctx.me.employeeId).map((employee) => ({
      kind: 'colleague', id: employee.id, name: employee.name, number: employee.mobile,
      detail: departmentName.get(employee.departmentId) || '', extension: employee.extension,
    })),
    ...contacts.map((contact) => ({
      kind: 'contact', id: contact.id, name: contact.name, number: contact.number, detail: contact.company || '',
    })),
  ];

  // One tracked call at a time: the latest one this page started (or found still open on arrival).
  let call = null;
  let poller = null;
  let ticker = null;
  let placing = false;
  const early = []; // events that arrived while the POST was still to answer with the call's id
  let streamUp = false;
  const stream = typeof EventSource === 'function' ? new EventSource('/api/calls/events') : null;
  if (stream) {
    const streaming = (up) => {
      streamUp = up;
      root.dataset.stream = up ? 'open' : 'down';
      schedulePoll();
    };
    stream.addEventListener('open', () => streaming(true));
    stream.addEventListener('error', () => streaming(false));
    stream.addEventListener('call', (event) => changed(JSON.parse(event.data)));
  }

  function showResults() {
    const query = search.value.trim().toLowerCase();
    const digits = query.replace(/[\s-]/g, '');
    if (!query) {
      results.replaceChildren(h('p', { class: 'muted' }, t('employee.dial.searchHint')));
      return;
    }
    const found = candidates.filter((candidate) => candidate.name.toLowerCase().includes(query)
        || candidate.detail.toLowerCase().includes(query)
        || (digits && candidate.number && candidate.number.replace(/[\s-]/g, '').includes(digits))
        || (candidate.extension && candidate.extension === digits)).slice(0, SEARCH_LIMIT);
    results.replaceChildren(found.length ? h('ul', { class: 'emp-result-list' }, found.map((candidate) => h('li', {
      class: 'emp-result', dataset: { test: 'search-result', kind: candidate.kind, id: String(candidate.id) },
    },
    h('span', { class: `emp-tag emp-tag-${candidate.kind}` }, t(`employee.dial.kind.${candidate.kind}`)),
    h('span', { class: 'emp-result-name', dataset: { test: 'result-name' } }, candidate.name),
    h('span', { class: 'muted' }, candidate.detail),
    h('span', { class: 'emp-result-number' }, candidate.number),
    h('button', {
      type: 'button', class: 'primary', dataset: { test: 'result-call' },
      onclick: () => start(candidate.kind === 'colleague' ? { colleagueId: candidate.id } : { contactId: candidate.id },
        candidate.name),
    }, t('employee.dial.call'))))) : h('p', { class: 'muted', dataset: { test: 'no-results' } }, t('employee.dial.noResults')));
  }

  function dialNumber() {
    const dialled = number.value.trim();
    if (!dialled) {
      showError(messages, new Error(t('employee.dial.enterNumber')));
      return;
    }
    start({ number: dialled }, dialled);
  }

  async function start(body, calleeLabel) {
    clearError(messages);
    callButton.disabled = true;
    placing = true;
    early.length = 0;
    try {
      const created = await api.post('/api/calls', body);
      placing = false;
      track(created, calleeLabel);
      early.splice(0).forEach(changed);
    } catch (error) {
      refused(error);
    } finally {
      placing = false;
      callButton.disabled = false;
    }
  }

  /** A refusal (422) names the permission table's reason; its English text is ours, the Chinese the table's. */
  function refused(error) {
    const code = error.body && error.body.reasonCode;
    const translated = code ? t(`employee.refusal.${code}`) : null;
    const reason = translated && translated !== `employee.refusal.${code}` ? translated : error.message;
    const box = showError(messages, new Error(code ? t('employee.dial.refused', { reason }) : error.message));
    if (code) box.dataset.reason = code;
  }

  function track(view, calleeLabel) {
    const legs = {};
    (view.legs || []).forEach((leg) => { legs[leg.name] = leg.state; });
    call = {
      id: view.id, status: view.status, endReason: view.endReason, legs, callee: calleeLabel || view.calleeNumber,
      phases: [], talkingSince: view.answeredAt && OPEN.has(view.status) ? Date.now() - elapsed(view) : null, ended: null,
    };
    show();
    schedulePoll();
  }

  /** One change from the event stream: the call itself (leg null) or one of its legs. */
  function changed(change) {
    if (placing) {
      early.push(change);
      return;
    }
    if (!call || change.callId !== call.id) return;
    if (change.leg && (LEG_RANK[change.legState] ?? 0) >= (LEG_RANK[call.legs[change.leg]] ?? -1)) {
      call.legs[change.leg] = change.legState;
    }
    advance(change.status, change.endReason);
  }

  function advance(status, endReason) {
    if (!OPEN.has(call.status)) return;
    if (status === 'BRIDGED' && call.talkingSince === null) call.talkingSince = Date.now();
    call.status = status === 'SETTING_UP' && call.status === 'BRIDGED' ? call.status : status;
    call.endReason = endReason || call.endReason;
    show();
    if (!OPEN.has(call.status)) finished();
  }

  async function poll() {
    if (!call || !OPEN.has(call.status)) return;
    const tracked = call;
    try {
      const view = await api.get(`/api/calls/${tracked.id}`);
      if (tracked !== call) return;
      view.legs.forEach((leg) => {
        if ((LEG_RANK[leg.state] ?? 0) >= (LEG_RANK[call.legs[leg.name]] ?? -1)) call.legs[leg.name] = leg.state;
      });
      advance(view.status, view.endReason);
    } catch (error) {
      showError(messages, error);
    }
  }

  function schedulePoll() {
    clearInterval(poller);
    poller = null;
    if (call && OPEN.has(call.status)) poller = setInterval(poll, streamUp ? POLL_WITH_STREAM_MS : POLL_WITHOUT_STREAM_MS);
  }

  /** Once over: the call's duration and cost as billed, and the quota they leave. */
  async function finished() {
    schedulePoll();
    const tracked = call;
    try {
      const [view] = await Promise.all([api.get(`/api/calls/${tracked.id}`), loadQuota()]);
      if (tracked === call) {
        call.ended = view;
        show();
      }
    } catch (error) {
      showError(messages, error);
    }
  }

  async function hangUp() {
    if (!call) return;
    try {
      await api.del(`/api/calls/${call.id}`);
      poll();
    } catch (error) {
      showError(messages, error);
    }
  }

  /** Where the call is, in the words the employee sees: first their own mobile rings, then the callee's. */
  function phase() {
    if (!OPEN.has(call.status)) return 'ended';
    if (call.status === 'BRIDGED') return 'talking';
    return call.legs.B || call.legs.A === 'ANSWERED' ? 'callingCallee' : 'callingYou';
  }

  function show() {
    const now = phase();
    if (call.phases[call.phases.length - 1] !== now) call.phases.push(now);
    clearInterval(ticker);
    ticker = null;
    const timer = h('span', { class: 'emp-timer', dataset: { test: 'call-timer' } });
    const tick = () => { timer.textContent = call.talkingSince ? duration((Date.now() - call.talkingSince) / 1000) : ''; };
    if (now === 'talking') {
      tick();
      ticker = setInterval(tick, 1000);
    }
    panel.hidden = false;
    panel.dataset.callId = String(call.id);
    panel.dataset.status = call.status;
    panel.dataset.phase = now;
    panel.dataset.phases = call.phases.join(' ');
    panel.className = `card emp-call-panel emp-phase-${now}`;
    panel.replaceChildren(...[
      h('div', { class: 'emp-callee' }, t('employee.call.to'), ' ', h('strong', { dataset: { test: 'call-callee' } }, call.callee)),
      h('div', { class: 'emp-state', dataset: { test: 'call-state' } }, t(`employee.call.state.${now}`)),
      h('div', { class: 'muted emp-state-hint' }, now === 'ended' ? '' : t(`employee.call.hint.${now}`)),
      now === 'talking' ? timer : null,
      now === 'ended' && call.endReason
        ? h('div', { class: 'emp-end-reason', dataset: { test: 'call-end-reason', reason: call.endReason } },
          t(`employee.call.end.${call.endReason}`))
        : null,
      now === 'ended' && call.ended
        ? h('div', { class: 'muted', dataset: { test: 'call-summary' } }, t('employee.call.summary', {
          duration: duration(call.ended.durationSeconds), minutes: call.ended.billedMinutes, cost: money(call.ended.costThousandths),
        }))
        : null,
      now === 'ended'
        ? null
        : h('button', { type: 'button', class: 'danger emp-hang-up', dataset: { test: 'hang-up' }, onclick: hangUp },
          t('employee.call.hangUp')),
    ].filter(Boolean));
  }

  async function loadQuota() {
    const mine = await api.get('/api/me/quota');
    const left = mine.monthlyMinutes === null ? null : Math.max(0, mine.monthlyMinutes - mine.usedMinutes);
    quota.dataset.used = String(mine.usedMinutes);
    quota.dataset.monthly = mine.monthlyMinutes === null ? '' : String(mine.monthlyMinutes);
    quota.replaceChildren(...[
      h('h3', {}, t('employee.quota.title', { month: mine.month })),
      h('div', { class: 'emp-quota-figures' },
        h('div', {}, h('span', { class: 'muted' }, t('employee.quota.used')), ' ',
          h('strong', { dataset: { test: 'quota-used' } }, t('employee.quota.minutes', { minutes: mine.usedMinutes }))),
        h('div', {}, h('span', { class: 'muted' }, t('employee.quota.monthly')), ' ',
          h('strong', { dataset: { test: 'quota-monthly' } }, mine.monthlyMinutes === null
            ? t('employee.quota.unlimited') : t('employee.quota.minutes', { minutes: mine.monthlyMinutes }))),
        left === null ? null : h('div', {}, h('span', { class: 'muted' }, t('employee.quota.left')), ' ',
          h('strong', { dataset: { test: 'quota-left' } }, t('employee.quota.minutes', { minutes: left })))),
      left === null ? null : h('progress', { max: mine.monthlyMinutes || 1, value: Math.min(mine.usedMinutes, mine.monthlyMinutes) }),
    ].filter(Boolean));
  }

  /** A call still open when the page opens (a reload mid-call) is followed again. */
  async function resumeOpenCall() {
    const mine = await api.get('/api/calls');
    const open = mine.find((candidate) => candidate.direction === 'OUTBOUND' && OPEN.has(candidate.status));
    if (open && !call) track(await api.get(`/api/calls/${open.id}`));
  }

  // A contact page's "call" link arrives as #/dial?q=number: the search shows whom to call.
  search.value = new URLSearchParams(location.hash.split('?')[1] || '').get('q') || '';
  showResults();
  const leave = () => {
    if (stream) stream.close();
    clearInterval(poller);
    clearInterval(ticker);
  };
  try {
    await Promise.all([loadQuota(), resumeOpenCall()]);
  } catch (error) {
    leave();
    throw error;
  }
  return leave;
}

/** How long a call found open has been connected, by the browser's clock. */
function elapsed(view) {
  return Math.max(0, Date.now() - Date.parse(view.answeredAt));
}
