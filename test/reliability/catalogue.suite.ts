/**
 * A catalogue of bad inputs for every widget, one test file
 * per widget (test/reliability/catalogue-<name>.test.ts). Each input
 * renders correctly or shows a located message (in vi and en), fires the
 * matching event, throws nothing uncaught, injects nothing, and a sibling
 * widget on the same page renders normally.
 */
import { expect } from '@open-wc/testing';
import type { AnyChart } from '../helpers.js';
import { parseCsv } from '../../src/core/csv.js';
import { recordEvents } from '../helpers.js';
import { buildCatalogue, csvFixtures, documentFixtures, fixtureFor, pendingFix, scriptCases, type Case } from './catalogue.js';
import { hostileObjectCases } from './hostile-objects.js';
import { defineWidgets, loadWidgets, readSync, recordCounts, type LoadedWidget } from './registry.js';
import {
  assertFinite,
  assertInert,
  assertSiblingFine,
  everythingShown,
  markCount,
  pageWithSibling,
  settle,
  squash,
  tick,
  uncaughtWatcher,
} from './support.js';

const csvSource = readSync('/src/core/csv.ts') !== undefined;
const fixtureTexts = new Map<string, string>();
for (const f of [...documentFixtures, ...csvFixtures]) {
  fixtureTexts.set(f.file, readSync(`/test/reliability/fixtures/${f.file}`) ?? '');
}

async function dataOf(c: Case, el: AnyChart): Promise<any> {
  if (c.input.kind === 'data') return c.input.data;
  const text = c.input.kind === 'script' ? c.input.text : await (await fetch(c.input.src)).text();
  if (c.input.kind === 'script' ? c.input.type === 'text/csv' : /\.csv$/.test(c.input.src)) {
    // the document the widget's CSV reader makes of the file
    const parsed = parseCsv(text);
    return (await (el as any).tableReader()).fromTable(parsed.table, parsed.numberLang).data;
  }
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

async function runCase(c: Case, w: LoadedWidget, sibling: LoadedWidget): Promise<void> {
  delete (window as any).__pwned;
  const events = recordEvents();
  const uncaught = uncaughtWatcher();
  try {
    const { root, good } = await pageWithSibling(sibling, c.lang);
    const el = document.createElement(w.tag) as AnyChart;
    if (c.input.kind === 'data') el.data = c.input.data;
    else if (c.input.kind === 'script') {
      const script = document.createElement('script');
      script.type = c.input.type ?? 'application/json';
      script.textContent = c.input.text;
      el.append(script);
    } else el.setAttribute('src', c.input.src);
    root.prepend(el);
    const status = await settle(el);
    await assertSiblingFine(sibling, good);
    await tick(10);
    assertInert(el, c.name);
    const mine = (list: CustomEvent[]) => list.filter((e) => e.target === el);
    const e = c.expect;
    const readyChecks = async () => {
      expect(markCount(el), 'marks drawn').to.equal(w.expectedMarks(await dataOf(c, el), el));
      expect(mine(events.errors), 'no citystat-error').to.have.length(0);
      expect(mine(events.renders).length, 'a citystat-render').to.be.greaterThan(0);
      if (c.finiteText) assertFinite(el, c.name);
    };
    const located = async (path: string, code?: string, text?: Partial<Record<'vi' | 'en', RegExp>>) => {
      const shown = el.issues.map((i) => `${i.code} at "${i.path}"`).join('; ');
      // A cross-field rule (a progress value above its total) may be reported at
      // a sibling field: `sane` cases accept a problem in the same object.
      const parent = path.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
      const near = (p: string) => p === path || (c.expect.status === 'sane' && parent !== '' && p.startsWith(parent));
      const at = el.issues.findIndex((i) => near(i.path) && (!code || i.code === code));
      expect(at, `an issue ${code ?? ''} at "${path}" among: ${shown}`).to.be.greaterThan(-1);
      const events_ = mine(events.errors);
      expect(events_.length, 'a citystat-error event').to.be.greaterThan(0);
      expect(events_.at(-1)!.detail.issues.some((i: any) => near(i.path))).to.equal(true);
      const box = el.shadowRoot!.querySelector('[part=error]');
      expect(box?.getAttribute('role'), 'error box is an alert').to.equal('alert');
      for (const lang of ['vi', 'en'] as const) {
        el.setAttribute('lang', lang);
        await el.updateComplete;
        const message = (el.shadowRoot!.querySelector('[part=error]')?.textContent ?? '').replace(/\s+/g, ' ');
        expect(message.length, `a message in ${lang}`).to.be.greaterThan(20);
        if (path && at < 6) expect(message, `the ${lang} message names ${el.issues[at].path}`).to.contain(el.issues[at].path);
        const re = text?.[lang];
        if (re) expect(message).to.match(re);
      }
    };
    switch (e.status) {
      case 'ready':
        expect(status, `status (issues: ${JSON.stringify(el.issues)})`).to.equal('ready');
        await readyChecks();
        if (e.shown) expect(squash(everythingShown(el)), 'the text is shown as text').to.contain(squash(e.shown));
        break;
      case 'ready-or-empty':
        expect(['ready', 'empty'], `status (issues: ${JSON.stringify(el.issues)})`).to.include(status);
        if (status === 'ready') await readyChecks();
        break;
      case 'sane':
        expect(['ready', 'error'], 'status').to.include(status);
        if (status === 'ready') await readyChecks();
        else await located(c.path ?? '');
        break;
      case 'error':
        expect(status, 'status').to.equal('error');
        await located(e.path, e.code, e.text);
        break;
    }
    await tick(0);
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  } finally {
    events.stop();
    uncaught.stop();
  }
}

/**
 * The catalogue of one widget (by its folder name), next to a sibling widget.
 * `pending`: run only the cases waiting for a shared fix (PENDING_FIX) instead
 * of all the others.
 */
export function catalogueSuite(name: string, { pending: onlyPending = false } = {}): void {
  const { widgets, pending } = loadWidgets();
  const index = widgets.findIndex((x) => x.name === name);
  const w = widgets[index];
  const byGroup: Record<string, number> = {};
  let tried = 0;
  const t0 = performance.now();

  describe(`reliability: catalogue of bad inputs for <citystat-${name}>${onlyPending ? ' (pending shared fixes)' : ''}`, () => {
    it('the widget exists, has a registry entry, and its property-test file', () => {
      expect(w, `pending: ${pending.join(', ')}`).to.not.equal(undefined);
      expect(readSync(`/test/reliability/property-${name}.test.ts`), `test/reliability/property-${name}.test.ts`).to.be.a('string');
    });
    if (!w) return;
    const sibling = widgets[(index + 1) % widgets.length];
    before(() => defineWidgets(widgets));
    const all = [...buildCatalogue(w, csvSource), ...scriptCases(w, fixtureTexts, csvSource), ...hostileObjectCases(w)];
    const cases = all.filter((c) => !!pendingFix(c) === onlyPending);
    const deferred = all.length - cases.length;
    describe(`${cases.length} inputs, sibling <${sibling.tag}>`, () => {
      for (const c of cases) {
        it(`${c.group}: ${c.name}${onlyPending ? ` [${pendingFix(c)}]` : ''}`, async () => {
          tried++;
          byGroup[c.group] = (byGroup[c.group] ?? 0) + 1;
          await runCase(c, w, sibling);
        });
      }
    });

    after(async () => {
      const csv = csvSource
        ? `${csvFixtures.filter((f) => fixtureFor(f, name)).length} CSV fixtures (src and inline)`
        : 'pending: no CSV source in src/core yet';
      const seconds = Math.round((performance.now() - t0) / 1000);
      const section = `catalogue-${onlyPending ? 'pending-fix-' : ''}${name}`;
      const counts = await recordCounts(section, {
        inputsTried: tried,
        perGroup: byGroup,
        csv,
        seconds,
        ...(onlyPending ? {} : { deferredToPendingFix: deferred }),
      });
      console.log(
        `reliability catalogue${onlyPending ? ' (pending shared fixes)' : ''}: <citystat-${name}> ${tried} bad inputs tried in ${seconds} s` +
          `${onlyPending ? '' : ` (+${deferred} in catalogue-pending-fix.test.ts)`}; by group ${JSON.stringify(byGroup)}; CSV: ${csv}`,
      );
      if (counts?.summary) console.log(`reliability catalogue: all widgets so far: ${JSON.stringify(counts.summary)}`);
    });
  });
}
