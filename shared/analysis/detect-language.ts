import type { AnalyzeRequest } from '../schema/index.ts';
import type { AnalysisLanguage } from './model/types.ts';

/** Han ideographs (CJK unified, extension A, compatibility). */
const HAN = /\p{Script=Han}/gu;
/** Latin letters. */
const LATIN = /\p{Script=Latin}/gu;

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
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  const share = han + latin === 0 ? 0 : han / (han + latin);
  // The text decides when it is clear: a site template's <html lang="en"> around a Chinese article
  // (or the reverse) is common, and the wrong rules would read a Chinese clause as one English word.
  if (share >= CLEARLY_CHINESE) return 'zh';
  if (han === 0 || share < CLEARLY_NOT_CHINESE) return 'en';
  if (hint.startsWith('zh')) return 'zh';
  if (hint.startsWith('en')) return 'en';
  return share >= HAN_SHARE_FOR_CHINESE ? 'zh' : 'en';
}
