/**
 * Paints an exported chart SVG (core/export.ts `chartSvg`: every style written
 * as a presentation attribute) onto a 2D canvas, element by element. The PNG
 * download uses it instead of loading the SVG as an image: an image from a
 * `blob:` or `data:` URL is refused by a strict Content-Security-Policy
 * (`img-src 'self'`), while drawing on a canvas is not a load at all.
 *
 * It covers what the charts draw: `g` (with `transform`), `rect`, `path`,
 * `line`, `circle`, `text` with `tspan`s (x, y, dy, `text-anchor`), the fill
 * and stroke attributes, `opacity`, dashes and `<pattern>` fills.
 */

type Ctx = CanvasRenderingContext2D;

/** The attribute on the element or its closest ancestor that has it (presentation attributes inherit). */
function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null && v !== '') return v;
  }
  return null;
}

const num = (el: Element, name: string, base = 0): number => {
  const raw =
    el
      .getAttribute(name)
      ?.trim()
      .split(/[\s,]+/)[0] ?? '';
  const v = parseFloat(raw);
  return Number.isFinite(v) ? (raw.endsWith('%') ? (v / 100) * base : v) : 0;
};

const pixels = (value: string | null): number[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map(parseFloat)
    .filter((n) => Number.isFinite(n));

/** An SVG `transform` (translate, scale, rotate, matrix…) applied to the context. */
function applyTransform(ctx: Ctx, el: Element, attr = 'transform'): void {
  const value = el.getAttribute(attr);
  if (!value) return;
  const m = new DOMMatrix();
  for (const [, fn, args] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const [a = 0, b, c, d, e, f] = pixels(args);
    if (fn === 'translate') m.translateSelf(a, b ?? 0);
    else if (fn === 'scale') m.scaleSelf(a, b ?? a);
    else if (fn === 'rotate') m.rotateSelf(0, 0, a);
    else if (fn === 'matrix') m.multiplySelf(new DOMMatrix([a, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0]));
  }
  ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
}

/** A `fill` or `stroke` value as a canvas style: a colour, a pattern, or undefined for none. */
function paintOf(ctx: Ctx, root: Element, value: string | null): string | CanvasPattern | undefined {
  if (!value || value === 'none' || value === 'transparent' || value === 'rgba(0, 0, 0, 0)') return undefined;
  const ref = /url\(\s*["']?[^"')]*#([^"')]+)["']?\s*\)/.exec(value);
  if (!ref) return value;
  const pattern = [...root.querySelectorAll('pattern')].find((p) => p.id === ref[1]);
  return pattern ? patternOf(ctx, root, pattern) : undefined;
}

/** A `<pattern>` tile, drawn at 4x so that it stays sharp in the 2x PNG. */
function patternOf(ctx: Ctx, root: Element, el: Element): CanvasPattern | undefined {
  const width = num(el, 'width');
  const height = num(el, 'height');
  if (width <= 0 || height <= 0) return undefined;
  const k = 4;
  const tile = document.createElement('canvas');
  tile.width = Math.ceil(width * k);
  tile.height = Math.ceil(height * k);
  const t = tile.getContext('2d');
  if (!t) return undefined;
  t.scale(k, k);
  for (const child of el.children) paintElement(t, root, child, width, height);
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return undefined;
  const probe = document.createElement('canvas').getContext('2d')!;
  applyTransform(probe, el, 'patternTransform');
  pattern.setTransform(probe.getTransform().scale(1 / k, 1 / k));
  return pattern;
}

/** Fills and strokes the current shape with the element's (inherited) paint. */
function fillAndStroke(ctx: Ctx, root: Element, el: Element, shape?: Path2D, strokeOnly = false): void {
  const fill = strokeOnly ? undefined : paintOf(ctx, root, inherited(el, 'fill'));
  const stroke = paintOf(ctx, root, inherited(el, 'stroke'));
  const rule = (inherited(el, 'fill-rule') === 'evenodd' ? 'evenodd' : 'nonzero') as CanvasFillRule;
  if (fill) {
    ctx.fillStyle = fill;
    if (shape) ctx.fill(shape, rule);
    else ctx.fill(rule);
  }
  const width = parseFloat(inherited(el, 'stroke-width') ?? '1');
  if (stroke && width > 0) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width;
    const dash = pixels(inherited(el, 'stroke-dasharray'));
    ctx.setLineDash(dash.length % 2 ? [...dash, ...dash] : dash);
    if (shape) ctx.stroke(shape);
    else ctx.stroke();
  }
}

function fontOf(el: Element): string {
  const style = inherited(el, 'font-style') ?? 'normal';
  const weight = inherited(el, 'font-weight') ?? '400';
  const size = inherited(el, 'font-size') ?? '16px';
  const family = inherited(el, 'font-family') ?? 'sans-serif';
  return `${style === 'normal' ? '' : style + ' '}${weight} ${/\d$/.test(size) ? size + 'px' : size} ${family}`;
}

interface Run {
  text: string;
  el: Element;
  x: number;
  y: number;
  width: number;
  /** The run starts a new chunk (an absolute x): `text-anchor` aligns each chunk. */
  chunk: boolean;
}

/** A `<text>`: its runs (text nodes and tspans) placed as SVG places them, each chunk anchored. */
function paintText(ctx: Ctx, root: Element, text: Element): void {
  const runs: Run[] = [];
  let x = num(text, 'x');
  let y = num(text, 'y') + num(text, 'dy');
  let chunk = true;
  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const t = (child.textContent ?? '').replace(/\s+/g, ' ');
        if (!t.trim()) continue;
        ctx.font = fontOf(node);
        const width = ctx.measureText(t).width;
        runs.push({ text: t, el: node, x, y, width, chunk });
        chunk = false;
        x += width;
      } else if (child instanceof Element && child.localName === 'tspan') {
        if (child.hasAttribute('x')) {
          x = num(child, 'x');
          chunk = true;
        }
        if (child.hasAttribute('y')) y = num(child, 'y');
        x += num(child, 'dx');
        y += num(child, 'dy');
        walk(child);
      }
    }
  };
  walk(text);
  runs.forEach((run, i) => {
    if (!run.chunk) return;
    let end = i + 1;
    while (end < runs.length && !runs[end].chunk) end++;
    const width = runs.slice(i, end).reduce((w, r) => w + r.width, 0);
    const anchor = inherited(run.el, 'text-anchor');
    const shift = anchor === 'end' ? width : anchor === 'middle' ? width / 2 : 0;
    for (const r of runs.slice(i, end)) r.x -= shift;
  });
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const run of runs) {
    ctx.font = fontOf(run.el);
    const fill = paintOf(ctx, root, inherited(run.el, 'fill'));
    if (!fill) continue;
    ctx.fillStyle = fill;
    ctx.fillText(run.text, run.x, run.y);
  }
}

/** Paints one element and its children; `width`/`height` resolve percentages. */
function paintElement(ctx: Ctx, root: Element, el: Element, width: number, height: number): void {
  const name = el.localName;
  if (name === 'defs' || name === 'pattern' || name === 'title' || name === 'desc' || inherited(el, 'display') === 'none') return;
  ctx.save();
  applyTransform(ctx, el);
  const opacity = parseFloat(el.getAttribute('opacity') ?? '1');
  if (Number.isFinite(opacity)) ctx.globalAlpha *= opacity;
  if (name === 'g' || name === 'svg') {
    for (const child of el.children) paintElement(ctx, root, child, width, height);
  } else if (name === 'rect') {
    const shape = new Path2D();
    const r = Math.max(num(el, 'rx'), num(el, 'ry'));
    const box = [num(el, 'x', width), num(el, 'y', height), num(el, 'width', width), num(el, 'height', height)] as const;
    if (r > 0) shape.roundRect(...box, Math.min(r, box[2] / 2, box[3] / 2));
    else shape.rect(...box);
    if (box[2] > 0 && box[3] > 0) fillAndStroke(ctx, root, el, shape);
  } else if (name === 'path') {
    fillAndStroke(ctx, root, el, new Path2D(el.getAttribute('d') ?? ''));
  } else if (name === 'circle') {
    const shape = new Path2D();
    shape.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
    fillAndStroke(ctx, root, el, shape);
  } else if (name === 'line') {
    const shape = new Path2D();
    shape.moveTo(num(el, 'x1'), num(el, 'y1'));
    shape.lineTo(num(el, 'x2'), num(el, 'y2'));
    fillAndStroke(ctx, root, el, shape, true);
  } else if (name === 'text') paintText(ctx, root, el);
  ctx.restore();
}

/** Paints an SVG element (the exported chart) at `scale` times its `width` × `height` on a new canvas. */
export function svgToCanvas(svg: SVGSVGElement, width: number, height: number, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  ctx.scale(scale, scale);
  paintElement(ctx, svg, svg, width, height);
  return canvas;
}
