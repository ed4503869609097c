/**
 * Language-neutral text data: punctuation and numbering shared by Chinese and English pages.
 * Data only — the algorithms that use it live in the stage files.
 */

/** Quote pairs, outermost first. Straight quotes open and close with the same character. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ['‘', '’'],
];

/** Characters that end a heading-like line when it is really a sentence (so it is not an inferred heading). */
export const CLOSING_PUNCTUATION = '。！？；：，、.!?;:,…';

/**
 * Section markers made of a bare number: 一、 / （一） / 1. / 1、 / 1) / a standalone 1. Pages that
 * number their sections without titles get "topic" outline items (issue 3 item 4).
 */
export const BARE_NUMBER_MARKER = /^\s*(?:[（(]?[一二三四五六七八九十]{1,3}[）)、.．]?|[（(]?\d{1,2}[）)、.．]?|第[一二三四五六七八九十\d]{1,3}[部章节])\s*$/u;

/** A number marker that opens a line followed by its content ("一、坚持…", "1. Rock salt…"). */
export const LEADING_NUMBER_MARKER = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．)]\s)\s*/u;

/** Interpuncts that join parts of a transliterated name (迈克尔•布兰德); "?" is what a mis-decoded page shows instead. */
export const NAME_INTERPUNCTS = '·•・‧．?';
