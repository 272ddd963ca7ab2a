// Headless Chromium for the bench scripts (scripts/bench.mjs,
// bench/profile.mjs): timers and rendering of background pages not
// throttled, so that every page runs at full speed whichever is in front.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';

/** Launches the browser; `args` are added to the common flags. Closes it on Ctrl-C or a kill. */
export async function launchBrowser({ protocolTimeout, args = [] }) {
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    protocolTimeout,
    args: [
      ...chromeArgs,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      ...args,
    ],
  });
  // Ctrl-C or a kill: close the browser this script started, then leave.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      void browser.close().finally(() => process.exit(130));
    });
  }
  return browser;
}
