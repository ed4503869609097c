import { describe, expect, it } from 'vitest';
import { estimateParagraph, estimateReadingLength, sampledCjkShare } from '../../shared/page/signals/prose-length.ts';
import { readingLength } from '../../shared/page/text/reading-length.ts';
import { loadCorpusPage, loadSeedPage } from './corpus.ts';

/** Mean relative error of `estimate` against readingLength over `texts`. */
function meanError(texts: string[], estimate: (text: string) => number): number {
  const errors = texts.map((text) => Math.abs(estimate(text) - readingLength(text)) / readingLength(text));
  return errors.reduce((sum, error) => sum + error, 0) / errors.length;
}

/** Texts of the elements a selector finds in a corpus page that read at least `minimum` long. */
function textsOf(doc: Document, tag: string, minimum: number): string[] {
  return Array.from(doc.getElementsByTagName(tag), (element) => element.textContent ?? '').filter((text) => readingLength(text) >= minimum);
}

describe('estimateParagraph', () => {
  it('takes a Latin paragraph at its trimmed length, with no CJK share', () => {
    expect(estimateParagraph('\n    Hello, world.  ')).toEqual({ length: 13, cjkShare: 0 });
  });

  it('weighs Chinese characters three times, as readingLength does', () => {
    const text = '习近平总书记强调要坚持人民至上推动高质量发展'.repeat(5);
    expect(estimateParagraph(text).length).toBe(readingLength(text));
    expect(estimateParagraph(text).cjkShare).toBe(1);
  });

  it('counts the Chinese characters of a paragraph mixing scripts exactly, wherever they sit', () => {
    // A sample of positions would miss the few Chinese words at the ends of this line.
    const text = `苹果 ${'released a new phone today, '.repeat(6)}发布会在加州举行`;
    expect(estimateParagraph(text).length).toBe(readingLength(text));
    expect(estimateParagraph(text).cjkShare).toBeCloseTo(10 / text.length, 5);
  });

  it('stays within a few percent of readingLength on real long paragraphs, English and Chinese', () => {
    const english = [...textsOf(loadCorpusPage('rb/nytimes-3'), 'p', 140), ...textsOf(loadCorpusPage('rb/salon-1'), 'p', 140)];
    const chinese = [...textsOf(loadSeedPage(), 'p', 140), ...textsOf(loadCorpusPage('gne/163_3'), 'p', 140)];
    expect(english.length).toBeGreaterThan(20);
    expect(chinese.length).toBeGreaterThan(20);
    expect(meanError(english, (text) => estimateParagraph(text).length)).toBeLessThan(0.03);
    expect(meanError(chinese, (text) => estimateParagraph(text).length)).toBeLessThan(0.05);
  });
});

describe('estimateReadingLength', () => {
  it('is exact for a text of at most twice the samples', () => {
    const text = 'Short text,\n\n   with some   spacing. 中文也算';
    expect(estimateReadingLength(text, 64)).toBe(readingLength(text));
  });

  it('counts the indentation of a pretty-printed container as single spaces, as readingLength does', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `\n            <span>Line ${i} of a long list of entries</span>`).join('');
    const text = lines.replace(/<\/?span>/g, '');
    const estimate = estimateReadingLength(text, 128);
    expect(Math.abs(estimate - readingLength(text)) / readingLength(text)).toBeLessThan(0.1);
    // The raw length would count every indentation space.
    expect(text.length / readingLength(text)).toBeGreaterThan(1.3);
  });

  it('stays close to readingLength on <br>-split article bodies of Chinese portals', () => {
    const bodies = ['gne/thepaper_1', 'gne/thepaper_3', 'gne/sxmu_1'].map((id) => {
      const breaks = loadCorpusPage(id).getElementsByTagName('br');
      const parents = new Set(Array.from(breaks, (br) => br.parentElement).filter((parent): parent is HTMLElement => parent !== null));
      return [...parents].map((parent) => parent.textContent ?? '').reduce((longest, text) => (text.length > longest.length ? text : longest), '');
    });
    expect(meanError(bodies, (text) => estimateReadingLength(text, 128))).toBeLessThan(0.05);
  });
});

describe('sampledCjkShare', () => {
  it('tells Chinese from English prose', () => {
    expect(sampledCjkShare('这是一个中文段落，用来检查文字的比例。'.repeat(4), 32)).toBeGreaterThan(0.8);
    expect(sampledCjkShare('An English paragraph about the weather. '.repeat(4), 32)).toBe(0);
  });
});
