/**
 * Issue 4 item 3, in real Chromium with the built extension: what runs on every page is only the
 * small content script (detection and the launcher); extraction and the sidebar — the reader module,
 * content-scripts/reader.js — load only when the reader opens an article. Observed with the DevTools
 * protocol's list of parsed scripts, which covers the content script's isolated world. Needs
 * `npm run build:extension` first.
 */
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';
import { NO_PAGE_SCRIPTS } from './support/serve-pages.ts';

const seedPath = '/qhyw/2023-09/26/article.html';
const linkListPath = '/world/';
let session: LensSession;

beforeAll(async () => {
  session = await startLensSession({
    // A strict page policy: the reader module is imported by the content script, which the page's CSP does not govern.
    [seedPath]: { file: path.resolve(repoRoot, '../shared/seed/article.html'), headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } },
    [linkListPath]: { file: path.join(import.meta.dirname, 'fixtures/link-list.html'), headers: NO_PAGE_SCRIPTS },
  });
});

afterAll(async () => {
  await session?.close();
});

/** Every script the page's renderer parsed (all worlds), as URLs, collected from the moment of the call. */
async function parsedScripts(page: Page): Promise<{ urls: string[]; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url) urls.push(url);
  });
  // Enabling reports the scripts parsed so far, then each new one.
  await cdp.send('Debugger.enable');
  return { urls, cdp };
}

const isContentScript = (url: string) => url.startsWith('chrome-extension://') && url.endsWith('/content-scripts/content.js');
const isReader = (url: string) => url.startsWith('chrome-extension://') && url.endsWith('/content-scripts/reader.js');

describe('the reader module', () => {
  const errors: string[] = [];

  test('is not loaded on an article until the reader opens it, then loads once', async () => {
    const page = await session.newPage(errors);
    try {
      await page.goto(`${session.pages.origin}${seedPath}`, { waitUntil: 'load' });
      await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 15_000 });
      const { urls, cdp } = await parsedScripts(page);
      expect(urls.filter(isContentScript)).toHaveLength(1);
      expect(urls.filter(isReader)).toEqual([]);

      await page.locator(part('launcher')).click();
      await page.locator(part('outline')).waitFor({ state: 'visible', timeout: 30_000 });
      expect(urls.filter(isReader)).toHaveLength(1);
      // Close and open again: the module is already there.
      await page.keyboard.press('Escape');
      await page.locator(part('launcher')).click();
      await page.locator(part('outline')).waitFor({ state: 'visible', timeout: 30_000 });
      expect(urls.filter(isReader)).toHaveLength(1);
      await cdp.detach();
    } finally {
      await page.close();
    }
    expect(errors).toEqual([]);
  });

  test('is never loaded on a page that is not an article', async () => {
    const page = await session.newPage(errors);
    try {
      await page.goto(`${session.pages.origin}${linkListPath}`, { waitUntil: 'load' });
      const { urls, cdp } = await parsedScripts(page);
      await expect.poll(() => urls.filter(isContentScript).length, { timeout: 10_000 }).toBe(1);
      // Time for a wrongly eager load to show up.
      await page.waitForTimeout(1_000);
      expect(urls.filter(isReader)).toEqual([]);
      await expect(page.locator('article-lens').count()).resolves.toBe(0);
      // Nor can the page load it by the extension's fixed ID (to learn that the extension is installed):
      // Chrome serves it to pages only under a per-session URL (use_dynamic_url).
      const readerUrl = new URL('/content-scripts/reader.js', session.browser.serviceWorker.url()).href;
      await expect(page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'refused'), readerUrl)).resolves.toBe('refused');
      await cdp.detach();
    } finally {
      await page.close();
    }
    expect(errors).toEqual([]);
  });
});
