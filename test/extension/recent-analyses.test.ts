/**
 * The background's recent-results cache (issue 6 item 4, the extension's half): the same Worker, page
 * and content reuse the Worker's answer; any change misses; at most `max` entries, least recently used
 * out first; an hour at most; a corrupt entry is a miss; local fallbacks and errors are never kept.
 */
import { describe, expect, test } from 'vitest';
import { analysisCacheKey, canonicalJson } from '../../extension/background/analysis-cache-key.ts';
import { analyzeWithFallback } from '../../extension/background/analyze-with-fallback.ts';
import { RecentAnalyses, RECENT_ANALYSES_MAX, RECENT_ANALYSES_TTL_MS, type RecentAnalysesStore } from '../../extension/background/recent-analyses.ts';
import type { AnalyzeRequest } from '../../shared/schema/index.ts';
import { sampleAnalysis } from './fixtures.ts';

const WORKER = 'http://127.0.0.1:8787';
const request: AnalyzeRequest = {
  url: 'https://news.example/2023/09/26/article.html',
  title: '加快推进新型工业化进程',
  lang: 'zh',
  blocks: [
    { id: 'b0', kind: 'heading', level: 1, text: '加快推进新型工业化进程' },
    { id: 'b1', kind: 'paragraph', text: '青海省工业和信息化厅信息发展处处长汪凤英表示,“习近平总书记对推进新型工业化高度重视。”' },
  ],
};

/** A store that keeps what it was given as JSON, as storage does (no shared references). */
function memoryStore(initial: unknown = []): RecentAnalysesStore & { value: unknown; writes: number } {
  const store = {
    value: JSON.parse(JSON.stringify(initial)) as unknown,
    writes: 0,
    read: async () => JSON.parse(JSON.stringify(store.value)) as unknown,
    write: async (entries: unknown) => {
      store.writes += 1;
      store.value = JSON.parse(JSON.stringify(entries));
    },
  };
  return store;
}

/** A clock the test moves by hand. */
function clock(start = 1_700_000_000_000) {
  const time = { now: start };
  return { now: () => time.now, advance: (ms: number) => (time.now += ms) };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('analysisCacheKey', () => {
  test('is a SHA-256 in hex, the same for the same Worker, page and content', async () => {
    const key = await analysisCacheKey(WORKER, request);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    await expect(analysisCacheKey(WORKER, structuredClone(request))).resolves.toBe(key);
  });

  test('does not depend on the order keys were written in', async () => {
    const reordered: AnalyzeRequest = {
      blocks: request.blocks.map(({ text, kind, id, level }) => (level === undefined ? { text, kind, id } : { text, level, kind, id })),
      lang: request.lang,
      title: request.title,
      url: request.url,
    };
    await expect(analysisCacheKey(WORKER, reordered)).resolves.toBe(await analysisCacheKey(WORKER, request));
  });

  test.each<[string, (r: AnalyzeRequest) => AnalyzeRequest]>([
    ['one character of a block’s text', (r) => ({ ...r, blocks: [r.blocks[0]!, { ...r.blocks[1]!, text: `${r.blocks[1]!.text}。` }] })],
    ['a block’s kind', (r) => ({ ...r, blocks: [{ ...r.blocks[0]!, kind: 'paragraph', level: undefined }, r.blocks[1]!] })],
    ['a block more', (r) => ({ ...r, blocks: [...r.blocks, { id: 'b2', kind: 'paragraph', text: '新的一段。' }] })],
    ['the title', (r) => ({ ...r, title: '另一个标题' })],
    ['the language', (r) => ({ ...r, lang: 'en' })],
    ['the page URL', (r) => ({ ...r, url: 'https://news.example/2023/09/27/article.html' })],
    ['the page metadata', (r) => ({ ...r, meta: { source: '青海日报' } })],
  ])('changes with %s', async (_what, change) => {
    await expect(analysisCacheKey(WORKER, change(request))).resolves.not.toBe(await analysisCacheKey(WORKER, request));
  });

  test('changes with the Worker (another Worker may answer differently)', async () => {
    await expect(analysisCacheKey('https://lens.example', request)).resolves.not.toBe(await analysisCacheKey(WORKER, request));
  });

  test('canonical JSON: keys sorted, undefined dropped, lone surrogates escaped', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: null, c: 'x', e: undefined }] })).toBe('{"a":[true,{"c":"x","d":null}],"b":1}');
    expect(canonicalJson('\ud800')).not.toBe(canonicalJson('\ufffd'));
  });
});

describe('RecentAnalyses', () => {
  test('a stored analysis comes back for its key, and only for its key', async () => {
    const recent = new RecentAnalyses(memoryStore());
    await recent.put('k1', sampleAnalysis());
    await expect(recent.get('k1')).resolves.toEqual(sampleAnalysis());
    await expect(recent.get('k2')).resolves.toBeNull();
  });

  test('keeps at most `max`, dropping the least recently used (a read counts as a use)', async () => {
    const store = memoryStore();
    const recent = new RecentAnalyses(store, { max: 3 });
    for (const key of ['a', 'b', 'c']) await recent.put(key, sampleAnalysis({ title: key }));
    await expect(recent.get('a')).resolves.toMatchObject({ title: 'a' }); // a is now the most recent
    await recent.put('d', sampleAnalysis({ title: 'd' })); // b, the least recent, goes
    await expect(recent.get('b')).resolves.toBeNull();
    for (const key of ['a', 'c', 'd']) await expect(recent.get(key)).resolves.toMatchObject({ title: key });
    expect((store.value as unknown[]).length).toBe(3);
  });

  test(`the default bound is ${RECENT_ANALYSES_MAX} entries`, async () => {
    const store = memoryStore();
    const recent = new RecentAnalyses(store);
    for (let i = 0; i <= RECENT_ANALYSES_MAX; i++) await recent.put(`k${i}`, sampleAnalysis());
    expect((store.value as unknown[]).length).toBe(RECENT_ANALYSES_MAX);
    await expect(recent.get('k0')).resolves.toBeNull();
    await expect(recent.get(`k${RECENT_ANALYSES_MAX}`)).resolves.not.toBeNull();
  });

  test('an entry expires an hour after it was stored, however often it was read', async () => {
    const time = clock();
    const store = memoryStore();
    const recent = new RecentAnalyses(store, { now: time.now });
    await recent.put('k', sampleAnalysis());
    time.advance(RECENT_ANALYSES_TTL_MS / 2);
    await expect(recent.get('k')).resolves.not.toBeNull();
    time.advance(RECENT_ANALYSES_TTL_MS / 2 - 1);
    await expect(recent.get('k')).resolves.not.toBeNull();
    time.advance(1);
    await expect(recent.get('k')).resolves.toBeNull();
    // The expired entry is gone from storage too, not just skipped.
    expect(store.value).toEqual([]);
  });

  test('an entry stored "in the future" (the clock went back) is not trusted', async () => {
    const time = clock();
    const recent = new RecentAnalyses(memoryStore([{ key: 'k', storedAt: time.now() + 60_000, analysis: sampleAnalysis() }]), { now: time.now });
    await expect(recent.get('k')).resolves.toBeNull();
  });

  test('a corrupt entry is a miss and is dropped; the others survive', async () => {
    const time = clock();
    const { speakers: _dropped, ...missingSpeakers } = sampleAnalysis();
    const store = memoryStore([
      { key: 'bad-analysis', storedAt: time.now(), analysis: missingSpeakers },
      { key: 'bad-shape', storedAt: 'yesterday', analysis: sampleAnalysis() },
      'not an entry',
      { key: 'good', storedAt: time.now(), analysis: sampleAnalysis() },
    ]);
    const recent = new RecentAnalyses(store, { now: time.now });
    await expect(recent.get('bad-analysis')).resolves.toBeNull();
    await expect(recent.get('bad-shape')).resolves.toBeNull();
    await expect(recent.get('good')).resolves.toEqual(sampleAnalysis());
    expect((store.value as { key: string }[]).map((entry) => entry.key)).toEqual(['good']);
  });

  test.each([null, 'garbage', 42, { key: 'k' }])('storage holding %j reads as empty', async (value) => {
    const recent = new RecentAnalyses(memoryStore(value));
    await expect(recent.get('k')).resolves.toBeNull();
    await recent.put('k', sampleAnalysis());
    await expect(recent.get('k')).resolves.toEqual(sampleAnalysis());
  });

  test('a storage that fails is a miss and a skipped write, never an error', async () => {
    const broken: RecentAnalysesStore = { read: async () => { throw new Error('storage gone'); }, write: async () => { throw new Error('storage gone'); } };
    const recent = new RecentAnalyses(broken);
    await expect(recent.put('k', sampleAnalysis())).resolves.toBeUndefined();
    await expect(recent.get('k')).resolves.toBeNull();
  });

  test('over the storage quota, the newest entry is still kept', async () => {
    const store = memoryStore();
    const writeAll = store.write;
    // A storage area that holds one entry at most, as one near its quota would.
    store.write = async (entries) => {
      if (entries.length > 1) throw new Error('QUOTA_BYTES quota exceeded');
      await writeAll(entries);
    };
    const recent = new RecentAnalyses(store);
    await recent.put('old', sampleAnalysis({ title: 'old' }));
    await recent.put('new', sampleAnalysis({ title: 'new' }));
    await expect(recent.get('new')).resolves.toMatchObject({ title: 'new' });
  });

  test('puts from two tabs at once both land', async () => {
    const recent = new RecentAnalyses(memoryStore());
    await Promise.all([recent.put('tab1', sampleAnalysis({ title: '1' })), recent.put('tab2', sampleAnalysis({ title: '2' }))]);
    await expect(recent.get('tab1')).resolves.toMatchObject({ title: '1' });
    await expect(recent.get('tab2')).resolves.toMatchObject({ title: '2' });
  });
});

describe('analyzeWithFallback with recent analyses', () => {
  /** A Worker that answers with the given analysis (or fault) and counts requests. */
  function worker(answer: () => Response | Promise<Response>) {
    const calls = { count: 0 };
    const fetchImpl = (async () => {
      calls.count += 1;
      return answer();
    }) as typeof fetch;
    return { calls, fetch: fetchImpl };
  }

  test('the same page and content: the Worker is asked once, and the second answer is the first', async () => {
    const recent = new RecentAnalyses(memoryStore());
    const stub = worker(() => json(sampleAnalysis()));
    const first = await analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent });
    const second = await analyzeWithFallback(WORKER, structuredClone(request), { fetch: stub.fetch, recent });
    expect(stub.calls.count).toBe(1);
    expect(first).toEqual({ ok: true, analysis: sampleAnalysis() });
    expect(second).toEqual(first);
  });

  test('the same URL with changed content asks the Worker again', async () => {
    const recent = new RecentAnalyses(memoryStore());
    const stub = worker(() => json(sampleAnalysis()));
    await analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent });
    const edited = { ...request, blocks: [request.blocks[0]!, { ...request.blocks[1]!, text: '青海省科学技术厅表示,科技创新是关键。' }] };
    await analyzeWithFallback(WORKER, edited, { fetch: stub.fetch, recent });
    expect(stub.calls.count).toBe(2);
  });

  test.each([
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['500', () => json({ error: { code: 'internal', message: 'boom' } }, 500)],
    ['malformed JSON', () => new Response('{"title": "cut', { status: 200 })],
  ] as const)('a local fallback (Worker %s) is not kept: the next open asks the Worker again', async (_name, fault) => {
    const recent = new RecentAnalyses(memoryStore());
    let healthy = false;
    const stub = worker(() => (healthy ? json(sampleAnalysis()) : fault()));
    const first = await analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent });
    expect(first.ok && first.local).toBeTruthy();
    healthy = true;
    const second = await analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent });
    expect(stub.calls.count).toBe(2);
    expect(second).toEqual({ ok: true, analysis: sampleAnalysis() });
  });

  test('an error is not kept either', async () => {
    const recent = new RecentAnalyses(memoryStore());
    let healthy = false;
    const stub = worker(() => (healthy ? json(sampleAnalysis()) : Promise.reject(new TypeError('Failed to fetch'))));
    const failed = await analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent, analyzeLocally: () => { throw new Error('bug'); } });
    expect(failed.ok).toBe(false);
    healthy = true;
    await expect(analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent })).resolves.toEqual({ ok: true, analysis: sampleAnalysis() });
    expect(stub.calls.count).toBe(2);
  });

  test('a corrupt stored entry is a miss: the Worker is asked and its answer replaces it', async () => {
    const store = memoryStore();
    const recent = new RecentAnalyses(store);
    const stub = worker(() => json(sampleAnalysis()));
    await analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent });
    (store.value as { analysis: { outline: unknown } }[])[0]!.analysis.outline = 'not a list';
    await expect(analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent })).resolves.toEqual({ ok: true, analysis: sampleAnalysis() });
    expect(stub.calls.count).toBe(2);
    await analyzeWithFallback(WORKER, request, { fetch: stub.fetch, recent });
    expect(stub.calls.count).toBe(2);
  });
});
