/**
 * Where a widget's visible text is drawn: one box per line of each text node
 * (a Range's client rects work for HTML and SVG text alike), for tests that
 * check that every text lies inside its widget and that no two overlap.
 */
import { expect } from '@open-wc/testing';

export interface TextBox {
  text: string;
  rect: DOMRect;
}

/** Texts readers do not see on screen: the summary for screen readers, the closed table, styles. */
const UNSEEN = '.sr-only, [hidden], style, title, .tooltip';

/** The boxes of the visible text of `el`'s shadow root. */
export function textBoxes(el: Element): TextBox[] {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: TextBox[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    if (!text.trim() || n.parentElement?.closest(UNSEEN)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const rect of range.getClientRects()) if (rect.width > 0.5 && rect.height > 0.5) out.push({ text: text.trim(), rect });
  }
  return out;
}

/** The boxes of the bars (the marks' filled rectangles) of `el`. */
export function barBoxes(el: Element): TextBox[] {
  return [...el.shadowRoot!.querySelectorAll('rect.bar, rect.seg')].map((b) => ({
    text: `<${b.getAttribute('class')}>`,
    rect: b.getBoundingClientRect(),
  }));
}

const TOLERANCE = 1; // px: glyph boxes of neighbouring lines and spans touch

function overlap(a: DOMRect, b: DOMRect): boolean {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > TOLERANCE && h > TOLERANCE;
}

const show = (b: TextBox) =>
  `"${b.text.slice(0, 40)}" [${Math.round(b.rect.left)}, ${Math.round(b.rect.top)}, ${Math.round(b.rect.right)}, ${Math.round(b.rect.bottom)}]`;

/** Asserts every text box lies inside the widget, no two overlap, and none lies on a bar. */
export function assertTextFits(el: Element, what: string): TextBox[] {
  const frame = el.getBoundingClientRect();
  const boxes = textBoxes(el);
  expect(boxes.length, `${what}: visible texts`).to.be.greaterThan(2);
  const outside = boxes.filter(
    (b) =>
      b.rect.left < frame.left - TOLERANCE ||
      b.rect.right > frame.right + TOLERANCE ||
      b.rect.top < frame.top - TOLERANCE ||
      b.rect.bottom > frame.bottom + TOLERANCE,
  );
  expect(outside.map(show), `${what}: texts outside the widget [${Math.round(frame.left)}, ${Math.round(frame.right)}]`).to.deep.equal([]);
  const clashes: string[] = [];
  const bars = barBoxes(el);
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlap(a.rect, b.rect)) clashes.push(`${show(a)} × ${show(b)}`);
    for (const b of bars) if (overlap(a.rect, b.rect)) clashes.push(`${show(a)} × ${show(b)}`);
  });
  expect(clashes, `${what}: texts over other texts or bars`).to.deep.equal([]);
  return boxes;
}

/** The on-screen x of each character of `node`'s text, in logical order. */
export function characterXs(node: Node): Array<{ ch: string; x: number }> {
  const text = node.textContent ?? '';
  const range = document.createRange();
  const out: Array<{ ch: string; x: number }> = [];
  for (let i = 0; i < text.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    if (r.width > 0) out.push({ ch: text[i], x: r.left });
  }
  return out;
}
