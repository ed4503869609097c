import { QUOTE_PAIRS } from '../lang/common.ts';
import type { AnalysisLanguage } from '../model/types.ts';

/** A top-level quotation in a block: marks at `open` and `close` (close = text length when unclosed). */
export interface QuoteSpan {
  open: number;
  /** Index of the closing mark, or the text length when the quote runs to the end of the block. */
  close: number;
  /** `[innerStart, innerEnd)` is the quoted text without its marks. */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

/** Closing mark code for each opening mark code (straight " closes itself). */
const CLOSER_OF = new Map(QUOTE_PAIRS.map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const CLOSERS = new Set(QUOTE_PAIRS.map(([, close]) => close.charCodeAt(0)));
/**
 * Any opening or closing mark: the scan jumps from mark to mark instead of visiting every character.
 * Used with test(), which moves `lastIndex` past the mark without building a match array (every mark is
 * one UTF-16 unit, so the mark is at lastIndex - 1): a text of nothing but quote marks allocates nothing per mark.
 */
const QUOTE_MARK = new RegExp(`[${[...new Set(QUOTE_PAIRS.flat())].join('')}]`, 'gu');
/** Curly openers that may run to the end of a block: Chinese multi-paragraph quotes close only in the last paragraph. */
const MAY_RUN_TO_END = new Set(['“', '「', '『'].map((mark) => mark.charCodeAt(0)));
const STRAIGHT = '"'.charCodeAt(0);
const LEFT_SINGLE = '‘'.charCodeAt(0);
const RIGHT_SINGLE = '’'.charCodeAt(0);

/**
 * Finds top-level quotations with a stack, so nested quotes (“…‘…’…”) stay inside their outer quote.
 * English text skips ‘’ (the right one is also the apostrophe). Straight " pairs open and close alternately.
 *
 * @example findQuoteSpans('他说：“好。”', 'zh') // [{open: 3, close: 6, innerStart: 4, innerEnd: 6, closed: true}]
 */
export function findQuoteSpans(text: string, lang: AnalysisLanguage): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // The stack of open marks as two arrays of numbers (mark code, position): no object per mark.
  const stackMark: number[] = [];
  const stackAt: number[] = [];
  /** Straight quotes on the stack, counted instead of searched (a long unbalanced page made that quadratic). */
  let straightOpen = 0;
  const english = lang === 'en';
  QUOTE_MARK.lastIndex = 0;
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (english && (c === LEFT_SINGLE || c === RIGHT_SINGLE)) continue;
    const depth = stackMark.length;
    const top = depth > 0 ? stackMark[depth - 1] : undefined;
    if (top !== undefined && CLOSER_OF.get(top) === c) {
      const at = stackAt[depth - 1] ?? 0;
      stackMark.pop();
      stackAt.pop();
      if (top === STRAIGHT) straightOpen--;
      if (depth === 1) spans.push({ open: at, close: i, innerStart: at + 1, innerEnd: i, closed: true });
      continue;
    }
    if (c === STRAIGHT && top !== STRAIGHT && straightOpen > 0) continue; // stray straight quote
    if (CLOSER_OF.has(c)) {
      stackMark.push(c);
      stackAt.push(i);
      if (c === STRAIGHT) straightOpen++;
      continue;
    }
    if (CLOSERS.has(c)) continue; // a closer without its opener: ignore
  }
  const outerMark = stackMark[0];
  const outerAt = stackAt[0];
  if (outerMark !== undefined && outerAt !== undefined && MAY_RUN_TO_END.has(outerMark) && text.length - outerAt > 1) {
    spans.push({ open: outerAt, close: text.length, innerStart: outerAt + 1, innerEnd: text.length, closed: false });
  }
  return spans;
}

/** The mask of a block without quotations: nothing is inside a quote (reads of it give undefined, never 1). */
const NO_QUOTES = new Uint8Array(0);

/** Marks every position inside a quote span (marks included): attribution never reads speakers from inside quotes. */
export function quoteMask(length: number, spans: readonly QuoteSpan[]): Uint8Array {
  if (spans.length === 0) return NO_QUOTES;
  const mask = new Uint8Array(length);
  for (const span of spans) mask.fill(1, span.open, Math.min(length, span.close + 1));
  return mask;
}
