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

const CLOSER_OF = new Map(QUOTE_PAIRS.map(([open, close]) => [open, close]));
const CLOSERS = new Set(QUOTE_PAIRS.map(([, close]) => close));
/** Any opening or closing mark: the scan jumps from mark to mark instead of visiting every character. */
const QUOTE_MARK = new RegExp(`[${[...new Set(QUOTE_PAIRS.flat())].join('')}]`, 'gu');
/** Curly openers that may run to the end of a block: Chinese multi-paragraph quotes close only in the last paragraph. */
const MAY_RUN_TO_END = new Set(['“', '「', '『']);

/**
 * Finds top-level quotations with a stack, so nested quotes (“…‘…’…”) stay inside their outer quote.
 * English text skips ‘’ (the right one is also the apostrophe). Straight " pairs open and close alternately.
 *
 * @example findQuoteSpans('他说：“好。”', 'zh') // [{open: 3, close: 6, innerStart: 4, innerEnd: 6, closed: true}]
 */
export function findQuoteSpans(text: string, lang: AnalysisLanguage): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Array<{ mark: string; at: number }> = [];
  /** Straight quotes on the stack, counted instead of searched (a long unbalanced page made that quadratic). */
  let straightOpen = 0;
  QUOTE_MARK.lastIndex = 0;
  for (let match = QUOTE_MARK.exec(text); match; match = QUOTE_MARK.exec(text)) {
    const i = match.index;
    const c = match[0];
    const top = stack[stack.length - 1];
    if (lang === 'en' && (c === '‘' || c === '’')) continue;
    if (top && CLOSER_OF.get(top.mark) === c) {
      stack.pop();
      if (top.mark === '"') straightOpen--;
      if (stack.length === 0) spans.push({ open: top.at, close: i, innerStart: top.at + 1, innerEnd: i, closed: true });
      continue;
    }
    if (c === '"' && top?.mark !== '"' && straightOpen > 0) continue; // stray straight quote
    if (CLOSER_OF.has(c)) {
      stack.push({ mark: c, at: i });
      if (c === '"') straightOpen++;
      continue;
    }
    if (CLOSERS.has(c)) continue; // a closer without its opener: ignore
  }
  const outer = stack[0];
  if (outer && MAY_RUN_TO_END.has(outer.mark) && text.length - outer.at > 1) {
    spans.push({ open: outer.at, close: text.length, innerStart: outer.at + 1, innerEnd: text.length, closed: false });
  }
  return spans;
}

/** Marks every position inside a quote span (marks included): attribution never reads speakers from inside quotes. */
export function quoteMask(length: number, spans: readonly QuoteSpan[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const span of spans) mask.fill(1, span.open, Math.min(length, span.close + 1));
  return mask;
}
