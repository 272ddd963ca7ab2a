// Chart.js configurations of the bench's charts (used by the bench page,
// chartjs.js, and the throttled article, article-peers.js): animations off,
// the canvas sized by its caller.
import { barsOf, groupsOf, partsOf, pick } from './common.js';

const COLORS = ['#1f6fb2', '#d1603d', '#2a9d8f', '#8e6c8a', '#e9c46a', '#6b8e23', '#b5651d', '#457b9d'];
const base = { animation: false, responsive: false };

export function config(kind, doc) {
  if (kind === 'sector') {
    const rows = barsOf(doc).sort((a, b) => b.value - a.value);
    return {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [{ label: pick(doc.unit), data: rows.map((r) => r.value), backgroundColor: COLORS[0] }],
      },
      options: { ...base, indexAxis: 'y', plugins: { legend: { display: false }, title: { display: true, text: pick(doc.title) } } },
    };
  }
  if (kind === 'fdi') {
    const parts = partsOf(doc);
    return {
      type: 'bar',
      data: {
        labels: [''],
        datasets: parts.map((p, i) => ({ label: p.label, data: [p.value], backgroundColor: COLORS[i % COLORS.length] })),
      },
      options: {
        ...base,
        indexAxis: 'y',
        scales: { x: { stacked: true }, y: { stacked: true } },
        plugins: { title: { display: true, text: pick(doc.title) } },
      },
    };
  }
  if (kind === 'fair') {
    const g = groupsOf(doc);
    return {
      type: 'bar',
      data: {
        labels: g.events,
        datasets: g.measures.map((m, i) => ({
          label: m,
          data: g.events.map((e) => g.rows.find((r) => r.event === e && r.measure === m)?.value ?? null),
          backgroundColor: COLORS[i % COLORS.length],
        })),
      },
      options: { ...base, indexAxis: 'y', plugins: { title: { display: true, text: pick(doc.title) } } },
    };
  }
  throw new Error(`no Chart.js equivalent for ${kind}`);
}
