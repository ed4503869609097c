import { el } from './dom.ts';
import type { Labels } from './labels.ts';
import type { SidebarActions } from './types.ts';

/** A failed analysis: what went wrong in words, the machine code for bug reports, and a retry. */
export function renderErrorPanel(code: string, message: string, labels: Labels, actions: SidebarActions): HTMLElement {
  const { onRetry } = actions;
  return el('section', { className: 'al-panel al-error', part: 'error', attrs: { role: 'alert' } }, [
    el('h2', { className: 'al-panel-title' }, [labels.errorTitle]),
    el('p', {}, [message]),
    el('p', { className: 'al-error-code' }, [el('code', {}, [code])]),
    ...(onRetry ? [el('button', { className: 'al-button', attrs: { type: 'button' }, onClick: () => onRetry() }, [labels.retry])] : []),
  ]);
}
