/**
 * The parts of the trend layout that only some data needs, each a chunk of
 * its own: the lines (levels, several series, long series), the
 * annotations and the series' own sources. Data drawn as columns without
 * either, such as the example's quarters, loads none. (Loaded here rather than with
 * base/lazy-chunk.ts: its loaders would be three more exports of the CDN
 * entry, which every page downloads.)
 */
import { drawsColumns, hasOwnSources, type TrendParts } from './trend.plot.js';
import type { TrendData } from './trend.types.js';

/** The parts loaded so far (shared by the page's trend widgets). */
export const parts: TrendParts = {};
const imports: { [K in keyof TrendParts]-?: () => Promise<TrendParts[K]> } = {
  lines: () => import('./trend.lines.js'),
  notes: () => import('./trend.annotations.js'),
  sources: () => import('./trend.sources.js'),
};
/** Whether `data` needs each part. */
const needs: { [K in keyof TrendParts]-?: (data: TrendData) => boolean } = {
  lines: (data) => !drawsColumns(data),
  notes: (data) => !!data.annotations?.length,
  sources: hasOwnSources,
};
/** The loads under way; one that failed (offline) is forgotten, so that the next layout tries again. */
const loading: { [K in keyof TrendParts]?: Promise<unknown> } = {};

const load = (name: keyof TrendParts): Promise<unknown> =>
  (loading[name] ??= imports[name]().then(
    (m) => ((parts as Record<string, unknown>)[name] = m),
    () => (loading[name] = undefined),
  ));

/**
 * Starts loading the parts `data` needs that are not there yet: undefined
 * when none is missing, else a promise of whether all of them loaded.
 */
export function loadParts(data: TrendData): Promise<boolean> | undefined {
  const missing = (['lines', 'notes', 'sources'] as const).filter((name) => !parts[name] && needs[name](data));
  return missing.length ? Promise.all(missing.map(load)).then((m) => m.every(Boolean)) : undefined;
}
