/**
 * The sidebar's lifetime in real Chromium: the toolbar button opens it on any page (also one not judged
 * an article, which gets no launcher and keeps no trace once closed), and a single-page-app navigation
 * starts the overlay over on the new URL. An unreachable Worker shows an error with a working Retry.
 * The options page stores the Worker URL.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from './support/free-port.ts';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';

const linkListPath = '/world/';
const articlePath = '/qhyw/2023-09/26/article.html';

describe('toolbar button, SPA navigation, errors, options', () => {
  let session: LensSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await startLensSession({
      [linkListPath]: path.join(import.meta.dirname, 'fixtures/link-list.html'),
      [articlePath]: path.resolve(repoRoot, '../shared/seed/article.html'),
    });
    page = await session.newPage(pageErrors);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Clicks the toolbar button once the content script listens (it registers after detection). */
  async function toolbarButton(url: string): Promise<void> {
    await expect.poll(() => session.clickToolbarButton(url).then(() => 'answered', (error: Error) => error.message), { timeout: 10_000 })
      .toBe('answered');
  }

  test('on a page that is not an article: no launcher; the toolbar opens the sidebar and closes it without a trace', async () => {
    const url = `${session.pages.origin}${linkListPath}`;
    await page.goto(url, { waitUntil: 'load' });
    await toolbarButton(url);
    await page.locator(`${part('summary')}, ${part('error')}`).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(part('launcher')).isVisible()).resolves.toBe(false);

    await session.clickToolbarButton(url);
    await expect.poll(() => page.locator('article-lens').count()).toBe(0);
  });

  test('on an article, the toolbar toggles the sidebar; a pushState navigation closes it and starts over', async () => {
    const url = `${session.pages.origin}${articlePath}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 15_000 });
    await toolbarButton(url);
    await page.locator(`${part('summary')}, ${part('error')}`).first().waitFor({ state: 'visible', timeout: 30_000 });

    await page.evaluate(() => history.pushState({}, '', '/qhyw/2023-09/27/next.html'));
    await expect.poll(() => page.locator(`${part('summary')}, ${part('error')}`).count(), { timeout: 5_000 }).toBe(0);
    // The same DOM is still an article, so the launcher comes back, once.
    await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 10_000 });
    await expect(page.locator('article-lens').count()).resolves.toBe(1);
    expect(pageErrors).toEqual([]);
  });

  test('with the Worker unreachable the sidebar says so, and Retry recovers once it is back', async () => {
    // A port nothing listens on.
    await session.setWorkerUrl(`http://127.0.0.1:${await freePort()}`);
    try {
      await page.goto(`${session.pages.origin}${articlePath}`, { waitUntil: 'load' });
      await page.locator(part('launcher')).click({ timeout: 15_000 });
      const error = page.locator(part('error'));
      await error.waitFor({ state: 'visible', timeout: 30_000 });
      await expect(error.textContent()).resolves.toContain('network_error');
    } finally {
      await session.setWorkerUrl(session.worker.url);
    }
    await page.locator(`${part('error')} button`, { hasText: 'Try again' }).click();
    await page.locator(part('outline')).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(part('error')).count()).resolves.toBe(0);
  });

  test('the options page saves the Worker URL and says whether the Worker answers', async () => {
    const options = await session.newPage(pageErrors);
    await options.goto(new URL('/options.html', session.browser.serviceWorker.url()).href);
    const field = options.getByLabel('Worker URL');
    await expect.poll(() => field.inputValue()).toBe(session.worker.url);

    // A trailing slash is normalised away; 127.0.0.1 on any port needs no permission prompt.
    await field.fill(`${session.worker.url}/`);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe(`Saved. The Worker at ${session.worker.url} is reachable.`);
    const stored = await session.browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } };
      return (await chrome.storage.sync.get('workerUrl')).workerUrl;
    });
    expect(stored).toBe(session.worker.url);

    await field.fill('ftp://example.com');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Enter an http:// or https:// address');
    await options.close();
    expect(pageErrors).toEqual([]);
  });
});
