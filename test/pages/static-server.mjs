// The one static file server of the page tests (frameworks, no-JS, strict pages), on 127.0.0.1. No dependencies.
//   mounts   { '/url-prefix/': '/abs/dir' }, longest prefix wins; paths that escape their directory get 403.
//   headers  (url, request) => extra response headers (the strict pages add CSP per profile).
//   rewrite  (file, text) => text, for HTML that takes a value at serve time (the strict page's offer).
// POSTs to /csp-report are kept in `reports` (CSP violation reports), so a test can assert there are none.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export async function serveStatic(mounts, { headers = () => ({}), rewrite = null } = {}) {
  const entries = Object.entries(mounts).sort((first, second) => second[0].length - first[0].length);
  const reports = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    if (url.pathname === '/csp-report') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        reports.push(body);
        response.writeHead(204).end();
      });
      return;
    }
    const responseHeaders = {
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers(url, request),
    };
    const send = (status, text) =>
      void response.writeHead(status, { ...responseHeaders, 'content-type': 'text/plain' }).end(text);
    const path = decodeURIComponent(url.pathname);
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return send(404, 'not found');
    const root = resolve(mount[1]);
    let file = normalize(join(root, path.slice(mount[0].length)));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (rewrite && file.endsWith('.html')) body = rewrite(file, body.toString('utf8'));
      response.writeHead(200, {
        ...responseHeaders,
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    reports,
    close: () => new Promise((closed) => server.close(closed)),
  };
}
