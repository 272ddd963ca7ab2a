// When the interaction chunk (base/interaction.ts: what the events on a chart do, and the tooltip) cannot load
// (offline, a 404), the chart stays drawn and the page keeps working: the keys the chart handles do nothing (and
// still do not scroll the page), Tab still moves on, settled() resolves, nothing is uncaught; a later event asks
// for the chunk again (src/base/lazy-chunk.ts's rule). This file's page never loads the chunk.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { browserRefetchesFailedModules, marks, recordEvents } from './helpers.js';
import { focusedIndex, mapChunk, pause, requests, tallPage } from './interaction-support.js';

const FAILED = '/__fault/status/404?interaction';
mapChunk(() => FAILED);

describe('the interaction chunk cannot load', () => {
  it('keys do nothing, the page does not scroll, Tab moves on, settled() resolves, nothing uncaught', async () => {
    const uncaught: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    const { root, el } = await tallPage();
    const events = recordEvents();
    const count = marks(el).length;
    (root.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIndex(el)).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const status = await Promise.race([el.settled(), pause(5000).then(() => 'still waiting')]);
    expect(status).to.equal('ready');
    await pause(200);
    expect(requests(FAILED)).to.be.at.least(1);
    expect(focusedIndex(el)).to.equal('0');
    expect(window.scrollY).to.equal(0);
    expect(events.selects.length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part=tooltip]')).to.equal(null);
    // a later event asks again
    const before = requests(FAILED);
    (marks(el)[1] as SVGElement).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(await el.settled()).to.equal('ready');
    await pause(50);
    if (await browserRefetchesFailedModules()) expect(requests(FAILED)).to.equal(before + 1);
    // the chart is still drawn, and Tab leaves it for the next control
    expect(marks(el).length).to.equal(count);
    await sendKeys({ press: 'Tab' });
    expect(focusedIndex(el)).to.equal(null);
    events.stop();
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    expect(events.errors.length).to.equal(0);
    expect(uncaught).to.deep.equal([]);
  });
});
