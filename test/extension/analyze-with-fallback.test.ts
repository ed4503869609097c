import { describe, expect, test } from 'vitest';
import { analyzeWithFallback } from '../../extension/background/analyze-with-fallback.ts';
import { analyze } from '../../shared/analysis/pipeline.ts';
import { sampleAnalysis } from './fixtures.ts';

const request = {
  lang: 'zh',
  blocks: [{ id: 'b0', kind: 'paragraph' as const, text: '青海省工业和信息化厅信息发展处处长汪凤英表示,“习近平总书记对推进新型工业化高度重视。”' }],
};
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('analyzeWithFallback', () => {
  test('the Worker answers: its analysis, no local note', async () => {
    const result = await analyzeWithFallback('http://w', request, { fetch: async () => json(sampleAnalysis()) });
    expect(result).toEqual({ ok: true, analysis: sampleAnalysis() });
  });

  test.each([
    ['unreachable', async () => { throw new TypeError('Failed to fetch'); }, 'network_error'],
    ['500 with the error JSON', async () => json({ error: { code: 'internal', message: 'boom' } }, 500), 'internal'],
    ['malformed JSON', async () => new Response('{"title": "cut', { status: 200 }), 'bad_response'],
  ] as const)('the Worker is %s: the same pipeline runs here, and the failure travels along', async (_name, fetchImpl, code) => {
    const result = await analyzeWithFallback('http://w', request, { fetch: fetchImpl as typeof fetch });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.local?.code).toBe(code);
    expect(result.analysis).toEqual({ ...analyze(request), stats: { ...result.analysis.stats } });
    expect(result.analysis.speakers.map((speaker) => speaker.name)).toContain('汪凤英');
  });

  test('a timeout falls back too', async () => {
    const result = await analyzeWithFallback('http://w', request, {
      timeoutMs: 20,
      fetch: (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    });
    expect(result.ok && result.local?.code).toBe('timeout');
  });

  test('a request that is not an AnalyzeRequest is refused before any fetch', async () => {
    let called = false;
    const result = await analyzeWithFallback('http://w', { blocks: 'nope' }, { fetch: async () => { called = true; return json({}); } });
    expect(called).toBe(false);
    expect(result.ok === false && result.error.code).toBe('bad_request');
  });

  test('if the local pipeline itself throws, the Worker’s error is shown', async () => {
    const result = await analyzeWithFallback('http://w', request, {
      fetch: async () => { throw new TypeError('Failed to fetch'); },
      analyzeLocally: () => { throw new Error('bug'); },
    });
    expect(result.ok === false && result.error.code).toBe('network_error');
  });
});
