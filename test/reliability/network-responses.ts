/**
 * Network faults of src answered by the server (network.suite.ts): error statuses, HTML, large bodies,
 * no answer, redirects, another origin.
 */
import { expect } from '@open-wc/testing';
import type { AnyChart } from '../helpers.js';
import type { LoadedWidget } from './registry.js';
import { checks, errorText, requests, uid, until, withSrc, type FaultTest } from './network-support.js';

/** The tests of the server's answers to a src of widget `w`. */
export function responseFaults(w: LoadedWidget, test: FaultTest): void {
  const example = `/${w.examples[0]}`;
  const file = w.examples[0];
  const { expectError, expectReady } = checks(w);

  test('404: says the server answered 404, with the address', async () => {
    const el = await withSrc(w, '/__fault/status/404');
    await expectError(el, 'errFetchStatus', /\/__fault\/status\/404: the server answered 404 \(file not found\)\./);
    expect(errorText(el)).to.contain('máy chủ trả lời mã 404 (không tìm thấy tệp).');
  });

  test('500: says the server answered 500', async () => {
    const el = await withSrc(w, '/__fault/status/500');
    await expectError(el, 'errFetchStatus', /the server answered 500 \(the server had an error\)\./);
    expect(errorText(el)).to.contain('máy chủ trả lời mã 500 (máy chủ gặp lỗi).');
  });

  test('403 and 503: each explained in the widget language', async () => {
    const forbidden = await withSrc(w, '/__fault/status/403');
    await expectError(forbidden, 'errFetchStatus', /the server answered 403 \(access denied\)\./);
    expect(errorText(forbidden)).to.contain('mã 403 (không được phép truy cập)');
    const unavailable = await withSrc(w, '/__fault/status/503');
    await expectError(unavailable, 'errFetchStatus', /the server answered 503 \(the server had an error\)\./);
  });

  test('an HTML page (text/html)', async () => {
    const el = await withSrc(w, '/__fault/html');
    await expectError(el, 'errFetchHtml', /received a web page \(HTML\) instead of JSON data/);
  });

  test('an HTML page labelled application/json', async () => {
    const el = await withSrc(w, `/__fault/serve/${uid(w)}?file=test/reliability/fixtures/page.html.json`);
    await expectError(el, 'errFetchHtml', /received a web page \(HTML\)/);
  });

  for (const chunked of [false, true]) {
    const how = chunked ? 'streamed without content-length' : 'with content-length';
    test(`a 5 MB body (${how}) renders`, async () => {
      const t0 = performance.now();
      const el = await withSrc(w, `/__fault/big?file=${file}&mb=5${chunked ? '&chunked=1' : ''}`);
      await expectReady(el);
      console.log(`network: <${w.tag}> 5 MB body ${how} ready in ${Math.round(performance.now() - t0)} ms`);
    });
    test(`a 12 MB body (${how}) is refused as too large`, async () => {
      const el = await withSrc(w, `/__fault/big?file=${file}&mb=12${chunked ? '&chunked=1' : ''}`);
      await expectError(el, 'errFetchTooLarge', /larger than 10 MB/);
    });
  }

  test('a server that never answers: the timeout attribute, and the request is aborted', async () => {
    const id = uid(w);
    const t0 = performance.now();
    const el = await withSrc(w, `/__fault/serve/${id}?ms=8000&file=${file}`, { timeout: '300' });
    await expectError(el, 'errFetchTimeout', /no answer within 0\.3 seconds/);
    const took = performance.now() - t0;
    expect(took).to.be.within(250, 3000);
    const r = await until(
      'request aborted after the timeout',
      () => requests(id),
      (v) => v.aborted === 1,
    );
    expect(r.finished).to.equal(0);
  });

  test('has a sensible default timeout (5 to 60 seconds)', async () => {
    const el = document.createElement(w.tag) as AnyChart;
    expect(el.timeout).to.be.within(5000, 60000);
  });

  test('a redirect to the data is followed', async () => {
    const el = await withSrc(w, `/__fault/redirect?to=${encodeURIComponent(example)}`);
    await expectReady(el);
  });

  test('a redirect to an HTML page is an error, not a chart', async () => {
    const el = await withSrc(w, `/__fault/redirect?to=${encodeURIComponent('/__fault/html')}`);
    await expectError(el, 'errFetchHtml', /HTML/);
  });

  describe('another origin', () => {
    let port = 0;
    before(async () => {
      port = (await (await fetch('/__fault/other-origin')).json()).port;
    });
    test('with Access-Control-Allow-Origin: renders (control)', async () => {
      const el = await withSrc(w, `http://127.0.0.1:${port}/allow?file=${file}`);
      await expectReady(el);
    });
    test('without Access-Control-Allow-Origin (CORS refusal): a network message', async () => {
      const el = await withSrc(w, `http://127.0.0.1:${port}/refuse?file=${file}`);
      await expectError(el, 'errFetchNetwork', /network error, or the server does not allow access/);
    });
    test('a same-site redirect to another origin without CORS', async () => {
      const to = `http://127.0.0.1:${port}/refuse?file=${file}`;
      const el = await withSrc(w, `/__fault/redirect?to=${encodeURIComponent(to)}`);
      await expectError(el, 'errFetchNetwork', /network error/);
    });
    test('a closed port: a network message', async () => {
      const el = await withSrc(w, 'http://127.0.0.1:9/data.json');
      await expectError(el, 'errFetchNetwork', /127\.0\.0\.1:9\/data\.json/);
    });
  });
}
