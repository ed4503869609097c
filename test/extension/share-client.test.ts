import { describe, expect, test } from 'vitest';
import { createShare, deleteShare } from '../../extension/background/share-client.ts';
import { sampleAnalysis } from './fixtures.ts';

const created = { id: 'A'.repeat(22), url: 'http://127.0.0.1:8787/s/' + 'A'.repeat(22), deleteToken: 'B'.repeat(43), expiresAt: '2026-12-31T00:00:00.000Z' };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const body = { url: 'https://news.example.cn/a/1.html', analysis: sampleAnalysis() };

describe('createShare', () => {
  test('POSTs {url, analysis} to /v1/shares and returns the validated 201 answer', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const outcome = await createShare('http://127.0.0.1:8787/', body, { fetch: async (url, init) => { calls.push({ url: String(url), init }); return json(created, 201); } });
    expect(outcome).toEqual({ ok: true, ...created });
    expect(calls[0]?.url).toBe('http://127.0.0.1:8787/v1/shares');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual(body);
  });

  test('503 (KV down) → unavailable, with the Worker’s message', async () => {
    const outcome = await createShare('http://w', body, { fetch: async () => json({ error: { code: 'unavailable', message: 'KV is down' } }, 503) });
    expect(outcome).toEqual({ ok: false, code: 'unavailable', message: 'KV is down' });
  });

  test('503 without an error body is still unavailable; a 201 that is not a share is bad_response', async () => {
    expect(await createShare('http://w', body, { fetch: async () => json({ oops: 1 }, 503) })).toMatchObject({ ok: false, code: 'unavailable' });
    expect(await createShare('http://w', body, { fetch: async () => json({ id: 'short' }, 201) })).toMatchObject({ ok: false, code: 'bad_response' });
  });

  test('unreachable → network_error; not http(s) → never fetched', async () => {
    expect(await createShare('http://w', body, { fetch: async () => { throw new TypeError('Failed to fetch'); } })).toMatchObject({ ok: false, code: 'network_error' });
    let called = false;
    expect(await createShare('javascript:alert(1)', body, { fetch: async () => { called = true; return json(created, 201); } })).toMatchObject({ ok: false });
    expect(called).toBe(false);
  });
});

describe('deleteShare', () => {
  test('DELETE with the bearer token; 204 and 404 both mean gone, 403 does not', async () => {
    let seen: RequestInit | undefined;
    expect(await deleteShare('http://w', created.id, created.deleteToken, { fetch: async (_url, init) => { seen = init; return new Response(null, { status: 204 }); } })).toBe(true);
    expect(new Headers(seen?.headers).get('authorization')).toBe(`Bearer ${created.deleteToken}`);
    expect(seen?.method).toBe('DELETE');
    expect(await deleteShare('http://w', created.id, created.deleteToken, { fetch: async () => json({ error: { code: 'not_found', message: '' } }, 404) })).toBe(true);
    expect(await deleteShare('http://w', created.id, created.deleteToken, { fetch: async () => json({ error: { code: 'forbidden', message: '' } }, 403) })).toBe(false);
  });
});
