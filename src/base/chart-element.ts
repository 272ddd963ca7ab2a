import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult, type SVGTemplateResult } from 'lit';
import { uiStrings } from '../core/i18n.js';
import { resolveText, safeUrl } from '../core/text.js';
import type { CommonData, LocalizedText } from '../core/types.js';
import type { ChartLayout, ChartStatus, Mark } from '../core/chart.js';
import type { TableText } from '../core/table-read.js';
import { textWidth, wrapText } from '../core/measure.js';
import type { SchemaError } from '../core/schema.js';
import { kindOf, type GeneratedValidator, type Issue } from '../core/validate.js';
import { emit, type DataSourceKind } from './events.js';
import { inheritedLang, normalizeLang, unwatchLang, watchLang } from './lang.js';
import { SizeController } from './size-controller.js';
import { tokens } from './tokens.styles.js';

/** Where `readSource` takes the raw document from. */
interface RawInput {
  source: DataSourceKind;
  raw?: unknown;
  issues?: Issue[];
  /** CSV text still to parse (on demand). */
  csv?: string;
  /** JSON text still to parse (a syntax error is located by the messages chunk). */
  json?: string;
  /** A light-DOM table's cells still to read (on demand), with the table's language. */
  table?: { element: HTMLTableElement; lang: string };
}

type MessagesModule = typeof import('../core/messages.js');
let tableViewModule: typeof import('./table-view.js') | undefined;

/** An optional chunk, loaded once per page by the first widget that needs it. */
interface Lazy<T> {
  load: () => Promise<T>;
  module?: T;
  loading?: Promise<unknown>;
}
/** Starts loading `chunk` (once) and updates `host` when it arrives; the module once there. */
function need<T>(chunk: Lazy<T>, host: { requestUpdate(): void }): T | undefined {
  if (!chunk.module) {
    chunk.loading ??= chunk.load().then(
      (m) => (chunk.module = m),
      () => (chunk.loading = undefined), // offline: without it for now; the next update tries again
    );
    void chunk.loading.then(() => chunk.module && host.requestUpdate());
  }
  return chunk.module;
}
/** The `patterns` textures (base/patterns.ts). */
const patternsChunk: Lazy<typeof import('./patterns.js')> = { load: () => import('./patterns.js') };
/** The download buttons and files of `actions` (core/export.ts). */
const exportChunk: Lazy<typeof import('../core/export.js')> = { load: () => import('../core/export.js') };
let messagesModule: MessagesModule | undefined;
let messagesLoading: Promise<MessagesModule> | undefined;
/** Loads the error messages (a separate chunk: valid pages never download it). */
function loadMessages(): Promise<MessagesModule> {
  messagesLoading ??= import('../core/messages.js').then((m) => (messagesModule = m));
  return messagesLoading;
}

const DEFAULT_TIMEOUT = 15000;
const MAX_BYTES = 10 * 1024 * 1024;
const FALLBACK_WIDTH = 640;
let uid = 0;

/**
 * The base of every citystat widget: data sources, validation, states, size,
 * language, the common frame (title, summary, table, note, source), keyboard
 * access and events. Subclasses give a validator, a pure layout and a template.
 *
 * Data sources, first found wins:
 * 1. the `data` property (an object);
 * 2. the `src` attribute (a URL fetched as JSON);
 * 3. an inline `<script type="application/json">` child;
 * 4. a light-DOM `<table>` child (what readers see without JavaScript).
 *
 * @fires citystat-render - The chart was drawn; detail `{source, marks, lang}`.
 * @fires citystat-error - The data could not be loaded or is invalid; detail `{source, issues, messages}`.
 * @fires citystat-select - A mark was chosen (Enter, Space, click) or the choice cleared (Escape).
 * @fires citystat-download - A download button saved a file; detail `{kind, name}` (`kind` is `csv`, `png` or `svg`).
 * @csspart base - The widget's frame.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart chart - The chart area.
 * @csspart mark - Each mark (bar, slice, card).
 * @csspart label - Text labels in the chart.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart actions - The row of download buttons (shown with the `actions` attribute).
 * @csspart action - Each download button.
 * @csspart notice - A visible notice (e.g. a total that does not add up).
 * @csspart note - The note line.
 * @csspart source - The source line.
 * @csspart error - The error message box.
 * @cssprop --citystat-font-family - Font of every text.
 * @cssprop --citystat-font-size - Base font size (default 15px).
 * @cssprop --citystat-color-background - Background.
 * @cssprop --citystat-color-text - Text colour.
 * @cssprop --citystat-color-muted - Secondary text colour.
 * @cssprop --citystat-color-accent - Main mark colour.
 * @cssprop --citystat-color-accent-strong - Darker accent for text on light fills.
 * @cssprop --citystat-color-grid - Grid lines and table rules.
 * @cssprop --citystat-color-missing - Colour of missing-value marks.
 * @cssprop --citystat-color-focus - Keyboard focus ring.
 * @cssprop --citystat-color-error - Error accent.
 * @cssprop --citystat-color-error-background - Error box background.
 * @cssprop --citystat-color-notice-background - Notice background.
 * @cssprop --citystat-radius - Corner radius.
 * @cssprop --citystat-padding - Padding around the widget.
 * @cssprop --citystat-color-1 - Categorical colour 1 (… up to --citystat-color-8).
 */
export abstract class CitystatElement<TData extends CommonData, TLayout extends ChartLayout> extends LitElement {
  static override styles = [tokens];

  static override properties = {
    data: { attribute: false },
    src: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    timeout: { type: Number },
    actions: { type: String, reflect: true },
    patterns: { type: Boolean, reflect: true },
    _status: { state: true },
    _issues: { state: true },
    _doc: { state: true },
    _active: { state: true },
    _focusIndex: { state: true },
    _selected: { state: true },
    _tableOpen: { state: true },
  };

  /** The data as an object; takes precedence over every other source. */
  declare data: unknown;
  /** URL of a JSON document to fetch when no `data` property is set. */
  declare src: string | undefined;
  /** Colour theme: `light` (default), `dark`, or `auto` (follows the reader's system). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Milliseconds to wait for `src` before showing an error (default 15000). */
  declare timeout: number;
  /**
   * Download buttons to offer, space-separated: `csv` (the data table), `png`
   * (the chart at 2x), `svg`; or `all`. None by default.
   */
  declare actions: string | undefined;
  /**
   * Fills the coloured marks with a texture per palette colour (solid, diagonal
   * lines, dots, cross-hatch…) as well as the colour, so that categories stay
   * apart in greyscale print, for colour-blind readers and in forced colours.
   * Off by default. It applies to marks coloured by category (FDI parts, fair
   * measures); the sector bars and KPI cards use one colour and stay as they are.
   */
  declare patterns: boolean;

  declare protected _status: ChartStatus;
  declare protected _issues: Issue[];
  declare protected _doc: TData | undefined;
  declare protected _active: number;
  declare protected _focusIndex: number;
  declare protected _selected: number;
  declare protected _tableOpen: boolean;

  /** The generated schema validator of the widget's data. */
  protected abstract readonly validator: GeneratedValidator;

  /** Checks that the schema cannot express (unique ids, totals); data is schema-valid. */
  protected checkData(_data: TData): Issue[] {
    return [];
  }

  /** True when the valid data has nothing to draw. */
  protected abstract isEmpty(data: TData): boolean;

  /** Pure layout: data, width and language in, marks out. */
  protected abstract computeLayout(data: TData, width: number, lang: string): TLayout;

  /** The chart's SVG content, from the layout (marks use `markAttrs`). */
  protected abstract renderChart(layout: TLayout): SVGTemplateResult | TemplateResult;

  /**
   * Loads the widget's reader of a light-DOM table or CSV (a separate chunk:
   * pages that give JSON never download it). Its `fromTable` builds a data
   * document from the table's cells, numbers read in `lang`.
   */
  protected abstract tableReader(): Promise<{ fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } }>;

  /** Renders the plot as HTML instead of one SVG (e.g. cards); default false. */
  protected htmlChart = false;

  protected readonly size = new SizeController(this, () => this.renderRoot?.querySelector('.sizer'));
  protected readonly uid = `cs${++uid}`;
  private _layout: TLayout | undefined;
  private _layoutKey: unknown[] = [];
  private _source: DataSourceKind | undefined;
  private _generation = 0;
  private _abort: AbortController | undefined;
  private _needsLoad = true;
  private _lightObserver: MutationObserver | undefined;
  private _renderedLayout: TLayout | undefined;
  private _reportedIssues: Issue[] | undefined;
  private _waiters: Array<() => void> = [];
  private _tableLoading: Promise<void> | undefined;
  private _lang = 'vi';

  constructor() {
    super();
    this._status = 'loading';
    this._issues = [];
    this._active = -1;
    this._focusIndex = 0;
    this._selected = -1;
    this._tableOpen = false;
    this.timeout = DEFAULT_TIMEOUT;
    this.patterns = false;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The widget's state: `loading`, `error`, `empty` or `ready`. */
  get status(): ChartStatus {
    return this._status;
  }

  /** The located problems of the current data (empty unless `status` is `error`). */
  get issues(): readonly Issue[] {
    return this._issues;
  }

  /** The language the widget renders in. */
  get effectiveLang(): string {
    return this._lang;
  }

  /** The current layout (marks, summary, table), once ready. */
  get layout(): TLayout | undefined {
    return this._layout;
  }

  /** Resolves once loading has finished and the result is on screen. */
  async settled(): Promise<ChartStatus> {
    for (;;) {
      await this._tableLoading;
      if (this.patterns) await patternsChunk.loading;
      if (this.actions) await exportChunk.loading;
      await this.updateComplete;
      const done =
        (this._status === 'error' && this._reportedIssues === this._issues) ||
        this._status === 'empty' ||
        (this._status === 'ready' && this._renderedLayout !== undefined && this._renderedLayout === this._layout);
      if (done && !this.isUpdatePending) return this._status;
      await new Promise<void>((resolve) => this._waiters.push(resolve));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this._lightObserver ??= new MutationObserver(() => {
      if (this._source === 'script' || this._source === 'table' || this._source === undefined) {
        this._needsLoad = true;
        this.requestUpdate();
      }
    });
    this._lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this._status === 'loading') {
      this._needsLoad = true; // a fetch aborted by a disconnect starts again
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    this._lightObserver?.disconnect();
    if (this._abort) {
      this._abort.abort();
      this._abort = undefined;
      this._needsLoad = true;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.patterns) this._usePatterns();
    if (this.actions) need(exportChunk, this);
    if (changed.has('data') || changed.has('src') || this._needsLoad) {
      this._needsLoad = false;
      this._load();
    }
    const docLocale = normalizeLang(this._doc?.locale);
    this._lang = normalizeLang(inheritedLang(this)) ?? docLocale ?? 'vi';
    if (this._status === 'ready' && this._doc && this.size.measured) {
      const width = this.size.width || FALLBACK_WIDTH;
      const key = [this._doc, width, this._lang, ...this.layoutInputs()];
      if (key.length !== this._layoutKey.length || key.some((v, i) => v !== this._layoutKey[i])) {
        this._layoutKey = key;
        this._layout = this.computeLayout(this._doc, width, this._lang);
        const count = this._layout.marks.length;
        if (this._focusIndex >= count) this._focusIndex = Math.max(0, count - 1);
        if (this._active >= count) this._active = -1;
        if (this._selected >= count) this._selected = -1;
      }
    } else {
      this._layout = undefined;
      this._layoutKey = [];
    }
  }

  /** Further values the layout depends on (the subclass's attributes). */
  protected layoutInputs(): unknown[] {
    return [];
  }

  protected override updated(): void {
    if (this._status === 'ready' && this._layout && this._layout !== this._renderedLayout) {
      this._renderedLayout = this._layout;
      emit(this, 'citystat-render', { source: this._source ?? 'data', marks: this._layout.marks.length, lang: this._lang });
    }
    if (this._status === 'error' && this._reportedIssues !== this._issues && messagesModule) {
      this._reportedIssues = this._issues;
      const m = messagesModule;
      emit(this, 'citystat-error', {
        source: this._source,
        issues: this._issues,
        messages: this._issues.map((i) => m.issueMessage(i, this._lang)),
      });
    }
    const waiters = this._waiters;
    this._waiters = [];
    waiters.forEach((w) => w());
  }

  // ---- data pipeline -------------------------------------------------------

  private _load(): void {
    const generation = ++this._generation;
    this._abort?.abort();
    this._abort = undefined;
    const direct = this._readSync();
    if (direct?.csv !== undefined) {
      this._status = 'loading';
      void this._fromCsv(direct.csv, direct.source, generation);
      return;
    }
    if (direct?.table) {
      this._status = 'loading';
      void this._fromTable(direct.table.element, direct.table.lang, generation);
      return;
    }
    if (direct) {
      this._accept(direct);
      return;
    }
    if (this.src) {
      this._status = 'loading';
      this._source = 'src';
      void this._fetch(this.src, generation);
      return;
    }
    this._source = undefined;
    this._doc = undefined;
    this._issues = [];
    this._status = 'empty';
  }

  /** Sources that need no network: property, inline script, light-DOM table. */
  private _readSync(): RawInput | undefined {
    if (this.data !== undefined && this.data !== null) return { source: 'data', raw: this.data };
    if (this.src) return undefined;
    const csv = this.querySelector(':scope > script[type="text/csv"]');
    if (csv) return { source: 'script', csv: csv.textContent ?? '' };
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { source: 'script', json: script.textContent ?? '' };
    const table = this.querySelector(':scope > table');
    if (table instanceof HTMLTableElement) {
      return { source: 'table', table: { element: table, lang: normalizeLang(inheritedLang(table)) ?? 'vi' } };
    }
    return undefined;
  }

  private async _fetch(url: string, generation: number): Promise<void> {
    const controller = new AbortController();
    this._abort = controller;
    let timedOut = false;
    const ms = Math.max(100, Number(this.timeout) || DEFAULT_TIMEOUT);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    const fail = (code: Issue['code'], params: Record<string, string | number> = {}) =>
      this._accept({ source: 'src', issues: [{ code, path: '', params: { url, ...params } }] }, generation);
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
      if (!response.ok) return fail('errFetchStatus', { status: `${response.status} ${response.statusText}`.trim() });
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > MAX_BYTES) return fail('errFetchTooLarge', { limit: '10 MB' });
      const text = await response.text();
      if (text.length > MAX_BYTES) return fail('errFetchTooLarge', { limit: '10 MB' });
      const type = response.headers.get('content-type') ?? '';
      if (/html/i.test(type) || /^\s*<(!doctype|html|head|body|\?xml)/i.test(text)) return fail('errFetchHtml');
      if (/text\/csv/i.test(type) || /\.csv$/i.test(new URL(url, location.href).pathname)) {
        return this._fromCsv(text, 'src', generation);
      }
      this._accept({ source: 'src', json: text }, generation);
    } catch (err) {
      if (generation !== this._generation) return;
      if (timedOut) return fail('errFetchTimeout', { seconds: Math.round(ms / 100) / 10 });
      if ((err as Error)?.name === 'AbortError') return;
      return fail('errFetchNetwork');
    } finally {
      clearTimeout(timer);
      if (this._abort === controller) this._abort = undefined;
    }
  }

  /** CSV text → the widget's table reader → data (the CSV parser loads on demand). */
  private async _fromCsv(text: string, source: DataSourceKind, generation: number): Promise<void> {
    const { parseCsv, csvIssues } = await import('../core/csv.js');
    if (generation !== this._generation) return;
    const parsed = parseCsv(text);
    if (parsed.issues) return this._accept({ source, issues: parsed.issues }, generation);
    const { fromTable } = await this.tableReader();
    if (generation !== this._generation) return;
    const result = fromTable(parsed.table!, parsed.numberLang ?? this._lang);
    const issues = csvIssues(result.issues, parsed.lines!);
    this._accept(issues.length ? { source, issues } : { source, raw: result.data }, generation);
  }

  /** A light-DOM table → the widget's table reader → data (both load on demand). */
  private async _fromTable(table: HTMLTableElement, lang: string, generation: number): Promise<void> {
    const [{ readTable }, { fromTable }] = await Promise.all([import('../core/table-read.js'), this.tableReader()]);
    if (generation !== this._generation) return;
    const result = fromTable(readTable(table), lang);
    this._accept(result.issues?.length ? { source: 'table', issues: result.issues } : { source: 'table', raw: result.data }, generation);
  }

  private _accept(input: RawInput, generation = this._generation): void {
    if (generation !== this._generation) return; // a newer source replaced this one
    this._source = input.source;
    let issues = input.issues ?? [];
    let schemaErrors: SchemaError[] = [];
    let raw = input.raw;
    let jsonError: unknown;
    if (input.json !== undefined) {
      try {
        raw = JSON.parse(input.json.replace(/^\uFEFF/, ''));
      } catch (err) {
        jsonError = err ?? 0;
      }
    }
    if (jsonError !== undefined) {
      // located in the messages chunk below
    } else if (!issues.length) {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        issues = [{ code: 'errNotObject', path: '', params: { got: kindOf(raw) } }];
      } else {
        const valid = this.validator(raw);
        issues = nonFiniteNumbers(raw);
        if (!valid) schemaErrors = [...(this.validator.errors ?? [])];
        else if (!issues.length) issues = this.checkData(raw as TData);
      }
    }
    if (issues.length || schemaErrors.length || jsonError !== undefined) {
      this._issues = issues;
      this._doc = undefined;
      this._status = 'error';
      // Schema errors become located issues in the messages chunk (loaded now).
      const apply = (m: MessagesModule) => {
        if (generation !== this._generation) return;
        if (jsonError !== undefined) this._issues = [m.jsonIssue(input.json!, jsonError)];
        if (schemaErrors.length) {
          const seen = new Set(issues.map((i) => i.path));
          this._issues = [...issues, ...m.schemaIssues(schemaErrors, raw).filter((i) => !seen.has(i.path))];
        }
        this.requestUpdate();
      };
      if (messagesModule) apply(messagesModule);
      else void loadMessages().then(apply);
    } else {
      this._issues = [];
      this._doc = raw as TData;
      this._status = this.isEmpty(this._doc) ? 'empty' : 'ready';
    }
    this.requestUpdate();
  }

  // ---- rendering -----------------------------------------------------------

  /** Text of a localized field in the widget's language. */
  protected text(value: LocalizedText | undefined): string {
    return resolveText(value, this._lang, this._doc?.locale).text;
  }

  /** A localized field as a span with its own `lang` when it falls back to another language. */
  protected textNode(value: LocalizedText | undefined): TemplateResult | string {
    const r = resolveText(value, this._lang, this._doc?.locale);
    const lang = normalizeLang(r.lang);
    return lang && lang !== this._lang ? html`<span lang=${lang}>${r.text}</span>` : r.text;
  }

  protected override render(): TemplateResult {
    const s = uiStrings(this._lang);
    const doc = this._doc;
    const layout = this._layout;
    const titleId = `${this.uid}-title`;
    const summaryId = `${this.uid}-summary`;
    const hasTitle = !!doc?.title;
    // Ready but not measured yet: only the sizer, so that reading its width
    // (in the same task, before any frame) lays out as little as possible.
    if (this._status === 'ready' && !this.size.measured) {
      return html`<div class="root" part="base" lang=${this._lang}><div class="sizer" aria-hidden="true"></div></div>`;
    }
    return html`<div class="root" part="base" lang=${this._lang}>
      <div class="sizer" aria-hidden="true"></div>
      ${hasTitle ? html`<div class="title" part="title" id=${titleId}>${this.textNode(doc?.title)}</div>` : nothing}
      ${doc?.subtitle ? html`<div class="subtitle" part="subtitle">${this.textNode(doc.subtitle)}</div>` : nothing}
      <div class="chart" part="chart">
        ${
          this._status === 'loading'
            ? html`<div class="status" role="status"><div class="skeleton" aria-hidden="true"></div><span>${s.loading}</span></div>`
            : this._status === 'error'
              ? this._renderError()
              : this._status === 'empty'
                ? html`<div class="status" role="status">${s.empty}</div>`
                : layout
                  ? this._renderPlot(layout, hasTitle ? titleId : undefined, summaryId)
                  : nothing
        }
      </div>
      ${
        layout
          ? html`${layout.notices.map((n) => html`<p class="notice" part="notice">${n}</p>`)}
            <p class="sr-only" id=${summaryId}>${layout.summary}</p>
            ${this._renderTable(layout)}${this._renderActions()}`
          : nothing
      }
      ${this._renderBelow()}
    </div>`;
  }

  private _renderPlot(layout: TLayout, titleId: string | undefined, summaryId: string): TemplateResult {
    const active = layout.marks[this._active];
    const label = titleId ? undefined : this.text(this._doc?.title) || layout.summary;
    const content = this.htmlChart
      ? html`<div
          class="plot-html"
          role="list"
          aria-labelledby=${titleId ?? nothing}
          aria-label=${label ?? nothing}
          aria-describedby=${summaryId}
          @keydown=${this._onKeyDown}
          @focusin=${this._onFocusIn}
          @focusout=${this._onFocusOut}
          @pointerover=${this._onPointerOver}
          @pointerleave=${this._onPointerLeave}
          @click=${this._onClick}
        >
          ${this.renderChart(layout)}
        </div>`
      : html`<svg
          class="plot"
          tabindex="-1"
          role="list"
          aria-labelledby=${titleId ?? nothing}
          aria-label=${label ?? nothing}
          aria-describedby=${summaryId}
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
          @keydown=${this._onKeyDown}
          @focusin=${this._onFocusIn}
          @focusout=${this._onFocusOut}
          @pointerover=${this._onPointerOver}
          @pointerleave=${this._onPointerLeave}
          @click=${this._onClick}
        >
          ${this.renderChart(layout)}${active ? this._svgTooltip(layout, active) : nothing}
        </svg>`;
    return content;
  }

  /**
   * The tooltip, drawn inside the SVG (attributes only, no inline styles: strict
   * CSP holds), above the mark's anchor, or below when there is no room.
   */
  private _svgTooltip(layout: TLayout, mark: Mark): SVGTemplateResult {
    const size = 13;
    // The first line is bold: measured 10% wider.
    const max = Math.min(260, layout.width - 16);
    const first = wrapText(mark.tooltip[0] ?? '', max / 1.1, size, 3);
    const lines = [...first, ...mark.tooltip.slice(1).flatMap((t) => wrapText(t, max, size, 3))];
    const w = Math.ceil(Math.max(...lines.map((l, i) => textWidth(l, size) * (i < first.length ? 1.1 : 1)))) + 16;
    const h = lines.length * 17 + 10;
    const x = Math.max(0, Math.min(layout.width - w, mark.x - w / 2));
    const y = mark.y - h - 8 >= 0 ? mark.y - h - 8 : mark.y + 26;
    return svg`<g class="tooltip" part="tooltip" aria-hidden="true" transform="translate(${x} ${y})">
      <rect width=${w} height=${h} rx="4"></rect>
      <text x="8" y="19">${lines.map((l, i) => svg`<tspan x="8" dy=${i ? 17 : 0} class=${i < first.length ? 'strong' : ''}>${l}</tspan>`)}</text>
    </g>`;
  }

  /**
   * The textures of the `patterns` attribute live in a chunk of their own
   * (base/patterns.ts), loaded when a widget first asks for them: pages that
   * never set `patterns` do not download it. Until it has loaded, marks keep
   * their colours (`patterned` is false).
   */
  private _usePatterns(): void {
    const root = this.shadowRoot;
    const sheet = need(patternsChunk, this)?.patternStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Whether marks are drawn with textures now (`patterns` is set and its chunk has loaded). */
  protected get patterned(): boolean {
    return this.patterns && !!patternsChunk.module;
  }

  /**
   * The `fill` attribute of a mark in palette slot `n` (1–8) of an SVG chart:
   * its pattern when `patterned`, else nothing: the stylesheet's colour. A
   * patterned mark must not match a rule that sets `fill`, which would win
   * over the attribute.
   */
  protected patternFill(n: number): string | typeof nothing {
    return this.patterned ? `url(#${this.patternId(n)})` : nothing;
  }

  /** The `<defs>` of the patterns of palette slots `slots` (1–8) when `patterned`; draw it once in the chart. */
  protected patternDefs(slots: Iterable<number>): SVGTemplateResult | typeof nothing {
    return (this.patterns && patternsChunk.module?.patternDefs(slots, (n) => this.patternId(n))) || nothing;
  }

  /** The id of palette slot `n`'s pattern: unique per element (two widgets on a page never share one). */
  protected patternId(n: number): string {
    return `${this.uid}-p${n}`;
  }

  /** Tab index for mark `i` (roving focus: one tab stop per chart). */
  protected tabIndexFor(i: number): number {
    return i === this._focusIndex ? 0 : -1;
  }

  /** Class string for mark `i`. */
  protected markClass(i: number): string {
    return i === this._selected ? 'mark selected' : 'mark';
  }

  /** Index of the mark under the pointer or focus (-1 when none). */
  protected get activeIndex(): number {
    return this._active;
  }

  private _renderError(): TemplateResult {
    // The list is drawn by the messages chunk, loaded with the first error.
    return html`<div class="error" part="error" role="alert">${messagesModule?.errorList(this._issues, this._lang) ?? nothing}</div>`;
  }

  /**
   * The "show data table" button and, once opened, the table itself. The table
   * (its template and styles, a small chunk) is built only when asked for: at
   * 10,000 items a hidden copy of every row was ~87 % of a widget's first
   * render (bench/README.md). Screen-reader users have the summary, a label on
   * every mark, and the same button.
   */
  private _renderTable(layout: TLayout): TemplateResult {
    const s = uiStrings(this._lang);
    const id = `${this.uid}-table`;
    const open = this._tableOpen;
    const view = open ? tableViewModule : undefined;
    return html`<button
        class="table-toggle"
        part="table-toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${this._toggleTable}
      >
        ${open ? s.hideTable : s.showTable}
      </button>
      <div class="table-wrap" id=${id} ?hidden=${!view}>${view ? view.tableView(layout.table) : nothing}</div>`;
  }

  private async _toggleTable(): Promise<void> {
    this._tableOpen = !this._tableOpen;
    if (!this._tableOpen) return;
    if (!tableViewModule) {
      const loading = import('./table-view.js');
      this._tableLoading = loading.then(
        () => undefined,
        () => undefined,
      );
      try {
        tableViewModule = await loading;
      } catch {
        this._tableOpen = false; // the chunk did not load (offline): the button can be pressed again
        return;
      } finally {
        this._tableLoading = undefined;
      }
    }
    const root = this.shadowRoot;
    const sheet = tableViewModule.tableStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.requestUpdate();
  }

  /** The download buttons of `actions`, once their chunk has loaded (core/export.ts). */
  private _renderActions(): TemplateResult | typeof nothing {
    const m = this.actions ? exportChunk.module : undefined;
    return m ? m.actionsView(this.actions!, !this.htmlChart, this._lang, (kind) => void this._download(kind)) : nothing;
  }

  private async _download(kind: 'csv' | 'png' | 'svg'): Promise<void> {
    const layout = this._layout;
    const m = exportChunk.module;
    if (!layout || !m) return;
    const name = await m.download(kind, layout.table, this.text(this._doc?.title) || layout.table.caption || 'citystat', this.renderRoot);
    if (name) emit(this, 'citystat-download', { kind, name });
  }

  private _renderBelow(): TemplateResult | typeof nothing {
    const doc = this._doc;
    if (!doc || (!doc.note && !doc.source)) return nothing;
    const s = uiStrings(this._lang);
    const source = doc.source;
    const url = safeUrl(source?.url);
    return html`<div class="below">
      ${doc.note ? html`<p class="note" part="note">${s.note}: ${this.textNode(doc.note)}</p>` : nothing}
      ${
        source
          ? html`<p class="source" part="source">
            ${s.source}:
            ${
              url
                ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${this.textNode(source.name)}</a>`
                : this.textNode(source.name)
            }${source.date ? html`, ${this.textNode(source.date)}` : nothing}
          </p>`
          : nothing
      }
    </div>`;
  }

  // ---- keyboard and pointer ------------------------------------------------

  private _markIndex(e: Event): number {
    for (const el of e.composedPath()) {
      if (el instanceof Element && el.hasAttribute('data-index')) return Number(el.getAttribute('data-index'));
      if (el === this) break;
    }
    return -1;
  }

  private _onKeyDown(e: KeyboardEvent): void {
    const count = this._layout?.marks.length ?? 0;
    if (!count) return;
    let next = this._focusIndex;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(count - 1, this._focusIndex + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, this._focusIndex - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this._select(this._focusIndex);
        return;
      case 'Escape':
        this._active = -1;
        if (this._selected !== -1) this._select(-1);
        return;
      default:
        return;
    }
    e.preventDefault();
    this._focusIndex = next;
    this._active = next;
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector(`[data-index="${next}"]`) as HTMLElement | SVGElement | null)?.focus();
    });
  }

  private _onFocusIn(e: FocusEvent): void {
    const i = this._markIndex(e);
    if (i >= 0) {
      this._focusIndex = i;
      this._active = i;
    }
  }

  private _onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (!to || !this.renderRoot.contains(to)) this._active = -1;
  }

  private _onPointerOver(e: PointerEvent): void {
    const i = this._markIndex(e);
    this._active = i;
  }

  private _onPointerLeave(): void {
    this._active = -1;
  }

  private _onClick(e: MouseEvent): void {
    const i = this._markIndex(e);
    if (i >= 0) {
      this._focusIndex = i;
      this._select(i === this._selected ? -1 : i);
    }
  }

  private _select(i: number): void {
    this._selected = i;
    const mark = i >= 0 ? this._layout?.marks[i] : undefined;
    emit(this, 'citystat-select', { index: mark ? i : -1, key: mark?.key ?? null, datum: mark?.datum ?? null });
  }
}

const MAX_DEPTH = 32; // no data document nests this deep
const MAX_FIGURE = 1e21; // above any official figure (Vietnam's GDP in đồng is ~1e16); 100,000 of them still sum finitely

/**
 * Finds numbers the charts cannot add up (NaN, ±Infinity, beyond 1e21) and
 * documents nested deeper than any real one (or holding themselves), which
 * would otherwise overflow the stack. Exported for the CLI (bin/lib/check.mjs).
 */
export function nonFiniteNumbers(value: unknown, path = '', out: Issue[] = [], depth = 0): Issue[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push({ code: 'errNotFinite', path });
    else if (Math.abs(value) > MAX_FIGURE) out.push({ code: 'errMaximum', path, params: { limit: '10^21' } });
  } else if (value && typeof value === 'object') {
    if (depth > MAX_DEPTH) {
      out.push({ code: 'errInvalid', path });
      return out;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && out.length < 50; i++) nonFiniteNumbers(value[i], `${path}[${i}]`, out, depth + 1);
    } else {
      for (const [k, v] of Object.entries(value)) {
        if (out.length >= 50) break;
        nonFiniteNumbers(v, path ? `${path}.${k}` : k, out, depth + 1);
      }
    }
  }
  return out;
}

/** Re-exported for charts: lit's svg tag. */
export { svg };
export type { ChartLayout, ChartStatus, Mark };
