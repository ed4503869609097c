/**
 * Renders the whole sidebar into `root` for one state: header, then the panels (summary first), or a
 * loading or error state. It replaces root's children on every call and holds no state, so hosts just
 * call it again when the state changes. Shared by the extension's overlay and the Worker's paste page:
 * no browser.* APIs here, everything the host does comes in as a callback.
 *
 * @example
 *   renderSidebar(container, { status: 'ready', analysis, url: location.href }, {
 *     onOutlineClick: (blockId) => elements.get(blockId)?.scrollIntoView({ behavior: 'smooth' }),
 *     onClose: () => overlay.close(),
 *   });
 */
import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { el } from './dom.ts';
import { renderErrorPanel } from './error.ts';
import { LABELS, type Labels } from './labels.ts';
import { renderLoading } from './loading.ts';
import { renderLocalNote } from './local-note.ts';
import { renderNotArticlePanel } from './not-article.ts';
import { renderOutlinePanel } from './outline.ts';
import { renderSharePanel } from './share.ts';
import { renderSpeakersPanel } from './speakers.ts';
import { renderSummaryPanel } from './summary.ts';
import { renderTermsPanel } from './terms.ts';
import type { RenderOptions, SidebarActions, SidebarState } from './types.ts';

export type { RenderOptions, SidebarActions, SidebarState } from './types.ts';

export function renderSidebar(root: HTMLElement, state: SidebarState, actions: SidebarActions, options: RenderOptions = {}): void {
  const locale = options.locale ?? 'en';
  const labels = LABELS[locale];
  const body = el('div', { className: 'al-body' });
  switch (state.status) {
    case 'loading':
      body.append(renderLoading(state.step, labels));
      break;
    case 'not-article':
      body.append(renderNotArticlePanel(labels, actions));
      break;
    case 'error':
      body.append(renderErrorPanel(state.code, state.message, labels, actions));
      break;
    case 'ready': {
      const { analysis } = state;
      const share = renderSharePanel({ analysis, url: state.url, locale }, labels, actions);
      body.append(
        ...(state.local ? [renderLocalNote(state.local, labels)] : []),
        renderSummaryPanel(analysis, labels),
        renderOutlinePanel(analysis, labels, actions),
        renderSpeakersPanel(analysis, labels, actions),
        renderTermsPanel(analysis, labels, actions, options.activeTerm ?? null),
        ...(share ? [share] : []),
        el('p', { className: 'al-stats' }, [labels.stats(analysis.stats.chars, analysis.stats.ms)]),
      );
      break;
    }
  }
  root.replaceChildren(
    renderHeader(state.status === 'ready' ? state.analysis : null, labels, actions),
    body,
  );
  root.setAttribute('aria-busy', String(state.status === 'loading'));
}

function renderHeader(analysis: AnalyzeResponse | null, labels: Labels, actions: SidebarActions): HTMLElement {
  const { onClose } = actions;
  const top = el('div', { className: 'al-header-top' }, [
    el('span', { className: 'al-brand' }, [labels.appName]),
    ...(onClose
      ? [el('button', { className: 'al-close', attrs: { type: 'button', 'aria-label': labels.close, title: labels.close }, onClick: () => onClose() }, ['×'])]
      : []),
  ]);
  const children: HTMLElement[] = [top];
  if (analysis) {
    children.push(el('h1', { className: 'al-title', attrs: { lang: analysis.lang } }, [analysis.title]));
    const meta = [
      analysis.meta.source,
      analysis.meta.publishedAt,
      analysis.meta.authors.length > 0 ? analysis.meta.authors.join(analysis.lang.startsWith('zh') ? '、' : ', ') : null,
      analysis.meta.editor ? `${labels.editor}: ${analysis.meta.editor}` : null,
    ].filter((part): part is string => Boolean(part));
    if (meta.length > 0) children.push(el('p', { className: 'al-meta', attrs: { lang: analysis.lang } }, [meta.join(' · ')]));
  }
  return el('header', { className: 'al-header' }, children);
}
