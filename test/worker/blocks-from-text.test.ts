import { describe, expect, it } from 'vitest';
import { AnalyzeRequest, LIMITS } from '../../shared/schema/index.ts';
import { blocksFromText } from '../../worker/web/blocks-from-text.ts';

describe('blocksFromText (paste page)', () => {
  it('makes one paragraph per non-empty line, the first line the title', () => {
    const request = blocksFromText('  标题\r\n\r\n第一段。\n\n\n第二段。\u2029Third.  \n', { firstLineIsTitle: true });
    expect(request).toEqual({
      title: '标题',
      blocks: [
        { id: 'p1', kind: 'paragraph', text: '第一段。' },
        { id: 'p2', kind: 'paragraph', text: '第二段。' },
        { id: 'p3', kind: 'paragraph', text: 'Third.' },
      ],
    });
  });

  it('keeps the first line as a paragraph when it is not the title', () => {
    const request = blocksFromText('One.\nTwo.', { firstLineIsTitle: false });
    expect(request.title).toBeUndefined();
    expect(request.blocks.map((block) => block.text)).toEqual(['One.', 'Two.']);
  });

  it('trims what it sends to the API limits, so the Worker never refuses a paste for size', () => {
    const longLine = 'x'.repeat(LIMITS.maxBlockChars + 10);
    const text = ['title', longLine, ...Array.from({ length: LIMITS.maxBlocks + 5 }, (_, i) => `p${i}`)].join('\n');
    const request = blocksFromText(text, { firstLineIsTitle: true });
    expect(request.blocks).toHaveLength(LIMITS.maxBlocks);
    expect(request.blocks[0]?.text).toHaveLength(LIMITS.maxBlockChars);
    expect(AnalyzeRequest.safeParse(request).success).toBe(true);
  });

  it('gives no blocks for blank input', () => {
    expect(blocksFromText(' \n\n \t', { firstLineIsTitle: true }).blocks).toEqual([]);
  });
});
