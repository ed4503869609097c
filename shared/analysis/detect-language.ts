import type { AnalyzeRequest } from '../schema/index.ts';
import type { AnalysisLanguage } from './model/types.ts';

/** Runs of Han ideographs (CJK unified, extension A, compatibility). */
const HAN_RUNS = /\p{Script=Han}+/gu;
/** Runs of Latin letters. */
const LATIN_RUNS = /\p{Script=Latin}+/gu;

/** How much text to look at: the ratio settles long before the end of an article. */
const SAMPLE_CHARS = 4000;

/**
 * A page is Chinese when Han characters make up at least a quarter of its letters. Chinese news carries
 * Latin runs (names, units, brands: "20GW", "Vincent Mortier"), so the bar sits well below one half;
 * English pages with a Chinese name or two stay far below it.
 */
const HAN_SHARE_FOR_CHINESE = 0.25;

/** Han shares past which the text outweighs the request's language hint, either way. */
const CLEARLY_CHINESE = 0.6;
const CLEARLY_NOT_CHINESE = 0.05;

/**
 * The language to analyse with: the Han share of the text when it is clear, else the request's hint
 * when it names a language we have rules for, else the share against HAN_SHARE_FOR_CHINESE. Languages
 * without rules are read with the English rules (Latin script).
 *
 * @example detectLanguage({ blocks: [{ id: 'b1', kind: 'paragraph', text: '他说。' }] }) // 'zh'
 */
export function detectLanguage(request: Pick<AnalyzeRequest, 'lang' | 'blocks' | 'title'>): AnalysisLanguage {
  const hint = request.lang?.toLowerCase() ?? '';
  let sample = request.title ?? '';
  for (const block of request.blocks) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += block.text.slice(0, SAMPLE_CHARS - sample.length);
  }
  // Counted as the length a native replace of the runs takes away: no array of one-character matches.
  // (UTF-16 units: a Han character outside the BMP counts twice, which no share threshold notices.)
  const han = sample.length - sample.replace(HAN_RUNS, '').length;
  const latin = sample.length - sample.replace(LATIN_RUNS, '').length;
  const share = han + latin === 0 ? 0 : han / (han + latin);
  // The text decides when it is clear: a site template's <html lang="en"> around a Chinese article
  // (or the reverse) is common, and the wrong rules would read a Chinese clause as one English word.
  if (share >= CLEARLY_CHINESE) return 'zh';
  if (han === 0 || share < CLEARLY_NOT_CHINESE) return 'en';
  if (hint.startsWith('zh')) return 'zh';
  if (hint.startsWith('en')) return 'en';
  return share >= HAN_SHARE_FOR_CHINESE ? 'zh' : 'en';
}
