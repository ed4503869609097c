import { el } from './dom.ts';
import type { Labels } from './labels.ts';
import type { SidebarActions } from './types.ts';

/**
 * The sidebar opened on a page detection did not judge an article: say so, and let the reader decide.
 * Nothing leaves the page until "Analyse anyway" is chosen.
 */
export function renderNotArticlePanel(labels: Labels, actions: SidebarActions): HTMLElement {
  const { onAnalyseAnyway } = actions;
  return el('section', { className: 'al-panel al-not-article', part: 'not-article', attrs: { 'aria-labelledby': 'article-lens-not-article-heading' } }, [
    el('h2', { className: 'al-panel-title', attrs: { id: 'article-lens-not-article-heading' } }, [labels.notArticleTitle]),
    el('p', {}, [labels.notArticleText]),
    ...(onAnalyseAnyway
      ? [el('button', { className: 'al-button', part: 'analyse-anyway', attrs: { type: 'button' }, onClick: () => onAnalyseAnyway() }, [labels.analyseAnyway])]
      : []),
  ]);
}
