import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';
import { retext } from 'retext';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';

/**
 * The peer for key terms named in issue 3: jieba's TF-IDF with its bundled dictionary and IDF table
 * for Chinese, retext-keywords (with retext-pos tagging) for English. They see the same text as our
 * analysis: the extracted title and blocks.
 */

/** How many terms are scored (precision@10). */
export const PEER_TOP_K = 10;

// Loading the dictionary costs ~0.5 s, so it happens once, on first use.
let jiebaTools: { jieba: Jieba; tfIdf: TfIdf } | undefined;

/** jieba TF-IDF top-k keywords, as `jieba.analyse.extract_tags` would give with the default IDF. */
export function jiebaKeywords(text: string, topK = PEER_TOP_K): string[] {
  jiebaTools ??= { jieba: Jieba.withDict(dict), tfIdf: TfIdf.withDict(idf) };
  return jiebaTools.tfIdf.extractKeywords(jiebaTools.jieba, text, topK).map((keyword) => keyword.keyword);
}

/** The text of an nlcst node and its descendants. */
function nodeText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return node.children.map(nodeText).join('');
  return '';
}

/**
 * retext-keywords top-k: its key phrases by weight first (they include one-word phrases and are what
 * the plugin ranks as its answer), then its keywords by score to fill up, without repeats.
 */
export async function retextKeywordsTop(text: string, topK = PEER_TOP_K): Promise<string[]> {
  const file = await retext().use(retextPos).use(retextKeywords, { maximum: topK }).process(text);
  const phrases = [...(file.data.keyphrases ?? [])]
    .sort((a, b) => b.weight - a.weight)
    .map((phrase) => phrase.matches[0]?.nodes.map(nodeText).join('') ?? '');
  const words = [...(file.data.keywords ?? [])]
    .sort((a, b) => b.score - a.score)
    .map((keyword) => nodeText(keyword.matches[0]?.node));
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const surface of [...phrases, ...words]) {
    const trimmed = surface.replace(/\s+/gu, ' ').trim();
    const key = trimmed.toLowerCase();
    if (trimmed.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push(trimmed);
    if (terms.length === topK) break;
  }
  return terms;
}

/** The peer's top terms for a page in `lang` ("zh…" → jieba, anything else → retext-keywords). */
export async function peerTerms(text: string, lang: string): Promise<string[]> {
  return lang.toLowerCase().startsWith('zh') ? jiebaKeywords(text) : retextKeywordsTop(text);
}
