import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { el, emptyNote, panel } from './dom.ts';
import type { Labels } from './labels.ts';
import type { SidebarActions } from './types.ts';

/**
 * The outline: section titles with a one-line gist. Items are buttons when the host can scroll to the
 * section, plain text otherwise (the paste page has no page to scroll).
 */
export function renderOutlinePanel(analysis: AnalyzeResponse, labels: Labels, actions: SidebarActions): HTMLElement {
  if (analysis.outline.length === 0) return panel('outline', labels.outline, [emptyNote(labels.noOutline)]);
  const { onOutlineClick } = actions;
  const items = analysis.outline.map((item) => {
    const content = [
      el('span', { className: 'al-outline-title' }, [item.title]),
      ...(item.gist ? [el('span', { className: 'al-outline-gist' }, [item.gist])] : []),
    ];
    const body = onOutlineClick
      ? el('button', { className: 'al-outline-item', attrs: { type: 'button', title: labels.outlineHint }, onClick: () => onOutlineClick(item.blockId) }, content)
      : el('div', { className: 'al-outline-item' }, content);
    // Sub-sections indent by level, relative to the shallowest item.
    return el('li', { attrs: { 'data-level': String(item.level - minLevel(analysis) + 1), 'data-kind': item.kind } }, [body]);
  });
  return panel('outline', labels.outline, [el('ol', { className: 'al-outline', attrs: { lang: analysis.lang } }, items)]);
}

function minLevel(analysis: AnalyzeResponse): number {
  return Math.min(...analysis.outline.map((item) => item.level));
}
