/*
 * The chunk loaded with the reader's first event on a chart area
 * (focus-controller.ts): what the events do and the tooltip they show.
 */
export { react } from './focus-events.js';
export { tooltip } from './tooltip-view.js';
