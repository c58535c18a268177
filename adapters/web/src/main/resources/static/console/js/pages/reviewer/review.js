// Reviews are Camunda user tasks: Tasklist for the work, Cockpit for the processes behind it.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';

export async function render(root) {
  root.append(
    h('h2', {}, t('reviewer.nav.review')),
    h('p', {}, t('reviewer.review.intro')),
    h('ul', { class: 'links' },
      h('li', {}, h('a', { href: '/camunda/app/tasklist/', dataset: { test: 'tasklist' } }, t('reviewer.review.tasklist'))),
      h('li', {}, h('a', { href: '/camunda/app/cockpit/', dataset: { test: 'cockpit' } }, t('reviewer.review.cockpit')))),
  );
}
