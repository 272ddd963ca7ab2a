// The throttled article for a peer (Chart.js or Observable Plot): each
// `<figure class="bench-chart" data-kind>` holds its data as inline JSON (the
// bytes citystat's page carries as a table) and gets the peer's chart, drawn
// at the figure's width as the bench page draws it (chartjs-config.js,
// plot-draw.js). A kind the peer cannot draw (the KPI card) stays as it is.
// Each chart drawn dispatches `bench-drawn` for bench/article-throttled.mjs.
import { config } from './chartjs-config.js';
import { draw } from './plot-draw.js';

const HEIGHT = 300;

function drawChart(kind, doc, box) {
  const width = box.clientWidth;
  if (window.Chart) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = HEIGHT;
    box.append(canvas);
    new window.Chart(canvas, config(kind, doc));
  } else {
    box.append(draw(kind, doc, { width, height: HEIGHT }));
  }
}

for (const figure of document.querySelectorAll('figure.bench-chart')) {
  const kind = figure.dataset.kind;
  if (kind === 'kpi') continue;
  const doc = JSON.parse(figure.querySelector('script[type="application/json"]').textContent);
  drawChart(kind, doc, figure.querySelector('.bench-box'));
  figure.dispatchEvent(new CustomEvent('bench-drawn', { bubbles: true }));
}
