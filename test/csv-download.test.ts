import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/fdi-composition/define.js';
import type { CitystatSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.js';
import { parseCsv, detectDelimiter } from '../src/core/csv.js';
import { fileName, tableCsv } from '../src/core/export.js';
import { loadJson, marks, partText, recordEvents } from './helpers.js';

async function withCsv(csv: string, lang = 'vi'): Promise<CitystatSectorBreakdown> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  root.innerHTML = `<citystat-sector-breakdown lang="${lang}"><script type="text/csv"></script></citystat-sector-breakdown>`;
  const el = root.firstElementChild as CitystatSectorBreakdown;
  el.querySelector('script')!.textContent = csv;
  await el.settled();
  return el;
}

const values = (el: CitystatSectorBreakdown) => (el.layout?.marks ?? []).map((m) => `${m.lines.join(' ')}=${m.valueText}`);

describe('CSV input', () => {
  it('reads a comma-separated file', async () => {
    const el = await withCsv('label,value\nCơ khí,6\nDệt may,8\nThủ công,1.5\n');
    expect(el.status).to.equal('ready');
    expect(values(el)).to.deep.equal(['Dệt may=8 (51,6%)', 'Cơ khí=6 (38,7%)', 'Thủ công=1,5 (9,7%)']);
  });

  it('reads a Vietnamese Excel export: BOM, semicolons, decimal commas, grouped thousands', async () => {
    const el = await withCsv('\uFEFFNhóm;Vốn (triệu USD)\r\nĐăng ký cấp mới;270\r\nGóp vốn, mua cổ phần;2.041\r\nBổ sung;215,5\r\n', 'en');
    expect(el.status).to.equal('ready');
    expect(values(el)).to.deep.equal(['Góp vốn, mua cổ phần=2,041 (80.8%)', 'Đăng ký cấp mới=270 (10.7%)', 'Bổ sung=215.5 (8.5%)']);
  });

  it('from a .csv src', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const csv = encodeURIComponent('label,value\nA,1\nB,2\n');
    root.innerHTML = `<citystat-sector-breakdown lang="en" src="data:text/csv,${csv}"></citystat-sector-breakdown>`;
    const el = root.firstElementChild as CitystatSectorBreakdown;
    await el.settled();
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(2);
  });

  it('says which line and column hold a bad cell, in vi and en', async () => {
    const events = recordEvents();
    const el = await withCsv('label;value\nA;1\nB;hai\n');
    expect(el.status).to.equal('error');
    expect(partText(el, 'error')).to.contain('Tệp CSV, dòng 3, cột 2: "hai" không phải là một số.');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(partText(el, 'error')).to.contain('CSV file, line 3, column 2: "hai" is not a number.');
    expect(events.errors.length).to.equal(1);
    events.stop();
  });

  it('reports broken quoting and ragged rows with their line', async () => {
    const quote = await withCsv('label,value\n"A,1\nB,2\n', 'en');
    expect(partText(quote, 'error')).to.contain('CSV file, line 2: a quote (") is opened but never closed.');
    const ragged = await withCsv('label,value\nA,1,9\n', 'en');
    expect(partText(ragged, 'error')).to.contain('CSV file, line 2: 3 columns, but the header row has 2.');
  });

  it('parses unit pieces', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).to.equal(';');
    expect(detectDelimiter('"a;b",c,d\n')).to.equal(',');
    const r = parseCsv('h1,h2\n"x, ""quoted""",2\n\n');
    expect(r.table!.rows).to.deep.equal([
      [
        { text: 'x, "quoted"', value: null },
        { text: '2', value: null },
      ],
    ]);
    expect(r.lines).to.deep.equal([2]);
  });
});

describe('downloads', () => {
  let saved: Array<{ name: string; href: string }> = [];
  const realClick = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    saved = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
  });
  afterEach(() => {
    HTMLAnchorElement.prototype.click = realClick;
  });

  /** A widget with the example's data, `attrs` on its tag, in a box `width` px wide. */
  async function mount(tag: string, example: string, attrs: string, width = 700) {
    const data = await loadJson(`data-schemas/examples/${example}.json`);
    const root = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
    root.innerHTML = `<${tag} ${attrs}></${tag}>`;
    const el = root.firstElementChild as CitystatSectorBreakdown;
    el.data = data;
    await el.settled();
    return el;
  }
  const chart = (lang: string) => mount('citystat-sector-breakdown', 'sector-breakdown', `lang="${lang}" actions="all"`);

  async function press(el: CitystatSectorBreakdown, index: number) {
    const events = recordEvents();
    const done = new Promise((r) => el.addEventListener('citystat-download', r, { once: true }));
    (el.shadowRoot!.querySelectorAll('[part=action]')[index] as HTMLButtonElement).click();
    await done;
    events.stop();
    return saved.at(-1)!;
  }

  it('offers no buttons unless asked', async () => {
    const data = await loadJson('data-schemas/examples/sector-breakdown.json');
    const root = await fixture<HTMLElement>(html`<citystat-sector-breakdown .data=${data}></citystat-sector-breakdown>`);
    await (root as CitystatSectorBreakdown).settled();
    expect(root.shadowRoot!.querySelectorAll('[part=action]').length).to.equal(0);
  });

  it('saves the data as CSV with a BOM, named after the title', async () => {
    const el = await chart('vi');
    const file = await press(el, 0);
    expect(file.name).to.equal('san-pham-cong-nghiep-chu-luc-ha-noi-nam-2022-theo-nhom-nganh.csv');
    const buf = new Uint8Array(await (await fetch(file.href)).arrayBuffer());
    expect([...buf.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(buf.slice(3));
    const lines = text.trim().split('\r\n').length > 1 ? text.trim().split('\r\n') : text.trim().split('\n');
    // vi dialect: `;` between cells, decimal comma, numbers as numbers, the unit in the header
    expect(lines[0]).to.equal('Nhóm;Giá trị (sản phẩm);Tỷ lệ (%)');
    expect(lines[1]).to.equal('Cơ khí, chế tạo;6;18,2');
    expect(lines.length).to.equal(10);
  });

  it('saves an SVG with the title, subtitle, note and source burnt in', async () => {
    const el = await chart('en');
    const file = await press(el, 2);
    expect(file.name).to.equal('hanoi-s-key-industrial-products-recognised-in-2022-by-industry-group.svg');
    const text = await (await fetch(file.href)).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    // title, subtitle, note and source: one <text> each, wrapped into lines (tspans)
    const blocks = [...doc.querySelectorAll('svg > text')].map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' '));
    const subtitle = el.shadowRoot!.querySelector('.subtitle')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(blocks).to.deep.equal([
      "Hanoi's key industrial products recognised in 2022, by industry group",
      subtitle,
      'Note: 29 enterprises registered 42 products for the 2022 round.',
      'Source: Hanoi Department of Industry and Trade, via Hànộimới, 13/12/2022',
    ]);
    expect(doc.querySelectorAll('rect').length).to.be.greaterThan(8);
  });

  it('saves a PNG at twice the size of the SVG file: the chart with a 16 px margin, title, subtitle and source', async () => {
    const el = await chart('en');
    const svgText = await (await fetch((await press(el, 2)).href)).text();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    const file = await press(el, 1);
    expect(file.name.endsWith('.png')).to.equal(true);
    const blob = await (await fetch(file.href)).blob();
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const svg = el.shadowRoot!.querySelector('svg.plot') as SVGSVGElement;
    expect(Number(doc.getAttribute('width'))).to.equal(svg.viewBox.baseVal.width + 32);
    // title (1 line), subtitle (1 line) and source (1 line) around the chart
    expect(Number(doc.getAttribute('height'))).to.be.greaterThan(svg.viewBox.baseVal.height + 32 + 24 + 19 + 16);
    expect(bitmap.width).to.equal(2 * Number(doc.getAttribute('width')));
    expect(bitmap.height).to.equal(2 * Number(doc.getAttribute('height')));
  });

  it("a phone-sized chart's download wraps its long title, subtitle, note and source inside the image", async () => {
    const el = await mount('citystat-sector-breakdown', 'sector-breakdown', 'lang="vi" actions="svg"', 360);
    const text = await (await fetch((await press(el, 0)).href)).text();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = text;
    const svg = host.querySelector('svg')!;
    const width = svg.viewBox.baseVal.width;
    const blocks = [...svg.querySelectorAll(':scope > text')] as SVGTextElement[];
    expect(blocks).to.have.length(4);
    expect(blocks[0].querySelectorAll('tspan').length, 'title lines').to.be.greaterThan(1);
    const boxes = blocks.map((t) => t.getBBox());
    for (const [i, b] of boxes.entries()) {
      expect(b.x, `block ${i}`).to.be.at.least(16 - 0.5);
      expect(b.x + b.width, `block ${i} right edge`).to.be.at.most(width - 16 + 0.5);
    }
    // the blocks do not overlap each other or the chart
    const chartBox = (svg.querySelector(':scope > g') as SVGGElement).getBoundingClientRect();
    const rects = blocks.map((t) => t.getBoundingClientRect());
    expect(rects[0].bottom).to.be.at.most(rects[1].top + 1);
    expect(rects[1].bottom).to.be.at.most(chartBox.top + 1);
    expect(rects[2].top).to.be.at.least(chartBox.bottom - 1);
    expect(rects[3].top).to.be.at.least(rects[2].bottom - 1);
    expect(rects[3].bottom).to.be.at.most(svg.getBoundingClientRect().bottom);
  });

  it('downloads keep the pattern textures: SVG fills point at patterns inside the file, the PNG shows them', async () => {
    const el = await mount('citystat-fdi-composition', 'fdi-composition', 'lang="en" actions="all" patterns');
    const svgFile = await press(el, 2);
    const text = await (await fetch(svgFile.href)).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const filled = [...doc.querySelectorAll('[fill^="url("]')];
    expect(filled.length).to.equal(6); // three segments and three keys
    for (const node of filled) {
      const id = /url\("?#([\w-]+)"?\)/.exec(node.getAttribute('fill')!)![1];
      const pattern = doc.getElementById(id);
      expect(pattern?.localName, id).to.equal('pattern');
      // the tile's colour is written out: the file has no stylesheet to resolve currentColor
      expect(pattern!.querySelector('path')!.getAttribute('fill')).to.match(/^rgb\(/);
    }
    // PNG: inside the 80.8 % segment (dots) the pixels take more than one colour
    const pngFile = await press(el, 1);
    const bitmap = await createImageBitmap(await (await fetch(pngFile.href)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const seg = el.shadowRoot!.querySelectorAll('rect[part~="segment"]')[2] as SVGRectElement;
    const [dx, dy] = /translate\(([\d.]+) ([\d.]+)\)/.exec(doc.querySelector('svg > g')!.getAttribute('transform')!)!.slice(1).map(Number);
    const x = 2 * (dx + seg.x.baseVal.value + seg.width.baseVal.value / 2);
    const y = 2 * (dy + seg.y.baseVal.value + seg.height.baseVal.value / 2);
    const px = ctx.getImageData(x - 12, y - 12, 24, 24).data;
    const colours = new Set<string>();
    for (let i = 0; i < px.length; i += 4) colours.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
    expect(colours.size).to.be.greaterThan(1);
  });

  it('makes file names from titles', () => {
    expect(fileName('Đầu tư trực tiếp nước ngoài 9 tháng', 'csv')).to.equal('dau-tu-truc-tiep-nuoc-ngoai-9-thang.csv');
    expect(fileName('', 'png')).to.equal('citystat.png');
    expect(tableCsv({ caption: 'c', columns: [{ label: 'a' }], rows: [['x']] })).to.equal('\uFEFFa\nx\r\n');
  });
});
