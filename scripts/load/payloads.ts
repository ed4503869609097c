import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadInput } from '../../cli/load-input.ts';
import { parseDocument } from '../../cli/parse-document.ts';
import { extractArticle } from '../../shared/page/extract.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import type { AnalyzeRequest } from '../../shared/schema/index.ts';

/** An analyze request to send under load, and where it came from. */
export interface LoadPage {
  /** Short name used in the report ("seed", or the corpus page id). */
  name: string;
  file: string;
  request: AnalyzeRequest;
  /** Size of the request body as sent, in bytes. */
  bytes: number;
}

/**
 * The two pages of the analyze mix, built exactly as `lens analyze` builds a request (load the file,
 * parse with linkedom, extract, toAnalyzeRequest), so the Worker sees what a real client sends:
 * - the seed (/work/shared/seed/article.html), the page the product was designed from;
 * - the large page: by default wcxb-dev/2269, the corpus page whose analyze request is the largest
 *   (62 KB; the next is 57 KB; an English article). The largest corpus *files* are product and collection
 *   pages that extract to a few hundred bytes, so file size is the wrong measure of "largest" here.
 *   Ranked by building the request for all 312 pages (December; about 3 minutes on 2 busy cores,
 *   too slow to repeat on every run).
 */
export async function loadPages(repoRoot: string, largePageId: string): Promise<LoadPage[]> {
  const shared = path.resolve(repoRoot, '../shared');
  const seed = await loadPage('seed', path.join(shared, 'seed', 'article.html'));
  return [seed, await loadPage(largePageId, corpusFile(shared, largePageId))];
}

function corpusFile(shared: string, id: string): string {
  const base = path.join(shared, 'corpus', 'pages', ...id.split('/'));
  const file = [`${base}.html`, `${base}.html.gz`].find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`no corpus page ${id} (looked for ${base}.html and .html.gz)`);
  return file;
}

async function loadPage(name: string, file: string): Promise<LoadPage> {
  const page = await loadInput(file);
  const request = toAnalyzeRequest(extractArticle(parseDocument(page.html), page.url));
  if (request.blocks.length === 0) throw new Error(`${name} (${file}) extracts to no blocks: nothing to analyse`);
  return { name, file, request, bytes: Buffer.byteLength(JSON.stringify(request)) };
}

/**
 * The same article under another URL: a different cache key (the URL is part of the request), so the
 * Worker runs the analysis instead of answering from its cache — what many readers of different
 * articles look like. `.invalid` (RFC 2606) can never be a real site.
 */
export function underUniqueUrl(request: AnalyzeRequest, pageName: string, serial: number): AnalyzeRequest {
  return { ...request, url: `https://load.invalid/${encodeURIComponent(pageName)}/${serial}` };
}
