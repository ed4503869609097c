import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../worker/api-error.ts';
import { deleteTokenMatches, hashDeleteToken } from '../../worker/share/delete-token.ts';
import { randomBase64url } from '../../worker/share/random-base64url.ts';
import { DEFAULT_SHARE_TTL_DAYS, shareTtlSeconds } from '../../worker/share/share-ttl.ts';
import { ShareStore, type ShareNamespace } from '../../worker/share/store.ts';
import { seedAnalysis, SEED_URL } from './shares-support.ts';

/** A namespace whose every call fails, as KV does in an outage. */
const failingNamespace: ShareNamespace = {
  get: () => Promise.reject(new Error('KV get failed (test)')),
  put: () => Promise.reject(new Error('KV put failed (test)')),
  delete: () => Promise.reject(new Error('KV delete failed (test)')),
};

async function expectUnavailable(promise: Promise<unknown>): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(503);
  expect((error as ApiError).code).toBe('unavailable');
}

describe('ShareStore on the real KV namespace', () => {
  it('creates, reads back the same record, and deletes only with the token', async () => {
    const store = new ShareStore(env.SHARES);
    const { record, deleteToken } = await store.create({ url: SEED_URL, analysis: seedAnalysis() });
    expect(await store.get(record.id)).toEqual(record);
    expect(await store.delete(record.id, randomBase64url(32))).toBe('forbidden');
    expect(await store.get(record.id)).toEqual(record);
    expect(await store.delete(record.id, deleteToken)).toBe('deleted');
    expect(await store.get(record.id)).toBeNull();
    expect(await store.delete(record.id, deleteToken)).toBe('not_found');
  });

  it('dates the record from its clock and TTL', async () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    const store = new ShareStore(env.SHARES, { ttlSeconds: 3_600, now: () => now });
    const { record } = await store.create({ url: SEED_URL, analysis: seedAnalysis() });
    expect(record.createdAt).toBe('2026-03-01T12:00:00.000Z');
    expect(record.expiresAt).toBe('2026-03-01T13:00:00.000Z');
  });

  it('reads a record past its expiresAt as gone, even while KV still holds it', async () => {
    let now = new Date();
    const store = new ShareStore(env.SHARES, { ttlSeconds: 3_600, now: () => now });
    const { record } = await store.create({ url: SEED_URL, analysis: seedAnalysis() });
    now = new Date(Date.parse(record.expiresAt) + 1);
    expect(await store.get(record.id)).toBeNull();
    expect(await env.SHARES.get(`share:${record.id}`)).not.toBeNull();
  });
});

describe('ShareStore when KV fails', () => {
  const store = new ShareStore(failingNamespace);

  it('rejects create with ApiError 503 unavailable', async () => {
    await expectUnavailable(store.create({ url: SEED_URL, analysis: seedAnalysis() }));
  });

  it('rejects get and delete of a well-formed id with ApiError 503 unavailable', async () => {
    await expectUnavailable(store.get('AAAAAAAAAAAAAAAAAAAAAA'));
    await expectUnavailable(store.delete('AAAAAAAAAAAAAAAAAAAAAA', randomBase64url(32)));
  });

  it('answers null for a malformed id without asking KV', async () => {
    expect(await store.get('../../etc/passwd')).toBeNull();
    expect(await store.delete('short', randomBase64url(32))).toBe('not_found');
  });
});

describe('randomBase64url', () => {
  it('gives unpadded base64url of the requested size', () => {
    expect(randomBase64url(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomBase64url(32)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('uses the whole alphabet over many draws (not, say, hex)', () => {
    const seen = new Set(Array.from({ length: 400 }, () => randomBase64url(16)).join(''));
    expect(seen.size).toBe(64);
  });
});

describe('delete token hashing', () => {
  it('matches the token it hashed and nothing else', async () => {
    const token = randomBase64url(32);
    const hash = await hashDeleteToken(token);
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toBe(token);
    expect(await deleteTokenMatches(token, hash)).toBe(true);
    expect(await deleteTokenMatches(randomBase64url(32), hash)).toBe(false);
    expect(await deleteTokenMatches(token, hash.slice(1))).toBe(false);
  });
});

describe('shareTtlSeconds', () => {
  const DAY = 86_400;

  it.each([
    [undefined, DEFAULT_SHARE_TTL_DAYS * DAY],
    ['7', 7 * DAY],
    [' 90 ', 90 * DAY],
    ['365', 365 * DAY],
  ])('reads SHARE_TTL_DAYS=%j as %i seconds', (days, seconds) => {
    expect(shareTtlSeconds(days)).toBe(seconds);
  });

  it.each(['0', '366', '-1', '7d', '1e3', '2.5', ''])('falls back to the default for SHARE_TTL_DAYS=%j', (days) => {
    expect(shareTtlSeconds(days)).toBe(DEFAULT_SHARE_TTL_DAYS * DAY);
  });
});
