/**
 * Measures article detection on the labelled corpus: accuracy, recall and specificity overall and per
 * page type, for our detectArticle and for Readability's isProbablyReaderable in the same run.
 *
 *   npx node scripts/eval-detect.ts [--corpus ../shared/corpus] [--errors]
 *
 * Targets (issue 4): accuracy ≥ 0.95, recall on gne/* ≥ 0.97, specificity ≥ 0.92.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadInput } from '../cli/load-input.ts';
import { parseDocument } from '../cli/parse-document.ts';
import { detectArticle } from '../shared/page/detect.ts';
import { existsSync } from 'node:fs';

const repoRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const corpusFlag = args.indexOf('--corpus');
const corpus = corpusFlag >= 0 && args[corpusFlag + 1] ? path.resolve(args[corpusFlag + 1]!) : path.resolve(repoRoot, '../shared/corpus');
const showErrors = args.includes('--errors');

interface Row { id: string; truth: boolean; type: string; ours: boolean; score: number; reasons: string[]; readerable: boolean; ms: number; msReaderable: number }

const rows: Row[] = [];
for (const line of readFileSync(path.join(corpus, 'detect-labels.tsv'), 'utf8').split('\n')) {
  const [id, label, type] = line.trim().split('\t');
  if (!id || !label || !type) continue;
  const base = path.join(corpus, 'pages', id);
  const file = existsSync(`${base}.html`) ? `${base}.html` : `${base}.html.gz`;
  const page = await loadInput(file);
  const doc = parseDocument(page.html);
  const t0 = performance.now();
  const detection = detectArticle(doc, page.url);
  const t1 = performance.now();
  const readerable = isProbablyReaderable(doc);
  const t2 = performance.now();
  rows.push({ id, truth: label === 'true', type, ours: detection.isArticle, score: detection.score, reasons: detection.reasons, readerable, ms: t1 - t0, msReaderable: t2 - t1 });
}

function metrics(subset: Row[], pick: (row: Row) => boolean) {
  const tp = subset.filter((r) => r.truth && pick(r)).length;
  const tn = subset.filter((r) => !r.truth && !pick(r)).length;
  const positives = subset.filter((r) => r.truth).length;
  const negatives = subset.length - positives;
  const fmt = (n: number, d: number) => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));
  return `acc ${fmt(tp + tn, subset.length)}  recall ${fmt(tp, positives)}  spec ${fmt(tn, negatives)}`;
}

const groups = new Map<string, Row[]>();
for (const row of rows) {
  const set = row.id.split('/')[0] ?? '';
  for (const key of [`type:${row.type}`, `set:${set}`]) groups.set(key, [...(groups.get(key) ?? []), row]);
}
const ours = (r: Row) => r.ours;
const reader = (r: Row) => r.readerable;
console.log(`pages: ${rows.length}  corpus: ${corpus}`);
console.log(`${'group'.padEnd(20)} ${'n'.padStart(4)}  ${'detectArticle'.padEnd(42)}  isProbablyReaderable`);
console.log(`${'ALL'.padEnd(20)} ${String(rows.length).padStart(4)}  ${metrics(rows, ours)}  ${metrics(rows, reader)}`);
for (const [key, subset] of [...groups].sort()) console.log(`${key.padEnd(20)} ${String(subset.length).padStart(4)}  ${metrics(subset, ours)}  ${metrics(subset, reader)}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`median ms (linkedom, Node): detectArticle ${median(rows.map((r) => r.ms)).toFixed(2)}  isProbablyReaderable ${median(rows.map((r) => r.msReaderable)).toFixed(2)}`);
if (showErrors) {
  for (const row of rows.filter((r) => r.truth !== r.ours)) console.log(`${row.truth ? 'MISS' : 'FP  '} ${row.id} [${row.type}] ${row.score}  ${row.reasons.join('; ')}`);
}
