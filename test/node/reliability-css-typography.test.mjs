// Reliability under hostile host typography: the hostile page of
// reliability-css.test.mjs plus body typography a theme or an enclosing
// element may set (letter-spacing, word-spacing, italic, uppercase,
// small-caps, text-indent, text-shadow): inherited properties cross into
// shadow DOM unless the widget sets them itself. Same 0.5% limit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { recordCounts } from '../reliability/node-support.mjs';
import { HOSTILE, LIMIT, cssPages, report } from '../reliability/css-support.mjs';

let h;
let result;

before(async () => {
  h = await cssPages(
    { typography: [...HOSTILE, '/__rel/typography.css'] },
    { '/__rel/typography.css': 'test/reliability/fixtures/hostile-typography.css' },
  );
});

after(async () => {
  await h?.close();
  recordCounts('hostile-css-typography', result ?? {});
});

test('hostile page + inherited body typography: every widget within 0.5% of the clean page', async () => {
  const clean = await h.shots('clean');
  result = report('+ inherited body typography', h.compare('typography', clean, await h.shots('typography')));
  assert.deepEqual(result.over, [], `widgets over ${LIMIT * 100}% (screenshots in .tmp/reliability/css/)`);
});
