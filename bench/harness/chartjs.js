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
  update(chart, doc) {
    const next = config('sector', doc);
    chart.data.labels = next.data.labels;
    chart.data.datasets[0].data = next.data.datasets[0].data;
    chart.update();
  },
  done: () => raf2(),
});
