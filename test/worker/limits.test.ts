import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalyzeResponse, ErrorBody, LIMITS, ShareCreated, ShareRecord, type AnalyzeRequest } from '../../shared/schema/index.ts';
import { expectError, seedAnalysis, SEED_URL } from './shares-support.ts';
import { call } from './support.ts';

/**
 * Issue 6 item 1: limits and validation on every route. Each case asserts the status and the error
 * code a client sees; none may ever be a 500.
 */

const ANALYZE_REQUEST: AnalyzeRequest = {
  url: 'https://example.com/news/1',
  title: 'Prices rise',
  blocks: [
    { id: 'b1', kind: 'heading', level: 1, text: 'Prices rise' },
    { id: 'b2', kind: 'paragraph', text: '“Prices will rise,” said Jane Doe, the finance minister.' },
  ],
};

interface Route {
  path: string;
  maxBytes: number;
  /** A valid body and the status it earns. */
  valid: () => unknown;
  ok: number;
}

const ROUTES: Route[] = [
  { path: '/v1/analyze', maxBytes: LIMITS.maxBodyBytes, valid: () => ANALYZE_REQUEST, ok: 200 },
  { path: '/v1/shares', maxBytes: LIMITS.maxShareBytes, valid: () => ({ url: SEED_URL, analysis: seedAnalysis() }), ok: 201 },
];

function post(path: string, body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return call(path, { method: 'POST', headers, body });
}

/** A valid JSON body of exactly `bytes` bytes: the valid request followed by JSON whitespace. */
function paddedBody(value: unknown, bytes: number): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const body = new Uint8Array(bytes).fill(0x20);
  body.set(json);
  return body;
}

/** The same bytes as a stream of small chunks with no Content-Length, as a chunked upload arrives. */
function chunkedStream(bytes: Uint8Array, chunkSize = 8 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** Object.prototype's own keys, to show a request added none. */
function prototypeKeys(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort();
}

describe.each(ROUTES)('POST $path: body size', ({ path, maxBytes, valid, ok }) => {
  it(`accepts exactly ${maxBytes} bytes and answers 413 payload_too_large at one more (Content-Length)`, async () => {
    const atLimit = await post(path, paddedBody(valid(), maxBytes));
    expect(atLimit.status, await atLimit.clone().text()).toBe(ok);
    await expectError(await post(path, paddedBody(valid(), maxBytes + 1)), 413, 'payload_too_large');
  });

  it('counts a chunked body without Content-Length: the limit passes, one byte more is 413', async () => {
    const request = new Request('http://x', { method: 'POST', body: chunkedStream(new Uint8Array(10)) });
    expect(request.headers.get('content-length')).toBeNull();
    const atLimit = await post(path, chunkedStream(paddedBody(valid(), maxBytes)));
    expect(atLimit.status, await atLimit.clone().text()).toBe(ok);
    await expectError(await post(path, chunkedStream(paddedBody(valid(), maxBytes + 1))), 413, 'payload_too_large');
  });

  it('answers 413 for a body far above the limit without reading it all', async () => {
    // 16 MB of chunks that never end early: the Worker must stop at the limit, not buffer the lot.
    await expectError(await post(path, chunkedStream(new Uint8Array(16 * maxBytes).fill(0x20), 64 * 1024)), 413, 'payload_too_large');
  });
});

describe.each(ROUTES)('POST $path: media type and method', ({ path, valid }) => {
  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x'], ['application/jsonp'], ['']])(
    'answers 415 unsupported_media_type for Content-Type %j',
    async (type) => {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      await expectError(await post(path, new Blob([JSON.stringify(valid())]), headers), 415, 'unsupported_media_type');
    },
  );

  it.each([['GET'], ['PUT'], ['PATCH'], ['DELETE']])('answers 405 method_not_allowed with Allow: POST for %s', async (method) => {
    const res = await call(path, { method });
    expect(res.headers.get('allow')).toBe('POST');
    await expectError(res, 405, 'method_not_allowed');
  });
});

describe('405 with Allow on every other route', () => {
  it.each([
    ['/', 'POST', 'GET'],
    ['/health', 'DELETE', 'GET'],
    ['/v1/shares/AAAAAAAAAAAAAAAAAAAAAA', 'POST', 'GET, DELETE'],
    ['/v1/shares/AAAAAAAAAAAAAAAAAAAAAA', 'PUT', 'GET, DELETE'],
    ['/s/AAAAAAAAAAAAAAAAAAAAAA', 'POST', 'GET'],
  ])('%s %s → 405, Allow: %s', async (path, method, allow) => {
    const res = await call(path, { method });
    expect(res.headers.get('allow')).toBe(allow);
    await expectError(res, 405, 'method_not_allowed');
  });
});

describe('unknown routes', () => {
  it.each([
    ['GET', '/nope'],
    ['POST', '/v1/analyse'],
    ['GET', '/v1/analyze/extra'],
    ['DELETE', '/v2/analyze'],
    ['GET', '/__cache/analyze/0.1.0/abc'], // the analysis cache's synthetic URLs are not routes
    ['GET', '/%00'],
    ['GET', `/${'x'.repeat(5000)}`],
  ])(
    'answer %s %.40s with a JSON 404 not_found',
    async (method, path) => {
      await expectError(await call(path, { method }), 404, 'not_found');
    },
  );
});

describe('POST /v1/analyze: blocks', () => {
  const blocks = (count: number, text = 'Prices rose.') => Array.from({ length: count }, (_, index) => ({ id: `b${index}`, kind: 'paragraph', text }));

  it(`accepts ${LIMITS.maxBlocks} blocks and names "blocks" at one more`, async () => {
    expect((await post('/v1/analyze', JSON.stringify({ blocks: blocks(LIMITS.maxBlocks) }))).status).toBe(200);
    const message = await expectError(await post('/v1/analyze', JSON.stringify({ blocks: blocks(LIMITS.maxBlocks + 1) })), 400, 'validation_failed');
    expect(message).toMatch(/^blocks: /);
  });

  it(`accepts a block of ${LIMITS.maxBlockChars} characters and names "blocks.N.text" at one more`, async () => {
    const ok = await post('/v1/analyze', JSON.stringify({ blocks: [...blocks(1), { id: 'long', kind: 'paragraph', text: '价'.repeat(LIMITS.maxBlockChars) }] }));
    expect(ok.status).toBe(200);
    const tooLong = { blocks: [...blocks(1), { id: 'long', kind: 'paragraph', text: '价'.repeat(LIMITS.maxBlockChars + 1) }] };
    const message = await expectError(await post('/v1/analyze', JSON.stringify(tooLong)), 400, 'validation_failed');
    expect(message).toMatch(/^blocks\.1\.text: /);
  });

  it('names a block id that is too long', async () => {
    const message = await expectError(
      await post('/v1/analyze', JSON.stringify({ blocks: [{ id: 'i'.repeat(LIMITS.maxBlockIdChars + 1), kind: 'paragraph', text: 'x' }] })),
      400,
      'validation_failed',
    );
    expect(message).toMatch(/^blocks\.0\.id: /);
  });
});

describe.each(ROUTES)('POST $path: malformed JSON', ({ path }) => {
  it.each([
    ['an empty body', ''],
    ['a truncated object', '{"blocks": ['],
    ['single quotes', "{'blocks': []}"],
    ['a trailing comma', '{"blocks": [],}'],
    ['trailing garbage', '{"blocks": []} x'],
    ['a raw NUL inside a string', '{"title": "a\u0000b", "blocks": []}'],
    ['a raw newline inside a string', '{"title": "a\nb", "blocks": []}'],
    ['a bare word', 'undefined'],
    ['a byte-order mark only', '\uFEFF'],
  ])('answers 400 invalid_json for %s', async (_name, body) => {
    await expectError(await post(path, body), 400, 'invalid_json');
  });
});

describe('wrong types answer 400 validation_failed naming the field', () => {
  const block = { id: 'b1', kind: 'paragraph', text: 'Prices rose.' };
  it.each<[string, string, unknown]>([
    ['/v1/analyze', 'blocks', { blocks: 'text' }],
    ['/v1/analyze', 'blocks.0.id', { blocks: [{ ...block, id: 1 }] }],
    ['/v1/analyze', 'blocks.0.text', { blocks: [{ ...block, text: null }] }],
    ['/v1/analyze', 'blocks.0.emphasis', { blocks: [{ ...block, emphasis: 'yes' }] }],
    ['/v1/analyze', 'blocks.0.level', { blocks: [{ ...block, level: 2.5 }] }],
    // Results point back to blocks by id: two blocks with one id would make them ambiguous.
    ['/v1/analyze', 'blocks.1.id', { blocks: [block, { ...block, text: 'Prices fell.' }] }],
    ['/v1/analyze', 'title', { blocks: [block], title: 42 }],
    ['/v1/analyze', 'meta.authors', { blocks: [block], meta: { authors: 'Jane' } }],
    ['/v1/analyze', 'lang', { blocks: [block], lang: ['en'] }],
    ['/v1/analyze', '(body)', [block]],
    ['/v1/shares', 'url', { url: 42, analysis: seedAnalysis() }],
    ['/v1/shares', 'analysis.speakers', { url: SEED_URL, analysis: { ...seedAnalysis(), speakers: 'none' } }],
    ['/v1/shares', 'analysis.stats.chars', { url: SEED_URL, analysis: { ...seedAnalysis(), stats: { chars: -1, sentences: 0, ms: 0 } } }],
  ])('%s: a wrong type at %s is named', async (path, field, body) => {
    const message = await expectError(await post(path, JSON.stringify(body)), 400, 'validation_failed');
    expect(message.startsWith(`${field}: `), message).toBe(true);
  });
});

describe('POST /v1/analyze: no text', () => {
  it.each([
    ['no blocks', { blocks: [] }],
    ['no blocks but a title', { title: 'A headline', blocks: [] }],
    ['an empty block', { blocks: [{ id: 'b1', kind: 'paragraph', text: '' }] }],
    ['whitespace of every kind', { blocks: [{ id: 'b1', kind: 'paragraph', text: ' \t\n\r\u00A0\u3000\u2028\u2029' }] }],
    ['zero-width and format characters', { blocks: [{ id: 'b1', kind: 'paragraph', text: '\u200B\u200C\u200D\uFEFF\u200E\u202E' }] }],
    ['NUL and other controls only', { blocks: [{ id: 'b1', kind: 'paragraph', text: '\u0000\u0007\u001B\u007F' }] }],
    ['many blocks, all blank', { blocks: [{ id: 'b1', kind: 'heading', text: ' ' }, { id: 'b2', kind: 'paragraph', text: '\n\n' }, { id: 'b3', kind: 'meta', text: '' }] }],
  ])('answers 400 empty_article for %s', async (_name, body) => {
    const message = await expectError(await post('/v1/analyze', JSON.stringify(body)), 400, 'empty_article');
    expect(message).toMatch(/no text/i);
  });

  it('analyses a request with one readable character among blank blocks', async () => {
    const res = await post('/v1/analyze', JSON.stringify({ blocks: [{ id: 'b1', kind: 'paragraph', text: '  ' }, { id: 'b2', kind: 'paragraph', text: '说' }] }));
    expect(res.status).toBe(200);
    AnalyzeResponse.parse(await res.json());
  });
});

describe('__proto__ and constructor keys', () => {
  const POISON = '{"polluted": "yes", "toString": "owned"}';

  it('are handled as plain data by /v1/analyze: 200, and Object.prototype is untouched', async () => {
    const before = prototypeKeys();
    const body = `{
      "__proto__": ${POISON},
      "constructor": {"prototype": ${POISON}},
      "prototype": ${POISON},
      "title": "__proto__",
      "meta": {"__proto__": ${POISON}, "authors": ["constructor"]},
      "blocks": [
        {"id": "__proto__", "kind": "paragraph", "text": "constructor said “__proto__ toString hasOwnProperty”.", "__proto__": ${POISON}},
        {"id": "constructor", "kind": "paragraph", "text": "prototype 表示，__proto__。", "constructor": {"prototype": ${POISON}}}
      ]
    }`;
    const res = await post('/v1/analyze', body);
    expect(res.status).toBe(200);
    const analysis = AnalyzeResponse.parse(await res.json());
    expect(analysis.title).toBe('__proto__');
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(String({})).toBe('[object Object]');
  });

  it('are stripped from a share: 201, the stored record has none, Object.prototype is untouched', async () => {
    const before = prototypeKeys();
    const body = JSON.stringify({ url: SEED_URL, analysis: seedAnalysis() }).replace(/^\{/, `{"__proto__": ${POISON}, "constructor": {"prototype": ${POISON}},`).replace('"stats":{', `"stats":{"__proto__": ${POISON},`);
    const res = await post('/v1/shares', body);
    expect(res.status, await res.clone().text()).toBe(201);
    const { id } = ShareCreated.parse(await res.json());
    const text = await (await call(`/v1/shares/${id}`)).text();
    expect(text).not.toContain('polluted');
    expect(ShareRecord.parse(JSON.parse(text)).analysis).toEqual(seedAnalysis());
    expect(prototypeKeys()).toEqual(before);
  });
});

describe('odd code units and bytes', () => {
  it('analyses lone surrogates (escaped in JSON) and answers them as escapes, never 500', async () => {
    const body = '{"title": "\\ud800", "blocks": [{"id": "\\udc00", "kind": "paragraph", "text": "Jane Doe said “\\ud800 prices \\udfff rise.” 张三说：“\\ud83d”"}]}';
    const res = await post('/v1/analyze', body);
    expect(res.status).toBe(200);
    const text = await res.text();
    // Well-formed JSON.stringify: a lone surrogate leaves as \ud800, never as a broken UTF-8 sequence.
    expect(text).not.toContain('\uFFFD');
    const analysis = AnalyzeResponse.parse(JSON.parse(text));
    expect(analysis.title).toBe('\ud800');
  });

  it('analyses NUL and control characters (escaped in JSON), never 500', async () => {
    const body = JSON.stringify({ blocks: [{ id: 'b1', kind: 'paragraph', text: 'Prices\u0000 rose\u0007.\u001B[31m Jane said “ok\u0008”.\u007F\u0085' }] });
    const res = await post('/v1/analyze', body);
    expect(res.status).toBe(200);
    AnalyzeResponse.parse(await res.json());
  });

  it('reads bytes that are not UTF-8 as replacement characters, never 500', async () => {
    const head = new TextEncoder().encode('{"blocks": [{"id": "b1", "kind": "paragraph", "text": "a');
    const tail = new TextEncoder().encode('b"}]}');
    // 0xFF is never UTF-8; ED A0 80 is a surrogate encoded as UTF-8 (CESU-8), which UTF-8 forbids.
    const body = new Uint8Array([...head, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0xc0, ...tail]);
    const res = await post('/v1/analyze', body);
    expect(res.status).toBe(200);
    AnalyzeResponse.parse(await res.json());
  });

  it('accepts a share whose analysis holds lone surrogates and NUL, and returns it unchanged', async () => {
    const analysis = { ...seedAnalysis(), title: 'a\ud800b\u0000c' };
    const res = await post('/v1/shares', JSON.stringify({ url: SEED_URL, analysis }));
    expect(res.status).toBe(201);
    const { id } = ShareCreated.parse(await res.json());
    const record = ShareRecord.parse(await (await call(`/v1/shares/${id}`)).json());
    expect(record.analysis.title).toBe('a\ud800b\u0000c');
  });
});

describe('never a 500', () => {
  /** Any JSON value, and near-misses of the real shapes with hostile strings in them. */
  const hostileString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('__proto__', 'constructor', '\ud800', '\u0000', '“', '说：', ''));
  const nearMiss = fc.record(
    {
      url: fc.oneof(hostileString, fc.webUrl()),
      title: hostileString,
      lang: hostileString,
      blocks: fc.array(fc.record({ id: hostileString, kind: fc.oneof(fc.constantFrom('paragraph', 'heading', 'meta'), hostileString), text: hostileString, level: fc.integer() }, { requiredKeys: [] }), { maxLength: 5 }),
      analysis: fc.oneof(fc.constant(seedAnalysis()), fc.jsonValue()),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    nearMiss.map((value) => JSON.stringify(value)),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );

  it.each(ROUTES.map((route) => [route.path]))('POST %s answers 2xx or a 4xx error body for any body', async (path) => {
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const res = await post(path, text);
        expect(res.status, text).toBeLessThan(500);
        if (res.status >= 400) ErrorBody.parse(await res.json());
        else await res.arrayBuffer();
      }),
      { numRuns: 150 },
    );
  });
});
