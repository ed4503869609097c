import { describe, expect, it } from 'vitest';
import { AnalyzeResponse, type AnalyzeRequest } from '../../shared/schema/index.ts';
import { analysisCacheKey, CACHE_STATUS_HEADER } from '../../worker/cache/analysis-cache.ts';
import { canonicalJson } from '../../worker/cache/canonical-json.ts';
import { ORIGIN, postAnalyze } from './support.ts';

/**
 * Issue 6 item 4: identical analyze requests come from the Workers Cache API (caches.default, which
 * miniflare provides inside the test pool), keyed by the SHA-256 of the canonical validated request.
 */

/** A request no other test sends, so the first answer is a miss whatever ran before. */
function uniqueRequest(): AnalyzeRequest {
  return {
    url: 'https://example.com/news/cache',
    title: 'Ministers meet',
    lang: 'en',
    blocks: [
      { id: 'b1', kind: 'heading', level: 1, text: 'Ministers meet' },
      { id: 'b2', kind: 'paragraph', text: `“Prices will rise,” said Jane Doe, the finance minister. Run ${crypto.randomUUID()}.` },
    ],
  };
}

describe('POST /v1/analyze cache', () => {
  it('answers a miss, then the identical request from the cache with the same analysis', async () => {
    const request = uniqueRequest();
    const first = await postAnalyze(JSON.stringify(request));
    expect(first.status).toBe(200);
    expect(first.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
    const firstBody = await first.text();

    const second = await postAnalyze(JSON.stringify(request));
    expect(second.status).toBe(200);
    expect(second.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    const secondBody = await second.text();
    expect(secondBody).toBe(firstBody);
    AnalyzeResponse.parse(JSON.parse(secondBody));
  });

  it('treats key order, whitespace and unknown fields as the same request', async () => {
    const request = uniqueRequest();
    expect((await postAnalyze(JSON.stringify(request))).headers.get(CACHE_STATUS_HEADER)).toBe('miss');
    const reordered = {
      blocks: request.blocks.map((block) => Object.fromEntries(Object.entries(block).reverse())),
      lang: request.lang,
      title: request.title,
      url: request.url,
      ignoredByTheSchema: 'x',
    };
    const res = await postAnalyze(JSON.stringify(reordered, null, 2));
    expect(res.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
  });

  it('misses for any change the analysis could see: text, block kind, language hint, title', async () => {
    const request = uniqueRequest();
    await postAnalyze(JSON.stringify(request));
    const variants: AnalyzeRequest[] = [
      { ...request, blocks: [request.blocks[0]!, { ...request.blocks[1]!, text: `${request.blocks[1]!.text} ` }] },
      { ...request, blocks: [{ ...request.blocks[0]!, kind: 'paragraph' }, request.blocks[1]!] },
      { ...request, lang: 'zh' },
      { ...request, title: 'Ministers meet again' },
      { ...request, url: undefined },
    ];
    for (const variant of variants) {
      expect((await postAnalyze(JSON.stringify(variant))).headers.get(CACHE_STATUS_HEADER), JSON.stringify(variant).slice(0, 120)).toBe('miss');
    }
  });

  it('keeps the security and CORS headers on a hit', async () => {
    const request = JSON.stringify(uniqueRequest());
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    await postAnalyze(request);
    const hit = await postAnalyze(request, { origin });
    expect(hit.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
    expect(hit.headers.get('access-control-allow-origin')).toBe(origin);
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff');
    expect(hit.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('never caches an error', async () => {
    const empty = JSON.stringify({ blocks: [{ id: 'b1', kind: 'paragraph', text: ' ' }] });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const res = await postAnalyze(empty);
      expect(res.status).toBe(400);
      expect(res.headers.get(CACHE_STATUS_HEADER)).toBeNull();
    }
  });
});

describe('analysisCacheKey', () => {
  it('is a GET URL under the Worker origin with the version and a SHA-256', async () => {
    const key = await analysisCacheKey(uniqueRequest(), ORIGIN);
    expect(key).toMatch(new RegExp(`^${ORIGIN}/__cache/analyze/[^/]+/[0-9a-f]{64}$`));
  });

  it('tells a lone surrogate from U+FFFD (which UTF-8 encoding alone would merge)', async () => {
    const withText = (text: string): AnalyzeRequest => ({ blocks: [{ id: 'b1', kind: 'paragraph', text }] });
    expect(await analysisCacheKey(withText('a\ud800'), ORIGIN)).not.toBe(await analysisCacheKey(withText('a\ufffd'), ORIGIN));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: null, c: 'x', e: undefined }] })).toBe('{"a":[true,{"c":"x","d":null}],"b":1}');
  });

  it('escapes lone surrogates and treats __proto__ as an ordinary key', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "s": "\\ud800"}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":1},"s":"\\ud800"}');
  });
});
