import { loadInput } from '../../cli/load-input.ts';
import { parseDocument } from '../../cli/parse-document.ts';
import { analyze } from '../../shared/analysis/pipeline.ts';
import { detectArticle } from '../../shared/page/detect.ts';
import { extractArticle } from '../../shared/page/extract.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import type { AnalyzeRequest, AnalyzeResponse, Detection } from '../../shared/schema/index.ts';
import type { LabelledPage } from './gold.ts';
import { leadSentences } from './lead-sentences.ts';
import { peerTerms } from './peer-terms.ts';

/** Everything the product and the baselines produced for one labelled page. */
export interface PageRun {
  page: LabelledPage;
  url: string | undefined;
  detection: Detection | undefined;
  request: AnalyzeRequest | undefined;
  response: AnalyzeResponse | undefined;
  /** The key-term peer's top 10 (jieba or retext-keywords). */
  peerTerms: string[];
  /** The lead-3 summary baseline. */
  lead: string[];
  /** Wall-clock milliseconds of extraction and of analysis. */
  extractMs: number;
  analyzeMs: number;
  /** Set when a stage threw: the page then scores as "nothing predicted", and the run goes on. */
  error: string | undefined;
}

/**
 * The address a saved page was served from, from its own canonical link or og:url, so URL-based
 * detection signals see what they would see in the browser. Saved pages carry no other trace of it.
 */
function servedUrl(doc: Document): string | undefined {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const candidate = [canonical, ogUrl].find((value) => value !== null && value !== undefined && /^https?:\/\//i.test(value.trim()));
  return candidate?.trim();
}

/**
 * Peer text: what our analysis is given, the title then every block. Blocks are separated by a blank
 * line, which retext reads as a paragraph break, so no key phrase runs from one block into the next.
 */
function requestText(request: AnalyzeRequest): string {
  return [request.title ?? '', ...request.blocks.map((block) => block.text)].filter((text) => text.length > 0).join('\n\n');
}

/** Runs detection → extraction → request → analysis, plus the two baselines, over one page. */
export async function runPage(page: LabelledPage): Promise<PageRun> {
  const run: PageRun = {
    page,
    url: undefined,
    detection: undefined,
    request: undefined,
    response: undefined,
    peerTerms: [],
    lead: [],
    extractMs: 0,
    analyzeMs: 0,
    error: undefined,
  };
  let stage = 'load';
  try {
    const loaded = await loadInput(page.file);
    stage = 'parse';
    const doc = parseDocument(loaded.html);
    run.url = servedUrl(doc);
    stage = 'detect';
    run.detection = detectArticle(doc, run.url);
    stage = 'extract';
    const extractStart = performance.now();
    const extraction = extractArticle(doc, run.url);
    run.extractMs = performance.now() - extractStart;
    stage = 'to-request';
    const request: AnalyzeRequest = toAnalyzeRequest(extraction);
    run.request = request;
    run.lead = leadSentences(request.blocks);
    stage = 'analyze';
    const analyzeStart = performance.now();
    run.response = analyze(request);
    run.analyzeMs = performance.now() - analyzeStart;
    stage = 'peer';
    run.peerTerms = await peerTerms(requestText(request), page.gold.lang);
  } catch (error) {
    run.error = `${stage}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  return run;
}
