/**
 * The content script, kept thin: detect → (article) show the launcher → on the launcher or the toolbar
 * button: extract, ask the background to analyse, show the sidebar. Its lifetime is WXT's `ctx`: the UI
 * goes away when the extension is reloaded, and starts over on SPA navigation.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../shared/page/detect.ts';
import { LensOverlay } from '../content/lens-overlay.ts';
import { handleMessages, type ContentMessages } from '../messaging.ts';
// Both stylesheets end up inside the shadow root only (cssInjectionMode 'ui').
import '../sidebar/styles.css';
import '../content/overlay.css';

/** SPA pages render the new article after the URL changes; give them a moment before detecting again. */
const SPA_SETTLE_MS = 700;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let overlay = await startOverlay();

    async function startOverlay(): Promise<LensOverlay> {
      const next = new LensOverlay(ctx, detectArticle(document, location.href));
      await next.start();
      return next;
    }

    ctx.onInvalidated(handleMessages<ContentMessages>({
      'toggle-sidebar': () => overlay.toggle(),
    }));

    let restartTimer: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      overlay.remove();
      // Several quick URL changes (redirects, tab switches in the page) start over only once.
      window.clearTimeout(restartTimer);
      restartTimer = ctx.setTimeout(() => {
        void startOverlay().then((next) => {
          overlay = next;
        });
      }, SPA_SETTLE_MS);
    });
  },
});
