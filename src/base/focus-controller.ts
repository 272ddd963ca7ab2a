import type { ReactiveController, ReactiveElement } from 'lit';
import type { ChartLayout, Mark } from '../core/chart.js';
import { emit } from './events.js';
import { adopt, chunk, loadChunk, need } from './lazy-chunk.js';

/** The tooltip's drawing and placement (base/tooltip-view.ts). */
const tooltipChunk = chunk(() => import('./tooltip-view.js'));
/** What the arrows, Home, End, Enter, Space and Escape do (base/focus-keys.ts): loaded with the first focus on a mark. */
const keysChunk = chunk(() => import('./focus-keys.js'));

/**
 * Keyboard and pointer access to the marks, and the selection. Roving
 * tabindex: one tab stop per chart (the mark at `_focusIndex`, `_` so the CDN build shortens it); arrows, Home and
 * End move it, Enter and Space select, Escape clears (base/focus-keys.ts, a
 * chunk loaded on the first focus on a mark: a key pressed before it has
 * arrived is handled once it has). The mark under the
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
      case 'keydown': {
        const count = this._marks()?.length;
        const index = this._focusIndex;
        const key = (m?: typeof keysChunk._module) => m?.keyDown(this, e as KeyboardEvent, index, count!);
        if (count) void (keysChunk._module ? key(keysChunk._module) : loadChunk(keysChunk).then(key));
        return;
      }
      case 'focusin':
        if (i >= 0) {
          this._set(i, i);
          void loadChunk(keysChunk);
        }
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
          this.select(i === this._selected ? -1 : i);
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

  /** Moves the tab stop to mark `i` and focuses it once rendered. */
  move(i: number): void {
    this._set(i, i);
    void this._host.updateComplete.then(() => {
      (this._host.renderRoot.querySelector(`[data-index="${i}"]`) as HTMLElement | SVGElement | null)?.focus();
    });
  }

  /** Clears the active mark and the selection. */
  clear(): void {
    this._set(-1);
    if (this._selected !== -1) this.select(-1);
  }

  /** Selects mark `i` (-1: none) and tells the page (`citystat-select`). */
  select(i: number): void {
    if (i !== this._selected) {
      this._selected = i;
      this._host.requestUpdate();
    }
    const mark = i >= 0 ? this._marks()?.[i] : undefined;
    emit(this._host, 'citystat-select', { index: mark ? i : -1, key: mark?.key ?? null, datum: mark?.datum ?? null });
  }
}
