/**
 * The content script, kept thin: read the settings, detect → (article) show the launcher or open, per
 * the setting → on the launcher, the toolbar button, the shortcut or the context menu: extract, ask the
 * background to analyse, show the sidebar. Its lifetime is WXT's `ctx`: the UI and the setting
 * watchers go away when the extension is reloaded, and the overlay starts over on SPA navigation.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../shared/page/detect.ts';
import { LensOverlay, type OverlaySettings } from '../content/lens-overlay.ts';
import { readSettings, watchSettings } from '../content/watch-settings.ts';
import { interfaceLocale } from '../interface-locale.ts';
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
  // WXT would also announce every start to the page with window.postMessage (kept by WXT only for
  // compatibility; it detects older copies of this script through a DOM event now). Pages need not
  // learn that the extension is here, and their message listeners need not see our traffic.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const browserLanguage = browser.i18n?.getUILanguage?.() ?? navigator.language;
    const stored = await readSettings();
    let settings: OverlaySettings = { launcher: stored.launcher, locale: interfaceLocale(stored.language, browserLanguage), theme: stored.theme };
    let overlay = await startOverlay();

    async function startOverlay(): Promise<LensOverlay> {
      const next = new LensOverlay(ctx, detectArticle(document, location.href), settings);
      await next.start();
      return next;
    }

    ctx.onInvalidated(watchSettings(({ launcher, language, theme }) => {
      const change: Partial<OverlaySettings> = {
        ...(launcher && { launcher }),
        ...(language && { locale: interfaceLocale(language, browserLanguage) }),
        ...(theme && { theme }),
      };
      settings = { ...settings, ...change };
      overlay.applySettings(change);
    }));

    ctx.onInvalidated(handleMessages<ContentMessages>({
      'toggle-sidebar': () => overlay.toggle(),
      'open-sidebar': () => overlay.open(),
    }));

    let restartTimer: number | undefined;
    let overlayUrl = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // WXT reports every Navigation API `navigate` event, also ones that never change the page: a
      // download (our own "Save as image" clicks an <a download>) or a cancelled navigation. Those leave
      // location.href as it was once the event is over; only a real URL change starts over.
      ctx.setTimeout(() => {
        if (location.href === overlayUrl) return;
        overlayUrl = location.href;
        overlay.remove();
        // Several quick URL changes (redirects, tab switches in the page) start over only once.
        window.clearTimeout(restartTimer);
        restartTimer = ctx.setTimeout(() => {
          overlayUrl = location.href;
          void startOverlay().then((next) => {
            overlay = next;
          });
        }, SPA_SETTLE_MS);
      }, 0);
    });
  },
});
