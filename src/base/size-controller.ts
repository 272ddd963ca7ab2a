import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the width available to a widget with a ResizeObserver and asks the
 * host to update when it changes by a whole pixel. It observes a zero-height
 * sizer element inside the widget, not the host: the host's height changes
 * with every render, and observing it would loop (ResizeObserver loop errors).
 */
export class SizeController implements ReactiveController {
  /** Current content width in CSS pixels (0 until the first observation). */
  width = 0;
  /**
   * True once a width has been measured. Widgets lay out only then, so their
   * first paint is already at the right width, rather than a render at a
   * guessed width followed by a second one at the measured width.
   */
  _measured = false;
  private _observer?: ResizeObserver;
  private _target?: Element;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _sizer: () => Element | null | undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (this._target) this._observer?.observe(this._target);
  }

  hostUpdated(): void {
    const el = this._sizer();
    if (!el || el === this._target) return;
    this._observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      this._set(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    });
    if (this._target) this._observer.unobserve(this._target);
    this._target = el;
    // A detached sizer measures 0 px: a new one (rendered while detached) is
    // observed from hostConnected, or the chart would be laid out at the fallback width.
    if (this._host.isConnected) this._observer.observe(el);
    // The first width is read directly, right after the first (chart-less)
    // render, in the same task: the chart then renders once, before the first
    // frame. (Rendering from the observer's first report instead made the page
    // grow inside the observation step; a scrollbar appearing then changed
    // every other widget's width there: "ResizeObserver loop" errors.)
    // The computed width is the layout width (as the observer reports it,
    // transforms not applied); `auto` when not rendered, hence `|| 0`.
    if (!this._measured) queueMicrotask(() => this._set(parseFloat(getComputedStyle(el).width) || 0));
  }

  private _set(value: number): void {
    const width = Math.floor(value);
    if (width !== this.width || !this._measured) {
      this.width = width;
      this._measured = true;
      this._host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }
}
