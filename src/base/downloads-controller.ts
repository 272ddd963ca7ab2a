import { nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { DownloadKind } from '../core/export.js';
import type { ChartLayout } from '../core/chart.js';
import type { CommonData } from '../core/types.js';
import type { DataSourceController } from './data-source-controller.js';
import { emit } from './events.js';
import type { LanguageController } from './language-controller.js';
import { chunk, need } from './lazy-chunk.js';

/** The download buttons and files of `actions` (core/export.ts). */
const exportChunk = chunk(() => import('../core/export.js'));

/**
 * The `actions` attribute: download buttons (CSV of the data table, PNG, SVG)
 * from a chunk of their own, loaded when a widget first has `actions`.
 */
export class DownloadsController implements ReactiveController {
  constructor(
    private readonly _host: ReactiveElement & { actions?: string },
    private readonly _data: DataSourceController<CommonData>,
    private readonly _lang: LanguageController,
    private readonly _layout: () => ChartLayout | undefined,
  ) {
    _host.addController(this);
  }

  hostUpdate(): void {
    if (this._host.actions) need(exportChunk, this._host);
  }

  /** The buttons (PNG and SVG only for an SVG chart), once their chunk has loaded. */
  view(svgChart: boolean, lang: string): TemplateResult | typeof nothing {
    const actions = this._host.actions;
    const m = actions ? exportChunk._module : undefined;
    return m ? m.actionsView(actions!, svgChart, lang, (kind) => void this._download(kind)) : nothing;
  }

  /** Settles once the chunk `actions` asks for has loaded (or failed to). */
  get pending(): Promise<unknown> | undefined {
    return this._host.actions ? exportChunk._loading : undefined;
  }

  private async _download(kind: DownloadKind): Promise<void> {
    const layout = this._layout();
    const m = exportChunk._module;
    if (!layout || !m) return;
    const title = this._lang.text(this._data.doc?.title) || layout.table.caption || 'citystat';
    const name = await m.download(kind, layout.table, title, this._host.renderRoot);
    if (name) emit(this._host, 'citystat-download', { kind, name });
  }
}
