// Shared by the three bench pages (citystat, Chart.js, Observable Plot): the
// boxes, the data, the scenarios and the clock. Each library's page supplies
// an adapter and calls `install(adapter)`; scripts/bench.mjs then calls
// `window.bench.run(spec)` once per fresh page. An adapter is
//   { name, ready: Promise, has(kind), create(kind, doc, box, attrs) → handle,
//     update(handle, doc), done(handles): Promise }
// where `done` resolves two animation frames after the handles' render is
// complete (peers: their render is synchronous, so just two frames).

/** The box every chart is drawn in (CSS px). */
export const BOX = { width: 478, height: 318 };

/** Resolves after two animation frames: the render has been painted. */
export const raf2 = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Text of a citystat LocalizedText in Vietnamese (the examples' locale). */
export function pick(value, lang = 'vi') {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value.en ?? Object.values(value)[0] ?? '';
}

/** The example documents, keyed by widget kind; `undefined` when the file is not there (yet). */
export const examples = {};
const files = {
  sector: 'sector-breakdown',
  fdi: 'fdi-composition',
  fair: 'fair-participation',
  kpi: 'kpi',
  trend: 'trend',
};

/** The element tag of each widget kind. */
export const tags = {
  sector: 'citystat-sector-breakdown',
  fdi: 'citystat-fdi-composition',
  fair: 'citystat-fair-participation',
  kpi: 'citystat-kpi',
  trend: 'citystat-trend',
};

export async function loadExamples() {
  await Promise.all(
    Object.entries(files).map(async ([kind, name]) => {
      try {
        const res = await fetch(`/data-schemas/examples/${name}.json`, { cache: 'no-store' });
        examples[kind] = res.ok ? await res.json() : undefined;
      } catch {
        examples[kind] = undefined;
      }
    }),
  );
}

// ---- generated data ---------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so every library gets the same numbers. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Cơ khí', 'chế tạo', 'Điện tử', 'Dệt may', 'Thực phẩm', 'Hóa chất', 'Vật liệu', 'Thủ công', 'Nhựa', 'Dược phẩm'];

/**
 * A sector-breakdown document of `n` items (unique Vietnamese labels, integer
 * values 1–1000, stated total equal to the sum). `seed` changes the values
 * (used for re-render after a data change).
 */
export function sectorDoc(n, seed = 1) {
  const rnd = prng(seed);
  const items = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const value = 1 + Math.floor(rnd() * 1000);
    sum += value;
    items.push({
      id: `s${i}`,
      label: { vi: `${WORDS[i % WORDS.length]} nhóm ${i + 1}`, en: `Group ${i + 1}` },
      value,
    });
  }
  return {
    locale: 'vi',
    title: { vi: `Cơ cấu theo ${n} nhóm ngành`, en: `Breakdown by ${n} groups` },
    unit: { vi: 'sản phẩm', en: 'products' },
    total: sum,
    items,
    source: { name: { vi: 'Số liệu thử', en: 'Test figures' }, date: '2023' },
  };
}

/** A trend document of `n` monthly points (changes year on year, one decimal, every 17th missing) from January 2000. */
export function trendDoc(n, seed = 1) {
  const rnd = prng(seed);
  const points = [];
  for (let i = 0; i < n; i++) {
    const period = `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    points.push({ period, value: i % 17 === 16 ? null : Math.round((rnd() * 12 - 3) * 10) / 10 });
  }
  return {
    locale: 'vi',
    title: { vi: `Chỉ số theo ${n} tháng`, en: `An index over ${n} months` },
    series: [{ id: 'yoy', label: { vi: 'So với cùng kỳ', en: 'Year on year' }, kind: 'change-year', decimals: 1, points }],
    source: { name: { vi: 'Số liệu thử', en: 'Test figures' }, date: '2023' },
  };
}

// ---- citystat documents → the peers' plain rows -------------------------------
// Done inside the timed region (citystat reads the same documents itself).

/** Sector breakdown → [{label, value}] (missing values left out: peers cannot show them). */
export function barsOf(doc) {
  return doc.items.filter((d) => d.value !== null).map((d) => ({ label: pick(d.label), value: d.value }));
}

const LABEL_KEYS = ['label', 'name', 'title'];
const VALUE_KEYS = ['value', 'capital', 'amount', 'total'];

/**
 * FDI composition → [{label, value}]. The widget's schema is written by
 * another developer: this takes the first array of objects that have a label
 * and a number (preferring `value`/`capital`), so it follows the example file.
 */
export function partsOf(doc) {
  for (const v of Object.values(doc)) {
    if (!Array.isArray(v) || !v.length || typeof v[0] !== 'object' || v[0] === null) continue;
    const labelKey = LABEL_KEYS.find((k) => k in v[0]);
    const valueKey = VALUE_KEYS.find((k) => typeof v[0][k] === 'number') ?? Object.keys(v[0]).find((k) => typeof v[0][k] === 'number');
    if (labelKey && valueKey) return v.map((d) => ({ label: pick(d[labelKey]), value: d[valueKey] ?? 0 }));
  }
  return [];
}

/** Fair participation → {measures: [label], events: [name], rows: [{event, measure, value}]}. */
export function groupsOf(doc) {
  const measures = doc.measures.map((m) => ({ id: m.id, label: pick(m.label) }));
  const events = doc.events.map((e) => pick(e.name));
  const rows = [];
  doc.events.forEach((e, i) => {
    for (const m of measures) {
      const value = e.values?.[m.id];
      if (typeof value === 'number') rows.push({ event: events[i], measure: m.label, value });
    }
  });
  return { measures: measures.map((m) => m.label), events, rows };
}

// ---- the page ---------------------------------------------------------------

function newBox(parent = document.getElementById('stage')) {
  const box = document.createElement('div');
  box.className = 'box';
  parent.append(box);
  return box;
}

/** The document a widget kind draws in a scenario. */
function docFor(kind, n) {
  if (kind === 'sector' && n) return sectorDoc(n);
  if (kind === 'trend' && n) return trendDoc(n);
  return examples[kind];
}

/**
 * Runs one scenario on this (fresh) page and returns its timing in ms.
 * spec: {scenario: 'charts', kinds: [...]} | {scenario: 'n', n, attrs?} |
 *       {scenario: 'rerender', n} | {scenario: 'idle'} (heap baseline).
 * `charts` draws the given kinds (cycled to `count` charts) in one go.
 */
async function run(adapter, spec) {
  const missing = (spec.kinds ?? ['sector']).filter((k) => !adapter.has(k) || !examples[k]);
  if (missing.length) return { na: `not available: ${missing.join(', ')}` };
  document.getElementById('stage').replaceChildren();
  await raf2();
  if (spec.scenario === 'idle') return { ms: 0 };

  if (spec.scenario === 'rerender') {
    const doc = sectorDoc(spec.n, 1);
    const handle = adapter.create('sector', doc, newBox(), spec.attrs);
    await adapter.done([handle]);
    const next = sectorDoc(spec.n, 2);
    performance.mark('bench:start');
    const t0 = performance.now();
    adapter.update(handle, next);
    await adapter.done([handle]);
    const ms = performance.now() - t0;
    performance.mark('bench:end');
    return { ms, nodes: countNodes() };
  }

  const kinds = spec.kinds ?? ['sector'];
  const count = spec.count ?? kinds.length;
  const docs = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length];
    docs.push([kind, docFor(kind, spec.n)]);
  }
  const boxes = docs.map(() => newBox());
  performance.mark('bench:start');
  const t0 = performance.now();
  const handles = docs.map(([kind, doc], i) => adapter.create(kind, doc, boxes[i], spec.attrs));
  await adapter.done(handles);
  const ms = performance.now() - t0;
  performance.mark('bench:end');
  return { ms, nodes: countNodes() };
}

/** DOM nodes on the page, shadow roots included. */
function countNodes(root = document.body) {
  let n = 0;
  const walk = (node) => {
    n++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return n;
}

/** Exposes `window.bench` for scripts/bench.mjs. */
export function install(adapter) {
  const ready = (async () => {
    await loadExamples();
    await adapter.ready;
    return { name: adapter.name, kinds: Object.keys(tags).filter((k) => adapter.has(k) && examples[k] !== undefined) };
  })();
  window.bench = {
    ready,
    run: (spec) => run(adapter, spec),
    raf2,
    // the interaction row (interact.js), loaded when used
    interact: async (step, spec) => {
      const m = await import('./interact.js');
      if (step === 'prepare') {
        document.getElementById('stage').replaceChildren();
        return m.prepare(adapter, spec, () => newBox());
      }
      return m[step]();
    },
  };
}
