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
 * Folded names already computed: attribution looks the same few names up at every cue. Bounded so a
 * long-lived isolate never grows it without limit (emptied when full, which only costs recomputation).
 */
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 4096;

/** Folds a name for comparison: NFKC, lower case, no whitespace or interpuncts (the corpus scoring rule). */
export function foldName(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFKC').toLowerCase().replace(NAME_SEPARATORS, '');
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
}
