import { loadInput } from './cli/load-input.ts';
import { parseDocument } from './cli/parse-document.ts';
import { analyze } from './shared/analysis/pipeline.ts';
import { extractArticle } from './shared/page/extract.ts';
import { toAnalyzeRequest } from './shared/page/to-request.ts';
for (const file of process.argv.slice(2)) {
  const page = await loadInput(file);
  const req = toAnalyzeRequest(extractArticle(parseDocument(page.html), page.url));
  for (let i = 0; i < 30; i++) analyze(req);
  const sums = new Map<string, number>();
  const N = 30;
  for (let i = 0; i < N; i++) for (const t of analyze(req, { debug: true }).debug ?? []) sums.set(t.stage, (sums.get(t.stage) ?? 0) + t.ms / N);
  console.log(file.split('/').slice(-2).join('/'), req.blocks.reduce((n, b) => n + b.text.length, 0), [...sums].map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '));
}
