import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { el, emptyNote, panel } from './dom.ts';
import type { Labels } from './labels.ts';

/** The summary first: a few sentences of the article itself, in article order. */
export function renderSummaryPanel(analysis: AnalyzeResponse, labels: Labels): HTMLElement {
  if (analysis.summary.length === 0) return panel('summary', labels.summary, [emptyNote(labels.noSummary)]);
  return panel('summary', labels.summary, [
    el('div', { className: 'al-summary', attrs: { lang: analysis.lang } },
      analysis.summary.map((sentence) => el('p', {}, [sentence.text]))),
  ]);
}
