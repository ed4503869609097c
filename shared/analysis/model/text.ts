/** Small text helpers shared by the stages (no language data here). */

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of literal words, longest first so the longest word wins at a position. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** What foldName removes: whitespace, interpuncts, dots, apostrophes and hyphens. */
const NAME_SEPARATORS = /[\s·•・‧.?．'’-]+/gu;
/**
 * Folds a name for comparison: NFKC, lower case, no whitespace or interpuncts (the corpus scoring rule).
 * Not remembered across calls: the speaker book remembers the names of its own article.
 */
export function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NAME_SEPARATORS, '');
}

/** A capital letter (any script), tested one UTF-16 unit at a time by `isUpperAt`. */
const UPPER_LETTER = /^\p{Lu}/u;

/**
 * Whether the UTF-16 unit at `index` of `text` is an upper-case letter: ASCII by its code, others by the
 * regex (a lone surrogate is never one). Saves building a one-character string for most text.
 */
export function isUpperAt(text: string | undefined, index: number): boolean {
  const code = text?.charCodeAt(index) ?? Number.NaN;
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_LETTER.test(text?.[index] ?? '');
}

/** Whitespace as the regex \s class counts it (one UTF-16 unit: no whitespace is astral). */
const SPACE = /^\s$/u;

/** Whether the UTF-16 unit at `at` of `text` is whitespace (`\s`): ASCII by its code, others by the regex. */
export function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at] ?? '');
}
