// Test-only endpoints on the test server for network faults of `src`.
// /__fault/status/404, /__fault/html, /__fault/hang, /__fault/slow?ms=300&file=…,
// /__fault/large, /__fault/redirect?to=…
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
    default:
      ctx.status = 404;
  }
}
