import { LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartLayout, ChartStatus, Mark } from '../core/chart.js';
import type { CommonData } from '../core/types.js';
import type { GeneratedValidator, Issue } from '../core/validate.js';
import { DataSourceController, type RawInput, type TableReader } from './data-source-controller.js';
import { DownloadsController } from './downloads-controller.js';
import { FocusController } from './focus-controller.js';
import { frameView } from './frame-view.js';
import { LanguageController } from './language-controller.js';
import { PatternsController } from './patterns-controller.js';
import { ReportController } from './report-controller.js';
import { SizeController } from './size-controller.js';
import { DataTableController } from './table-controller.js';
import { tokens } from './tokens.styles.js';

const FALLBACK_WIDTH = 640;
let uid = 0;
const LAYOUT_CHUNK = 'errLayoutChunk'; // thrown by a widget's computeLayout when a chunk it needs did not load: an error, not figures drawn without it

/**
 * The base of every citystat widget: data sources, validation, states, size, language, the common frame (title,
 * summary, table, note, source), keyboard access and events, each a reactive controller or a view function of its
 * own. Subclasses give a validator, a pure layout and a template. Data sources, first found wins: the `data`
 * property, the `src` URL, an inline `<script type="application/json">` child, a light-DOM `<table>` child (what
 * readers see without JavaScript).
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
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The data as an object; takes precedence over every other source. */
  declare data: unknown;
  /** URL of a JSON document to fetch when no `data` property is set. */
  declare src: string | undefined;
  /** Colour theme: `light` (default), `dark`, or `auto` (follows the reader's system). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Milliseconds to wait for `src` before showing an error (default 15000). */
  timeout = 15000; // fetch-source.ts falls back to the same when `timeout` is not a number
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
  patterns = false;
  /**
   * Level of the title's heading (`role="heading"`, 1–6; default 2: under the
   * article's h1 and beside its h2 sections, never a skipped level). Set it to
   * fit the page's outline, e.g. 3 for a chart inside an h2 section.
   */
  headingLevel = 2;

  /** The generated schema validator of the widget's data. */
  protected abstract readonly validator: GeneratedValidator;

  /** Checks that the schema cannot express (unique ids, totals); data is schema-valid. */
  protected checkData(_data: TData): Issue[] {
    return [];
  }

  /** True when the valid data has nothing to draw. */
  protected abstract isEmpty(data: TData): boolean;

  /** Pure layout: data, width and language in, marks out; undefined while a chunk the data needs loads (`settled()` waits), throws `LAYOUT_CHUNK` if it fails. */
  protected abstract computeLayout(data: TData, width: number, lang: string): TLayout | undefined;

  /**
   * The chart's SVG content, from the layout (marks use `markClass`, `tabIndexFor` and `ringed`); `tip` draws the
   * active mark's tooltip, which the frame adds to one SVG (an `htmlChart` that shows one draws it itself).
   */
  protected abstract renderChart(
    layout: TLayout,
    tip: (layout: ChartLayout) => SVGTemplateResult | undefined,
  ): SVGTemplateResult | TemplateResult;

  /**
   * Loads the widget's reader of a light-DOM table or CSV (a separate chunk: pages that give JSON never download it).
   * Its `fromTable` builds a data document from the table's cells, numbers read in `lang`.
   */
  protected abstract tableReader(): Promise<TableReader>;

  /** Renders the plot as HTML instead of one SVG (cards; a long chart's bands, set with its layout); default false. */
  protected htmlChart = false;
  protected readonly size = new SizeController(this, () => this.renderRoot?.querySelector('.sizer'));
  protected readonly uid = `cs${++uid}`;
  private readonly _lang: LanguageController = new LanguageController(this, () => this._data._doc?.locale);
  private readonly _data: DataSourceController<TData> = new DataSourceController<TData>(this, this._lang, {
    validator: () => this.validator,
    checkData: (data) => this.checkData(data),
    isEmpty: (data) => this.isEmpty(data),
    tableReader: () => this.tableReader(),
  });
  private readonly _focus = new FocusController(this, () => this._layout?.marks);
  private readonly _table = new DataTableController(this);
  private readonly _patterns = new PatternsController(this, this.uid);
  private readonly _downloads = new DownloadsController(this, this._data, this._lang, () => this._layout);
  private readonly _views = { _data: this._data, _lang: this._lang, _focus: this._focus, _table: this._table, _downloads: this._downloads };
  // The chunks these may be loading: settled() waits for them.
  private readonly _loading = [this._table, this._patterns, this._downloads, this._focus];
  private readonly _report = new ReportController(this, this._views, () => this._layout, this._loading);
  private _layout: TLayout | undefined;
  private _layoutKey: unknown[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The widget's state: `loading`, `error`, `empty` or `ready`. */
  get status(): ChartStatus {
    return this._data._status;
  }

  /** The located problems of the current data (empty unless `status` is `error`). */
  get issues(): readonly Issue[] {
    return this._data._issues;
  }

  /** The language the widget renders in. */
  get effectiveLang(): string {
    return this._lang._value;
  }

  /** The current layout (marks, summary, table), once ready. */
  get layout(): TLayout | undefined {
    return this._layout;
  }

  /** Resolves once loading has finished and the result is on screen. */
  settled(): Promise<ChartStatus> {
    return this._report.settled();
  }

  /** Data first (read synchronously when it can be), then the language, then the layout (kept while its inputs stay). */
  protected override willUpdate(changed: PropertyValues): void {
    this._data.update(changed.has('data') || changed.has('src'));
    this._lang.resolve();
    const { _status: status, _doc: doc } = this._data;
    const width = this.size.width || FALLBACK_WIDTH;
    const key = status === 'ready' && doc && this.size._measured ? [doc, width, this._lang._value, ...this.layoutInputs()] : [];
    if (key.length === this._layoutKey.length && key.every((v, i) => v === this._layoutKey[i])) return;
    this._layoutKey = key;
    // Data the checks passed but the layout could not draw (a fault of ours, or a chunk that failed): a message and citystat-error, not a blank widget.
    try {
      this._layout = key.length ? this.computeLayout(doc!, width, this._lang._value) : undefined;
    } catch (e) {
      this._layout = undefined;
      this._data._accept({ source: this._data._source!, issues: [{ code: e === LAYOUT_CHUNK ? e : 'errLayout', path: '' }] });
    }
  }

  /** Further values the layout depends on (the subclass's attributes). */
  protected layoutInputs(): unknown[] {
    return [];
  }

  /** The single entry of a raw document (test/reliability/property.suite.ts calls it on a detached element). */
  protected _accept(input: RawInput): void {
    this._data._accept(input);
  }

  protected override render(): TemplateResult {
    return frameView(
      this._views,
      this.uid,
      this._layout,
      this.htmlChart,
      (l) => this.renderChart(l as TLayout, this._focus._tooltip),
      this.headingLevel,
    );
  }

  /** Whether marks are drawn with textures now (`patterns` is set and its chunk has loaded). */
  protected get patterned(): boolean {
    return this._patterns._active;
  }

  /**
   * A mark's `fill` in palette slot `n` (1–8) of an SVG chart: its pattern when `patterned`, else nothing (the
   * stylesheet's colour). A patterned mark must not match a rule that sets `fill`, which would win over the attribute.
   */
  protected patternFill(n: number): string | typeof nothing {
    return this._patterns.fill(n);
  }

  /** The `<defs>` of the patterns of palette slots `slots` (1–8) when `patterned`; draw it once in the chart. */
  protected patternDefs(slots: Iterable<number>): SVGTemplateResult | typeof nothing {
    return this._patterns.defs(slots);
  }

  /** Tab index for mark `i` (roving focus: one tab stop per chart). */
  protected tabIndexFor(i: number): number {
    return i === this._focus.focusIndex ? 0 : -1;
  }

  /** Whether mark `i` can show its focus ring (it holds the tab stop or is selected): draw the ring on it only. */
  protected ringed(i: number): boolean {
    return i === this._focus.focusIndex || i === this._focus.selected;
  }

  /** Class string for mark `i`. */
  protected markClass(i: number): string {
    return i === this._focus.selected ? 'mark selected' : 'mark';
  }
}

/** Re-exported for charts: lit's svg tag. */
export { svg };
export type { ChartLayout, ChartStatus, Mark };
