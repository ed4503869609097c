import { describe, expect, test } from 'vitest';
import { wrapText } from '../../extension/background/wrap-text.ts';

/** One unit per UTF-16 code unit: enough to check where lines break. */
const width = (text: string) => text.length;

describe('wrapText', () => {
  test('Chinese breaks between any two characters and fills each line', () => {
    expect(wrapText('全国新型工业化推进大会在北京召开', 8, width)).toEqual(['全国新型工业化推', '进大会在北京召开']);
  });

  test('closing punctuation never starts a line; an opening mark never ends one', () => {
    expect(wrapText('大会在北京召开。会议', 7, width)).toEqual(['大会在北京召', '开。会议']);
    expect(wrapText('他说「新时代新征程」', 3, width)).toEqual(['他说', '「新时', '代新征', '程」']);
  });

  test('English breaks between words, never inside one', () => {
    expect(wrapText('The city council approved the budget', 12, width)).toEqual(['The city', 'council', 'approved the', 'budget']);
  });

  test('mixed scripts: a Latin word stays whole inside Chinese text', () => {
    expect(wrapText('使用Readability提取正文', 12, width)).toEqual(['使用', 'Readability提', '取正文']);
  });

  test('a word wider than the line is cut by character', () => {
    expect(wrapText('https://example.com/a/very/long/path', 10, width)).toEqual(['https://ex', 'ample.com/', 'a/very/lon', 'g/path']);
  });

  test('maxLines ends the last kept line with an ellipsis that fits', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五', 5, width, 2);
    expect(lines).toEqual(['一二三四五', '六七八九…']);
  });

  test('empty and blank text give no lines', () => {
    expect(wrapText('', 10, width)).toEqual([]);
    expect(wrapText('   ', 10, width)).toEqual([]);
  });
});
