import type { ReactiveController, ReactiveElement } from 'lit';
import { adopt, chunk, loadChunk } from './lazy-chunk.js';

/** The data table's template and styles (base/table-view.ts). */
const tableChunk = chunk(() => import('./table-view.js'));

/**
 * The "show data table" button's state. The table (its template and styles, a
 * small chunk) is built only when asked for: at 10,000 items a hidden copy of
 * every row was ~87 % of a widget's first render (bench/README.md).
 * Screen-reader users have the summary, a label on every mark, and the same
 * button.
 */
export class DataTableController implements ReactiveController {
  /** Whether the reader has opened the table. */
  open = false;
  private _pending: Promise<unknown> | undefined;

  constructor(private readonly _host: ReactiveElement) {
    _host.addController(this);
  }

  /** The table view, when open and loaded. */
  get view(): typeof import('./table-view.js') | undefined {
    return this.open ? tableChunk._module : undefined;
  }

  /** Settles once the table being opened has loaded (or failed to). */
  get pending(): Promise<unknown> | undefined {
    return this._pending;
  }

  hostUpdate(): void {
    const view = this.view;
    if (view) adopt(this._host, view.tableStyles);
  }

  /** Opens or closes the table (the button's click); its chunk loads with the first opening. */
  readonly toggle = async (): Promise<void> => {
    this.open = !this.open;
    this._host.requestUpdate();
    if (!this.open || tableChunk._module) return;
    this._pending = loadChunk(tableChunk);
    if (!(await this._pending)) this.open = false; // the chunk did not load (offline): the button can be pressed again
    this._pending = undefined;
    this._host.requestUpdate();
  };
}
