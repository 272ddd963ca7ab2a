// Serves the project on 127.0.0.1 (the demo page at /), offline, no dependencies.
// PORT=8080 by default; the next free port is used when it is taken.
// /dist/ is served from the server's own copy of the last complete build
// (scripts/dist-snapshot.mjs), so a build in progress never breaks the pages.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distSnapshot } from './dist-snapshot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

export function startServer(port = Number(process.env.PORT) || 8080, { quiet = false } = {}) {
  const dist = distSnapshot(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { location: `/demo/${url.search}` }).end();
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || file.includes('node_modules')) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const inDist = file.startsWith(join(root, 'dist') + sep);
    const copy = inDist ? dist.dir() : undefined;
    let target = copy ? join(copy, file.slice(join(root, 'dist').length)) : file;
    if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
    if (!existsSync(target)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(target).pipe(res);
  });
  server.on('close', () => dist.dispose());
  return new Promise((resolve, reject) => {
    const tryListen = (p, attempts) => {
      server.once('error', (err) => {
        if (err.code === 'EADDRINUSE' && attempts > 0) tryListen(p + 1, attempts - 1);
        else reject(err);
      });
      server.listen(p, '127.0.0.1', () => {
        const url = `http://127.0.0.1:${server.address().port}/`;
        if (!quiet) console.log(`citystat demo: ${url}`);
        resolve({ server, url });
      });
    };
    tryListen(port, 20);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.on('SIGINT', () => process.exit(0)); // Ctrl-C: the exit handlers remove the copy of dist/
  process.on('SIGTERM', () => process.exit(0));
  await startServer();
}
