import type { AnalyzeRequest, AnalyzeResponse, ArticleMeta, OutlineItem, SummarySentence, Term } from '../schema/index.ts';
import { assemble } from './assemble.ts';
import { attributeQuotes, type Attribution } from './attribute-quotes.ts';
import { buildOutline } from './build-outline.ts';
import { detectLanguage } from './detect-language.ts';
import { extractTerms } from './extract-terms.ts';
import { TokenList } from './model/token-list.ts';
import type { AnalysisLanguage, Segmented, Sentence } from './model/types.ts';
import { normalizeBlocks, type NormalizedBlocks } from './normalize-blocks.ts';
import { readMeta } from './read-meta.ts';
import { splitSentences } from './split-sentences.ts';
import { summarize } from './summarize.ts';
import { tokenize, type Tokenized } from './tokenize.ts';

/**
 * THE PIPELINE ORDER — written once, here (and in docs/pipeline.md). Each stage is one file; stages never
 * import each other; this file wires them.
 *
 * Segment phase (each step needs the one before):
 *  1. detectLanguage   — first, because every later step picks its rules (terminators, segmenter, word
 *                        lists) by language; cheap (a Han-share count over the first 4,000 characters).
 *  2. normalizeBlocks  — gives each block a role (title, heading, body, meta, caption) before anything
 *                        reads text, so bylines never become speakers and the headline never a heading.
 *                        Never changes text: every later offset points into the text the page sent.
 *  3. splitSentences   — sentences as [start, end) ranges in their block; needed by tokens, summary, gist.
 *  4. tokenize         — one segmenter pass per block (Intl.Segmenter for zh, a word regex for en), tokens
 *                        filed under their sentence. The only expensive step, so it runs exactly once.
 * Analyse phase (siblings: each reads only the segmented text; order among them does not matter):
 *  5. attributeQuotes  — speakers and org speakers with quote offsets.
 *  6. buildOutline     — headings, inferred headings, numbered topics, each with a gist.
 *  7. extractTerms     — key phrases.
 *  8. readMeta         — source, date, authors, editor (from meta lines + the page's declared meta).
 * Then:
 *  9. summarize        — after the siblings because it ranks sentences by key terms and covers outline sections.
 * 10. assemble         — last: the only step that knows the wire format; drops the article's own
 *                        reporters from speakers (it needs meta and speakers together).
 *
 * Heuristics never throw at the caller: each stage runs guarded; a failure leaves that part empty and
 * adds a warning.
 */

/** Per-stage timing and output size, returned with `{ debug: true }`. */
export interface StageTrace {
  stage: string;
  ms: number;
  count: number;
}

export interface AnalyzeOptions {
  /** Attach a per-stage trace (`debug`) to the response. */
  debug?: boolean;
}

/** Monotonic clock where the runtime has one (workerd, Node, browsers); Date otherwise. */
const clock = (globalThis as { performance?: { now(): number } }).performance;
function now(): number {
  return clock ? clock.now() : Date.now();
}

/** Words that mean the article continues on another page (a partial analysis deserves a warning). */
const CONTINUES_ELSEWHERE = /(?:下一页|余下全文|阅读全文|Continue reading|Next page|Page \d+ of \d+)\s*$/iu;

/**
 * Analyses an article's blocks: summary, outline, speakers, key terms and metadata. Pure and
 * runtime-agnostic (no DOM, Node or Workers APIs); never throws on a valid request.
 *
 * @example
 * const response = analyze({ title: '标题', blocks: [{ id: 'p1', kind: 'paragraph', text: '张三表示，这很好。' }] });
 * response.speakers[0]?.name; // '张三'
 */
export function analyze(request: AnalyzeRequest, options: AnalyzeOptions = {}): AnalyzeResponse & { debug?: StageTrace[] } {
  const started = now();
  const trace: StageTrace[] = [];
  // The extractor's warnings (e.g. the article continues on another page) come first.
  const warnings: string[] = [...(request.warnings ?? [])];
  function run<T>(stage: string, fallback: T, step: () => T, count: (result: T) => number): T {
    const t0 = now();
    let result: T;
    try {
      result = step();
    } catch (error) {
      warnings.push(`${stage} failed: ${error instanceof Error ? error.message : String(error)}`);
      result = fallback;
    }
    trace.push({ stage, ms: now() - t0, count: count(result) });
    return result;
  }

  const lang = run<AnalysisLanguage>('detect-language', 'en', () => detectLanguage(request), () => 1);
  const normalized = run<NormalizedBlocks>('normalize-blocks', { title: request.title ?? '', blocks: [] }, () => normalizeBlocks(request, lang), (r) => r.blocks.length);
  const sentences = run<Sentence[]>('split-sentences', [], () => splitSentences(normalized.blocks, lang), (r) => r.length);
  const tokenized = run<Tokenized>('tokenize', { tokens: new TokenList(), sentenceTokens: sentences.map(() => [0, 0] as const) }, () => tokenize(normalized.blocks, sentences, lang), (r) => r.tokens.length);
  const doc: Segmented = { lang, title: normalized.title, blocks: normalized.blocks, sentences, ...tokenized };

  const attribution = run<Attribution>('attribute-quotes', { speakers: [], orgSpeakers: [] }, () => attributeQuotes(doc), (r) => r.speakers.length);
  const outline = run<OutlineItem[]>('build-outline', [], () => buildOutline(doc), (r) => r.length);
  const terms = run<Term[]>('extract-terms', [], () => extractTerms(doc), (r) => r.length);
  const meta = run<ArticleMeta>('read-meta', { source: null, publishedAt: null, authors: [], editor: null }, () => readMeta(doc, request.meta), (r) => r.authors.length);
  const summary = run<SummarySentence[]>('summarize', [], () => summarize(doc, terms, outline), (r) => r.length);

  const body = doc.blocks.filter((block) => block.role === 'body');
  if (body.length === 0) warnings.push('no article text to analyse');
  const last = body[body.length - 1];
  const continues = 'article continues on another page; only this page was analysed';
  if (last && CONTINUES_ELSEWHERE.test(last.text) && !warnings.includes(continues)) warnings.push(continues);

  const response = assemble({
    lang,
    title: doc.title,
    meta,
    summary,
    outline,
    speakers: attribution.speakers,
    orgSpeakers: attribution.orgSpeakers,
    terms,
    chars: request.blocks.reduce((sum, block) => sum + block.text.length, 0),
    sentences: sentences.length,
    ms: now() - started,
    warnings,
  });
  return options.debug ? { ...response, debug: trace } : response;
}
