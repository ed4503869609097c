import { describe, expect, it } from 'vitest';
import { AnalyzeResponse, ErrorBody, LIMITS, type AnalyzeRequest } from '../../shared/schema/index.ts';
import { call, postAnalyze } from './support.ts';

/** A few blocks of the seed article (shared/seed/article.txt): heading, source line, quotes. */
const SEED_REQUEST: AnalyzeRequest = {
  url: 'https://www.qinghai.gov.cn/news/example.html',
  title: '加快推进新型工业化进程 为实现高质量发展作出积极贡献',
  lang: 'zh',
  blocks: [
    { id: 'b1', kind: 'meta', text: '来源:青海日报     发布时间:2023-09-26' },
    {
      id: 'b2',
      kind: 'paragraph',
      text: '9月22日至23日,全国新型工业化推进大会在北京召开。习近平总书记就推进新型工业化作出重要指示,深刻阐述了新时代新征程推进新型工业化的重大意义、重要原则、重点任务,为做好相关工作指明了方向。',
    },
    { id: 'b3', kind: 'paragraph', text: '高质量发展贯穿新型工业化全过程', emphasis: true },
    {
      id: 'b4',
      kind: 'paragraph',
      text: '青海省工业和信息化厅信息发展处处长汪凤英表示,习近平总书记对推进新型工业化高度重视,让我们感到责任重大的同时,也对我省数字经济的发展有了更强的信心。',
    },
  ],
};

async function expectError(res: Response, status: number, code: string): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = ErrorBody.parse(await res.json());
  expect(body.error.code).toBe(code);
  return body.error.message;
}

describe('POST /v1/analyze', () => {
  it('analyses valid blocks and answers an AnalyzeResponse', async () => {
    const res = await postAnalyze(JSON.stringify(SEED_REQUEST));
    expect(res.status).toBe(200);
    const analysis = AnalyzeResponse.parse(await res.json());
    expect(analysis.stats.chars).toBe(SEED_REQUEST.blocks.reduce((sum, block) => sum + block.text.length, 0));
  });

  it('accepts a JSON content type with parameters', async () => {
    const res = await postAnalyze(JSON.stringify(SEED_REQUEST), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
  });

  it('answers 400 invalid_json for a body that is not JSON', async () => {
    await expectError(await postAnalyze('{"blocks": ['), 400, 'invalid_json');
  });

  it('answers 400 validation_failed naming the field path', async () => {
    const body = { blocks: [{ id: 'b1', kind: 'sidebar', text: 'x' }] };
    const message = await expectError(await postAnalyze(JSON.stringify(body)), 400, 'validation_failed');
    expect(message).toContain('blocks.0.kind');
  });

  it('names a missing required field', async () => {
    const message = await expectError(await postAnalyze(JSON.stringify({ title: 'no blocks' })), 400, 'validation_failed');
    expect(message).toContain('blocks');
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"blocks"'],
    ['blocks of the wrong type', '{"blocks": "text"}'],
    ['a block text that is a number', '{"blocks": [{"id": "b1", "kind": "paragraph", "text": 42}]}'],
    ['a block level out of range', '{"blocks": [{"id": "b1", "kind": "heading", "level": 9, "text": "x"}]}'],
  ])('answers 400 validation_failed, never 500, for %s', async (_name, body) => {
    await expectError(await postAnalyze(body), 400, 'validation_failed');
  });

  it('answers 413 payload_too_large above the body limit', async () => {
    const oversized = JSON.stringify({ blocks: [], title: 'x'.repeat(LIMITS.maxBodyBytes) });
    await expectError(await postAnalyze(oversized), 413, 'payload_too_large');
  });

  it('answers 413 for an oversized streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMITS.maxBodyBytes) controller.close();
        else {
          controller.enqueue(chunk);
          sent += chunk.length;
        }
      },
    });
    const res = await call('/v1/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream });
    await expectError(res, 413, 'payload_too_large');
  });

  it('answers 415 unsupported_media_type for text/plain', async () => {
    await expectError(await postAnalyze(JSON.stringify(SEED_REQUEST), { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
  });

  it('answers 415 when the content type is missing', async () => {
    const res = await call('/v1/analyze', { method: 'POST', body: new Blob([JSON.stringify(SEED_REQUEST)]) });
    await expectError(res, 415, 'unsupported_media_type');
  });

  it('answers 405 method_not_allowed with Allow: POST for GET', async () => {
    const res = await call('/v1/analyze');
    expect(res.headers.get('allow')).toBe('POST');
    await expectError(res, 405, 'method_not_allowed');
  });
});

describe('unknown routes', () => {
  it.each(['/nope', '/v1/analyse', '/v1/analyze/extra', '/v1'])('answer 404 not_found as JSON for %s', async (path) => {
    await expectError(await call(path), 404, 'not_found');
  });
});
