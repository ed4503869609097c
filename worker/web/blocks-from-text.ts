import { LIMITS, type AnalyzeRequest, type Block } from '../../shared/schema/index.ts';

/** Line breaks of any platform (CRLF, CR, LF) and the Unicode line/paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * Turns pasted article text into an analyze request: one paragraph block per non-empty line, so text
 * copied from a browser (one line per paragraph) and text with blank lines between paragraphs both
 * work. With `firstLineIsTitle`, the first line becomes the title instead of a block.
 * Trims to the API's limits (block count, block length) instead of letting the Worker refuse it.
 *
 * @example blocksFromText('标题\n\n第一段。\n第二段。', { firstLineIsTitle: true })
 *   // → { title: '标题', blocks: [{ id: 'p1', kind: 'paragraph', text: '第一段。' }, { id: 'p2', … }] }
 */
export function blocksFromText(text: string, options: { firstLineIsTitle: boolean }): AnalyzeRequest {
  const lines = text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const title = options.firstLineIsTitle ? lines.shift() : undefined;
  const blocks: Block[] = lines.slice(0, LIMITS.maxBlocks).map((line, index) => ({
    id: `p${index + 1}`,
    kind: 'paragraph',
    text: line.slice(0, LIMITS.maxBlockChars),
  }));
  return title === undefined ? { blocks } : { title: title.slice(0, LIMITS.maxTitleChars), blocks };
}
