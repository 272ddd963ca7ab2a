import type { Issue } from '../core/validate.js';

/** Where a widget's data came from. */
export type DataSourceKind = 'data' | 'src' | 'script' | 'table';

/** `citystat-render`: the chart has been drawn with new data, size or language. */
export interface CitystatRenderDetail {
  /** Where the data came from. */
  source: DataSourceKind;
  /** Number of marks drawn. */
  marks: number;
  /** The widget's language. */
  lang: string;
}

/** `citystat-error`: the data could not be loaded or is not valid. */
export interface CitystatErrorDetail {
  /** Where the data came from (undefined when no source could be read). */
  source: DataSourceKind | undefined;
  /** The located problems. */
  issues: Issue[];
  /** The same problems as sentences in the widget's language. */
  messages: string[];
}

/** `citystat-select`: a mark was chosen with Enter, Space or a click (datum is null when cleared). */
export interface CitystatSelectDetail {
  /** Index of the mark in drawing order, or -1 when the selection was cleared. */
  index: number;
  /** The mark's key (the item id). */
  key: string | null;
  /** The data item behind the mark. */
  datum: unknown;
}

/** `citystat-download`: a download was saved. */
export interface CitystatDownloadDetail {
  kind: 'csv' | 'png' | 'svg';
  /** The file name given to the download. */
  name: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'citystat-render': CustomEvent<CitystatRenderDetail>;
    'citystat-error': CustomEvent<CitystatErrorDetail>;
    'citystat-select': CustomEvent<CitystatSelectDetail>;
    'citystat-download': CustomEvent<CitystatDownloadDetail>;
  }
}

/** Dispatches a bubbling, composed citystat event from `target`. */
export function emit<K extends 'citystat-render' | 'citystat-error' | 'citystat-select' | 'citystat-download'>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
