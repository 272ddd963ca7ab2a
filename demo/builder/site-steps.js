// The one-time site step: what a site adds once so that table-first snippets
// become charts, for WordPress (the plugin of integrations/wordpress/), Ghost,
// Drupal and plain HTML.
import { escapeAttr } from './text.js';

export const SITES = ['wordpress', 'ghost', 'drupal', 'html'];

/** The script line every site adds once (the tag-and-data snippet carries it too). */
export const scriptLine = (address) => `<script type="module" src="${escapeAttr(address)}"></script>`;

/** A YAML single-quoted string. */
const yaml = (text) => `'${String(text).replace(/'/g, "''")}'`;

/** A PHP single-quoted string. */
const php = (text) => `'${String(text).replace(/[\\']/g, '\\$&')}'`;

/**
 * The code of the site step: the WordPress plugin's address setting (wp-config.php),
 * a Drupal theme library, else the script line.
 */
export function siteCode(site, address) {
  if (site === 'wordpress') return `// wp-config.php\ndefine( 'CITYSTAT_SCRIPT_URL', ${php(address)} );\n`;
  if (site === 'drupal') {
    return `# THEME.libraries.yml\ncitystat:\n  js:\n    ${yaml(address)}: { type: external, attributes: { type: module } }\n`;
  }
  return `${scriptLine(address)}\n`;
}
