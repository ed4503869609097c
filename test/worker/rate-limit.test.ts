import { describe, expect, it } from 'vitest';
import { AnalyzeResponse } from '../../shared/schema/index.ts';
import { clientKey, LOCAL_CLIENT } from '../../worker/client-key.ts';
import { RETRY_AFTER_SECONDS } from '../../worker/middleware/rate-limit.ts';
import { createShare, expectError, postShare, seedAnalysis, SEED_URL } from './shares-support.ts';
import { call, freshClientAddress, postAnalyze } from './support.ts';

/**
 * Issue 6 item 3: per-client rate limits through the Workers rate-limiting binding, which miniflare
 * runs here with the numbers in wrangler.toml (analyze 60, shares 20, per 60 s). Its windows are
 * aligned to the wall clock, so a test that must see one whole window first waits out a window
 * about to close.
 */
const ANALYZE_LIMIT = 60;
const SHARE_LIMIT = 20;
const PERIOD_MS = 60_000;

/** Waits for a fresh window if the current one ends within `marginMs`. */
async function awayFromWindowEdge(marginMs = 8_000): Promise<void> {
  const left = PERIOD_MS - (Date.now() % PERIOD_MS);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const ANALYZE_BODY = JSON.stringify({ blocks: [{ id: 'b1', kind: 'paragraph', text: 'Jane Doe said prices would rise.' }] });

describe('rate limits per client', () => {
  it(`lets one client analyse ${ANALYZE_LIMIT} times a minute, then answers 429 rate_limited with Retry-After`, async () => {
    await awayFromWindowEdge();
    const client = freshClientAddress();
    const statuses: number[] = [];
    for (let sent = 0; sent < ANALYZE_LIMIT; sent += 1) statuses.push((await postAnalyze(ANALYZE_BODY, { 'cf-connecting-ip': client })).status);
    expect(statuses.every((status) => status === 200), statuses.join(',')).toBe(true);

    const limited = await postAnalyze(ANALYZE_BODY, { 'cf-connecting-ip': client });
    expect(limited.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    const message = await expectError(limited, 429, 'rate_limited');
    expect(message).toContain(`${RETRY_AFTER_SECONDS} seconds`);

    // Another reader is not held up by this one.
    const other = await postAnalyze(ANALYZE_BODY, { 'cf-connecting-ip': freshClientAddress() });
    expect(other.status).toBe(200);
    AnalyzeResponse.parse(await other.json());
  }, 30_000);

  it('counts requests that fail validation too, and limits before reading the body', async () => {
    await awayFromWindowEdge();
    const client = freshClientAddress();
    for (let sent = 0; sent < ANALYZE_LIMIT; sent += 1) await postAnalyze('not json', { 'cf-connecting-ip': client });
    // Even a body the Worker would refuse as too large or of the wrong type is turned away first.
    await expectError(await postAnalyze('x', { 'cf-connecting-ip': client, 'content-type': 'text/plain' }), 429, 'rate_limited');
  }, 30_000);

  it(`lets one client create ${SHARE_LIMIT} shares a minute, then answers 429; reading shares is not limited`, async () => {
    await awayFromWindowEdge();
    const client = freshClientAddress();
    const body = JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() });
    for (let sent = 0; sent < SHARE_LIMIT; sent += 1) expect((await postShare(body, { 'cf-connecting-ip': client })).status).toBe(201);
    const limited = await postShare(body, { 'cf-connecting-ip': client });
    expect(limited.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    await expectError(limited, 429, 'rate_limited');

    const share = await createShare();
    for (let read = 0; read < SHARE_LIMIT + 5; read += 1) {
      expect((await call(`/v1/shares/${share.id}`, { headers: { 'cf-connecting-ip': client } })).status).toBe(200);
    }
  }, 30_000);

  it('counts an IPv6 client per /64: another address in the same /64 shares the budget', async () => {
    await awayFromWindowEdge();
    const prefix = freshClientAddress().replace(/::1$/, '');
    for (let sent = 0; sent < SHARE_LIMIT; sent += 1) {
      expect((await postShare(JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() }), { 'cf-connecting-ip': `${prefix}:0:0:0:${sent.toString(16)}` })).status).toBe(201);
    }
    await expectError(await postShare(JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() }), { 'cf-connecting-ip': `${prefix}:ffff:ffff:ffff:ffff` }), 429, 'rate_limited');
  }, 30_000);

  it('lets the extension read the 429 (CORS headers on the error)', async () => {
    await awayFromWindowEdge();
    const client = freshClientAddress();
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    for (let sent = 0; sent < SHARE_LIMIT; sent += 1) await postShare('{}', { 'cf-connecting-ip': client });
    const limited = await postShare('{}', { 'cf-connecting-ip': client, origin });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe(origin);
  }, 30_000);
});

describe('clientKey', () => {
  const key = (address?: string) => clientKey(new Request('https://lens.test/', address === undefined ? {} : { headers: { 'cf-connecting-ip': address } }));

  it('is the IPv4 address', () => {
    expect(key('203.0.113.7')).toBe('ip:203.0.113.7');
  });

  it.each([
    ['2001:db8:1:2:3:4:5:6', 'ip6:2001:db8:1:2'],
    ['2001:0db8:0001:0002:ffff::1', 'ip6:2001:db8:1:2'],
    ['2001:DB8:1:2::', 'ip6:2001:db8:1:2'],
    ['2001:db8::1', 'ip6:2001:db8:0:0'],
    ['::1', 'ip6:0:0:0:0'],
    ['::ffff:192.0.2.1', 'ip6:0:0:0:0'],
  ])('keys the IPv6 address %s by its /64: %s', (address, expected) => {
    expect(key(address)).toBe(expected);
  });

  it('keeps a malformed address whole (bounded) rather than merging it with others', () => {
    expect(key('2001:db8::1::2')).toBe('ip:2001:db8::1::2');
    expect(key('x'.repeat(500))).toBe(`ip:${'x'.repeat(64)}`);
  });

  it(`is "${LOCAL_CLIENT}" without the header (local runs)`, () => {
    expect(key()).toBe(LOCAL_CLIENT);
    expect(key('  ')).toBe(LOCAL_CLIENT);
  });
});
