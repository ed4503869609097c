/**
 * Length of a text as a reader experiences it, in "Latin-character equivalents".
 *
 * Readability and isProbablyReaderable count UTF-16 code units and expect a real paragraph to have
 * ≥ 140 of them. A Chinese character carries roughly as much information as 2–3 Latin letters (a
 * typical news paragraph is 60–150 汉字 versus 300–700 English characters), so dense Chinese
 * paragraphs fall under that threshold. We weight each CJK character by CJK_WEIGHT so one threshold
 * fits both scripts.
 *
 * @example readingLength('习近平总书记强调') // 8 × 3 = 24
 */
export function readingLength(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const match of text.matchAll(CJK_OR_VISIBLE)) {
    if (match[1] !== undefined) cjk += match[1].length;
    else other += 1;
  }
  return cjk * CJK_WEIGHT + other;
}

/** Each Han/Kana/Hangul character counts as this many Latin characters (middle of the 2–3 range). */
export const CJK_WEIGHT = 3;

/** Group 1: a run of CJK ideographs, kana, hangul; otherwise: one visible non-space character, or one space run. */
const CJK_OR_VISIBLE = /([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+)|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]|\s+/gu;

/** Share of CJK characters among the visible characters of a text (0 when empty). */
export function cjkShare(text: string): number {
  let cjk = 0;
  let visible = 0;
  for (const ch of text) {
    if (WHITESPACE.test(ch)) continue;
    visible += 1;
    if (CJK_CHAR.test(ch)) cjk += 1;
  }
  return visible === 0 ? 0 : cjk / visible;
}

/** One CJK ideograph, kana or hangul syllable. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
/** One whitespace character, including the ideographic space and NBSP. */
const WHITESPACE = /\s/u;

/** Collapses whitespace runs (incl. NBSP and the ideographic space) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** A run of whitespace of any kind (\s covers NBSP U+00A0 and U+3000 in JS). */
const SPACE_RUN = /\s+/gu;
