import { el } from './dom.ts';
import type { Labels } from './labels.ts';

/**
 * A visible note above the panels when the analysis ran in the browser because the Worker failed, so the
 * reader knows why (and that nothing was sent). The Worker's words stay available in the tooltip.
 */
export function renderLocalNote(local: { code: string; message: string }, labels: Labels): HTMLElement {
  return el('section', { className: 'al-note', part: 'local-note', attrs: { role: 'note', 'aria-label': labels.localTitle, title: local.message } }, [
    el('p', { className: 'al-note-title' }, [labels.localTitle]),
    el('p', {}, [labels.localNote(local.code)]),
  ]);
}
