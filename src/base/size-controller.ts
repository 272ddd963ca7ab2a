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
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sizer: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.target) this.observer?.observe(this.target);
  }

  hostUpdated(): void {
    const el = this.sizer();
    if (!el || el === this.target) return;
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    if (this.target) this.observer.unobserve(this.target);
    this.target = el;
    this.observer.observe(el);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
