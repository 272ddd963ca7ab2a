import { nothing, type ReactiveController, type ReactiveElement, type SVGTemplateResult } from 'lit';
import { adopt, chunk, need } from './lazy-chunk.js';

/** The textures of the `patterns` attribute (base/patterns.ts). */
const patternsChunk = chunk(() => import('./patterns.js'));

/**
 * The `patterns` attribute: its textures live in a chunk of their own, loaded
 * when a widget first asks for them (pages that never set `patterns` do not
 * download it); their styles are adopted into the shadow root. Until the chunk
 * has loaded, marks keep their colours (`active` is false).
 */
export class PatternsController implements ReactiveController {
  constructor(
    private readonly _host: ReactiveElement & { patterns: boolean },
    /** Prefix of the pattern ids: unique per element (two widgets on a page never share one). */
    private readonly _uid: string,
  ) {
    _host.addController(this);
  }

  hostUpdate(): void {
    const m = this._host.patterns && need(patternsChunk, this._host);
    if (m) adopt(this._host, m.patternStyles);
  }

  /** Whether marks are drawn with textures now. */
  get _active(): boolean {
    return this._host.patterns && !!patternsChunk._module;
  }

  /** The `<defs>` of the patterns of palette slots `slots`, when `patterns` is set and loaded. */
  defs(slots: Iterable<number>): SVGTemplateResult | typeof nothing {
    return (this._host.patterns && patternsChunk._module?.patternDefs(slots, this._id)) || nothing;
  }

  /** A mark's `fill` in palette slot `n`: its pattern when active, else nothing (the stylesheet's colour). */
  fill(n: number): string | typeof nothing {
    return this._active ? `url(#${this._id(n)})` : nothing;
  }

  private readonly _id = (n: number): string => `${this._uid}-p${n}`;

  /** Settles once the chunk `patterns` asks for has loaded (or failed to). */
  get pending(): Promise<unknown> | undefined {
    return this._host.patterns ? patternsChunk._loading : undefined;
  }
}
