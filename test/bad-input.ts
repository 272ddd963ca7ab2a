// Shared by the widgets' bad-input tests (test/<widget>.test.ts): each bad
// input shows a located message in vi and en, fires an event, throws nothing.
import { expect } from '@open-wc/testing';
import { partText, recordEvents, watchUncaught, type AnyChart } from './helpers.js';

/** Runs `test` with the document's citystat events recorded, then expects no uncaught error meanwhile. */
export async function expectNothingThrown(test: (events: ReturnType<typeof recordEvents>) => Promise<void>): Promise<void> {
  const events = recordEvents();
  const uncaught = watchUncaught();
  try {
    await test(events);
  } finally {
    uncaught.stop();
    events.stop();
  }
  expect(uncaught.errors).to.deep.equal([]);
}

/**
 * The widget shows the error state: one `citystat-error` event naming the
 * message, an alert with the message in vi, and in en after the language changes.
 */
export async function expectLocatedMessage(el: AnyChart, errors: CustomEvent[], message: { vi: string; en: string }): Promise<void> {
  expect(el.status).to.equal('error');
  expect(errors.length).to.equal(1);
  expect(errors[0].detail.messages).to.include(message.vi);
  expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
  expect(partText(el, 'error')).to.contain(message.vi);
  el.setAttribute('lang', 'en');
  await el.updateComplete;
  expect(partText(el, 'error')).to.contain(message.en);
}
