import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { el, emptyNote, panel } from './dom.ts';
import type { Labels } from './labels.ts';
import type { SidebarActions } from './types.ts';

/** Key terms as chips, best first; buttons when the host can do something with a term. */
export function renderTermsPanel(analysis: AnalyzeResponse, labels: Labels, actions: SidebarActions): HTMLElement {
  if (analysis.terms.length === 0) return panel('terms', labels.terms, [emptyNote(labels.noTerms)]);
  const { onTermClick } = actions;
  const chips = analysis.terms.map((term) => {
    const title = `×${term.count}`;
    const chip = onTermClick
      ? el('button', { className: 'al-chip', attrs: { type: 'button', title }, onClick: () => onTermClick(term.term) }, [term.term])
      : el('span', { className: 'al-chip', attrs: { title } }, [term.term]);
    return el('li', {}, [chip]);
  });
  return panel('terms', labels.terms, [el('ul', { className: 'al-chips', attrs: { lang: analysis.lang } }, chips)]);
}
