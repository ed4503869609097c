/** Small text helpers shared by the stages (no language data here). */

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of literal words, longest first so the longest word wins at a position. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Folds a name for comparison: NFKC, lower case, no whitespace or interpuncts (the corpus scoring rule). */
export function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s·•・‧.?．'’-]+/gu, '');
}
