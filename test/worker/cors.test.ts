import { describe, expect, it } from 'vitest';
import { call, ORIGIN } from './support.ts';

/** The smallest analyze request with text (an empty one is 400 empty_article). */
const MINIMAL_REQUEST = { blocks: [{ id: 'b1', kind: 'paragraph', text: 'Prices rose.' }] };

const EXTENSION_ORIGINS = [
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
  'moz-extension://0f4c3a5e-7d1b-4c8e-9a2f-3b6d5e7f8a9b',
  'safari-web-extension://0F4C3A5E-7D1B-4C8E-9A2F-3B6D5E7F8A9B',
];

const FOREIGN_ORIGINS = [
  'https://example.com',
  'http://127.0.0.1:9999',
  'null',
  'chrome-extension://abc/evil', // an origin never has a path
  'https://chrome-extension.example.com',
];

describe('CORS', () => {
  it.each(EXTENSION_ORIGINS)('lets the extension at %s read /v1/analyze answers', async (origin) => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify(MINIMAL_REQUEST),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('answers the extension preflight for a JSON POST', async () => {
    const origin = EXTENSION_ORIGINS[0] ?? '';
    const res = await call('/v1/analyze', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('allows the Worker’s own origin', async () => {
    const res = await call('/health', { headers: { origin: ORIGIN } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it.each(FOREIGN_ORIGINS)('gives %s no Access-Control-Allow-Origin', async (origin) => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify(MINIMAL_REQUEST),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await call('/v1/analyze', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never answers with a wildcard', async () => {
    const res = await call('/health', { headers: { origin: 'https://example.com' } });
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*');
  });

  it.each(FOREIGN_ORIGINS)('answers no preflight from %s on the share routes either', async (origin) => {
    for (const [path, method, headers] of [
      ['/v1/shares', 'POST', 'content-type'],
      ['/v1/shares/AAAAAAAAAAAAAAAAAAAAAA', 'DELETE', 'authorization'],
    ] as const) {
      const preflight = await call(path, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
      });
      expect(preflight.headers.get('access-control-allow-origin'), `${method} ${path}`).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });
});
