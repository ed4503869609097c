/**
 * The background: the only place that talks to the Worker (host permissions live here, and the page's
 * CSP cannot block it), and the toolbar button's handler. Kept thin: the client and the message map do
 * the work.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { requestAnalysis } from '../background/analyze-client.ts';
import { handleMessages, sendToTab, type BackgroundMessages } from '../messaging.ts';
import { workerUrlItem } from '../storage.ts';

export default defineBackground(() => {
  handleMessages<BackgroundMessages>({
    analyze: async ({ request }) => requestAnalysis(await workerUrlItem.getValue(), request),
  });

  // MV3 calls it `action`, Firefox's MV2 build `browserAction`.
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    // Pages without our content script (browser pages, the web store, tabs opened before install)
    // reject the message; there is nothing to open there.
    sendToTab(tab.id, 'toggle-sidebar', undefined).catch(() => {});
  });
});
