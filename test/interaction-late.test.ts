// What the events on a chart do is a chunk (base/interaction.ts, with the tooltip) loaded with the reader's first
// event on the chart. A key pressed before it has arrived is not lost and does not scroll the page: the entry
// prevents the key's default action at once, and the chunk applies the events in order once it is there;
// `settled()` waits for it. This file's page gets the chunk 800 ms late.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recordEvents } from './helpers.js';
import { focusedIndex, mapChunk, pause, requests, tallPage } from './interaction-support.js';

const LATE = '/__fault/later?ms=800&to=';
mapChunk((ts) => `${LATE}${encodeURIComponent(ts)}`);

describe('the interaction chunk arrives late', () => {
  it('a first ArrowDown pressed before it has loaded moves focus once it is there, and the page does not scroll', async () => {
    const { root, el } = await tallPage();
    const events = recordEvents();
    (root.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' }); // the browser's own focus: the tab stop is drawn by the entry
    expect(focusedIndex(el)).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    // not there yet: the focus has not moved, no tooltip, nothing scrolled
    expect(el.shadowRoot!.querySelector('[part=tooltip]')).to.equal(null);
    expect(focusedIndex(el)).to.equal('0');
    await pause(200);
    expect(window.scrollY).to.equal(0);
    await el.settled();
    // both presses applied, in order, and the focused mark's tooltip shown
    expect(focusedIndex(el)).to.equal('2');
    expect(el.shadowRoot!.querySelector('[part=tooltip]')).to.not.equal(null);
    expect(requests(encodeURIComponent(new URL('../src/base/interaction.ts', import.meta.url).href))).to.equal(1);
    await sendKeys({ press: 'Enter' }); // there now: applied at once
    expect(events.selects.map((e) => e.detail.index)).to.deep.equal([2]);
    await pause(200);
    expect(window.scrollY).to.equal(0);
    events.stop();
    // the test can see a scroll: the same key on a plain button scrolls the page
    (root.querySelector('#after') as HTMLButtonElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await pause(300);
    expect(window.scrollY).to.be.greaterThan(0);
  });
});
