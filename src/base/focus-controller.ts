import type { ReactiveController, ReactiveElement } from 'lit';
import type { ChartLayout, Mark } from '../core/chart.js';
import { chunk, loadChunk } from './lazy-chunk.js';

/**
 * What the reader's first event on the chart loads: what the events do (base/focus-events.ts) and the tooltip
 * (base/tooltip-view.ts), one chunk, since a mark becomes active (shows its tooltip) only through an event.
 */
const interactionChunk = chunk(() => import('./interaction.js'));

/** The keys the chart handles: their default action (scrolling the page) is prevented at once, even before the chunk is there. */
const KEYS = /^(Arrow|(Home|End|Enter| )$)/;

/** An event with what it no longer holds once dispatched (its path and where focus went are inside the shadow root). */
export type Caught = readonly [FocusController, Event, readonly EventTarget[], EventTarget | null];

/**
 * Keyboard and pointer access to the marks, and the selection. Roving
 * tabindex: one tab stop per chart (the mark at `focusIndex`); arrows, Home and
 * End move it, Enter and Space select, Escape clears. The mark under the
 * pointer or focus is `active` (it shows the tooltip). What the events do is a
 * chunk loaded with the first event on the chart area (`handleEvent`: it is the
 * listener object of the frame's event bindings); events that arrive while it
 * loads are applied in order once it is there, and `settled()` waits for them.
 * The state the chunk reads and writes has names without `_`: the CDN build
 * shortens `_` names per chunk.
 */
export class FocusController implements ReactiveController, EventListenerObject {
  /** @internal The mark under the pointer or focus (-1 when none). */
  active = -1;
  /** @internal The mark that holds the chart's tab stop. */
  focusIndex = 0;
  /** @internal The selected mark (-1 when none). */
  selected = -1;
  private _applied: Promise<void> | undefined;

  constructor(
    /** @internal */ readonly host: ReactiveElement,
    /** @internal */ readonly marks: () => readonly Mark[] | undefined,
  ) {
    host.addController(this);
  }

  /**
   * The active mark's tooltip (SVG charts), drawn by the chunk: a mark is active only once the chunk has
   * applied an event, so it is there.
   */
  readonly _tooltip = (layout: ChartLayout) => interactionChunk._module?.tooltip(this, layout);

  /** Settles once the events caught while the chunk loaded have been applied (or the chunk failed to load). */
  get pending(): Promise<unknown> | undefined {
    return this._applied;
  }

  /** Keeps the indices within the layout's marks (a new layout may have fewer). */
  hostUpdate(): void {
    const count = this.marks()?.length;
    if (count === undefined) return;
    this.focusIndex = Math.max(0, Math.min(this.focusIndex, count - 1));
    if (this.active >= count) this.active = -1;
    if (this.selected >= count) this.selected = -1;
  }

  handleEvent(e: Event): void {
    // Only key events have a `key` (`KEYS.test(undefined)` tests "undefined": false).
    if (KEYS.test((e as KeyboardEvent).key) && this.marks()?.length) e.preventDefault();
    const caught: Caught = [this, e, e.composedPath(), (e as FocusEvent).relatedTarget];
    const m = interactionChunk._module;
    if (m) return m.react(...caught);
    // Until the chunk is there, each event waits for it: applied in order (the order they were caught in) once it
    // has loaded, dropped if it fails to (the next event asks for it again).
    this._applied = loadChunk(interactionChunk).then((m) => m?.react(...caught));
  }
}
