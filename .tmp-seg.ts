import { loadInput } from './cli/load-input.ts';
import { parseDocument } from './cli/parse-document.ts';
import { extractArticle } from './shared/page/extract.ts';
import { toAnalyzeRequest } from './shared/page/to-request.ts';
const page = await loadInput('../shared/seed/article.html');
const req = toAnalyzeRequest(extractArticle(parseDocument(page.html), page.url));
const texts = req.blocks.map(b => b.text);
const joined = texts.join('\n');
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
function t(name: string, fn: () => unknown) { for (let i=0;i<50;i++) fn(); const a: number[] = []; for (let i=0;i<200;i++){ const s=performance.now(); fn(); a.push(performance.now()-s);} a.sort((x,y)=>x-y); console.log(name, a[100]!.toFixed(3)); }
t('joined', () => { let n=0; for (const s of seg.segment(joined)) if (s.isWordLike) n++; return n; });
t('perblock', () => { let n=0; for (const tx of texts) for (const s of seg.segment(tx)) if (s.isWordLike) n++; return n; });
t('joined+objs', () => { const out: any[]=[]; for (const s of seg.segment(joined)) { const w = s.isWordLike===true; if (!w && !s.segment.trim()) continue; out.push({a:s.index,b:s.index+s.segment.length,w,t:s.segment}); } return out; });
console.log(texts.length, joined.length);
