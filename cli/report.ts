import type { AnalyzeOutcome, DetectOutcome } from './run-input.ts';

/** How many terms and summary sentences the readable report shows. */
const TOP_TERMS = 10;

/** The readable (non-JSON) report for one analysed page. Plain text: fine for terminals and pipes. */
export function formatAnalyzeReport(outcome: AnalyzeOutcome): string {
  const lines: string[] = [`== ${outcome.input}`];
  if (outcome.detection) {
    lines.push(`article: ${outcome.detection.isArticle ? 'yes' : 'no'} (score ${outcome.detection.score.toFixed(2)})`);
  }
  const analysis = outcome.analysis;
  if (!analysis) {
    if (outcome.error) lines.push(`error: ${outcome.error.message}`);
    return lines.join('\n');
  }
  lines.push(`title:  ${analysis.title || '(none)'}`);
  lines.push(`lang:   ${analysis.lang}`);
  const meta = analysis.meta;
  const metaParts = [
    meta.source && `source ${meta.source}`,
    meta.publishedAt && `published ${meta.publishedAt}`,
    meta.authors.length > 0 && `by ${meta.authors.join(', ')}`,
    meta.editor && `editor ${meta.editor}`,
  ].filter(Boolean);
  lines.push(`meta:   ${metaParts.length > 0 ? metaParts.join(' · ') : '(none)'}`);
  lines.push('', 'Summary:');
  if (analysis.summary.length === 0) lines.push('  (none)');
  for (const sentence of analysis.summary) lines.push(`  - ${sentence.text}`);
  lines.push('', 'Outline:');
  if (analysis.outline.length === 0) lines.push('  (none)');
  for (const item of analysis.outline) {
    lines.push(`  ${'  '.repeat(Math.max(0, item.level - 1))}• ${item.title}${item.gist ? ` — ${item.gist}` : ''}`);
  }
  lines.push('', 'Speakers:');
  if (analysis.speakers.length === 0 && analysis.orgSpeakers.length === 0) lines.push('  (none)');
  for (const speaker of analysis.speakers) {
    const who = [speaker.role, speaker.org].filter(Boolean).join(', ');
    lines.push(`  ${speaker.name}${who ? ` (${who})` : ''}: ${speaker.quotes.length} quote${speaker.quotes.length === 1 ? '' : 's'}`);
  }
  for (const org of analysis.orgSpeakers) lines.push(`  ${org.name} [organisation]: ${org.quotes.length} quote${org.quotes.length === 1 ? '' : 's'}`);
  lines.push('', 'Top terms:');
  const terms = analysis.terms.slice(0, TOP_TERMS).map((term) => `${term.term} (${term.count})`);
  lines.push(`  ${terms.length > 0 ? terms.join(', ') : '(none)'}`);
  const warnings = [...outcome.warnings, ...(analysis.warnings ?? [])];
  if (warnings.length > 0) lines.push('', `Warnings: ${warnings.join('; ')}`);
  lines.push(`(${analysis.stats.chars} chars, ${analysis.stats.sentences} sentences, ${analysis.stats.ms.toFixed(0)} ms)`);
  return lines.join('\n');
}

/** One readable line per detected page. */
export function formatDetectReport(outcome: DetectOutcome): string {
  if (!outcome.detection) return `${outcome.input}: error: ${outcome.error?.message ?? 'failed'}`;
  const { isArticle, score, reasons } = outcome.detection;
  return `${outcome.input}: ${isArticle ? 'article' : 'not an article'} (score ${score.toFixed(2)})\n  ${reasons.join('\n  ')}`;
}
