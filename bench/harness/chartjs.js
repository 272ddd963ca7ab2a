// Chart.js 4 adapter: its own UMD bundle (global `Chart`, every component
// registered), canvas of the box's size, animations off.
import { BOX, install, raf2 } from './common.js';
import { config } from './chartjs-config.js';

install({
  name: 'chartjs',
  ready: Promise.resolve(),
  has: (kind) => kind === 'sector' || kind === 'fdi' || kind === 'fair',
  create(kind, doc, box) {
    const canvas = document.createElement('canvas');
    canvas.width = BOX.width;
    canvas.height = BOX.height;
    box.append(canvas);
    return new window.Chart(canvas, config(kind, doc));
  },
  // the interaction row (interact.js): the middle of bar i, and Chart.js's own tooltip
  point(chart, i) {
    const bar = chart.getDatasetMeta(0).data[i];
    const r = chart.canvas.getBoundingClientRect();
    return { x: r.left + (bar.x + bar.base) / 2, y: r.top + bar.y };
  },
  shows(chart, i) {
    return chart.tooltip?.opacity > 0 && chart.tooltip.dataPoints?.[0]?.dataIndex === i;
  },
  update(chart, doc) {
    const next = config('sector', doc);
    chart.data.labels = next.data.labels;
    chart.data.datasets[0].data = next.data.datasets[0].data;
    chart.update();
  },
  done: () => raf2(),
});
