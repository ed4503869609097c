import type { PageRun } from './run-page.ts';
import type { PageFigures } from './score-page.ts';
import { datePrefix, predictedHeadings, predictedTerms, speakerPairs, TERMS_K } from './score-page.ts';
import { bigramOverlap, matchAttribute, pairHeadings, SUMMARY_MATCH_MIN_OVERLAP } from './score.ts';
import type { TargetCheck, Totals } from './totals.ts';

/** Plain-text tables for the terminal; `--json` bypasses this module. */

function number(value: number | null, digits = 2): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** Pads cells to a grid; every cell here is ASCII or a fixed-width symbol, so length = width. */
function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function formatPageTable(pages: readonly PageFigures[]): string {
  const header = ['page', 'lang', 'det', 'spk P', 'spk R', 'spk F1', 'role', 'org', 'q MAE', 'head F1', 'P@10', 'peer', 'date', 'sum F1', 'lead F1', 'ext ms', 'ana ms', 'error'];
  const rows = pages.map((page) => [
    page.id,
    page.lang,
    page.detection.predicted === null ? '—' : page.detection.predicted === page.detection.gold ? 'ok' : 'MISS',
    number(page.speakers.precision),
    number(page.speakers.recall),
    number(page.speakers.f1),
    page.role.total === 0 ? '—' : `${page.role.correct}/${page.role.total}`,
    page.org.total === 0 ? '—' : `${page.org.correct}/${page.org.total}`,
    page.quoteError.count === 0 ? '—' : number(page.quoteError.sum / page.quoteError.count),
    page.headings === null ? 'n/s' : number(page.headings.f1),
    number(page.terms.precision, 1),
    number(page.peerTerms.precision, 1),
    page.date === null ? '—' : page.date.correct ? 'ok' : 'MISS',
    number(page.summary.f1),
    number(page.lead3.f1),
    number(page.ms.extract, 1),
    number(page.ms.analyze, 1),
    page.error === undefined ? '' : page.error.split('\n')[0]?.slice(0, 60) ?? '',
  ]);
  return table(header, rows);
}

export function formatTotals(totals: Totals, targets: readonly TargetCheck[], seedMismatches: readonly string[] | undefined): string {
  const target = (name: string) => targets.find((check) => check.name === name);
  const mark = (name: string) => {
    const check = target(name);
    return check === undefined ? ['', ''] : [check.target, check.met ? '✓' : '✗'];
  };
  const s = totals.speakers;
  const h = totals.headings;
  const rows: string[][] = [
    ['article detection accuracy', number(totals.detection.accuracy), `${totals.detection.correct}/${totals.detection.total} pages`, '', ''],
    ['speakers precision', number(s.precision), `${s.hits}/${s.predicted} predicted`, '', ''],
    ['speakers recall', number(s.recall), `${s.hits}/${s.gold} gold`, '', ''],
    ['speaker F1', number(s.f1), '', ...mark('speaker F1')],
    ['role accuracy', number(totals.role.accuracy), `${totals.role.correct}/${totals.role.total} matched with a gold role`, ...mark('role accuracy')],
    ['org accuracy', number(totals.org.accuracy), `${totals.org.correct}/${totals.org.total} matched with a gold org`, ...mark('org accuracy')],
    ['quote-count MAE', number(totals.quoteMae.mae), `over ${totals.quoteMae.count} matched speakers`, ...mark('quote-count MAE')],
    ['headings precision', number(h.precision), `${h.hits}/${h.predicted} predicted`, '', ''],
    ['headings recall', number(h.recall), `${h.hits}/${h.gold} gold, ${h.pages} pages scored`, '', ''],
    ['headings F1', number(h.f1), '', ...mark('headings F1')],
    ['key terms P@10', number(totals.terms.precision), `${totals.terms.hits}/${totals.terms.slots} slots`, ...mark('key terms P@10')],
    ['  peer P@10 (jieba / retext-keywords)', number(totals.peerTerms.precision), `${totals.peerTerms.hits}/${totals.peerTerms.slots} slots`, '', ''],
    ['  ours ÷ peer', number(totals.termsRatio), '', ...mark('key terms P@10 ÷ peer')],
    ...Object.entries(totals.termsByLang).map(([lang, figures]) => [`  ${lang} pages: ours / peer`, `${number(figures.precision)} / ${number(figures.peerPrecision)}`, `${figures.pages} pages; peer ${lang === 'zh' ? 'jieba TF-IDF' : 'retext-keywords'}`, '', '']),
    ['published date accuracy', number(totals.date.accuracy), `${totals.date.correct}/${totals.date.total} pages with a gold date`, ...mark('published date accuracy')],
    ['summary P / R / F1', `${number(totals.summary.precision)} / ${number(totals.summary.recall)} / ${number(totals.summary.f1)}`, `${totals.summary.predictedHits}/${totals.summary.predicted} sentences, ${totals.summary.goldHits}/${totals.summary.gold} key sentences`, '', ''],
    ['  lead-3 baseline P / R / F1', `${number(totals.lead3.precision)} / ${number(totals.lead3.recall)} / ${number(totals.lead3.f1)}`, `${totals.lead3.predictedHits}/${totals.lead3.predicted} sentences, ${totals.lead3.goldHits}/${totals.lead3.gold} key sentences`, '', ''],
    ['analysis ms (median / max)', `${number(totals.ms.analyzeMedian, 1)} / ${number(totals.ms.analyzeMax, 1)}`, `extraction max ${number(totals.ms.extractMax, 1)} ms`, '', ''],
  ];
  if (seedMismatches !== undefined) {
    rows.push(['seed page: every labelled value exact', `${seedMismatches.length} off`, seedMismatches.length === 0 ? '' : 'see --page seed/article', 'exact', seedMismatches.length === 0 ? '✓' : '✗']);
  }
  const met = targets.filter((check) => check.met).length + (seedMismatches?.length === 0 ? 1 : 0);
  const all = targets.length + (seedMismatches === undefined ? 0 : 1);
  return [
    `Totals over ${totals.pages} labelled pages (micro-averaged: counts summed over pages, then divided)${totals.errors > 0 ? `, ${totals.errors} page(s) failed` : ''}`,
    table(['metric', 'ours', 'counts', 'target', ''], rows),
    `targets met: ${met}/${all}`,
  ].join('\n');
}

const tick = (ok: boolean) => (ok ? '✓' : '✗');

/** One page in detail: predicted against gold, for debugging the analysis. */
export function formatPageDetails(run: PageRun, figures: PageFigures, seedMismatches: readonly string[] | undefined): string {
  const { gold } = run.page;
  const response = run.response;
  const out: string[] = [];
  out.push(`# ${gold.id}  (${run.page.file})`);
  out.push(`url: ${run.url ?? '—'}`);
  if (run.error !== undefined) out.push(`ERROR ${run.error}`);
  out.push(`detection: ${run.detection ? `${run.detection.isArticle} (score ${run.detection.score.toFixed(2)}; ${run.detection.reasons.join('; ')})` : '—'}  gold: ${gold.is_article}`);
  out.push(`blocks: ${run.request?.blocks.length ?? 0}, lang: ${response?.lang ?? '—'} (gold ${gold.lang}), analysis ${run.analyzeMs.toFixed(1)} ms`);
  out.push(`title:  ${response?.title ?? '—'}`);
  out.push(`gold:   ${gold.title}`);
  for (const warning of response?.warnings ?? []) out.push(`warning: ${warning}`);

  out.push('', `## Speakers  P ${number(figures.speakers.precision)}  R ${number(figures.speakers.recall)}  F1 ${number(figures.speakers.f1)}`);
  const pairs = speakerPairs(response, gold);
  for (const [predicted, goldSpeaker] of pairs) {
    const roleOk = goldSpeaker.role === '' ? '' : ` ${tick(matchAttribute(predicted.role, goldSpeaker.role))}`;
    const orgOk = goldSpeaker.org === '' ? '' : ` ${tick(matchAttribute(predicted.org, goldSpeaker.org))}`;
    out.push(`✓ ${predicted.name}${predicted.aliases.length ? ` [${predicted.aliases.join(', ')}]` : ''}  ⇔ gold ${goldSpeaker.name}${goldSpeaker.aliases.length ? ` [${goldSpeaker.aliases.join(', ')}]` : ''}`);
    out.push(`    role ${JSON.stringify(predicted.role)} / gold ${JSON.stringify(goldSpeaker.role)}${roleOk}`);
    out.push(`    org  ${JSON.stringify(predicted.org)} / gold ${JSON.stringify(goldSpeaker.org)}${orgOk}`);
    out.push(`    quotes ${predicted.quotes.length} / gold ${goldSpeaker.quotes}; first ${JSON.stringify(predicted.quotes[0]?.text.slice(0, 40) ?? null)} / gold ${JSON.stringify(goldSpeaker.first_quote)}`);
  }
  const pairedPredicted = new Set(pairs.map(([predicted]) => predicted));
  const pairedGold = new Set(pairs.map(([, goldSpeaker]) => goldSpeaker));
  for (const predicted of response?.speakers ?? []) {
    if (pairedPredicted.has(predicted)) continue;
    out.push(`✗ extra   ${predicted.name} (role ${JSON.stringify(predicted.role)}, org ${JSON.stringify(predicted.org)}, ${predicted.quotes.length} quotes; first ${JSON.stringify(predicted.quotes[0]?.text.slice(0, 40) ?? null)})`);
  }
  for (const goldSpeaker of gold.speakers) {
    if (pairedGold.has(goldSpeaker)) continue;
    out.push(`✗ missing ${goldSpeaker.name} (role ${JSON.stringify(goldSpeaker.role)}, org ${JSON.stringify(goldSpeaker.org)}, ${goldSpeaker.quotes} quotes; first ${JSON.stringify(goldSpeaker.first_quote)})`);
  }
  out.push(`org speakers: ${JSON.stringify((response?.orgSpeakers ?? []).map((org) => `${org.name} (${org.quotes.length})`))}  gold: ${JSON.stringify(gold.org_speakers)}`);

  out.push('', `## Headings  ${gold.headings === null ? 'not scored (gold: bare-number sections)' : `P ${number(figures.headings?.precision ?? null)}  R ${number(figures.headings?.recall ?? null)}  F1 ${number(figures.headings?.f1 ?? null)}`}`);
  const headings = predictedHeadings(response);
  const headingPartners = pairHeadings(headings, gold.headings ?? []);
  let headingIndex = 0;
  for (const item of response?.outline ?? []) {
    // Topic items are titled by us and never scored; the others are paired in outline order.
    const mark = item.kind === 'topic' ? '·' : tick((headingPartners[headingIndex++] ?? -1) >= 0);
    out.push(`${mark} [${item.kind} h${item.level}] ${item.title}  — ${item.gist.slice(0, 60)}`);
  }
  (gold.headings ?? []).forEach((heading, index) => {
    if (!headingPartners.includes(index)) out.push(`✗ missing ${heading}`);
  });

  const terms = predictedTerms(response);
  const termPartners = pairHeadings(terms, gold.key_terms);
  const peerPartners = pairHeadings(run.peerTerms, gold.key_terms);
  out.push('', `## Key terms  ours P@${TERMS_K} ${number(figures.terms.precision)}  peer ${number(figures.peerTerms.precision)}`);
  out.push(`ours: ${terms.map((term, index) => `${term}${tick((termPartners[index] ?? -1) >= 0)}`).join('  ')}`);
  out.push(`peer: ${run.peerTerms.map((term, index) => `${term}${tick((peerPartners[index] ?? -1) >= 0)}`).join('  ')}`);
  out.push(`gold (✓ = in our top ${TERMS_K}): ${gold.key_terms.map((term, index) => `${term}${tick(termPartners.includes(index))}`).join('  ')}`);

  out.push('', '## Meta');
  const meta = response?.meta;
  out.push(`source    ${JSON.stringify(meta?.source ?? null)} / gold ${JSON.stringify(gold.meta.source ?? null)}`);
  out.push(`published ${JSON.stringify(meta?.publishedAt ?? null)} / gold ${JSON.stringify(gold.meta.published ?? null)}${gold.meta.published ? ` ${tick(datePrefix(meta?.publishedAt) === gold.meta.published)}` : ''}`);
  out.push(`authors   ${JSON.stringify(meta?.authors ?? [])} / gold ${JSON.stringify(gold.meta.authors ?? [])}`);
  out.push(`editor    ${JSON.stringify(meta?.editor ?? null)} / gold ${JSON.stringify(gold.meta.editor ?? null)}`);

  const keySentences = gold.key_sentences ?? [];
  const bestOverlap = (sentence: string) => Math.max(0, ...keySentences.map((key) => bigramOverlap(sentence, key)));
  out.push('', `## Summary  P ${number(figures.summary.precision)}  R ${number(figures.summary.recall)}  F1 ${number(figures.summary.f1)}   (lead-3 F1 ${number(figures.lead3.f1)})`);
  for (const sentence of response?.summary ?? []) {
    const overlap = bestOverlap(sentence.text);
    out.push(`${tick(overlap >= SUMMARY_MATCH_MIN_OVERLAP)} ${overlap.toFixed(2)} [${sentence.blockId}] ${sentence.text.slice(0, 100)}`);
  }
  for (const key of keySentences) {
    const found = (response?.summary ?? []).some((sentence) => bigramOverlap(sentence.text, key) >= SUMMARY_MATCH_MIN_OVERLAP);
    if (!found) out.push(`✗ missing key sentence: ${key.slice(0, 100)}`);
  }
  if (seedMismatches !== undefined) {
    out.push('', `## Exact labelled values: ${seedMismatches.length === 0 ? 'all exact ✓' : `${seedMismatches.length} off`}`);
    for (const mismatch of seedMismatches) out.push(`✗ ${mismatch}`);
  }
  return out.join('\n');
}

