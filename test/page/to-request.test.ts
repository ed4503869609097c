import { describe, expect, it } from 'vitest';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import type { Extraction } from '../../shared/page/types.ts';
import { AnalyzeRequest, LIMITS } from '../../shared/schema/index.ts';

function extraction(blocks: Extraction['blocks'], title = 'A title'): Extraction {
  return { title, lang: 'en', url: 'https://example.com/a', blocks, meta: { source: 'Example' }, elements: new Map(), warnings: [] };
}

describe('toAnalyzeRequest', () => {
  it('clamps block count, block length, title and total size to LIMITS so the Worker accepts it', () => {
    const long = 'x'.repeat(LIMITS.maxBlockChars + 500);
    const blocks = Array.from({ length: LIMITS.maxBlocks + 10 }, (_, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text: i < 3 ? long : 'short text' }));
    const request = AnalyzeRequest.parse(toAnalyzeRequest(extraction(blocks, 't'.repeat(LIMITS.maxTitleChars + 1))));
    expect(request.blocks.length).toBeLessThanOrEqual(LIMITS.maxBlocks);
    expect(request.blocks[0]?.text.length).toBe(LIMITS.maxBlockChars);
    expect(request.title?.length).toBe(LIMITS.maxTitleChars);
    expect(new TextEncoder().encode(JSON.stringify(request)).length).toBeLessThanOrEqual(LIMITS.maxBodyBytes);
  });

  it('keeps the head of a very long article when it exceeds the body size', () => {
    const blocks = Array.from({ length: 200 }, (_, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text: `${i} ` + '汉'.repeat(10_000) }));
    const request = toAnalyzeRequest(extraction(blocks));
    expect(request.blocks[0]?.id).toBe('b0');
    expect(request.blocks.length).toBeLessThan(200);
    expect(new TextEncoder().encode(JSON.stringify(request)).length).toBeLessThanOrEqual(LIMITS.maxBodyBytes);
  });

  it('drops empty blocks and carries url, lang and page meta', () => {
    const request = toAnalyzeRequest(extraction([{ id: 'b0', kind: 'paragraph', text: '  ' }, { id: 'b1', kind: 'meta', text: 'By Jane Doe' }]));
    expect(request.blocks.map((block) => block.id)).toEqual(['b1']);
    expect(request).toMatchObject({ url: 'https://example.com/a', lang: 'en', meta: { source: 'Example' } });
  });
});
