// A static server for dist/ like tests/e2e/serve.mjs, but answering with brotli or gzip when the
// browser accepts it (as any real host does for .wasm, .js, .css and .html), so that Lighthouse's
// transfer-size-based throttling sees realistic sizes. 127.0.0.1 only; SPA fallback to index.html.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

export async function startCompressedServer({ root = 'dist', port = 0 } = {}) {
  const base = resolve(root);
  const cache = new Map();
  const isFile = async (p) => (await stat(p).catch(() => null))?.isFile() ? p : null;
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      const candidate = normalize(join(base, pathname));
      if (candidate !== base && !candidate.startsWith(base + sep)) return res.writeHead(403).end();
      const file = (await isFile(candidate)) ?? (await isFile(join(candidate, 'index.html')))
        ?? (extname(pathname) === '' ? await isFile(join(base, 'index.html')) : null);
      if (!file) return res.writeHead(404).end('not found');
      const ext = extname(file);
      const accept = String(req.headers['accept-encoding'] ?? '');
      const encoding = !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      const key = `${file}:${encoding}`;
      if (!cache.has(key)) {
        const body = await readFile(file);
        cache.set(key, encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip' ? gzipSync(body, { level: 9 }) : body);
      }
      const headers = { 'content-type': MIME[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
      if (encoding) headers['content-encoding'] = encoding;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : cache.get(key));
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return { port: actual, url: `http://127.0.0.1:${actual}/`, close: () => new Promise((ok) => server.close(ok)) };
}
