/**
 * The background: the only place that talks to the Worker (host permissions live here, and the page's
 * CSP cannot block it), the Worker's recent analyses (reused for the same page and content), the local
 * fallback analysis, the share links' delete tokens, the outline card image (work with no DOM need, kept
 * out of the content script), and the three ways to open the sidebar — the toolbar button, the keyboard
 * shortcut and the context menu. Kept thin: the clients and the message map do the work.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeWithFallback } from '../background/analyze-with-fallback.ts';
import { CONTEXT_MENU_ID, createContextMenu, watchMenuLanguage } from '../background/context-menu.ts';
import { cardFileName, outlineCardDataUrl } from '../background/outline-card.ts';
import { RecentAnalyses } from '../background/recent-analyses.ts';
import { recentAnalysesStore } from '../background/recent-analyses-store.ts';
import { createShare, deleteShare } from '../background/share-client.ts';
import { OPEN_COMMAND } from '../commands.ts';
import { LABELS } from '../sidebar/labels.ts';
import { handleMessages, sendToTab, type BackgroundMessages, type ContentMessages } from '../messaging.ts';
import { recentAnalysesItem, sharesItem, workerUrlItem } from '../storage.ts';

export default defineBackground(() => {
  const recent = new RecentAnalyses(recentAnalysesStore(recentAnalysesItem));
  handleMessages<BackgroundMessages>({
    analyze: async ({ request }) => analyzeWithFallback(await workerUrlItem.getValue(), request, { recent }),
    'create-share': async ({ url, analysis }) => {
      const outcome = await createShare(await workerUrlItem.getValue(), { url, analysis });
      if (!outcome.ok) return outcome;
      const { deleteToken, ...shown } = outcome;
      // The token is the only way to delete the share later; the page never sees it.
      await sharesItem.setValue({ ...(await sharesItem.getValue()), [outcome.id]: { url: outcome.url, articleUrl: url, deleteToken, expiresAt: outcome.expiresAt } });
      return shown;
    },
    'delete-share': async ({ id }) => {
      const saved = await sharesItem.getValue();
      const share = Object.hasOwn(saved, id) ? saved[id] : undefined;
      if (!share) return false;
      const deleted = await deleteShare(await workerUrlItem.getValue(), id, share.deleteToken);
      if (deleted) {
        const { [id]: _removed, ...rest } = saved;
        await sharesItem.setValue(rest);
      }
      return deleted;
    },
    'draw-outline-card': async ({ analysis, url, locale }) => {
      try {
        const labels = LABELS[locale === 'zh' ? 'zh' : 'en'];
        return { ok: true, dataUrl: await outlineCardDataUrl(analysis, url, labels), fileName: cardFileName(analysis.title) };
      } catch {
        return { ok: false };
      }
    },
  });

  // Pages without our content script (browser pages, the web store, tabs opened before install)
  // reject the message; there is nothing to open there.
  const tell = (tab: Browser.tabs.Tab | undefined, type: keyof ContentMessages) => {
    if (tab?.id === undefined) return;
    sendToTab(tab.id, type, undefined).catch(() => {});
  };

  // MV3 calls it `action`, Firefox's MV2 build `browserAction`.
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => tell(tab, 'toggle-sidebar'));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_COMMAND) return;
    if (tab) tell(tab, 'toggle-sidebar');
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => tell(active, 'toggle-sidebar'));
  });

  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.runtime.onStartup.addListener(() => void createContextMenu());
  watchMenuLanguage();
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ID) tell(tab, 'open-sidebar');
  });
});
