/**
 * Property-based tests from the schemas (fast-check), one
 * test file per widget (test/reliability/property-<name>.test.ts calls
 * `propertySuite`), so each file stays within the runner's time per file.
 * - valid data (random, schema-derived, then made to satisfy the widget's own
 *   checks) always validates and lays out exactly as many marks as the widget
 *   says it draws for it;
 * - invalid data (a valid document broken at one field) always yields the
 *   error state, with a problem located at that field;
 * - the CSV download of valid data, read back by the widget's own CSV reader,
 *   shows the same data table, in vi and en (roundtrip.ts).
 * The bulk runs call the element's own validation and its pure layout on a
 * detached element (no DOM work); a smaller number renders the full element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { AnyChart } from '../helpers.js';
import { arbFor, breakDoc } from './arbitraries.js';
import { defineWidgets, loadWidgets, recordCounts, type LoadedWidget } from './registry.js';
import { asPublished, csvRoundTrip } from './roundtrip.js';
import { assertInert, markCount, settle, uncaughtWatcher } from './support.js';

/** Runs per widget, valid and invalid each (the reliability goal: at least 2,000). */
export const RUNS = 2000;
/** Full element renders per widget, valid and then broken. */
export const RENDERS = 120;
/** CSV round trips per widget, vi and en together. */
export const ROUND_TRIPS = 1000;
/** Widgets whose CSV download their reader cannot read back for every valid document yet, and why. */
const ROUND_TRIP_PENDING: Record<string, string> = {};

type Doc = Record<string, any>;

/**
 * The element's own validation, on a detached element (nothing is rendered).
 * `_accept` is the base element's single entry for a raw document: schema,
 * non-finite numbers, the widget's own checks. Schema errors become located
 * issues once the messages chunk is loaded (`loadMessages` below); from then
 * on this is synchronous.
 */
function validateLikeTheElement(el: AnyChart, raw: unknown): { status: string; issues: readonly { path: string; code: string }[] } {
  (el as any)._accept({ source: 'data', raw });
  return { status: el.status, issues: el.issues };
}

/** Makes the base element load its messages chunk (an invalid document does). */
async function loadMessages(tag: string): Promise<void> {
  const el = document.createElement(tag) as AnyChart;
  (el as any)._accept({ source: 'data', raw: {} });
  for (let i = 0; i < 500 && !el.issues.length; i++) await new Promise((r) => setTimeout(r, 10));
  expect(el.issues.length, 'the messages chunk loaded').to.be.greaterThan(0);
}

/** Makes the element load the chunks only some data needs (`extras`): a document that needs them, rendered once. */
async function loadExtras(tag: string, data: unknown): Promise<void> {
  const el = document.createElement(tag) as AnyChart;
  el.data = data as AnyChart['data'];
  document.body.append(el);
  await el.settled();
  expect(el.layout, 'the extras chunk loaded').to.not.equal(undefined);
  el.remove();
}

/** Valid documents; lists up to `maxItems` long (longer ones are in the catalogue). */
function validDocs(w: LoadedWidget, maxItems = 12): fc.Arbitrary<Doc> {
  return (arbFor(w.schema, w.schema, { maxItems }) as fc.Arbitrary<Doc>).map((d) => w.repair(JSON.parse(JSON.stringify(d))));
}

function attributes(w: LoadedWidget): fc.Arbitrary<Array<[string, string]>> {
  return fc.tuple(...(w.attributes ?? []).map((a) => fc.constantFrom(...a.values).map((v): [string, string] => [a.name, String(v)])));
}

/** The property tests of one widget (by its folder name). */
export function propertySuite(name: string): void {
  const { widgets, pending } = loadWidgets();
  const w = widgets.find((x) => x.name === name);
  const seed = 90_000 + [...name].reduce((a, ch) => a + ch.charCodeAt(0), 0);
  const counts: Record<string, number> = { valid: 0, invalid: 0, renders: 0, roundTrips: 0 };
  const seconds: Record<string, number> = {};
  let started = 0;

  describe(`reliability: property-based tests of <citystat-${name}> (seed ${seed})`, () => {
    it('the widget exists and has a registry entry', () => {
      expect(w, `pending: ${pending.join(', ')}`).to.not.equal(undefined);
    });
    if (!w) return;
    before(async () => {
      await defineWidgets([w]);
      await loadMessages(w.tag);
      if (w.extras) await loadExtras(w.tag, w.extras);
    });
    beforeEach(() => {
      started = performance.now();
    });
    afterEach(function () {
      seconds[this.currentTest!.title.split(':')[0]] = Math.round(performance.now() - started) / 1000;
    });

    it(`${RUNS} valid documents: validated, laid out with the expected number of marks, deterministic`, function () {
      this.timeout(240000);
      const el = document.createElement(w.tag) as AnyChart;
      fc.assert(
        fc.property(
          validDocs(w),
          attributes(w),
          fc.integer({ min: 120, max: 1600 }),
          fc.constantFrom('vi', 'en'),
          (doc, attrs, width, lang) => {
            counts.valid++;
            for (const [k, v] of attrs) el.setAttribute(k, v);
            const { status, issues } = validateLikeTheElement(el, doc);
            expect(issues, 'a valid document has no issues').to.deep.equal([]);
            expect(['ready', 'empty']).to.include(status);
            if (status === 'empty') return;
            const layout = (el as any).computeLayout(doc, width, lang);
            expect(layout.marks.length, 'marks').to.equal(w.expectedMarks(doc, el));
            for (const m of layout.marks) {
              expect(Number.isFinite(m.x) && Number.isFinite(m.y), `mark ${m.key} anchor (${m.x}, ${m.y})`).to.equal(true);
              expect(m.label, 'mark label')
                .to.be.a('string')
                .and.not.match(/NaN|Infinity|undefined/);
            }
            expect(Number.isFinite(layout.width) && Number.isFinite(layout.height), 'layout size').to.equal(true);
            expect(layout.summary)
              .to.be.a('string')
              .and.not.match(/NaN|undefined/);
            // Same input, same output (checked on a quarter of the runs: layouts cost).
            if (width % 4 === 0)
              expect(JSON.stringify((el as any).computeLayout(doc, width, lang)), 'deterministic').to.equal(JSON.stringify(layout));
          },
        ),
        { numRuns: RUNS, seed, endOnFailure: true },
      );
    });

    it(`${RUNS} invalid documents: the error state, located at the broken field`, function () {
      this.timeout(240000);
      const el = document.createElement(w.tag) as AnyChart;
      fc.assert(
        fc.property(validDocs(w), fc.nat(), (doc, pick) => {
          const broken = breakDoc(w.schema, doc, pick, w.lists);
          fc.pre(broken !== undefined);
          counts.invalid++;
          const { status, issues } = validateLikeTheElement(el, broken!.doc);
          expect(status, broken!.what).to.equal('error');
          const where = issues.map((i) => `${i.code}@${i.path}`).join(', ');
          expect(
            issues.some((i) => i.path === broken!.path),
            `${broken!.what}: an issue at "${broken!.path}" among ${where}`,
          ).to.equal(true);
        }),
        { numRuns: RUNS, seed, endOnFailure: true },
      );
    });

    it(`${ROUND_TRIPS} documents as published: the CSV download of the valid ones, read back by the widget's CSV reader, shows the same data table${ROUND_TRIP_PENDING[name] ? ' [pending]' : ''}`, async function () {
      this.timeout(240000);
      const [el, other] = [document.createElement(w.tag), document.createElement(w.tag)] as AnyChart[];
      const property = fc.asyncProperty(
        validDocs(w).map(asPublished),
        fc.integer({ min: 200, max: 1400 }),
        fc.constantFrom('vi', 'en'),
        async (doc, width, lang) => {
          const { status } = validateLikeTheElement(el, doc);
          if (status !== 'ready') return;
          counts.roundTrips++;
          const trip = await csvRoundTrip(el, other, doc, width, lang);
          const what = `${lang} CSV:\n${trip.csv}`;
          expect(new Set(trip.cells.map((r) => r.length)).size, `${what}: one width`).to.equal(1);
          expect(trip.issues, what).to.deep.equal([]);
          expect(trip.after, what).to.deep.equal(trip.before);
        },
      );
      const options = { numRuns: ROUND_TRIPS, seed, endOnFailure: true };
      if (!ROUND_TRIP_PENDING[name]) return void (await fc.assert(property, options));
      // a known gap: the test fails once it is closed, so that the entry is taken off
      expect((await fc.check(property, options)).failed, ROUND_TRIP_PENDING[name]).to.equal(true);
    });

    it(`${RENDERS} full renders of valid then broken documents: marks drawn = marks expected, then the error box`, async function () {
      this.timeout(240000);
      const root = await fixture<HTMLElement>(html`<div></div>`);
      const uncaught = uncaughtWatcher();
      try {
        const samples = fc.sample(fc.tuple(validDocs(w, 40), attributes(w), fc.integer({ min: 200, max: 1400 }), fc.nat()), {
          numRuns: RENDERS,
          seed,
        });
        for (const [doc, attrs, width, pick] of samples) {
          root.style.width = `${width}px`;
          const el = document.createElement(w.tag) as AnyChart;
          for (const [k, v] of attrs) el.setAttribute(k, v);
          el.setAttribute('lang', pick % 2 ? 'en' : 'vi');
          el.data = doc;
          root.append(el);
          const status = await settle(el);
          counts.renders++;
          expect(['ready', 'empty'], JSON.stringify(el.issues)).to.include(status);
          if (status === 'ready') expect(markCount(el)).to.equal(w.expectedMarks(doc, el));
          assertInert(el, 'random valid document');
          const broken = breakDoc(w.schema, doc, pick, w.lists);
          if (broken) {
            el.data = broken.doc;
            expect(await settle(el), broken.what).to.equal('error');
            counts.renders++;
            expect(el.shadowRoot!.querySelector('[part=error] li'), 'a message').to.not.equal(null);
            expect(markCount(el)).to.equal(0);
          }
          el.remove();
        }
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });

    after(async () => {
      console.log(
        `reliability properties: <citystat-${name}> ${counts.valid} valid runs, ${counts.invalid} invalid runs, ${counts.renders} full renders, ${counts.roundTrips} CSV round trips (seconds ${JSON.stringify(seconds)})`,
      );
      await recordCounts(`properties-${name}`, { ...counts, seed, seconds });
    });
  });
}
