// citystat page: the CDN bundle as a news page loads it (dist/cdn/citystat.js,
// served by the bench as /cdn/citystat.js); elements get the data property.
// citystat.js loads each widget's code when its tag first appears; here every
// widget is loaded before the clock starts, as the peers' code is (download
// sizes are counted apart).
import { install, tags } from './common.js';
import { citystatAdapter } from './citystat-adapter.js';

const ready = import('/cdn/citystat.js').then(async (m) => {
  if (typeof m.define === 'function') await Promise.allSettled(Object.values(tags).map((tag) => m.define(tag)));
  else if (typeof m.defineAll === 'function') await m.defineAll().catch(() => {});
  return m;
});
install(citystatAdapter(ready));
