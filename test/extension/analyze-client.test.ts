import { describe, expect, test } from 'vitest';
import { analyzeEndpoint, requestAnalysis } from '../../extension/background/analyze-client.ts';
import { sampleAnalysis } from './fixtures.ts';

const request = { blocks: [{ id: 'b1', kind: 'paragraph' as const, text: '正文' }] };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('requestAnalysis', () => {
  test('POSTs the request as JSON to {workerUrl}/v1/analyze and returns the validated analysis', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const result = await requestAnalysis('http://127.0.0.1:8787/', request, {
      fetch: async (url, init) => {
        calls.push({ url: String(url), init });
        return json(sampleAnalysis());
      },
    });
    expect(result).toEqual({ ok: true, analysis: sampleAnalysis() });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://127.0.0.1:8787/v1/analyze');
    expect(calls[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual(request);
  });

  test('a Worker error body passes through with its code', async () => {
    const result = await requestAnalysis('http://w', request, {
      fetch: async () => json({ error: { code: 'payload_too_large', message: 'too big' } }, 413),
    });
    expect(result).toEqual({ ok: false, error: { code: 'payload_too_large', message: 'too big' } });
  });

  test('unreachable Worker → network_error', async () => {
    const result = await requestAnalysis('http://127.0.0.1:1', request, {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(result.ok === false && result.error.code).toBe('network_error');
  });

  test('no answer before the deadline → timeout', async () => {
    const result = await requestAnalysis('http://w', request, {
      timeoutMs: 20,
      fetch: (_url, init) => new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
    });
    expect(result.ok === false && result.error.code).toBe('timeout');
  });

  test.each([
    ['a body that is not JSON', () => new Response('<html>', { status: 200 })],
    ['JSON that is not an analysis', () => json({ title: 'x' })],
    ['an error status without an error body', () => new Response('oops', { status: 502 })],
  ])('%s → bad_response', async (_name, respond) => {
    const result = await requestAnalysis('http://w', request, { fetch: async () => respond() });
    expect(result.ok === false && result.error.code).toBe('bad_response');
  });

  test('a Worker URL that is not http(s) never reaches fetch', async () => {
    let called = false;
    const result = await requestAnalysis('javascript:alert(1)', request, {
      fetch: async () => {
        called = true;
        return json(sampleAnalysis());
      },
    });
    expect(called).toBe(false);
    expect(result.ok === false && result.error.code).toBe('network_error');
  });
});

describe('analyzeEndpoint', () => {
  test.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/v1/analyze'],
    ['https://lens.example.workers.dev/', 'https://lens.example.workers.dev/v1/analyze'],
    ['https://example.com/lens//', 'https://example.com/lens/v1/analyze'],
    ['ftp://example.com', null],
    ['not a url', null],
  ])('%s → %s', (input, expected) => {
    expect(analyzeEndpoint(input)).toBe(expected);
  });
});
