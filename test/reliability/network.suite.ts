/**
 * Network faults of `src` for every widget, one test file per
 * widget (test/reliability/network-<name>.test.ts). The fault
 * endpoints are in test/server/faults.mjs (`serve` tracks whether the client
 * aborted a request; `other-origin` is a second server on another port).
 */
import { expect } from '@open-wc/testing';
import { lifecycleFaults } from './network-lifecycle.js';
import { responseFaults } from './network-responses.js';
import { watchEachTest } from './network-support.js';
import { defineWidgets, loadWidgets, recordCounts } from './registry.js';

/**
 * The network faults of one widget (by its folder name). Tests marked with a
 * finding fail until the shared code is fixed: they run only with
 * `{ pending: true }` (network-pending-fix.test.ts), the others only without.
 */
export function networkSuite(name: string, { pending: onlyPending = false } = {}): void {
  const { widgets, pending } = loadWidgets();
  const w = widgets.find((x) => x.name === name);
  let scenarios = 0;
  const test = (title: string, fn: () => Promise<void>, finding?: string) => {
    if (!!finding === onlyPending) it(finding ? `${title} [${finding}]` : title, fn);
  };
  describe(`reliability: network faults of src for <citystat-${name}>${onlyPending ? ' (pending shared fixes)' : ''}`, () => {
    it('the widget exists and has a registry entry', () => {
      expect(w, `pending: ${pending.join(', ')}`).to.not.equal(undefined);
    });
    if (!w) return;
    before(() => defineWidgets([w]));
    watchEachTest(() => scenarios++);
    responseFaults(w, test);
    lifecycleFaults(w, test);

    after(async () => {
      const all = await recordCounts(`network-${onlyPending ? 'pending-fix-' : ''}${name}`, { scenarios });
      console.log(
        `reliability network${onlyPending ? ' (pending shared fixes)' : ''}: <citystat-${name}> ${scenarios} fault scenarios; all widgets so far: ${all?.summary?.networkScenarios}`,
      );
    });
  });
}
