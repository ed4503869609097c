import { el, panel } from './dom.ts';
import type { Labels } from './labels.ts';
import { analysisToMarkdown, type MarkdownSource } from './markdown.ts';
import type { SidebarActions } from './types.ts';

/**
 * Sharing. For now one control: copy the outline as Markdown (share links come with POST /v1/shares).
 * A polite live region announces whether the copy worked.
 */
export function renderSharePanel(source: MarkdownSource, labels: Labels, actions: SidebarActions): HTMLElement | null {
  const { onCopyMarkdown } = actions;
  if (!onCopyMarkdown) return null;
  const status = el('p', { className: 'al-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = el('button', {
    className: 'al-button',
    attrs: { type: 'button' },
    onClick: () => {
      status.textContent = '';
      void onCopyMarkdown(analysisToMarkdown(source)).then((copied) => {
        status.textContent = copied ? labels.copied : labels.copyFailed;
      });
    },
  }, [labels.copyMarkdown]);
  return panel('share', labels.share, [el('div', { className: 'al-share-row' }, [button, status])]);
}
