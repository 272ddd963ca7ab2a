/**
 * Deterministic text measurement for layout (no DOM): widths are estimated
 * from character classes of a wide sans-serif (DejaVu Sans, the widest common
 * fallback), so that wrapped labels never overflow in narrower fonts. Layouts stay pure and testable.
 */
import { FONT } from './layout-kit.js';

const NARROW = new Set([..."iljtfr.,;:'|!()[] "]);
const WIDE = new Set([...'mwMWOQGDHNU@%']);

/** A character's width in em, by its class. */
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.36;
  if (WIDE.has(ch)) return 0.9;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) return 0.74;
  if (ch.codePointAt(0)! > 0x2e80) return 1.0; // CJK, emoji
  return 0.61;
}

/**
 * Each character's width, once: the case test allocates two strings per
 * character, and a chart of 1,000 labels measures hundreds of thousands of them.
 */
const widths = new Map<string, number>();

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize = FONT): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    let w = widths.get(ch);
    if (w === undefined) widths.set(ch, (w = charWidth(ch)));
    em += w;
  }
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces; a word longer
 * than a line is split. At most `maxLines` lines (the last ends with `…` when
 * cut; the full text stays in the accessible label and the table).
 */
export function wrapText(text: string, maxWidth: number, fontSize = FONT, maxLines = 4): string[] {
  // Break at ordinary spaces only: a no-break space (`6\u00a0sản phẩm`) holds.
  const words = text
    .trim()
    .split(/[ \t\r\n]+/)
    .filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => lines.push(l);
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) push(line);
    if (textWidth(word, fontSize) <= maxWidth) {
      line = word;
      continue;
    }
    // Split an over-long word.
    let part = '';
    for (const ch of word) {
      if (textWidth(part + ch, fontSize) > maxWidth && part) {
        push(part);
        part = ch;
      } else part += ch;
    }
    line = part;
  }
  if (line) push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1];
    while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1);
    kept[maxLines - 1] = `${last.trimEnd()}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}
