import { el, panel } from './dom.ts';
import type { Labels } from './labels.ts';
import { analysisToMarkdown, type MarkdownSource } from './markdown.ts';
import type { ShareLinkOutcome, SidebarActions } from './types.ts';

/**
 * Sharing: copy as Markdown, a share link (stored on the Worker), and a PNG card of the outline. Each
 * control appears only when the host provides its action. Outcomes are shown in place (the link row,
 * a polite live region), not by re-rendering the sidebar, so focus and open quote lists stay put.
 */
export function renderSharePanel(source: MarkdownSource, labels: Labels, actions: SidebarActions): HTMLElement | null {
  const { onCopyMarkdown, onCreateShareLink, onSaveImage } = actions;
  if (!onCopyMarkdown && !onCreateShareLink && !onSaveImage) return null;
  const status = el('p', { className: 'al-status', part: 'share-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const result = el('div', { className: 'al-share-result', part: 'share-result' });
  const say = (text: string) => {
    status.textContent = text;
  };

  const copyMarkdown = onCopyMarkdown
    ? () => {
        say('');
        void onCopyMarkdown(analysisToMarkdown(source)).then((copied) => say(copied ? labels.copied : labels.copyFailed));
      }
    : null;

  const buttons: HTMLElement[] = [];
  if (copyMarkdown) buttons.push(button(labels.copyMarkdown, 'copy-markdown', copyMarkdown));
  if (onCreateShareLink) {
    const shareButton = button(labels.shareLink, 'share-link', () => {
      shareButton.disabled = true;
      result.replaceChildren();
      say(labels.sharing);
      void onCreateShareLink().then((outcome) => {
        shareButton.disabled = false;
        say('');
        showShareOutcome(outcome, result, labels, actions, copyMarkdown, say);
      });
    });
    buttons.push(shareButton);
  }
  if (onSaveImage) {
    buttons.push(button(labels.saveImage, 'save-image', () => {
      say('');
      void onSaveImage().then((saved) => say(saved ? labels.imageSaved : labels.imageFailed));
    }));
  }
  return panel('share', labels.share, [el('div', { className: 'al-share-row' }, buttons), result, status]);
}

function button(text: string, part: string, onClick: () => void): HTMLButtonElement {
  return el('button', { className: 'al-button', part, attrs: { type: 'button' }, onClick }, [text]);
}

function showShareOutcome(
  outcome: ShareLinkOutcome,
  result: HTMLElement,
  labels: Labels,
  actions: SidebarActions,
  copyMarkdown: (() => void) | null,
  say: (text: string) => void,
): void {
  if (!outcome.ok) {
    // The KV store failed (503): no link today, but the outline can still travel as Markdown.
    const unavailable = outcome.code === 'unavailable';
    const note = el('p', { className: 'al-share-error', part: 'share-error', attrs: { role: 'alert' } }, [
      unavailable ? labels.shareUnavailable : labels.shareFailed(outcome.message),
    ]);
    const fallback = copyMarkdown ? button(labels.copyMarkdown, 'share-fallback-copy', copyMarkdown) : null;
    result.replaceChildren(note, ...(fallback ? [fallback] : []));
    fallback?.focus();
    return;
  }
  const { onCopyLink, onDeleteShareLink } = actions;
  const field = el('input', {
    className: 'al-link-field',
    part: 'share-url',
    attrs: { type: 'url', readonly: '', 'aria-label': labels.shareLinkLabel, spellcheck: 'false' },
  });
  field.value = outcome.url;
  field.addEventListener('focus', () => field.select());
  const controls: HTMLElement[] = [];
  if (onCopyLink) {
    controls.push(button(labels.copyLink, 'copy-link', () => {
      void onCopyLink(outcome.url).then((copied) => say(copied ? labels.linkCopied : labels.copyFailed));
    }));
  }
  if (onDeleteShareLink) {
    const deleteButton = button(labels.deleteLink, 'delete-link', () => {
      deleteButton.disabled = true;
      void onDeleteShareLink(outcome.id).then((deleted) => {
        if (deleted) {
          result.replaceChildren();
          say(labels.linkDeleted);
        } else {
          deleteButton.disabled = false;
          say(labels.deleteFailed);
        }
      });
    });
    deleteButton.classList.add('al-button-quiet');
    controls.push(deleteButton);
  }
  const expires = new Date(outcome.expiresAt);
  const expiryText = Number.isNaN(expires.getTime()) ? outcome.expiresAt : expires.toISOString().slice(0, 10);
  result.replaceChildren(
    el('div', { className: 'al-link-row' }, [field, ...controls]),
    el('p', { className: 'al-status' }, [labels.shareExpires(expiryText)]),
  );
  field.focus();
}
