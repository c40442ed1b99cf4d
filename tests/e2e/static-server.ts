/**
 * A tiny static server for the built app: each mount serves the same `dist` with its own `data/` folder,
 * so one server can show the seed dataset, the hostile one and the broken ones side by side. Like a production
 * host with precompression on, it sends a file's `.br` or `.gz` copy when there is one and the browser accepts it;
 * every response says its length, so the loading screen can show how much is left.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A running server and how to stop it. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Resolves `relative` inside `root`, or null when it would escape it (`..`, encoded slashes, NUL). */
export function safeJoin(root: string, relative: string): string | null {
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + '/' + relative);
  return full === base || full.startsWith(base + sep) ? full : null;
}

async function fileAt(path: string | null): Promise<string | null> {
  if (path === null) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(resolve(path, 'index.html'));
  } catch {
    // Missing files are answered with 404 below.
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  dist: string,
  mounts: Record<string, string>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return send(res, 400, 'Bad request');
  }
  const [, mount = '', ...rest] = path.split('/');
  const dataDir = mounts[mount];
  if (dataDir === undefined) return send(res, 404, 'Unknown mount');
  if (rest.length === 0) {
    // Relative fetches (`data/dataset.json`) need the trailing slash.
    const query = (req.url ?? '').split('?')[1];
    res.writeHead(301, { Location: `/${mount}/${query ? `?${query}` : ''}` });
    return void res.end();
  }
  const inner = rest.join('/');
  // The mount's data folder always wins over any data the build copied from public/.
  const target = inner.startsWith('data/')
    ? safeJoin(dataDir, inner.slice(5))
    : safeJoin(dist, inner || 'index.html');
  const file = await fileAt(target);
  if (file === null) return send(res, 404, 'Not found');
  const accepted = String(req.headers['accept-encoding'] ?? '');
  let body = file;
  let encoding: string | null = null;
  for (const [name, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (encoding || !new RegExp(`\\b${name}\\b`).test(accepted)) continue;
    if ((await fileAt(file + suffix)) !== null) [body, encoding] = [file + suffix, name];
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String((await stat(body)).size),
    ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(body).pipe(res);
}

/** Serves `dist` under `/<mount>/` for every mount, with `/<mount>/data/...` read from that mount's folder. */
export async function startStaticServer(dist: string, mounts: Record<string, string>): Promise<StaticServer> {
  // Long query strings are part of what the URL tests send; the default 16 KB limit would answer 431.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, (req, res) => {
    handle(req, res, dist, mounts).catch(() => send(res, 500, 'Server error'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
