// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { blockStart, indexText, rangeInBlock, termRanges } from '../../extension/content/text-ranges.ts';
import { collapseSpace } from '../../shared/page/text/reading-length.ts';

function element(html: string): HTMLElement {
  const container = document.createElement('div');
  // Test fixture markup, built by the test itself (never page text).
  container.innerHTML = html;
  document.body.replaceChildren(container);
  return container.firstElementChild as HTMLElement;
}

describe('indexText', () => {
  test('collapses whitespace exactly as extraction does (collapseSpace of textContent)', () => {
    const p = element('<p>\n  Hello,\u00a0 <b>big</b>\n\n<i> world</i>  \u3000</p>');
    expect(indexText(p).text).toBe(collapseSpace(p.textContent ?? ''));
    expect(indexText(p).text).toBe('Hello, big world');
  });
});

describe('rangeInBlock', () => {
  test('offsets into the block text become a Range over exactly those characters, across inline elements', () => {
    const p = element('<p>  他表示, <a href="#">“习近平 总书记</a>对推进新型工业化高度重视”。</p>');
    const blockText = collapseSpace(p.textContent ?? '');
    const quote = '习近平 总书记对推进新型工业化高度重视';
    const start = blockText.indexOf(quote);
    const range = rangeInBlock(p, blockText, start, start + quote.length);
    expect(range?.toString()).toBe(quote);
  });

  test('a block that is one run of its element (after a <br>) is found inside the element text', () => {
    const div = element('<div>First line of the box<br>Second   line, "quoted words" here</div>');
    const blockText = 'Second line, "quoted words" here';
    const start = blockText.indexOf('quoted words');
    expect(rangeInBlock(div, blockText, start, start + 12)?.toString()).toBe('quoted words');
  });

  test('when the page changed, the quote is found by its own words; when they are gone, null', () => {
    const p = element('<p>New intro. Then she said the budget is fine.</p>');
    const oldBlock = 'Old intro. Then she said the budget is fine.';
    const start = oldBlock.indexOf('the budget is fine');
    expect(rangeInBlock(p, oldBlock, start, start + 18)?.toString()).toBe('the budget is fine');
    expect(rangeInBlock(p, 'Something else entirely', 0, 9)).toBeNull();
  });

  test('surrogate pairs keep their offsets (UTF-16, as the analysis counts)', () => {
    const p = element('<p>😀 说:“好。”</p>');
    const text = '😀 说:“好。”';
    expect(rangeInBlock(p, text, 0, 2)?.toString()).toBe('😀');
    expect(rangeInBlock(p, text, 6, 7)?.toString()).toBe('好');
  });
});

describe('termRanges', () => {
  test('every occurrence, case-insensitive, only at word edges for Latin terms', () => {
    const p = element('<p>Art and <em>ART</em> start the article; art.</p>');
    const index = indexText(p);
    expect(termRanges(index, 'art').map((range) => range.toString())).toEqual(['Art', 'ART', 'art']);
  });

  test('Chinese terms match anywhere, limited to the block span', () => {
    const div = element('<div>新型工业化是关键<br>推进新型工业化,新型工业化</div>');
    const index = indexText(div);
    const block = '推进新型工业化,新型工业化';
    const at = blockStart(index, block);
    expect(termRanges(index, '新型工业化', at, at + block.length)).toHaveLength(2);
    expect(termRanges(index, '新型工业化')).toHaveLength(3);
  });
});
