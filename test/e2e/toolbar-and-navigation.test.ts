/**
 * How the sidebar opens and ends, in real Chromium: the toolbar button (also what the keyboard shortcut
 * does) and the context menu's message; nothing is sent to the Worker before the reader opens the
 * sidebar; on a page detection rejects, an "Analyse anyway" button instead of an analysis; the launcher
 * setting (show / open automatically / never); a single-page-app navigation starts the overlay over,
 * and many of them leave no listeners, hosts or highlights behind;
 * the options page stores every setting and follows the chosen language and theme.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';
import { startStubWorker } from './support/stub-worker.ts';

const linkListPath = '/world/';
const articlePath = '/qhyw/2023-09/26/article.html';
const screenshots = path.join(repoRoot, 'docs/screenshots');

describe('opening the sidebar, settings, SPA navigation', () => {
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

  /** What the context menu's "Summarize this article" does: the background sends `open-sidebar` to the tab. */
  function contextMenuItem(url: string): Promise<unknown> {
    return session.browser.serviceWorker.evaluate(async (pageUrl) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } };
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'open-sidebar', data: undefined }, { frameId: 0 });
    }, url);
  }

  test('the manifest declares the Alt+Shift+L command and the context-menu permission', async () => {
    const { commands, permissions } = await session.browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> }; runtime: { getManifest(): { permissions?: string[] } } } };
      return { commands: await chrome.commands.getAll(), permissions: chrome.runtime.getManifest().permissions ?? [] };
    });
    expect(commands.find((command) => command.name === 'open-article-lens')?.shortcut).toBe('Alt+Shift+L');
    expect([...permissions].sort()).toEqual(['contextMenus', 'storage']);
  });

  test('on an article nothing is sent until the reader opens the sidebar', async () => {
    const stub = await startStubWorker('server-error');
    try {
      await session.setWorkerUrl(stub.url);
      await page.goto(`${session.pages.origin}${articlePath}`, { waitUntil: 'load' });
      await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(500);
      expect(stub.requests.filter((request) => request.includes('/v1/'))).toEqual([]);
      await page.locator(part('launcher')).click();
      await page.locator(part('summary')).waitFor({ state: 'visible', timeout: 30_000 });
      expect(stub.requests).toContain('POST /v1/analyze');
    } finally {
      await session.setWorkerUrl(session.worker.url);
      await stub.close();
    }
  });

  test('on a page that is not an article: no launcher; the toolbar offers "Analyse anyway", and closing leaves no trace', async () => {
    const stub = await startStubWorker('server-error');
    const url = `${session.pages.origin}${linkListPath}`;
    try {
      await session.setWorkerUrl(stub.url);
      await page.goto(url, { waitUntil: 'load' });
      await toolbarButton(url);
      const notArticle = page.locator(part('not-article'));
      await notArticle.waitFor({ state: 'visible', timeout: 15_000 });
      await expect(page.locator(part('launcher')).isVisible()).resolves.toBe(false);
      expect(stub.requests, 'nothing sent before "Analyse anyway"').toEqual([]);

      await page.locator(part('analyse-anyway')).click();
      await page.locator(`${part('summary')}, ${part('error')}`).first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(stub.requests).toContain('POST /v1/analyze');
    } finally {
      await session.setWorkerUrl(session.worker.url);
      await stub.close();
    }
    await session.clickToolbarButton(url);
    await expect.poll(() => page.locator('article-lens').count()).toBe(0);
  });

  test('the context menu opens the sidebar (and never closes it); the toolbar toggles it', async () => {
    const url = `${session.pages.origin}${articlePath}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 15_000 });
    await contextMenuItem(url);
    await page.locator(part('summary')).waitFor({ state: 'visible', timeout: 30_000 });
    await contextMenuItem(url);
    await expect(page.locator(part('summary')).isVisible()).resolves.toBe(true);
    await session.clickToolbarButton(url);
    await expect.poll(() => page.locator(part('summary')).isVisible()).toBe(false);
    await expect(page.locator(part('launcher')).isVisible()).resolves.toBe(true);
  });

  test('keyboard only: Enter on the launcher opens, Tab shows a focus ring, Esc closes and returns focus; narrow windows fit', async () => {
    const url = `${session.pages.origin}${articlePath}`;
    await page.goto(url, { waitUntil: 'load' });
    const launcher = page.locator(part('launcher'));
    await launcher.waitFor({ state: 'visible', timeout: 15_000 });
    await expect(launcher.getAttribute('aria-label')).resolves.toContain('Article Lens');
    await launcher.focus();
    await page.keyboard.press('Enter');
    await page.locator(part('summary')).waitFor({ state: 'visible', timeout: 30_000 });
    const panel = page.locator('article-lens .al-overlay');
    await expect(panel.evaluate((node) => [node.tagName, node.getAttribute('aria-label')])).resolves.toEqual(['ASIDE', 'Article Lens']);
    const focused = () => page.evaluate(() => {
      const active = document.querySelector('article-lens')?.shadowRoot?.activeElement;
      return active ? { part: active.getAttribute('aria-label') ?? active.textContent, outline: getComputedStyle(active).outlineStyle } : null;
    });
    await page.keyboard.press('Tab');
    // The first control is the close button, labelled for screen readers, with a visible focus ring.
    await expect(focused()).resolves.toEqual({ part: 'Close Article Lens', outline: 'solid' });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await expect(launcher.evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);

    // On a phone-sized window the sidebar takes at most 92% of the width, so the page stays visible.
    await page.setViewportSize({ width: 360, height: 700 });
    try {
      await launcher.click();
      await expect.poll(async () => (await panel.boundingBox())?.width ?? 0).toBeLessThanOrEqual(360 * 0.92 + 0.5);
      await expect(panel.evaluate((node) => getComputedStyle(node).width)).resolves.not.toBe('380px');
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  test('a pushState navigation closes the sidebar and starts over', async () => {
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

  test('many SPA navigations leak nothing: one host, no listeners or highlights left behind', async () => {
    const url = `${session.pages.origin}${articlePath}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 15_000 });
    const cdp = await page.context().newCDPSession(page);
    // Our content script's listeners live in its isolated world: find that world's execution context.
    const contexts: Array<{ id: number; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      const index = contexts.findIndex((context) => context.id === executionContextId);
      if (index >= 0) contexts.splice(index, 1);
    });
    await cdp.send('Runtime.enable');
    /** Event listeners on window and document, in the page's world and in our content script's. */
    const listenerCount = async (): Promise<number> => {
      let total = 0;
      for (const context of contexts) for (const expression of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: context.id }) as { result: { objectId: string } };
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId }) as { listeners: unknown[] };
        total += listeners.length;
      }
      return total;
    };
    /** One navigation: the sidebar opened from the toolbar, then the URL changes and the overlay starts over. */
    const openThenNavigate = async (step: number) => {
      await toolbarButton(page.url());
      await page.locator(part('summary')).waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator(`${part('terms')} button.al-chip`).first().click();
      await page.evaluate((n) => history.pushState({}, '', `/qhyw/2023-09/27/next-${n}.html`), step);
      await expect.poll(() => page.locator(part('summary')).count(), { timeout: 5_000 }).toBe(0);
      await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 10_000 });
    };
    await openThenNavigate(0);
    const listenersAfterOne = await listenerCount();
    expect(listenersAfterOne, "the content script listens on window/document").toBeGreaterThan(0);
    for (let step = 1; step <= 8; step += 1) await openThenNavigate(step);
    await expect(listenerCount()).resolves.toBe(listenersAfterOne);
    await expect(page.locator('article-lens').count()).resolves.toBe(1);
    await expect(page.evaluate(() => CSS.highlights.size)).resolves.toBe(0);
    await cdp.detach();
    expect(pageErrors).toEqual([]);
  });

  test('launcher setting: "never" shows nothing, "open automatically" opens the sidebar, both live', async () => {
    const url = `${session.pages.origin}${articlePath}`;
    try {
      await session.setSettings({ launcher: 'never' });
      await page.goto(url, { waitUntil: 'load' });
      // The content script answers the toolbar once it runs; by then the launcher would be there.
      await toolbarButton(url);
      await session.clickToolbarButton(url);
      await expect.poll(() => page.locator('article-lens').count()).toBe(0);
      // Switching it back on in the options shows the launcher on the open page.
      await session.setSettings({ launcher: 'show' });
      await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 5_000 });

      await session.setSettings({ launcher: 'auto' });
      await page.goto(url, { waitUntil: 'load' });
      await page.locator(part('summary')).waitFor({ state: 'visible', timeout: 30_000 });
    } finally {
      await session.setSettings({ launcher: 'show' });
    }
    expect(pageErrors).toEqual([]);
  });

  test('the options page saves the Worker URL and says whether the Worker answers', async () => {
    const options = await session.newPage(pageErrors);
    await options.goto(new URL('/options.html', session.browser.serviceWorker.url()).href);
    const field = options.getByLabel('Worker URL');
    await expect.poll(() => field.inputValue()).toBe(session.worker.url);
    await options.screenshot({ path: path.join(screenshots, 'options-en.png') });

    // A trailing slash is normalised away; 127.0.0.1 on any port needs no permission prompt.
    await field.fill(`${session.worker.url}/`);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('#status').textContent(), { timeout: 10_000 })
      .toBe(`Saved. The Worker at ${session.worker.url} is reachable.`);
    await expect(storedSettings()).resolves.toMatchObject({ workerUrl: session.worker.url });

    await field.fill('ftp://example.com');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('#status').textContent()).toContain('Enter an http:// or https:// address');
    await options.close();
    expect(pageErrors).toEqual([]);
  });

  test('the options page stores launcher, language and theme, and follows the language and theme at once', async () => {
    const options = await session.newPage(pageErrors);
    await options.goto(new URL('/options.html', session.browser.serviceWorker.url()).href);
    await options.getByLabel('Open the sidebar automatically').check();
    await options.getByLabel('中文').check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Article Lens 设置');
    await expect(options.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await options.getByLabel('深色').check();
    await expect.poll(() => options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 28)');
    await expect.poll(storedSettings).toMatchObject({ launcher: 'auto', language: 'zh', theme: 'dark' });
    await options.screenshot({ path: path.join(screenshots, 'options-zh-dark.png') });

    // An open sidebar follows the language at once.
    const url = `${session.pages.origin}${articlePath}`;
    await session.setSettings({ launcher: 'show', language: 'en', theme: 'system' });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(part('launcher')).click({ timeout: 15_000 });
    await page.locator(part('summary')).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(`${part('summary')} .al-panel-title`).textContent()).resolves.toBe('Summary');
    await options.getByLabel('中文').check();
    await expect.poll(() => page.locator(`${part('summary')} .al-panel-title`).textContent()).toBe('摘要');
    await options.getByLabel('Follow the browser').or(options.getByLabel('跟随浏览器')).check();
    await expect.poll(() => page.locator(`${part('summary')} .al-panel-title`).textContent()).toBe('Summary');
    await options.close();
    expect(pageErrors).toEqual([]);
  });

  async function storedSettings(): Promise<Record<string, unknown>> {
    return session.browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(key: null): Promise<Record<string, unknown>> } } } };
      return chrome.storage.sync.get(null);
    });
  }
});
