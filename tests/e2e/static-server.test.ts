import { request } from 'node:http';
import { describe, expect, inject, test } from 'vitest';
import { safeJoin } from './static-server';

/** A raw GET, so `..` segments reach the server unnormalised. */
function get(path: string): Promise<{ status: number; type: string; body: string; location: string }> {
  const { hostname, port } = new URL(inject('e2eOrigin'));
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body,
          location: String(res.headers.location ?? ''),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the harness static server', () => {
  test('serves the built page and its scripts with the right types', async () => {
    const page = await get('/seed/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const js = await get(`/seed/${script}`);
    expect(js.status).toBe(200);
    expect(js.type).toMatch(/^text\/javascript/);
  });

  test('each mount has its own data folder', async () => {
    const seed = await get('/seed/data/dataset.json');
    expect(seed.type).toMatch(/^application\/json/);
    expect(JSON.parse(seed.body).schemaVersion).toBe(1);
    expect(JSON.parse((await get('/bad-version/data/dataset.json')).body).schemaVersion).toBe(999);
    expect((await get('/missing/data/dataset.json')).status).toBe(404);
  });

  test('a mount without its trailing slash redirects, keeping the query', async () => {
    const res = await get('/seed?claim=x');
    expect(res.status).toBe(301);
    expect(res.location).toBe('/seed/?claim=x');
  });

  test.each([
    '/seed/../package.json',
    '/seed/%2e%2e/%2e%2e/package.json',
    '/seed/data/..%2f..%2fpackage.json',
    '/nope/',
  ])('refuses %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  test('safeJoin keeps paths inside the root', () => {
    expect(safeJoin('/srv/app', 'assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(safeJoin('/srv/app', '../secret')).toBeNull();
    expect(safeJoin('/srv/app', 'a/../../secret')).toBeNull();
    expect(safeJoin('/srv/app', 'a\0b')).toBeNull();
  });
});
