// Balance and recharge: the prepaid balance, recharge orders paid at the payment provider, and receipts.
import { api } from '../../api.js';
import { beijingTime, clearError, h, money, showError, table, toast } from '../../dom.js';
import { t } from '../../i18n.js';

export async function render(root) {
  const balance = h('strong', { class: 'admin-balance', dataset: { test: 'balance' } });
  const order = h('div', { class: 'admin-order', dataset: { test: 'recharge-result' } });
  const orders = h('div', { dataset: { test: 'recharge-orders' } });
  const receipts = h('div', { dataset: { test: 'receipts' } });
  const amount = h('input', {
    type: 'text', inputmode: 'decimal', required: true, pattern: '\\d+(\\.\\d{1,2})?', placeholder: '1000.00',
    dataset: { test: 'recharge-amount' },
  });
  const form = h('form', {
    class: 'admin-form admin-inline-form', dataset: { test: 'recharge' },
    onsubmit: async (event) => {
      event.preventDefault();
      clearError(form);
      try {
        const created = await api.post('/api/recharges', { amountYuan: amount.value.trim() });
        amount.value = '';
        order.replaceChildren(orderBox(created));
        toast(t('admin.account.recharge.created'));
        await loadOrders();
      } catch (error) {
        showError(form, error);
      }
    },
  },
  h('h3', {}, t('admin.account.recharge.title')),
  h('label', {}, h('span', {}, t('admin.account.recharge.amount')), amount),
  h('button', { type: 'submit', class: 'primary', dataset: { test: 'recharge-submit' } }, t('admin.account.recharge.submit')),
  h('p', { class: 'admin-hint' }, t('admin.account.recharge.hint')));

  async function loadBalance() {
    const account = await api.get('/api/account');
    balance.textContent = t('admin.account.yuan', { amount: money(account.balanceThousandths) });
    balance.dataset.thousandths = account.balanceThousandths;
  }

  async function loadOrders() {
    const list = await api.get('/api/recharges');
    orders.replaceChildren(list.length ? table([
      { key: 'orderNumber', titleKey: 'admin.account.order.number', test: 'order-number' },
      { render: (row) => money(row.amountThousandths), titleKey: 'admin.account.order.amount' },
      { render: (row) => money(row.bonusThousandths), titleKey: 'admin.account.order.bonus' },
      { render: (row) => t(`admin.account.order.status.${row.status}`), titleKey: 'admin.account.order.status', test: 'order-status' },
      { render: (row) => beijingTime(row.createdAt), titleKey: 'admin.account.order.createdAt' },
      { render: (row) => beijingTime(row.paidAt), titleKey: 'admin.account.order.paidAt' },
    ], list) : h('p', { class: 'admin-hint' }, t('common.none')));
  }

  async function loadReceipts() {
    const list = await api.get('/api/receipts');
    receipts.replaceChildren(list.length ? table([
      { key: 'receiptNumber', titleKey: 'admin.account.receipt.number', test: 'receipt-number' },
      { key: 'orderNumber', titleKey: 'admin.account.order.number' },
      { render: (row) => money(row.amountThousandths), titleKey: 'admin.account.order.amount' },
      { render: (row) => money(row.bonusThousandths), titleKey: 'admin.account.order.bonus' },
      { render: (row) => beijingTime(row.paidAt), titleKey: 'admin.account.order.paidAt' },
      { render: (row) => h('a', { href: api.url(row.pdf), download: `${row.receiptNumber}.pdf`, dataset: { test: 'receipt-pdf' } }, 'PDF'),
        titleKey: 'admin.account.receipt.pdf' },
    ], list) : h('p', { class: 'admin-hint' }, t('admin.account.receipt.none')));
  }

  root.append(
    h('h2', {}, t('admin.nav.account')),
    h('div', { class: 'admin-card' },
      h('span', { class: 'admin-label' }, t('admin.account.balance')), ' ', balance,
      h('button', { type: 'button', class: 'link', dataset: { test: 'balance-refresh' },
        onclick: () => Promise.all([loadBalance(), loadOrders(), loadReceipts()]).catch((error) => showError(root, error)) },
      t('admin.account.refresh'))),
    form,
    order,
    h('h3', {}, t('admin.account.orders')), orders,
    h('h3', {}, t('admin.account.receipts')), receipts,
  );
  await Promise.all([loadBalance(), loadOrders(), loadReceipts()]);
}

/**
 * The order just created. The API issues the order number only (no payment page of its own): the admin pays
 * it at the payment provider, whose signed notification credits the balance and issues the receipt.
 */
function orderBox(created) {
  return h('div', { class: 'admin-card admin-card-accent' },
    h('p', {}, t('admin.account.recharge.order', {
      number: created.orderNumber, amount: money(created.amountThousandths), bonus: money(created.bonusThousandths),
    })),
    h('p', {}, h('code', { dataset: { test: 'recharge-order-number' } }, created.orderNumber)),
    h('p', { class: 'admin-hint' }, t('admin.account.recharge.pay')));
}
