// Serves the project on 127.0.0.1 (the demo page at /), offline, no dependencies.
// PORT=8080 by default; the next free port is used when it is taken.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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
    let target = file;
    if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
    if (!existsSync(target)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(target).pipe(res);
  });
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
  await startServer();
}
