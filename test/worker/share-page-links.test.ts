import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, textFragmentUrl, textStart } from '../../worker/share/text-fragment.ts';

/**
 * The share page's links back into the article (URL text fragments). Run inside workerd because the
 * word boundaries come from its Intl.Segmenter (ICU), the same kind of boundaries browsers match on.
 */
describe('textFragmentUrl', () => {
  it('appends a text directive to an http(s) article URL, replacing its own fragment', () => {
    expect(textFragmentUrl('https://example.com/a?x=1#top', 'Prices rose', 'en')).toBe('https://example.com/a?x=1#:~:text=Prices%20rose');
    expect(textFragmentUrl('http://example.com/', '高质量发展', 'zh')).toBe('http://example.com/#:~:text=%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95');
  });

  it('gives the plain article URL for empty text', () => {
    expect(textFragmentUrl('https://example.com/a#top', '  ', 'en')).toBe('https://example.com/a');
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/a', '/relative', 'not a url', ''])(
    'gives no link for %j',
    (url) => {
      expect(textFragmentUrl(url, 'text', 'en')).toBeNull();
    },
  );
});

describe('encodeTextDirectiveTerm', () => {
  it('percent-encodes the directive delimiters "-", "," and "&" as well as spaces', () => {
    expect(encodeTextDirectiveTerm('a-b, c & d')).toBe('a%2Db%2C%20c%20%26%20d');
  });

  it('round-trips through decodeURIComponent', () => {
    const text = '“世界清洁能源看中国，中国清洁能源看青海。” - 7-2, R&D #1';
    expect(decodeURIComponent(encodeTextDirectiveTerm(text))).toBe(text);
  });
});

describe('textStart', () => {
  it('keeps short text whole, with whitespace collapsed and an added ellipsis removed', () => {
    expect(textStart('  Costs,\n delays   & the vote ', 'en')).toBe('Costs, delays & the vote');
    expect(textStart('加快推进新型工业化进程…', 'zh')).toBe('加快推进新型工业化进程');
    expect(textStart('The plan was approved...', 'en')).toBe('The plan was approved');
  });

  it('cuts long English text after a whole word, within 48 characters', () => {
    const text = 'This is a good day for the river, and for everyone who lives along it.';
    const start = textStart(text, 'en');
    expect(start).toBe('This is a good day for the river, and for');
    expect(start.length).toBeLessThanOrEqual(48);
  });

  it('cuts long Chinese text at a word boundary, within 48 characters', () => {
    const text = '习近平总书记对推进新型工业化高度重视，让我们感到责任重大的同时，也对我省数字经济的发展有了更强的信心。';
    const start = textStart(text, 'zh');
    expect(start.length).toBeLessThanOrEqual(48);
    expect(start.length).toBeGreaterThan(30);
    expect(text.startsWith(start)).toBe(true);
    const boundaries = new Set([...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((segment) => segment.index));
    expect(boundaries.has(start.length)).toBe(true);
  });

  it('keeps a single word longer than the limit whole rather than cutting it', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenband';
    expect(textStart(`${word} und mehr Text, der hier weitergeht und weitergeht`, 'de')).toBe(word);
  });

  it('never throws on a language tag Intl rejects', () => {
    // Nine words are 44 characters; a tenth would make 49.
    expect(textStart('word '.repeat(20), 'not a language!')).toBe('word word word word word word word word word');
  });
});
