import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { LIMITS, ShareRecord } from '../../shared/schema/index.ts';
import app from '../../worker/index.ts';
import { createShare, expectError, postShare, seedAnalysis, SEED_URL } from './shares-support.ts';
import { call, ORIGIN } from './support.ts';

const BASE64URL_22 = /^[A-Za-z0-9_-]{22}$/;
const BASE64URL_43 = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;
/** A well-formed id that was never issued (ids are random; this one is all A's). */
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** The raw KV value of a share, as the store wrote it. */
function storedText(id: string): Promise<string | null> {
  return env.SHARES.get(`share:${id}`, 'text');
}

/**
 * The real SHARES namespace with some operations failing, as when KV is down. Passed to the real
 * app as its binding (app.fetch(request, env)): nothing in the runtime is mocked.
 */
function kvFailing(...operations: Array<'get' | 'put' | 'delete'>): KVNamespace {
  return new Proxy(env.SHARES, {
    get(target, property) {
      if ((operations as string[]).includes(String(property))) return () => Promise.reject(new Error('KV unavailable (test)'));
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The real app with bindings of the test's choosing (the default export reads `env` per request). */
function fetchWithEnv(path: string, init: RequestInit, bindings: Omit<Env, 'SHARE_TTL_DAYS'> & { SHARE_TTL_DAYS?: string }): Promise<Response> {
  return Promise.resolve(app.fetch(new Request(`${ORIGIN}${path}`, init), bindings));
}

function deleteShare(id: string, authorization?: string): Promise<Response> {
  return call(`/v1/shares/${id}`, { method: 'DELETE', headers: authorization === undefined ? {} : { authorization } });
}

describe('POST /v1/shares', () => {
  it('answers 201 with an unguessable id, the share page URL, a delete token and the expiry', async () => {
    const before = Date.now();
    const res = await postShare(JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() }));
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body: unknown = await res.json();
    expect(Object.keys(body as object).sort()).toEqual(['deleteToken', 'expiresAt', 'id', 'url']);
    const { id, url, deleteToken, expiresAt } = body as Record<string, string>;
    expect(id).toMatch(BASE64URL_22);
    expect(url).toBe(`${ORIGIN}/s/${id}`);
    expect(deleteToken).toMatch(BASE64URL_43);
    // 30 days by default (issue 5).
    const lifetime = Date.parse(expiresAt ?? '') - before;
    expect(lifetime).toBeGreaterThanOrEqual(30 * DAY_MS - 1_000);
    expect(lifetime).toBeLessThanOrEqual(30 * DAY_MS + 60_000);
  });

  it('issues a distinct id and token on every create', async () => {
    const created = await Promise.all(Array.from({ length: 60 }, () => createShare()));
    expect(new Set(created.map((share) => share.id)).size).toBe(60);
    expect(new Set(created.map((share) => share.deleteToken)).size).toBe(60);
    for (const share of created) expect(share.id).toMatch(BASE64URL_22);
  });

  it('stores the record with a KV expiration and only a hash of the delete token', async () => {
    const share = await createShare();
    const raw = await storedText(share.id);
    expect(raw).not.toBeNull();
    expect(raw).not.toContain(share.deleteToken);
    expect(JSON.parse(raw ?? '{}')).toHaveProperty('deleteTokenHash', expect.stringMatching(BASE64URL_43));
    const { keys } = await env.SHARES.list({ prefix: `share:${share.id}` });
    expect(keys).toHaveLength(1);
    // KV's own expiry (seconds since the epoch) matches the advertised expiresAt.
    expect(Math.abs((keys[0]?.expiration ?? 0) - Date.parse(share.expiresAt) / 1000)).toBeLessThanOrEqual(2);
  });

  it('keeps the analysis only: extra fields such as the article text are never stored', async () => {
    const analysis = { ...seedAnalysis(), blocks: [{ id: 'b1', kind: 'paragraph', text: 'FULL ARTICLE TEXT' }] };
    const res = await postShare(JSON.stringify({ url: SEED_URL, analysis, text: 'FULL ARTICLE TEXT' }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await storedText(id)).not.toContain('FULL ARTICLE TEXT');
  });

  it('honours SHARE_TTL_DAYS', async () => {
    const before = Date.now();
    const res = await fetchWithEnv(
      '/v1/shares',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() }) },
      { ...env, SHARE_TTL_DAYS: '7' },
    );
    expect(res.status).toBe(201);
    const { expiresAt } = (await res.json()) as { expiresAt: string };
    expect(Date.parse(expiresAt) - before).toBeGreaterThanOrEqual(7 * DAY_MS - 1_000);
    expect(Date.parse(expiresAt) - before).toBeLessThanOrEqual(7 * DAY_MS + 60_000);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.com/article'],
    ['http:example.com/article'],
    ['/relative/article'],
    ['not a url'],
  ])('answers 400 naming "url" for the article URL %s', async (url) => {
    const message = await expectError(await postShare(JSON.stringify({ url, analysis: seedAnalysis() })), 400, 'validation_failed');
    expect(message).toMatch(/^url: /);
  });

  it('answers 400 naming "url" for a URL longer than the limit', async () => {
    const url = `https://example.com/${'a'.repeat(LIMITS.maxUrlChars)}`;
    const message = await expectError(await postShare(JSON.stringify({ url, analysis: seedAnalysis() })), 400, 'validation_failed');
    expect(message).toMatch(/^url: /);
  });

  it('answers 400 naming the missing analysis', async () => {
    const message = await expectError(await postShare(JSON.stringify({ url: SEED_URL })), 400, 'validation_failed');
    expect(message).toContain('analysis');
  });

  it('answers 400 naming the field path inside the analysis', async () => {
    const analysis = seedAnalysis();
    const broken = { ...analysis, outline: [{ ...analysis.outline[0], level: 'two' }] };
    const message = await expectError(await postShare(JSON.stringify({ url: SEED_URL, analysis: broken })), 400, 'validation_failed');
    expect(message).toContain('analysis.outline.0.level');
  });

  it('answers 400 invalid_json for a body that is not JSON', async () => {
    await expectError(await postShare('{"url": "https://example.com", "analysis": {'), 400, 'invalid_json');
  });

  it('answers 415 for a body that is not declared JSON', async () => {
    const body = JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() });
    await expectError(await postShare(body, { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
  });

  it(`answers 413 above ${LIMITS.maxShareBytes} bytes, before validating`, async () => {
    const analysis = { ...seedAnalysis(), warnings: ['x'.repeat(LIMITS.maxShareBytes)] };
    await expectError(await postShare(JSON.stringify({ url: SEED_URL, analysis })), 413, 'payload_too_large');
  });

  it('answers 413 for an oversized streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent <= LIMITS.maxShareBytes; sent += chunk.byteLength) controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await call('/v1/shares', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream });
    await expectError(res, 413, 'payload_too_large');
  });

  it('answers 503 unavailable with the error JSON when KV fails', async () => {
    const res = await fetchWithEnv(
      '/v1/shares',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() }) },
      { ...env, SHARES: kvFailing('put') },
    );
    await expectError(res, 503, 'unavailable');
  });

  it('answers 405 with Allow for other methods', async () => {
    const res = await call('/v1/shares', { method: 'PUT' });
    expect(res.headers.get('allow')).toBe('POST');
    await expectError(res, 405, 'method_not_allowed');
  });

  it('lets the extension read the answer (CORS)', async () => {
    const res = await postShare(JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() }), { origin: EXTENSION_ORIGIN });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  });
});

describe('GET /v1/shares/:id', () => {
  it('answers the stored record exactly, without the token hash', async () => {
    const analysis = seedAnalysis();
    const share = await createShare(analysis);
    const res = await call(`/v1/shares/${share.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body: unknown = await res.json();
    expect(Object.keys(body as object).sort()).toEqual(['analysis', 'createdAt', 'expiresAt', 'id', 'url']);
    const record = ShareRecord.parse(body);
    expect(record).toEqual({ id: share.id, url: SEED_URL, analysis, createdAt: expect.any(String), expiresAt: share.expiresAt });
  });

  it.each([
    ['an id never issued', UNKNOWN_ID],
    ['a short id', 'abc'],
    ['a long id', `${UNKNOWN_ID}A`],
    ['an id with other characters', 'AAAAAAAAAAAAAAAAAAAA.A'],
    ['markup', '%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ])('answers 404 not_found JSON for %s', async (_name, id) => {
    await expectError(await call(`/v1/shares/${id}`), 404, 'not_found');
  });

  it('checks the id shape before reading KV: a malformed id is 404 even when KV is down', async () => {
    await expectError(await fetchWithEnv('/v1/shares/not-an-id', {}, { ...env, SHARES: kvFailing('get') }), 404, 'not_found');
    await expectError(await fetchWithEnv(`/v1/shares/${UNKNOWN_ID}`, {}, { ...env, SHARES: kvFailing('get') }), 503, 'unavailable');
  });

  it.each([
    ['not JSON', () => '{"id":'],
    ['JSON of the wrong shape', () => JSON.stringify({ id: UNKNOWN_ID, analysis: 'none' })],
    ['a javascript: article URL', (record: Record<string, unknown>) => JSON.stringify({ ...record, url: 'javascript:alert(1)' })],
    ['another id inside', (record: Record<string, unknown>) => JSON.stringify({ ...record, id: 'BBBBBBBBBBBBBBBBBBBBBB' })],
    ['an expiry in the past', (record: Record<string, unknown>) => JSON.stringify({ ...record, expiresAt: '2020-01-01T00:00:00.000Z' })],
  ])('validates records on read: a stored record with %s is 404, never 500', async (_name, corrupt) => {
    const share = await createShare();
    const record = JSON.parse((await storedText(share.id)) ?? '{}') as Record<string, unknown>;
    await env.SHARES.put(`share:${share.id}`, corrupt(record));
    await expectError(await call(`/v1/shares/${share.id}`), 404, 'not_found');
  });
});

describe('DELETE /v1/shares/:id', () => {
  it('deletes with the right token (204), after which both GETs answer 404', async () => {
    const share = await createShare();
    expect((await call(`/v1/shares/${share.id}`)).status).toBe(200);
    expect((await call(`/s/${share.id}`)).status).toBe(200);

    const res = await deleteShare(share.id, `Bearer ${share.deleteToken}`);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');

    await expectError(await call(`/v1/shares/${share.id}`), 404, 'not_found');
    const page = await call(`/s/${share.id}`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await storedText(share.id)).toBeNull();
    // Deleting again finds nothing.
    await expectError(await deleteShare(share.id, `Bearer ${share.deleteToken}`), 404, 'not_found');
  });

  it('answers 401 with WWW-Authenticate when no bearer token is sent, and keeps the share', async () => {
    const share = await createShare();
    for (const authorization of [undefined, '', `Basic ${btoa('user:pass')}`, share.deleteToken, 'Bearer ']) {
      const res = await deleteShare(share.id, authorization);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      await expectError(res, 401, 'unauthorized');
    }
    expect((await call(`/v1/shares/${share.id}`)).status).toBe(200);
  });

  it('answers 403 for a wrong token, a malformed one, or another share’s token, and keeps the share', async () => {
    const share = await createShare();
    const other = await createShare();
    const almost = `${share.deleteToken.slice(0, -1)}${share.deleteToken.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [almost, other.deleteToken, 'short', `${share.deleteToken}x`]) {
      await expectError(await deleteShare(share.id, `Bearer ${token}`), 403, 'forbidden');
    }
    expect((await call(`/v1/shares/${share.id}`)).status).toBe(200);
  });

  it('accepts the Bearer scheme in any case', async () => {
    const share = await createShare();
    expect((await deleteShare(share.id, `bearer ${share.deleteToken}`)).status).toBe(204);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const token = `Bearer ${'A'.repeat(43)}`;
    await expectError(await deleteShare(UNKNOWN_ID, token), 404, 'not_found');
    await expectError(await deleteShare('nope', token), 404, 'not_found');
  });

  it('answers 405 with Allow for other methods on a share', async () => {
    const res = await call(`/v1/shares/${UNKNOWN_ID}`, { method: 'PATCH' });
    expect(res.headers.get('allow')).toBe('GET, DELETE');
    await expectError(res, 405, 'method_not_allowed');
  });

  it('lets the extension send DELETE with Authorization (CORS preflight)', async () => {
    const res = await call(`/v1/shares/${UNKNOWN_ID}`, {
      method: 'OPTIONS',
      headers: { origin: EXTENSION_ORIGIN, 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('DELETE');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});
