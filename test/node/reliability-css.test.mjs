// Reliability under hostile host CSS. Every widget (vi light, en dark) is drawn
// on a clean page and on a page with Bootstrap 5, WordPress block-library
// styles (style, theme, common) and global resets (svg{display:none},
// *{font-size:30px}, rect{fill:red}, table{display:none}); screenshots of each
// widget element may differ by at most 0.5% of pixels (pixelmatch).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { recordCounts } from '../reliability/node-support.mjs';
import { HOSTILE, LIMIT, cssPages, report } from '../reliability/css-support.mjs';

let h;
let clean;
const results = {};

before(async () => {
  h = await cssPages({ hostile: HOSTILE });
  clean = await h.shots('clean');
});

after(async () => {
  await h?.close();
  recordCounts('hostile-css', results);
});

test('the clean page is stable (control: two loads give the same pixels)', async () => {
  const r = report('clean vs clean', h.compare('clean-again', clean, await h.shots('clean')));
  results.control = r;
  assert.equal(r.worst, 0);
});

test('Bootstrap 5 + WordPress block-library + global resets: every widget within 0.5% of the clean page', async () => {
  const r = report('bootstrap + wordpress + resets', h.compare('hostile', clean, await h.shots('hostile')));
  results.hostile = r;
  assert.deepEqual(r.over, [], `widgets over ${LIMIT * 100}% (screenshots in .tmp/reliability/css/)`);
});
