import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createShare, postShare } from './shares-support.ts';
import { call, freshClientAddress, postAnalyze } from './support.ts';

/**
 * Issue 6 item 3: the security headers are on every response the Worker makes — every HTML page,
 * its 404s included, and every JSON answer and error, so nothing a browser renders is unprotected.
 */

function expectSecurityHeaders(res: Response): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

/** A share whose stored record has been corrupted in KV (validated on read: an HTML 404, never 500). */
async function corruptShareId(): Promise<string> {
  const { id } = await createShare();
  await env.SHARES.put(`share:${id}`, '{"id": "not this one", "analysis": ');
  return id;
}

describe('security headers on every HTML response', () => {
  it.each<[string, () => Promise<Response>, number]>([
    ['the paste page', () => call('/'), 200],
    ['a share page', async () => call(`/s/${(await createShare()).id}`), 200],
    ['the share 404 for an unknown id', () => call('/s/AAAAAAAAAAAAAAAAAAAAAA'), 404],
    ['the share 404 for a malformed id', () => call('/s/%3Cscript%3E'), 404],
    ['the share 404 for a corrupt stored record', async () => call(`/s/${await corruptShareId()}`), 404],
  ])('%s', async (_name, request, status) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(res);
    expect(await res.text()).toMatch(/^<!doctype html>/i);
  });
});

describe('security headers on every JSON answer and error', () => {
  it.each<[string, () => Promise<Response>, number]>([
    ['health', () => call('/health'), 200],
    ['an analysis', () => postAnalyze(JSON.stringify({ blocks: [{ id: 'b1', kind: 'paragraph', text: 'Prices rose.' }] })), 200],
    ['a share record', async () => call(`/v1/shares/${(await createShare()).id}`), 200],
    ['404 for an unknown route', () => call('/nope', { headers: { accept: 'text/html' } }), 404],
    ['404 for a corrupt stored share', async () => call(`/v1/shares/${await corruptShareId()}`), 404],
    ['405', () => call('/v1/analyze'), 405],
    ['415', () => postAnalyze('{}', { 'content-type': 'text/html' }), 415],
    ['400 invalid_json', () => postAnalyze('{'), 400],
    ['413', () => postAnalyze(JSON.stringify({ title: 'x'.repeat(1_000_001), blocks: [] })), 413],
    [
      '429',
      async () => {
        const client = freshClientAddress();
        for (let sent = 0; sent < 20; sent += 1) await postShare('{}', { 'cf-connecting-ip': client });
        return postShare('{}', { 'cf-connecting-ip': client });
      },
      429,
    ],
  ])('%s', async (_name, request, status) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expectSecurityHeaders(res);
  });
});
