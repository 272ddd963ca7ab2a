import type { ReactiveController, ReactiveElement } from 'lit';
import type { ChartLayout, ChartStatus } from '../core/chart.js';
import type { CommonData } from '../core/types.js';
import type { Issue } from '../core/validate.js';
import { located, messagesChunk, type DataSourceController } from './data-source-controller.js';
import { emit } from './events.js';
import type { LanguageController } from './language-controller.js';

/** A controller that may be loading a chunk the widget needs on screen. */
export interface Loading {
  readonly pending: Promise<unknown> | undefined;
}

/**
 * Tells the page what is on screen after each update: `citystat-render` once
 * per layout drawn, `citystat-error` once per set of issues (with their
 * messages, once the messages chunk is there). `settled()` waits for that.
 * Only a connected element reports (a detached one is on no screen and its
 * events reach no page): what changed while detached is reported once on
 * attaching; moving or re-attaching an unchanged widget reports nothing again.
 */
export class ReportController implements ReactiveController {
  private _rendered: ChartLayout | undefined;
  private _reported: Issue[] | undefined;
  private _waiters: Array<() => void> = [];

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _state: { readonly _data: DataSourceController<CommonData>; readonly _lang: LanguageController },
    private readonly _layout: () => ChartLayout | undefined,
    private readonly _chunks: readonly Loading[],
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    // An update made while detached reported nothing: report it now (hostUpdated).
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    const { _status: status, _issues: issues, _source: source } = this._state._data;
    const layout = this._layout();
    const lang = this._state._lang._value;
    // A detached element reports nothing (hostConnected reports it once attached).
    if (this._host.isConnected) {
      if (status === 'ready' && layout && layout !== this._rendered) {
        this._rendered = layout;
        emit(this._host, 'citystat-render', { source: source ?? 'data', marks: layout.marks.length, lang });
      }
      // With the messages, or, when their chunk could not load, each issue's code and place.
      const m = messagesChunk._module;
      if (status === 'error' && this._reported !== issues && (m || !messagesChunk._loading)) {
        this._reported = issues;
        emit(this._host, 'citystat-error', { source, issues, messages: issues.map((i) => (m ? m.issueMessage(i, lang) : located(i))) });
      }
    }
    const waiters = this._waiters;
    this._waiters = [];
    waiters.forEach((w) => w());
  }

  /** Resolves once loading has finished and the result is on screen (reported). */
  async settled(): Promise<ChartStatus> {
    for (;;) {
      for (const c of this._chunks) await c.pending;
      await this._host.updateComplete;
      const { _status: status } = this._state._data;
      const layout = this._layout();
      const done =
        (status === 'error' && this._reported === this._state._data._issues) ||
        status === 'empty' ||
        (status === 'ready' && this._rendered !== undefined && this._rendered === layout);
      if (done && !this._host.isUpdatePending) return status;
      await new Promise<void>((resolve) => this._waiters.push(resolve));
    }
  }
}
