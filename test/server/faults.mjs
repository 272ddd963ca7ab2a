// Test-only endpoints on the test server for network faults of `src`.
// /__fault/status/404, /__fault/html, /__fault/hang, /__fault/slow?ms=300&file=…,
// /__fault/large, /__fault/redirect?to=…, /__fault/later?ms=600&to=… (the redirect after a delay: a module served late)
import { readFileSync } from 'node:fs';

export async function faultMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__fault/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  switch (kind) {
    case 'status':
      ctx.status = Number(arg) || 500;
      ctx.type = 'application/json';
      ctx.body = '{"error":"fault"}';
      return;
    case 'html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>Not the data</h1></body></html>';
      return;
    case 'hang':
      // Answers nothing for a long time (the widget's timeout fires first).
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms')) || 15000));
      ctx.status = 204;
      return;
    case 'slow': {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms')) || 300));
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = readFileSync(new URL(`../../${url.searchParams.get('file')}`, import.meta.url), 'utf8');
      return;
    }
    case 'large':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = `{"items":[${'{"id":"x","label":"x","value":1},'.repeat(180000)}{"id":"y","label":"y","value":1}]}`;
      return;
    case 'redirect':
      ctx.redirect(url.searchParams.get('to') ?? '/');
      return;
    case 'later':
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms')) || 600));
      ctx.redirect(url.searchParams.get('to') ?? '/');
      return;
    // ---- reliability tests (test/reliability/) ----------------------------
    case 'serve':
      // /__fault/serve/<id>?file=…&ms=…&title=…&type=…: a tracked answer (see
      // `requests`), after an optional delay, with an optional title override.
      return serveTracked(ctx, arg, url);
    case 'requests':
      // /__fault/requests/<id>: what happened to the tracked requests with that id.
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(tracked.get(arg) ?? { started: 0, aborted: 0, finished: 0 });
      return;
    case 'big': {
      // /__fault/big?file=…&mb=5[&chunked=1]: a JSON file padded with spaces to
      // the given size; chunked omits the content-length header.
      const text = readFileSync(new URL(`../../${url.searchParams.get('file')}`, import.meta.url), 'utf8');
      const size = Math.round(Number(url.searchParams.get('mb') || 5) * 1024 * 1024);
      const body = text.replace(/\}\s*$/, `${' '.repeat(Math.max(0, size - text.length))}}`);
      ctx.status = 200;
      ctx.type = 'application/json';
      if (url.searchParams.get('chunked')) {
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from(
          (function* () {
            for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
          })(),
        );
      } else ctx.body = body;
      return;
    }
    case 'other-origin': {
      // /__fault/other-origin: the port of a second server (another origin) that
      // serves /refuse?file=… without Access-Control-Allow-Origin and
      // /allow?file=… with it.
      const port = await otherOrigin();
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ port });
      return;
    }
    case 'record': {
      // POST /__fault/record/<section>: merges a JSON body into .tmp/reliability.json.
      const chunks = [];
      for await (const c of ctx.req) chunks.push(c);
      const all = await recordCounts(arg, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(all);
      return;
    }
    default:
      ctx.status = 404;
  }
}

// ---- helpers of the reliability cases --------------------------------------

/** Tracked requests by id: how many started, were aborted by the client, finished. */
const tracked = new Map();

async function serveTracked(ctx, id, url) {
  const rec = tracked.get(id) ?? { started: 0, aborted: 0, finished: 0 };
  tracked.set(id, rec);
  rec.started++;
  let closed = false;
  let wake = () => {};
  const onClose = () => {
    if (!closed && !ctx.res.writableEnded) {
      closed = true;
      rec.aborted++;
      wake();
    }
  };
  ctx.req.socket.once('close', onClose);
  ctx.res.once('close', onClose);
  const ms = Number(url.searchParams.get('ms') ?? 0);
  if (ms > 0) await new Promise((resolve) => ((wake = resolve), setTimeout(resolve, ms)));
  ctx.req.socket.off('close', onClose);
  if (closed) {
    ctx.status = 204; // nobody is listening; keeps the dev server from logging a 404
    return;
  }
  ctx.res.once('finish', () => rec.finished++);
  const file = url.searchParams.get('file');
  let body = file ? readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8') : '{}';
  const title = url.searchParams.get('title');
  if (title !== null) body = JSON.stringify({ ...JSON.parse(body), title });
  ctx.status = 200;
  ctx.type = url.searchParams.get('type') ?? 'application/json';
  ctx.body = body;
}

let otherServer;
/** Starts (once) a plain node:http server on another port = another origin. */
async function otherOrigin() {
  if (!otherServer) {
    const { createServer } = await import('node:http');
    otherServer = new Promise((resolve) => {
      const server = createServer((req, res) => {
        const u = new URL(req.url ?? '/', 'http://127.0.0.1');
        const headers = { 'content-type': 'application/json' };
        if (u.pathname === '/allow') headers['access-control-allow-origin'] = '*';
        let body;
        try {
          body = readFileSync(new URL(`../../${u.searchParams.get('file')}`, import.meta.url), 'utf8');
        } catch {
          res.writeHead(404, headers).end('{}');
          return;
        }
        res.writeHead(200, headers).end(body);
      });
      server.unref();
      server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
  }
  return otherServer;
}

/** Merges counts reported by a browser test into .tmp/reliability.json. */
async function recordCounts(section, value) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const file = new URL('../../.tmp/reliability.json', import.meta.url);
  let all = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    all = {};
  }
  all[section] = { ...value, at: new Date().toISOString() };
  // Totals over the per-widget test files.
  const of = (prefix) => Object.entries(all).filter(([k]) => k.startsWith(prefix));
  all.summary = {
    inputsTried: of('catalogue-').reduce((n, [, v]) => n + (v.inputsTried ?? 0), 0),
    inputsPerFile: Object.fromEntries(of('catalogue-').map(([k, v]) => [k.slice(10), v.inputsTried])),
    propertyRunsPerWidget: Object.fromEntries(
      of('properties-').map(([k, v]) => [k.slice(11), { valid: v.valid, invalid: v.invalid, renders: v.renders }]),
    ),
    networkScenarios: of('network-').reduce((n, [, v]) => n + (v.scenarios ?? 0), 0),
  };
  mkdirSync(new URL('../../.tmp/', import.meta.url), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  return all;
}
