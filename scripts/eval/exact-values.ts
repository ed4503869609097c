import { fold, pairSpeakers } from './score.ts';
import type { PageRun } from './run-page.ts';
import { datePrefix, predictedHeadings } from './score-page.ts';

/** The page whose every labelled value must be exact (issue 3 item 2). */
export const SEED_PAGE_ID = 'seed/article';

const same = (a: string | null | undefined, b: string | null | undefined) => fold(a ?? '') === fold(b ?? '');
const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = [...new Set(a.map(fold))].sort();
  const y = [...new Set(b.map(fold))].sort();
  return x.length === y.length && x.every((value, index) => value === y[index]);
};

/**
 * Every labelled value of a page that our analysis does not reproduce exactly (after folding):
 * title, headings (in order), each speaker's name, role, org, quote count and first quote, the
 * speaking organisations, and the metadata. Key terms and summary sentences are rankings and choices,
 * not values, and are scored by P@10 and F1 instead. An empty list means the page is exact.
 */
export function exactValueMismatches(run: PageRun): string[] {
  const { gold } = run.page;
  const response = run.response;
  if (response === undefined) return [`no analysis (${run.error ?? 'unknown error'})`];
  const mismatches: string[] = [];
  if (!same(response.title, gold.title)) mismatches.push(`title: ${JSON.stringify(response.title)} ≠ ${JSON.stringify(gold.title)}`);
  if (gold.headings !== null) {
    const headings = predictedHeadings(response);
    const inOrder = headings.length === gold.headings.length && headings.every((heading, index) => same(heading, gold.headings?.[index]));
    if (!inOrder) mismatches.push(`headings: ${JSON.stringify(headings)} ≠ ${JSON.stringify(gold.headings)}`);
  }
  const pairs = pairSpeakers(response.speakers, gold.speakers);
  const pairedGold = new Set(pairs.map(([, goldSpeaker]) => goldSpeaker));
  const pairedPredicted = new Set(pairs.map(([predicted]) => predicted));
  for (const goldSpeaker of gold.speakers) if (!pairedGold.has(goldSpeaker)) mismatches.push(`speaker missing: ${goldSpeaker.name}`);
  for (const predicted of response.speakers) if (!pairedPredicted.has(predicted)) mismatches.push(`speaker extra: ${predicted.name}`);
  for (const [predicted, goldSpeaker] of pairs) {
    const who = goldSpeaker.name;
    if (!same(predicted.name, goldSpeaker.name)) mismatches.push(`${who} name: ${JSON.stringify(predicted.name)}`);
    if (!same(predicted.role, goldSpeaker.role)) mismatches.push(`${who} role: ${JSON.stringify(predicted.role)} ≠ ${JSON.stringify(goldSpeaker.role)}`);
    if (!same(predicted.org, goldSpeaker.org)) mismatches.push(`${who} org: ${JSON.stringify(predicted.org)} ≠ ${JSON.stringify(goldSpeaker.org)}`);
    if (predicted.quotes.length !== goldSpeaker.quotes) mismatches.push(`${who} quotes: ${predicted.quotes.length} ≠ ${goldSpeaker.quotes}`);
    const firstQuote = fold(predicted.quotes[0]?.text ?? '');
    if (!firstQuote.includes(fold(goldSpeaker.first_quote))) mismatches.push(`${who} first quote: ${JSON.stringify(predicted.quotes[0]?.text.slice(0, 30) ?? null)} does not contain ${JSON.stringify(goldSpeaker.first_quote)}`);
  }
  const orgSpeakers = response.orgSpeakers.map((org) => org.name);
  if (!sameSet(orgSpeakers, gold.org_speakers)) mismatches.push(`org speakers: ${JSON.stringify(orgSpeakers)} ≠ ${JSON.stringify(gold.org_speakers)}`);
  const meta = response.meta;
  if (gold.meta.source && !same(meta.source, gold.meta.source)) mismatches.push(`source: ${JSON.stringify(meta.source)} ≠ ${JSON.stringify(gold.meta.source)}`);
  if (gold.meta.published && datePrefix(meta.publishedAt) !== gold.meta.published) mismatches.push(`published: ${JSON.stringify(meta.publishedAt)} ≠ ${gold.meta.published}`);
  if (gold.meta.authors && !sameSet(meta.authors, gold.meta.authors)) mismatches.push(`authors: ${JSON.stringify(meta.authors)} ≠ ${JSON.stringify(gold.meta.authors)}`);
  if (gold.meta.editor && !same(meta.editor, gold.meta.editor)) mismatches.push(`editor: ${JSON.stringify(meta.editor)} ≠ ${JSON.stringify(gold.meta.editor)}`);
  return mismatches;
}
