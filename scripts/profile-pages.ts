/**
 * `npx node scripts/profile-pages.ts` — which corpus pages the analysis is slow on, and in which stage.
 * A tool for speed work (issue 3 item 8), not a benchmark: `npm run bench` gives the figures.
 *
 * Builds each corpus page's request as the bench does (loadInput → parseDocument → extractArticle →
 * toAnalyzeRequest), warms the analysis on every page (so the JIT has seen both languages, as in a
 * long-lived isolate), then times analyze() per page (median of --runs) and lists every page over
 * --over ms, slowest first, with the median time of each stage from analyze's debug trace.
 *
 *   npx node scripts/profile-pages.ts                     pages over 8 ms, 15 runs each
 *   npx node scripts/profile-pages.ts --over 5 --runs 25
 *   npx node scripts/profile-pages.ts --only wcxb-dev/4476 pages whose path contains the text
 *   npx node scripts/profile-pages.ts --requests /tmp/requests.json
 *                                                         reuse the extracted requests (written on the
 *                                                         first run with that path): extraction takes
 *                                                         minutes, and freezing it keeps the input fixed
 *                                                         while shared/page changes
 *
 * For hot spots, run it under the profiler: `npx node --cpu-prof scripts/profile-pages.ts --only …`.
 * Wall times on a busy machine are noisy: compare runs made close together, and prefer ratios.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadInput } from '../cli/load-input.ts';
import { parseDocument } from '../cli/parse-document.ts';
import { analyze } from '../shared/analysis/pipeline.ts';
import { extractArticle } from '../shared/page/extract.ts';
import { toAnalyzeRequest } from '../shared/page/to-request.ts';
import type { AnalyzeRequest } from '../shared/schema/index.ts';

const { values: options } = parseArgs({
  options: {
    over: { type: 'string', default: '8' },
    runs: { type: 'string', default: '15' },
    only: { type: 'string' },
    requests: { type: 'string' },
  },
});
const over = Number(options.over);
const runs = Math.max(1, Number(options.runs));

const repoRoot = path.resolve(import.meta.dirname, '..');
const pagesDir = path.resolve(repoRoot, '../shared/corpus/pages');

/** Every corpus page's request, keyed by its path under corpus/pages; read from --requests when it exists. */
async function corpusRequests(): Promise<Record<string, AnalyzeRequest>> {
  if (options.requests && existsSync(options.requests)) return JSON.parse(readFileSync(options.requests, 'utf8')) as Record<string, AnalyzeRequest>;
  const requests: Record<string, AnalyzeRequest> = {};
  for (const set of readdirSync(pagesDir)) {
    for (const name of readdirSync(path.join(pagesDir, set))) {
      if (!/\.html(\.gz)?$/.test(name)) continue;
      const page = await loadInput(path.join(pagesDir, set, name));
      requests[`${set}/${name}`] = toAnalyzeRequest(extractArticle(parseDocument(page.html), page.url));
    }
  }
  if (options.requests) writeFileSync(options.requests, JSON.stringify(requests));
  return requests;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const requests = await corpusRequests();
// Warm-up over every page: a stage timed on one page alone runs code the JIT fitted to that page.
for (let pass = 0; pass < 2; pass++) for (const request of Object.values(requests)) analyze(request);

const rows: Array<{ page: string; ms: number; chars: number; stages: Map<string, number> }> = [];
for (const [page, request] of Object.entries(requests)) {
  if (options.only && !page.includes(options.only)) continue;
  const totals: number[] = [];
  const byStage = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = analyze(request, { debug: true });
    totals.push(performance.now() - start);
    for (const { stage, ms } of result.debug ?? []) byStage.set(stage, [...(byStage.get(stage) ?? []), ms]);
  }
  const stages = new Map([...byStage].map(([stage, times]) => [stage, median(times)]));
  rows.push({ page, ms: median(totals), chars: request.blocks.reduce((sum, block) => sum + block.text.length, 0), stages });
}
rows.sort((a, b) => b.ms - a.ms);

const listed = rows.filter((row) => row.ms > over);
console.log(`${rows.length} pages, median of ${runs} runs each; ${listed.length} over ${over} ms (slowest: ${rows[0]?.page ?? '—'}, ${(rows[0]?.ms ?? 0).toFixed(2)} ms)`);
for (const row of listed) {
  const stages = [...row.stages]
    .filter(([, ms]) => ms >= 0.1)
    .map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`)
    .join(', ');
  console.log(`${row.ms.toFixed(2).padStart(7)} ms  ${String(row.chars).padStart(6)} chars  ${row.page}  (${stages})`);
}
