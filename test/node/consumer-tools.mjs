// Shared by test/node/consumer.test.mjs: running npm and vite, serving a built
// app, and reading what its citystat elements drew in headless Chromium.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** Runs a command; resolves with its output, rejects with its end when it fails. */
export function run(cmd, args, cwd, { timeout = 240000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${out.slice(-3000)}`));
    });
  });
}

export const npm = (args, cwd) => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, cwd);
export const install = (cwd, specs) => npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs], cwd);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server for one directory (node_modules included), on a free port. */
export function serveDir(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

/** Loads an app in `browser` and reads every citystat element once settled. */
export async function render(browser, dir, path, count) {
  const { server, url } = await serveDir(dir);
  const page = await browser.newPage();
  page.setDefaultTimeout(60000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  try {
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(new URL(path, url).href, { waitUntil: 'load' });
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('CITYSTAT-') && 'settled' in e).length >= n,
      {},
      count,
    );
    const result = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('CITYSTAT-') && 'settled' in e);
      await Promise.all(els.map((e) => e.settled()));
      return els.map((el) => ({
        widget: el.tagName.toLowerCase().replace('citystat-', ''),
        status: el.status,
        issues: el.issues,
        count: el.shadowRoot.querySelectorAll('[part~="mark"]').length,
        labels: [...el.shadowRoot.querySelectorAll('[part~="mark"]')].map((m) => m.getAttribute('aria-label')),
      }));
    });
    return { result, errors };
  } finally {
    await page.close();
    server.close();
  }
}
