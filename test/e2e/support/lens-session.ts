import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './launch-chromium.ts';
import { servePages, type PageRoute, type PageServer } from './serve-pages.ts';
import { startWorker, type RunningWorker } from './start-worker.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Every overlay part lives in the `article-lens` host's open shadow root; Playwright's CSS pierces it. */
export const part = (name: string) => `article-lens [data-part="${name}"]`;

export interface LensSession {
  pages: PageServer;
  worker: RunningWorker;
  browser: ExtensionBrowser;
  /** A new tab that records errors from the extension into `errors`. */
  newPage(errors: string[]): Promise<Page>;
  /** Points the extension at another Worker. */
  setWorkerUrl(url: string): Promise<void>;
  /** Sets settings as the options page would (`sync:` storage items: launcher, language, theme). */
  setSettings(items: Record<string, string>): Promise<void>;
  /** What the toolbar button does: the background messages the tab's content script. */
  clickToolbarButton(pageUrl: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole product for one test file: test pages on 127.0.0.1, the Worker under wrangler dev, and
 * Chromium with the built extension pointed at that Worker.
 */
export async function startLensSession(routes: Record<string, PageRoute>, options: { workerEnv?: string } = {}): Promise<LensSession> {
  const pages = await servePages(routes);
  const worker = await startWorker(repoRoot, { env: options.workerEnv }).catch(async (error: unknown) => {
    await pages.close();
    throw error;
  });
  const browser = await launchWithExtension(path.join(repoRoot, 'extension/.output/chrome-mv3')).catch(async (error: unknown) => {
    await worker.stop();
    await pages.close();
    throw error;
  });
  // The storage item 'sync:workerUrl', set as the options page would.
  const setWorkerUrl = async (url: string) => {
    await browser.serviceWorker.evaluate(async (workerUrl) => {
      await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.set({ workerUrl });
    }, url);
  };
  await setWorkerUrl(worker.url);

  return {
    pages,
    worker,
    browser,
    setWorkerUrl,
    async setSettings(items) {
      await browser.serviceWorker.evaluate(async (values) => {
        await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.set(values);
      }, items);
    },
    async newPage(errors) {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      // Console errors from this extension's own scripts (a page's missing favicon is not ours, nor a
      // saved page's reference to some other extension, which Chrome reports as chrome-extension://invalid/).
      const ourOrigin = new URL(browser.serviceWorker.url()).origin;
      page.on('console', (message) => {
        const fromExtension = message.location().url.startsWith(`${ourOrigin}/`) || message.text().includes('[Article Lens]');
        if (message.type() === 'error' && fromExtension) errors.push(`console: ${message.text()} @ ${message.location().url}`);
      });
      return page;
    },
    async clickToolbarButton(pageUrl) {
      await browser.serviceWorker.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        const [tab] = await chrome.tabs.query({ url });
        if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
        await chrome.tabs.sendMessage(tab.id, { type: 'toggle-sidebar', data: undefined }, { frameId: 0 });
      }, pageUrl);
    },
    async close() {
      await browser.close();
      await worker.stop();
      await pages.close();
    },
  };
}

/**
 * The few chrome.* calls the tests make inside the service worker (functions passed to `evaluate` run
 * there, so they can only name types, not helpers from this file).
 */
interface ChromeApi {
  storage: { sync: { set(items: object): Promise<void> } };
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}
