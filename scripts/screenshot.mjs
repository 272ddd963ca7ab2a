// Screenshots pages of the local server in headless Chromium, after every
// citystat widget on them has settled:
//   node scripts/screenshot.mjs <path?query> <width> <out.png> [--dark] [--forced-colors]
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { startServer } from './serve.mjs';

export async function screenshot(browser, baseUrl, path, width, out, { dark = false, forcedColors = false } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewport({ width: Number(width), height: 800, deviceScaleFactor: 1 });
  const features = [];
  if (dark) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (forcedColors) features.push({ name: 'forced-colors', value: 'active' });
  // Through CDP: puppeteer-core 24 (the last for Node 20) refuses forced-colors in emulateMediaFeatures.
  if (features.length) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features });
  await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    await Promise.race([customElements.whenDefined('citystat-sector-breakdown'), new Promise((r) => setTimeout(r, 3000))]);
    const all = [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('CITYSTAT-') && 'settled' in e);
    await Promise.all(all.map((e) => e.settled()));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await page.screenshot({ path: out, fullPage: true });
  await page.close();
  return errors;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const args = process.argv.slice(2);
  const [path = '/', width = '1200', out = 'screenshot.png'] = args.filter((a) => !a.startsWith('--'));
  const { server, url } = await startServer(9300, { quiet: true });
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  try {
    const errors = await screenshot(browser, url, path, width, out, {
      dark: args.includes('--dark'),
      forcedColors: args.includes('--forced-colors'),
    });
    console.log(`wrote ${out}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
  } finally {
    await browser.close();
    server.close();
  }
}
