import { emit } from './events.js';
import type { FocusController } from './focus-controller.js';

/*
 * What the reader's events on the chart area do (keyboard, focus, pointer,
 * click): a chunk of its own with the tooltip (base/interaction.ts), loaded
 * by focus-controller.ts with the first event, since readers who never
 * interact with a chart never need it. The controller has already prevented
 * the default action of the keys handled here.
 */

/** Applies one event caught by the controller `c`. */
export function react(c: FocusController, e: Event, path: readonly EventTarget[], to: EventTarget | null): void {
  const i = markIndex(c, path);
  switch (e.type) {
    case 'keydown':
      return onKeyDown(c, (e as KeyboardEvent).key);
    case 'focusin':
      if (i >= 0) set(c, i, i);
      return;
    case 'focusout':
      if (!to || !c.host.renderRoot.contains(to as Node)) set(c, -1);
      return;
    case 'pointerover':
      return set(c, i);
    case 'pointerleave':
      return set(c, -1);
    case 'click':
      if (i >= 0) {
        set(c, c.active, i);
        select(c, i === c.selected ? -1 : i);
      }
  }
}

/** Sets the active and focused marks; updates the host when they change. */
function set(c: FocusController, active: number, focusIndex = c.focusIndex): void {
  if (active === c.active && focusIndex === c.focusIndex) return;
  c.active = active;
  c.focusIndex = focusIndex;
  c.host.requestUpdate();
}

/** The index of the mark the event's path goes through (-1 when none). */
function markIndex(c: FocusController, path: readonly EventTarget[]): number {
  for (const el of path) {
    if (el instanceof Element && el.hasAttribute('data-index')) return Number(el.getAttribute('data-index'));
    if (el === c.host) break;
  }
  return -1;
}

function onKeyDown(c: FocusController, key: string): void {
  const count = c.marks()?.length ?? 0;
  if (!count) return;
  let next = c.focusIndex;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      next = Math.min(count - 1, next + 1);
      break;
    case 'ArrowUp':
    case 'ArrowLeft':
      next = Math.max(0, next - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    case 'Enter':
    case ' ':
      return select(c, c.focusIndex);
    case 'Escape':
      set(c, -1);
      if (c.selected !== -1) select(c, -1);
      return;
    default:
      return;
  }
  set(c, next, next);
  const host = c.host;
  void host.updateComplete.then(() => {
    (host.renderRoot.querySelector(`[data-index="${next}"]`) as HTMLElement | SVGElement | null)?.focus();
  });
}

function select(c: FocusController, i: number): void {
  if (i !== c.selected) {
    c.selected = i;
    c.host.requestUpdate();
  }
  const mark = i >= 0 ? c.marks()?.[i] : undefined;
  emit(c.host, 'citystat-select', { index: mark ? i : -1, key: mark?.key ?? null, datum: mark?.datum ?? null });
}
