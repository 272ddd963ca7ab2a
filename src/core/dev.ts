/**
 * True in the npm build and in tests; the CDN bundles set it to false
 * (rollup.config.mjs), so the warnings it guards cost them nothing.
 */
export const DEV: boolean = true;
