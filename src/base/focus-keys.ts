import type { FocusController } from './focus-controller.js';

/**
 * What a key does on a chart's marks (a chunk: focus-controller.ts loads it
 * with the first focus on a mark). `index` is the mark holding the tab stop,
 * of `count`: arrows, Home and End move it, Enter and Space select it, Escape
 * clears the active mark and the selection.
 */
export function keyDown(focus: FocusController, e: KeyboardEvent, index: number, count: number): void {
  let next: number;
  switch (e.key) {
    case 'ArrowDown':
    case 'ArrowRight':
      next = Math.min(count - 1, index + 1);
      break;
    case 'ArrowUp':
    case 'ArrowLeft':
      next = Math.max(0, index - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    case 'Enter':
    case ' ':
      e.preventDefault();
      return focus.select(index);
    case 'Escape':
      return focus.clear();
    default:
      return;
  }
  e.preventDefault();
  focus.move(next);
}
