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

/**
 * The language to analyse with: the request's hint when it names a language we have rules for, else
 * the Han share of the text. Languages without rules are read with the English rules (Latin script).
 *
 * @example detectLanguage({ blocks: [{ id: 'b1', kind: 'paragraph', text: '他说。' }] }) // 'zh'
 */
export function detectLanguage(request: Pick<AnalyzeRequest, 'lang' | 'blocks' | 'title'>): AnalysisLanguage {
  const hint = request.lang?.toLowerCase() ?? '';
  if (hint.startsWith('zh')) return 'zh';
  if (hint.startsWith('en')) return 'en';
  let sample = request.title ?? '';
  for (const block of request.blocks) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += block.text.slice(0, SAMPLE_CHARS - sample.length);
  }
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (han === 0) return 'en';
  return han / (han + latin) >= HAN_SHARE_FOR_CHINESE ? 'zh' : 'en';
}
