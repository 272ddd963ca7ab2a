import type { ReactiveController, ReactiveElement } from 'lit';
import type { ChartLayout, Mark } from '../core/chart.js';
import { emit } from './events.js';
import { adopt, chunk, need } from './lazy-chunk.js';

/** The tooltip's drawing and placement (base/tooltip-view.ts). */
const tooltipChunk = chunk(() => import('./tooltip-view.js'));

/**
 * Keyboard and pointer access to the marks, and the selection. Roving
 * tabindex: one tab stop per chart (the mark at `_focusIndex`, `_` so the CDN build shortens it); arrows, Home and
 * End move it, Enter and Space select, Escape clears. The mark under the
 * pointer or focus is `active` (it shows the tooltip, a chunk loaded with the
 * first active mark: `settled()` waits for it). Marks carry
 * `data-index`; the controller listens on the chart area (`handleEvent`: it is
 * the listener object of the frame's event bindings).
 */
export class FocusController implements ReactiveController, EventListenerObject {
  /** The mark under the pointer or focus (-1 when none). */
  _active = -1;
  /** The mark that holds the chart's tab stop. */
  _focusIndex = 0;
  /** The selected mark (-1 when none). */
  _selected = -1;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _marks: () => readonly Mark[] | undefined,
  ) {
    _host.addController(this);
  }

  /** The active mark's tooltip (SVG charts); starts loading its chunk (template and styles), and is undefined until it is there. */
  readonly _tooltip = (layout: ChartLayout) => {
    const mark = layout.marks[this._active];
    const view = mark && need(tooltipChunk, this._host);
    if (view) adopt(this._host, view.tooltipStyles);
    return view ? view.tooltipView(layout, mark) : undefined;
  };

  /** Settles once the tooltip of the active mark has loaded (or failed to). */
  get pending(): Promise<unknown> | undefined {
    return this._active < 0 ? undefined : tooltipChunk._loading;
  }

  /** Keeps the indices within the layout's marks (a new layout may have fewer). */
  hostUpdate(): void {
    const count = this._marks()?.length;
    if (count === undefined) return;
    if (this._focusIndex >= count) this._focusIndex = Math.max(0, count - 1);
    if (this._active >= count) this._active = -1;
    if (this._selected >= count) this._selected = -1;
  }

  handleEvent(e: Event): void {
    const i = this._markIndex(e);
    switch (e.type) {
      case 'keydown':
        return this._onKeyDown(e as KeyboardEvent);
      case 'focusin':
        if (i >= 0) this._set(i, i);
        return;
      case 'focusout': {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (!to || !this._host.renderRoot.contains(to)) this._set(-1);
        return;
      }
      case 'pointerover':
        return this._set(i);
      case 'pointerleave':
        return this._set(-1);
      case 'click':
        if (i >= 0) {
          this._set(this._active, i);
          this._select(i === this._selected ? -1 : i);
        }
    }
  }

  /** Sets the active and focused marks; updates the host when they change. */
  private _set(active: number, focusIndex = this._focusIndex): void {
    if (active === this._active && focusIndex === this._focusIndex) return;
    this._active = active;
    this._focusIndex = focusIndex;
    this._host.requestUpdate();
  }

  private _markIndex(e: Event): number {
    for (const el of e.composedPath()) {
      if (el instanceof Element && el.hasAttribute('data-index')) return Number(el.getAttribute('data-index'));
      if (el === this._host) break;
    }
    return -1;
  }

  private _onKeyDown(e: KeyboardEvent): void {
    const count = this._marks()?.length ?? 0;
    if (!count) return;
    let next = this._focusIndex;
    switch (e.key) {
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
        e.preventDefault();
        this._select(this._focusIndex);
        return;
      case 'Escape':
        this._set(-1);
        if (this._selected !== -1) this._select(-1);
        return;
      default:
        return;
    }
    e.preventDefault();
    this._set(next, next);
    void this._host.updateComplete.then(() => {
      (this._host.renderRoot.querySelector(`[data-index="${next}"]`) as HTMLElement | SVGElement | null)?.focus();
    });
  }

  private _select(i: number): void {
    if (i !== this._selected) {
      this._selected = i;
      this._host.requestUpdate();
    }
    const mark = i >= 0 ? this._marks()?.[i] : undefined;
    emit(this._host, 'citystat-select', { index: mark ? i : -1, key: mark?.key ?? null, datum: mark?.datum ?? null });
  }
}
