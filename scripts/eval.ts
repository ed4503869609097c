/**
 * `npm run eval` — scores detection, extraction and analysis on every labelled corpus page with the
 * rules of ../shared/corpus/README.md, beside the key-term peer (jieba / retext-keywords) and the
 * lead-3 summary baseline, and checks the targets of issue 3.
 *
 *   npm run eval                     per-page table, totals, targets
 *   npm run eval -- --json           one JSON object: { totals, targets, seedExact, pages }
 *   npm run eval -- --page gne/163_3 one page, predicted against gold
 *
 * It is a report: it exits 0 whatever the figures, and non-zero only when the script itself fails.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exactValueMismatches, SEED_PAGE_ID } from './eval/exact-values.ts';
import { loadLabelledPages } from './eval/gold.ts';
import { formatPageDetails, formatPageTable, formatTotals } from './eval/report.ts';
import { runPage, type PageRun } from './eval/run-page.ts';
import { scorePage } from './eval/score-page.ts';
import { checkTargets, computeTotals } from './eval/totals.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
/** The corpus sits beside the clone, in the workspace and in CI alike. */
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    page: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

async function main(): Promise<void> {
  if (values.help) {
    console.log('usage: npm run eval [-- --json] [-- --page <set/name>]');
    return;
  }
  const labelled = await loadLabelledPages(corpusDir);
  const selected = values.page === undefined ? labelled : labelled.filter((page) => page.gold.id === values.page);
  if (selected.length === 0) {
    console.error(`no labelled page "${values.page}"; labelled pages: ${labelled.map((page) => page.gold.id).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const runs: PageRun[] = [];
  for (const page of selected) runs.push(await runPage(page));
  const figures = runs.map(scorePage);
  const seedRun = runs.find((run) => run.page.gold.id === SEED_PAGE_ID);
  const seedMismatches = seedRun === undefined ? undefined : exactValueMismatches(seedRun);

  if (values.page !== undefined) {
    const [run] = runs;
    const [pageFigures] = figures;
    if (run === undefined || pageFigures === undefined) return;
    if (values.json) console.log(JSON.stringify({ page: pageFigures, response: run.response ?? null, peerTerms: run.peerTerms, lead3: run.lead, exactMismatches: exactValueMismatches(run) }, null, 2));
    else console.log(formatPageDetails(run, pageFigures, exactValueMismatches(run)));
    return;
  }

  const totals = computeTotals(figures);
  const targets = checkTargets(totals);
  if (values.json) {
    console.log(JSON.stringify({ averaging: 'micro', totals, targets, seedExact: seedMismatches === undefined ? null : { exact: seedMismatches.length === 0, mismatches: seedMismatches }, pages: figures }));
    return;
  }
  console.log(formatPageTable(figures));
  console.log('');
  console.log(formatTotals(totals, targets, seedMismatches));
  console.log('');
  console.log('Rules: ../shared/corpus/README.md. n/s = not scored (gold headings null); — = nothing to score. P@10 divides by 10 per page; headings exclude outline "topic" items.');
}

await main();
