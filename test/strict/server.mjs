// A tiny static server on 127.0.0.1 for the strict-page runner. Every response carries the security headers of
// the profile named in the page URL (?profile=csp|tt|none); the offer is inlined into widget.html as a JSON
// script child; CSP reports POSTed to /csp-report are collected in `reports`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; report-uri /csp-report";
export const PROFILES = {
  none: {},
  csp: { 'content-security-policy': CSP },
  tt: { 'content-security-policy': `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html` },
};

/** `mounts`: { '/prefix/': '/abs/dir' }; `offerJson`: the text put into widget.html. */
export async function startStrictServer(mounts, offerJson) {
  const reports = [];
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        reports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    // The profile comes from the page's URL; sub-resources inherit it through the Referer.
    const referer = req.headers.referer ? new URL(req.headers.referer) : null;
    const profile = url.searchParams.get('profile') ?? referer?.searchParams.get('profile') ?? 'none';
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...(PROFILES[profile] ?? {}) };
    const mount = entries.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) return void res.writeHead(404, headers).end('not found');
    const root = resolve(mount[1]);
    const file = normalize(join(root, decodeURIComponent(url.pathname.slice(mount[0].length))));
    if (!file.startsWith(root + sep)) return void res.writeHead(403, headers).end('forbidden');
    try {
      let body = await readFile(file);
      // Inside a <script> element only "</script" and "<!--" can end or confuse it: escape "<" in the JSON.
      if (file.endsWith('widget.html'))
        body = body.toString('utf8').replace('{{OFFER}}', offerJson.replace(/</g, '\\u003c'));
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, reports, close: () => new Promise((ok) => server.close(ok)) };
}
