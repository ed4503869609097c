import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { el, emptyNote, panel } from './dom.ts';
import type { Labels } from './labels.ts';
import type { SidebarActions } from './types.ts';

/**
 * Key terms as chips, best first. When the host can highlight them, each chip is a toggle button
 * (`aria-pressed`): one click highlights every occurrence in the page, a second click (or another
 * chip) turns it off. The chips update their pressed state in place, so a click does not rebuild the
 * sidebar (which would close the open quote lists and move focus).
 */
export function renderTermsPanel(analysis: AnalyzeResponse, labels: Labels, actions: SidebarActions, activeTerm: string | null = null): HTMLElement {
  if (analysis.terms.length === 0) return panel('terms', labels.terms, [emptyNote(labels.noTerms)]);
  const { onTermClick } = actions;
  const buttons: HTMLButtonElement[] = [];
  const chips = analysis.terms.map((term) => {
    const title = onTermClick ? labels.termHint(term.count) : `×${term.count}`;
    if (!onTermClick) return el('li', {}, [el('span', { className: 'al-chip', attrs: { title } }, [term.term])]);
    const button = el('button', {
      className: 'al-chip',
      attrs: { type: 'button', title, 'aria-pressed': String(term.term === activeTerm), 'data-term': term.term },
      onClick: () => {
        const active = onTermClick(term.term) === true;
        for (const other of buttons) other.setAttribute('aria-pressed', String(active && other === button));
      },
    }, [term.term]);
    buttons.push(button);
    return el('li', {}, [button]);
  });
  return panel('terms', labels.terms, [el('ul', { className: 'al-chips', attrs: { lang: analysis.lang } }, chips)]);
}
