import { expect } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import { safeUrl } from '../src/core/text.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { loadJson } from './helpers.js';

/** The link rule (docs/design.md "Decisions"): http(s) addresses and same-site paths, nothing else. */
const KEPT = ['https://thongke.hanoi.gov.vn/a?b=1#c', 'http://example.org', '/data/fdi.json', './fdi.json', '../data/fdi.json'];
const REFUSED = [
  '//other.host/report',
  ' //other.host/report',
  '///other.host/report',
  '/\\other.host/report',
  '\\\\other.host/report',
  'https:\\\\other.host',
  'https://ok.example/a\\b',
  'javascript:alert(1)',
  'data:text/html,x',
  'other.host/report',
  '',
  '/', // a bare site root: the schema's pattern (no lookahead, for generators) needs a path
];

describe('links: http(s) and same-site paths only', () => {
  it('safeUrl keeps http(s) and paths, refuses protocol-relative, backslash and other schemes', () => {
    for (const url of KEPT) expect(safeUrl(url), url).to.equal(url);
    for (const url of REFUSED) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
  });

  it('the schema refuses the same links with a located message, in vi and en', async () => {
    const example = await loadJson('data-schemas/examples/sector-breakdown.json');
    for (const url of ['//other.host/report', '/\\other.host/report']) {
      const el = document.createElement('citystat-sector-breakdown') as any;
      el.setAttribute('lang', 'en');
      el.data = { ...example, source: { ...example.source, url } };
      document.body.append(el);
      await el.settled();
      expect(el.status, url).to.equal('error');
      expect(el.issues.map((i: any) => `${i.code} ${i.path}`)).to.include('errUrl source.url');
      expect(el.shadowRoot.querySelector('[part=error]').textContent).to.contain('source.url must be a web address');
      el.setAttribute('lang', 'vi');
      await el.updateComplete;
      expect(el.shadowRoot.querySelector('[part=error]').textContent).to.contain('source.url phải là địa chỉ web');
      expect(el.shadowRoot.querySelector('a[href]'), 'no link drawn').to.equal(null);
      el.remove();
    }
    const el = document.createElement('citystat-sector-breakdown') as any;
    el.data = { ...example, source: { ...example.source, url: '/bao-cao/2022' } };
    document.body.append(el);
    await el.settled();
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot.querySelector('a[href]').getAttribute('href')).to.equal('/bao-cao/2022');
    el.remove();
  });

  it('the table-first snippet writes a same-site link and no protocol-relative one', async () => {
    const example = await loadJson('data-schemas/examples/sector-breakdown.json');
    const withUrl = (url: string) => tableFirstSnippet('sector-breakdown', { ...example, source: { ...example.source, url } }, 'vi');
    expect(withUrl('/bao-cao/2022')).to.contain('href="/bao-cao/2022"');
    for (const url of ['//other.host/report', '/\\other.host/report']) {
      const snippet = withUrl(url);
      expect(snippet, url).to.not.contain('href=');
      expect(snippet).to.contain(typeof example.source.name === 'string' ? example.source.name : example.source.name.vi);
    }
  });
});
