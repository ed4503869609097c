import { loadLabelledPages } from './scripts/eval/gold.ts';
import { runPage } from './scripts/eval/run-page.ts';
import path from 'node:path';
const corpusDir = path.resolve(import.meta.dirname, '../shared/corpus');
const want = process.argv[2];
const mode = process.argv[3] ?? 'blocks';
for (const page of await loadLabelledPages(corpusDir)) {
  if (want && want !== 'all' && page.gold.id !== want) continue;
  const run = await runPage(page);
  console.log(`#### ${page.gold.id}`);
  if (mode === 'blocks') {
    for (const b of run.request?.blocks ?? []) console.log(`${b.id}\t${b.kind}${b.level ?? ''}${b.emphasis ? '*' : ''}\t${b.text.slice(0, 90)}`);
    console.log('gold headings:', JSON.stringify(page.gold.headings));
  }
  if (mode === 'head') {
    console.log('pred:', JSON.stringify(run.response?.outline.map(o => `${o.kind}:${o.title}`)));
    console.log('gold:', JSON.stringify(page.gold.headings));
  }
  if (mode === 'terms') {
    console.log('pred:', run.response?.terms.slice(0, 15).map(t => `${t.term}(${t.count})`).join(' '));
    console.log('gold:', page.gold.key_terms.join(' '));
  }
  if (mode === 'date') {
    console.log('pred:', run.response?.meta.publishedAt, ' page:', run.request?.meta?.publishedAt, ' url:', run.url, ' gold:', page.gold.meta.published);
  }
}
