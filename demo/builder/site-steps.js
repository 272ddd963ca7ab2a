// The one-time site step: what a site adds once so that table-first snippets
// become charts, for WordPress, Ghost, Drupal and plain HTML.
import { escapeAttr } from './text.js';

export const SITES = ['wordpress', 'ghost', 'drupal', 'html'];

/** The script line every site adds once (the tag-and-data snippet carries it too). */
export const scriptLine = (address) => `<script type="module" src="${escapeAttr(address)}"></script>`;

/** A YAML single-quoted string. */
const yaml = (text) => `'${String(text).replace(/'/g, "''")}'`;

/** The code of the site step: Drupal declares a theme library, the others add the script line. */
export function siteCode(site, address) {
  if (site === 'drupal') {
    return `# THEME.libraries.yml\ncitystat:\n  js:\n    ${yaml(address)}: { type: external, attributes: { type: module } }\n`;
  }
  return `${scriptLine(address)}\n`;
}
