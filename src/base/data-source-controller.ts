import type { ReactiveController, ReactiveElement } from 'lit';
import type { ChartStatus } from '../core/chart.js';
import type { TableText } from '../core/table-read.js';
import type { CommonData } from '../core/types.js';
import { validateDocument, type RawDocument } from '../core/validate-document.js';
import type { GeneratedValidator, Issue } from '../core/validate.js';
import type { DataSourceKind } from './events.js';
import { inheritedLang, normalizeLang } from './lang.js';
import type { LanguageController } from './language-controller.js';
import { adopt, chunk, loadChunk } from './lazy-chunk.js';

/** The error messages, which also locate schema and JSON errors (a chunk: valid pages never download it). */
export const messagesChunk = chunk(() => import('../core/messages.js'));
/**
 * An issue's code and place: what is said of it, after the language's `unavailable` sentence, when the messages
 * chunk could not load (offline, often with the data itself), rather than nothing.
 */
export const located = (issue: Issue): string => issue.code + (issue.path && ` (${issue.path})`);
/** The `src` fetcher (a chunk: pages whose widgets have no `src` never download it). */
const fetchChunk = chunk(() => import('./fetch-source.js'));

/** A raw document and where it came from. */
export interface RawInput extends RawDocument {
  source: DataSourceKind;
}

/** A widget's reader of a light-DOM table or CSV (`<name>.table.ts`): cells → data document. */
export interface TableReader {
  fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] };
}

/** What the data source asks of its widget. */
export interface DataHooks<T> {
  validator(): GeneratedValidator;
  checkData(data: T): Issue[];
  isEmpty(data: T): boolean;
  tableReader(): Promise<TableReader>;
}

/** A source found in the element: a raw input, or CSV text or a table still to read. */
type Found = RawInput & { csv?: string; table?: HTMLTableElement };

/** The element's source properties. */
type SourceHost = ReactiveElement & { data: unknown; src: string | undefined; timeout: number };

/**
 * A widget's data, from the first source found: the `data` property, the `src`
 * URL (JSON or CSV, fetched with a timeout, aborted when replaced or
 * disconnected), an inline `<script type="application/json">` or
 * `<script type="text/csv">` child, a light-DOM `<table>` child. The property
 * and inline JSON are read and validated synchronously, within the update
 * (`update`), so that such a chart renders once, in its first update; a newer
 * source replaces a pending one (generations). Light-DOM changes read the
 * children again.
 */
export class DataSourceController<T extends CommonData> implements ReactiveController {
  _status: ChartStatus = 'loading';
  /** The located problems (empty unless `status` is `error`). */
  _issues: Issue[] = [];
  /** The valid data. */
  _doc: T | undefined;
  _source: DataSourceKind | undefined;
  private _generation = 0;
  private _abort: AbortController | undefined;
  private _needsLoad = true;
  private _observer: MutationObserver | undefined;

  constructor(
    private readonly _host: SourceHost,
    /** The widget's language: numbers of a CSV that does not tell are read in it. */
    private readonly _lang: LanguageController,
    private readonly _hooks: DataHooks<T>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer ??= new MutationObserver(() => {
      if (this._source === 'script' || this._source === 'table' || this._source === undefined) {
        this._needsLoad = true;
        this._host.requestUpdate();
      }
    });
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true });
    if (this._status === 'loading') {
      this._needsLoad = true; // a fetch aborted by a disconnect starts again
      this._host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    if (this._abort) {
      this._abort.abort();
      this._abort = undefined;
      this._needsLoad = true;
    }
  }

  /** Reads the sources again when `changed` (data or src) or the light DOM asked; called in the host's `willUpdate`. */
  update(changed: boolean): void {
    if (!changed && !this._needsLoad) return;
    this._needsLoad = false;
    const generation = ++this._generation;
    this._abort?.abort();
    this._abort = undefined;
    const found = this._readSync();
    if (found && found.csv === undefined && !found.table) return this._accept(found);
    if (!found && !this._host.src) {
      this._source = undefined;
      this._doc = undefined;
      this._issues = [];
      this._status = 'empty';
      return;
    }
    this._status = 'loading';
    if (!found) this._source = 'src';
    const input = found ?? { source: 'src' };
    // A reader or chunk that throws gets a message, never a widget left loading with an uncaught error.
    this._readAsync(input, generation).catch(() =>
      this._accept({ source: input.source, issues: [{ code: 'errUnreadable', path: '' }] }, generation),
    );
  }

  /** A raw document: validated (core/validate-document.ts), then the widget's state; ignored when a newer source replaced it. */
  _accept(input: RawInput, generation = this._generation): void {
    if (generation !== this._generation) return;
    this._source = input.source;
    const result = validateDocument(input, this._hooks.validator(), this._hooks.checkData);
    if (result.data) {
      this._issues = [];
      this._doc = result.data;
      this._status = this._hooks.isEmpty(result.data) ? 'empty' : 'ready';
    } else {
      this._issues = result.issues;
      this._doc = undefined;
      this._status = 'error';
      // The messages chunk shows the error (its text and styles) and locates schema and JSON errors (loaded now).
      const apply = (m: typeof messagesChunk._module) => {
        if (generation !== this._generation) return;
        // Not loaded: the widget says so (`located`) and reports; the next error asks for the chunk again.
        if (m) {
          adopt(this._host, m.errorStyles);
          if (result.locate) this._issues = result.locate(m);
        }
        this._host.requestUpdate();
      };
      if (messagesChunk._module) apply(messagesChunk._module);
      else void loadChunk(messagesChunk).then(apply);
    }
    this._host.requestUpdate();
  }

  /** Sources that need no network: property, inline script, light-DOM table. */
  private _readSync(): Found | undefined {
    const host = this._host;
    if (host.data !== undefined && host.data !== null) return { source: 'data', raw: host.data };
    if (host.src) return undefined;
    const csv = host.querySelector(':scope > script[type="text/csv"]');
    if (csv) return { source: 'script', csv: csv.textContent ?? '' };
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return { source: 'script', json: script.textContent ?? '' };
    const table = host.querySelector(':scope > table');
    return table instanceof HTMLTableElement ? { source: 'table', table } : undefined;
  }

  /** The `src` URL, CSV text or a light-DOM table: each needs the network or a chunk (CSV parser, table readers). */
  private async _readAsync(found: Found, generation: number): Promise<void> {
    const { source, table } = found;
    let csv = found.csv;
    if (source === 'src') {
      const abort = (this._abort = new AbortController());
      const url = this._host.src!;
      // A newer source or a disconnect while the chunk loads aborts `abort`: the fetch then gives undefined.
      const fetcher = await loadChunk(fetchChunk);
      const offline: RawDocument & { csv?: string } = { issues: [{ code: 'errFetchNetwork', path: '', params: { url } }] }; // the chunk did not load
      const got = fetcher ? await fetcher.fetchSource(url, this._host.timeout, abort) : abort.signal.aborted ? undefined : offline;
      if (this._abort === abort) this._abort = undefined;
      if (got?.csv === undefined) return got && this._accept({ source, ...got }, generation);
      csv = got.csv;
    }
    // A table's reader and cells, or the CSV chunk's reading (parser, then reader): the data or its issues.
    const lang = table && (normalizeLang(inheritedLang(table)) ?? 'vi');
    const result = table
      ? await Promise.all([import('../core/table-read.js'), this._hooks.tableReader()]).then(([{ readTable }, { fromTable }]) =>
          fromTable(readTable(table), lang!),
        )
      : await import('../core/csv.js').then((m) =>
          m.readCsvSource(
            csv!,
            () => this._lang._value,
            () => this._hooks.tableReader(),
          ),
        );
    this._accept(result.issues?.length ? { source, issues: result.issues } : { source, raw: result.data }, generation);
  }
}
