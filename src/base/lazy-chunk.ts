/**
 * Optional code of the widgets (error messages, the data table, downloads,
 * pattern textures) is a chunk of its own, loaded once per page by the first
 * widget that needs it: pages that never need it never download it.
 */
import type { CSSResult, ReactiveElement } from 'lit';

/**
 * One optional chunk: how to load it, and the module once it is there. (The
 * names start with `_` so that the CDN build shortens them: rollup.config.mjs.)
 */
export interface Chunk<T> {
  readonly _load: () => Promise<T>;
  _module?: T;
  /** Settles when the current load has (never rejects). */
  _loading?: Promise<T | undefined>;
}

/** A chunk loaded by `load` (a dynamic import). */
export const chunk = <T>(load: () => Promise<T>): Chunk<T> => ({ _load: load });

/**
 * Loads the chunk (once); resolves to its module, or to undefined when it did
 * not load (offline): the next call then tries again.
 */
export function loadChunk<T>(c: Chunk<T>): Promise<T | undefined> {
  return (c._loading ??= c._load().then(
    (m) => (c._module = m),
    () => (c._loading = undefined),
  ));
}

/** The chunk's module once loaded; until then starts loading it and updates `host` when it arrives. */
export function need<T>(c: Chunk<T>, host: { requestUpdate(): void }): T | undefined {
  if (!c._module) void loadChunk(c).then((m) => m && host.requestUpdate());
  return c._module;
}

/** Adopts a chunk's styles into the host's shadow root (once). */
export function adopt(host: ReactiveElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
