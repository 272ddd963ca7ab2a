// The bench's HTTP server on 127.0.0.1: the bench pages and harness, the
// dist/cdn snapshot (/cdn/), the peers' bundles (/vendor/), the example data
// (/data-schemas/) and the throttled article's pages (/article/<lib>.html).
// CONTENT_TYPES and `inside` also serve bench/profile.mjs's server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** `path` under `base`, or undefined when it would leave it (`..`). */
export function inside(base, path) {
  const file = normalize(join(base, path));
  return file.startsWith(`${base}/`) ? file : undefined;
}

function serveFile(res, file) {
  if (!file || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
}

/**
 * Listens on a free port; `vendor` maps /vendor/<name> to a file, `article`
 * maps a library to its article's HTML. Resolves with the server and its base URL.
 */
export async function startServer(root, { snapshot, vendor, article }) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const articleLib = /^\/article\/([\w-]+)\.html$/.exec(path)?.[1];
    if (article[articleLib])
      return res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-cache' }).end(article[articleLib]);
    if (path.startsWith('/vendor/')) return serveFile(res, vendor[path.slice(8)]);
    if (path.startsWith('/cdn/')) return serveFile(res, inside(snapshot, path.slice(5)));
    if (path.startsWith('/bench/') && !path.startsWith('/bench/results/'))
      return serveFile(res, inside(join(root, 'bench'), path.slice(7)));
    if (path.startsWith('/data-schemas/')) return serveFile(res, inside(join(root, 'data-schemas'), path.slice(14)));
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
