import type { ReactiveElement } from 'lit';
import type { DataSourceKind } from './events.js';

/** Returned by `PacedLayout.run` while the layout or its drawing waits for a task of its own. */
export const WAIT = Symbol('wait');

/** Whether two layout keys hold the same values (compared by identity). */
export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Spreads a chart's first drawing over tasks when its data arrived in a task
 * of its own (a light-DOM table once its reader has loaded, a `src` URL): the
 * reading and validation stay in that task, the layout runs in the next one
 * and lit's first commit of the chart in the one after. On a slow phone each
 * piece is then short enough for the page to stay responsive (no task over
 * 50 ms at 4× CPU slowdown for the example charts: bench/article-trace.mjs),
 * where the three together were one long task. Data given synchronously (the
 * `data` property, inline JSON) is laid out and drawn in its first update, in
 * one commit, as before; so are re-renders of a chart already drawn.
 * `settled()` waits through the pieces: no layout is reported until drawn.
 */
export class PacedLayout<L> {
  private _key: readonly unknown[] | undefined;
  private _layout: L | undefined;
  /** 1: the layout's task is scheduled; 2: laid out, the commit's task is scheduled. */
  private _stage = 0;
  /** The task scheduled for the current stage has run. */
  private _due = false;

  constructor(private readonly _host: ReactiveElement) {}

  /** A first layout from data read in a task of its own is paced; `source` is where the data came from. */
  static paced(source: DataSourceKind | undefined, drawn: boolean): boolean {
    return !drawn && (source === 'table' || source === 'src');
  }

  /** The layout for `key` from `compute`, or WAIT while `paced` and its task or the commit's has not come yet. */
  run(key: readonly unknown[], paced: boolean, compute: () => L | undefined): L | undefined | typeof WAIT {
    if (!paced) {
      this._stage = 0;
      return compute();
    }
    if (!this._key || !sameValues(key, this._key)) {
      this._key = key;
      this._stage = 0;
    }
    if (this._stage === 0) return this._next(1);
    if (!this._due) return WAIT; // an update in between (e.g. a language change) does not advance
    if (this._stage === 1) {
      this._layout = compute();
      return this._next(2);
    }
    this._stage = 0;
    this._key = undefined;
    return this._layout;
  }

  /** Schedules the next stage in a task of its own. */
  private _next(stage: number): typeof WAIT {
    this._stage = stage;
    this._due = false;
    setTimeout(() => {
      this._due = true;
      this._host.requestUpdate();
    });
    return WAIT;
  }
}
