// A real, throwaway WordPress on 127.0.0.1 for the CMS tests, built from
// Debian's packages (wordpress, php-cli, php-mysql, mariadb-server):
//   - MariaDB in a temp folder, socket only (./mariadb.mjs);
//   - a copy of /usr/share/wordpress in the same folder with its own
//     wp-config.php (Debian's wp-config.php reads /etc/wordpress/config-HOST.php:
//     a copy keeps /etc untouched and lets runs sit side by side);
//   - the citystat plugin copied in as a site owner would (its folder, with the
//     package's dist/cdn/ as its cdn/ folder), then activated;
//   - PHP's built-in server on a free port of 127.0.0.1 (./php/router.php in
//     the place of the .htaccess rewrite rules);
//   - wp_install(), an Author and an application password (./php/install.php).
// stop() ends both servers and deletes the folder.
//
// By hand: `node test/cms/wordpress.mjs` starts it, prints the address and
// the Author's credentials, and stops on Ctrl-C.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { mariadbMissing, startMariaDB } from './mariadb.mjs';
import { freePort, run, startProcess } from './processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '../..');
export const WORDPRESS = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
const PHP = process.env.PHP_BINARY || '/usr/bin/php';
export const PACKAGES = 'wordpress php-cli php-mysql mariadb-server wordpress-theme-twentytwentythree';

/** Null when everything the test needs is installed, else the apt-get line to run. */
export function wordpressMissing() {
  const ok =
    existsSync(join(WORDPRESS, 'wp-settings.php')) &&
    existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree')) &&
    existsSync(PHP) &&
    !mariadbMissing() &&
    run(PHP, ['-r', 'echo extension_loaded("mysqli") ? "y" : "n";']) === 'y';
  return ok ? null : `apt-get install -y --no-install-recommends ${PACKAGES}`;
}

function wpConfig({ db, url, debugLog }) {
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  const define = (name, value) => `define( '${name}', ${JSON.stringify(value)} );`;
  return `<?php
${define('DB_NAME', db.database)}
${define('DB_USER', db.user)}
${define('DB_PASSWORD', db.password)}
${define('DB_HOST', `localhost:${db.socket}`)}
${define('DB_CHARSET', 'utf8mb4')}
${define('DB_COLLATE', '')}
${keys.map((k) => define(k, randomBytes(32).toString('hex'))).join('\n')}
${define('WP_HOME', url)}
${define('WP_SITEURL', url)}
// Application passwords over plain HTTP are allowed on "local" sites only.
${define('WP_ENVIRONMENT_TYPE', 'local')}
// Closed network: no update checks, no cron requests, no outside HTTP.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
${define('WP_DEBUG_LOG', debugLog)}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/** Installs the plugin as a site owner would: its folder, plus dist/cdn as cdn/. */
function installPlugin(wp) {
  const target = join(wp, 'wp-content/plugins/citystat');
  cpSync(join(root, 'integrations/wordpress/citystat'), target, { recursive: true });
  if (!existsSync(join(root, 'dist/cdn/citystat.js'))) throw new Error('dist/cdn/citystat.js is missing: npm run build');
  cpSync(join(root, 'dist/cdn'), join(target, 'cdn'), { recursive: true, filter: (f) => !f.endsWith('.map') });
}

async function answers(url) {
  try {
    const r = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
    return r.status > 0;
  } catch {
    return false;
  }
}

/**
 * Starts WordPress. Resolves to `{ url, author, appPassword, rest(), debugLog(), stop() }`.
 */
export async function startWordPress() {
  const missing = wordpressMissing();
  if (missing) throw new Error(`WordPress test needs Debian's packages: ${missing}`);
  const dir = mkdtempSync(join(tmpdir(), 'citystat-wp-'));
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const db = await startMariaDB(dir);
    stops.push(db.stop);
    const wp = join(dir, 'wordpress');
    cpSync(WORDPRESS, wp, { recursive: true, verbatimSymlinks: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLog = join(dir, 'debug.log');
    writeFileSync(join(wp, 'wp-config.php'), wpConfig({ db, url, debugLog }));
    installPlugin(wp);
    const server = await startProcess('php -S', PHP, ['-S', `127.0.0.1:${port}`, '-t', wp, join(here, 'php/router.php')], {
      env: { PHP_CLI_SERVER_WORKERS: '4' },
      ready: () => answers(`${url}/wp-login.php`),
      timeout: 20000,
    });
    stops.push(() => server.stop(5000));
    const installed = JSON.parse(run(PHP, [join(here, 'php/install.php'), wp, url], { timeout: 60000 }));
    const auth = `Basic ${Buffer.from(`${installed.author}:${installed.appPassword}`).toString('base64')}`;
    return {
      ...installed,
      url,
      dir: wp,
      /** A REST call as the Author (`?rest_route=`: plain permalinks, no rewrite rules needed). */
      async rest(method, route, body) {
        const r = await fetch(`${url}/?rest_route=${encodeURIComponent(route)}`, {
          method,
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: body && JSON.stringify(body),
          signal: AbortSignal.timeout(30000),
        });
        const json = await r.json();
        if (!r.ok) throw new Error(`${method} ${route}: ${r.status} ${JSON.stringify(json)}`);
        return json;
      },
      debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
      serverOutput: server.output,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startWordPress();
  console.log(`WordPress: ${site.url}/  (admin screens: ${site.url}/wp-admin/)`);
  console.log(`Author: ${site.author}, application password: ${site.appPassword}`);
  console.log('Ctrl-C stops it and deletes everything it made.');
  const end = () => site.stop().then(() => process.exit(0));
  process.once('SIGINT', end);
  process.once('SIGTERM', end);
}
